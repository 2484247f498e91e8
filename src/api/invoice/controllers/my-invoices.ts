/**
 * The buyer's invoices (thin: the rules are in services/invoices.ts). Another subscriber's
 * invoice → 404; paying a paid or void invoice → 409 with the reason.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { bilingual, errorEnvelope, FieldErrors, onlyFields } from '../../../validation/errors';
import { isDocumentId } from '../../../utils/document-id';
import { readPaging } from '../../../validation/paging';

const notFound = () => bilingual(errors.NotFoundError, 'notFound');

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const invoices = () => strapi.service('api::invoice.invoices');
  return {
    /** GET /api/me/invoices?page&pageSize */
    async find(ctx: any) {
      const errs = new FieldErrors();
      const { page, pageSize } = readPaging(ctx.query, errs);
      errs.throwIfAny();
      ctx.body = await invoices().listFor(ctx.state.subscriber.id, { page, pageSize });
    },

    /** GET /api/me/invoices/:id */
    async findOne(ctx: any) {
      const data = isDocumentId(ctx.params.id) ? await invoices().findFor(ctx.state.subscriber.id, ctx.params.id) : null;
      if (!data) throw notFound();
      ctx.body = { data };
    },

    /** POST /api/me/invoices/:id/pay — no body: the amount is the invoice's own total */
    async pay(ctx: any) {
      onlyFields(ctx.request.body, []).throwIfAny();
      const result = isDocumentId(ctx.params.id) ? await invoices().pay(ctx.state.subscriber.id, ctx.params.id) : null;
      if (!result) throw notFound();
      if ('conflict' in result) {
        ctx.status = 409;
        ctx.body = errorEnvelope(409, 'ConflictError', result.conflict === 'void' ? 'invoiceVoid' : 'invoiceAlreadyPaid', { status: result.conflict });
        return;
      }
      ctx.body = { data: result };
    },
  };
};
