/**
 * The caller's course purchases («ویدیوهای من») with their licences (thin: the rules are in
 * services/course-orders.ts). Another subscriber's order → 404.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { bilingual, FieldErrors } from '../../../validation/errors';
import { isDocumentId } from '../../../utils/document-id';
import { readPaging } from '../../../validation/paging';
import { readContentLocale } from '../../course/locale';

const notFound = () => bilingual(errors.NotFoundError, 'notFound');

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const orders = () => strapi.service('api::course-order.course-orders');
  return {
    /** GET /api/me/course-orders?page&pageSize&locale */
    async find(ctx: any) {
      const errs = new FieldErrors();
      const { page, pageSize } = readPaging(ctx.query, errs);
      const locale = readContentLocale(ctx.query, errs);
      errs.throwIfAny();
      ctx.body = await orders().listFor(ctx.state.subscriber.id, { page, pageSize, locale });
    },

    /** GET /api/me/course-orders/:id?locale */
    async findOne(ctx: any) {
      const errs = new FieldErrors();
      const locale = readContentLocale(ctx.query, errs);
      errs.throwIfAny();
      const data = isDocumentId(ctx.params.id) ? await orders().findFor(ctx.state.subscriber.id, ctx.params.id, locale) : null;
      if (!data) throw notFound();
      ctx.body = { data };
    },
  };
};
