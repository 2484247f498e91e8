import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { FieldErrors, bilingual, onlyFields } from '../../../validation/errors';
import { isDocumentId } from '../../../utils/document-id';
import { readPaging } from '../../../validation/paging';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const notifications = () => strapi.service('api::notification.notification');
  return {
    async find(ctx: any) {
      const errs = new FieldErrors();
      const { page, pageSize } = readPaging(ctx.query, errs);
      const unread = ctx.query.unread;
      if (unread !== undefined && unread !== 'true' && unread !== 'false') errs.add(['query', 'unread'], 'invalidChoice');
      errs.throwIfAny();
      ctx.body = await notifications().listFor(ctx.state.subscriber.id, { page, pageSize, unreadOnly: unread === 'true' });
    },

    async markRead(ctx: any) {
      const { id } = ctx.params;
      onlyFields(ctx.request.body, []).throwIfAny();
      const data = isDocumentId(id) ? await notifications().markRead(ctx.state.subscriber.id, id) : null;
      if (!data) throw bilingual(errors.NotFoundError, 'notFound');
      ctx.body = { data, meta: { unread: await notifications().unreadCount(ctx.state.subscriber.id) } };
    },

    async markAllRead(ctx: any) {
      // the request names nothing to change: any field sent is refused
      onlyFields(ctx.request.body, []).throwIfAny();
      ctx.body = { data: await notifications().markAllRead(ctx.state.subscriber.id), meta: { unread: 0 } };
    },
  };
};
