/**
 * The knowledge base for buyers (thin: the scope and the search are services/knowledge-base.ts).
 * Query parameters and the feedback body are read by ../validation.ts; a draft, an unknown id or
 * slug → 404.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { bilingual } from '../../../validation/errors';
import { readFeedback, readListQuery, readLocaleQuery } from '../validation';

const notFound = () => bilingual(errors.NotFoundError, 'notFound');

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const kb = () => strapi.service('api::article.knowledge-base');
  return {
    /** GET /api/me/knowledge-base?locale */
    async home(ctx: any) {
      const locale = readLocaleQuery(ctx.query);
      ctx.body = { data: await kb().home(ctx.state.subscriber.id, locale) };
    },

    /** GET /api/me/articles?q&deviceType&topic&page&pageSize&locale */
    async articles(ctx: any) {
      ctx.body = await kb().list('article', ctx.state.subscriber.id, readListQuery(ctx.query));
    },

    /** GET /api/me/articles/:id?locale (documentId or slug) */
    async article(ctx: any) {
      const locale = readLocaleQuery(ctx.query);
      const data = await kb().article(ctx.state.subscriber.id, ctx.params.id, locale);
      if (!data) throw notFound();
      ctx.body = { data };
    },

    /** POST /api/me/articles/:id/feedback?locale { helpful: true | false } */
    async feedback(ctx: any) {
      const locale = readLocaleQuery(ctx.query);
      const { helpful } = readFeedback(ctx.request.body);
      const data = await kb().recordFeedback(ctx.state.subscriber.id, ctx.params.id, locale, helpful);
      if (!data) throw notFound();
      ctx.body = { data };
    },

    /** GET /api/me/videos?q&deviceType&topic&page&pageSize&locale */
    async videos(ctx: any) {
      ctx.body = await kb().list('video', ctx.state.subscriber.id, readListQuery(ctx.query));
    },

    /** GET /api/me/videos/:id?locale (documentId or slug) */
    async video(ctx: any) {
      const locale = readLocaleQuery(ctx.query);
      const data = await kb().video(ctx.params.id, locale);
      if (!data) throw notFound();
      ctx.body = { data };
    },
  };
};
