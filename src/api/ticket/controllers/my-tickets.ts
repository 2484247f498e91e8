/** /api/me/tickets…: read the request (src/api/ticket/validation.ts), call the tickets service. */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { FieldErrors, bilingual } from '../../../validation/errors';
import { isDocumentId } from '../../../utils/document-id';
import { readPaging } from '../../../validation/paging';
import { readCustomerOpen, readCustomerReply } from '../validation';

const notFound = () => bilingual(errors.NotFoundError, 'notFound');

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const tickets = () => strapi.service('api::ticket.tickets');
  const attachments = () => strapi.service('api::ticket.attachments');

  return {
    /** GET /api/me/tickets?page&pageSize */
    async find(ctx: any) {
      const errs = new FieldErrors();
      const paging = readPaging(ctx.query, errs);
      errs.throwIfAny();
      ctx.body = await tickets().listFor(ctx.state.subscriber.id, paging);
    },

    /** POST /api/me/tickets — JSON, or multipart with files in `attachments` */
    async create(ctx: any) {
      const errs = new FieldErrors();
      const input = readCustomerOpen(ctx.request.body, errs);
      const files = await attachments().read(ctx, errs);
      errs.throwIfAny();
      const data = await tickets().open(ctx.state.subscriber, input, files);
      if (!data) throw notFound();
      ctx.status = 201;
      ctx.body = { data };
    },

    /** GET /api/me/tickets/:id */
    async findOne(ctx: any) {
      const data = isDocumentId(ctx.params.id) ? await tickets().findFor(ctx.state.subscriber.id, ctx.params.id) : null;
      if (!data) throw notFound();
      ctx.body = { data };
    },

    /** POST /api/me/tickets/:id/messages — { body } (+ attachments) */
    async reply(ctx: any) {
      const errs = new FieldErrors();
      const input = readCustomerReply(ctx.request.body, errs);
      const files = await attachments().read(ctx, errs);
      errs.throwIfAny();
      const data = isDocumentId(ctx.params.id) ? await tickets().replyAsSubscriber(ctx.state.subscriber, ctx.params.id, input, files) : null;
      if (!data) throw notFound();
      ctx.status = 201;
      ctx.body = { data };
    },

    /** GET /api/me/tickets/:id/attachments/:fileId — the file, only to its ticket's owner */
    async attachment(ctx: any) {
      const { id, fileId } = ctx.params;
      const file = isDocumentId(id) && isDocumentId(fileId) ? await tickets().attachmentFor(ctx.state.subscriber.id, id, fileId) : null;
      if (!file) throw notFound();
      await attachments().send(ctx, file);
    },
  };
};
