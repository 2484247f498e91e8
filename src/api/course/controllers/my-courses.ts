/**
 * The licensed training videos on sale (thin: the rules are in services/courses.ts and
 * ../course-order/services/course-orders.ts). A draft or unknown course → 404; buying a course
 * the caller owns → 409 courseAlreadyOwned.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { bilingual, errorEnvelope, FieldErrors, onlyFields } from '../../../validation/errors';
import { isDocumentId } from '../../../utils/document-id';
import { readContentLocale } from '../locale';

const notFound = () => bilingual(errors.NotFoundError, 'notFound');

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const courses = () => strapi.service('api::course.courses');
  const localeOf = (ctx: any) => {
    const errs = new FieldErrors();
    const locale = readContentLocale(ctx.query, errs);
    errs.throwIfAny();
    return locale;
  };
  return {
    /** GET /api/me/courses?locale */
    async find(ctx: any) {
      ctx.body = { data: await courses().listFor(ctx.state.subscriber.id, localeOf(ctx)) };
    },

    /** GET /api/me/courses/:id?locale */
    async findOne(ctx: any) {
      const locale = localeOf(ctx);
      const data = isDocumentId(ctx.params.id) ? await courses().findFor(ctx.state.subscriber.id, ctx.params.id, locale) : null;
      if (!data) throw notFound();
      ctx.body = { data };
    },

    /** POST /api/me/courses/:id/purchase — no body: the price is the course's own */
    async purchase(ctx: any) {
      onlyFields(ctx.request.body, []).throwIfAny();
      const result = isDocumentId(ctx.params.id) ? await strapi.service('api::course-order.course-orders').purchase(ctx.state.subscriber.id, ctx.params.id) : null;
      if (!result) throw notFound();
      if ('conflict' in result) {
        ctx.status = 409;
        ctx.body = errorEnvelope(409, 'ConflictError', 'courseAlreadyOwned');
        return;
      }
      ctx.status = 201;
      ctx.body = { data: result };
    },
  };
};
