import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { errors } from '@strapi/utils';
import { bilingual } from '../../../../../src/validation/errors';
import { presentDateTime } from '../../../../../src/domain/jalali';

const admin = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** GET /crm-sync/devices/:documentId/jobs */
  async deviceJobs(ctx: Context) {
    const data = await strapi.plugin('crm-sync').service('sync').forDevice(ctx.params.documentId);
    if (!data) throw bilingual(errors.NotFoundError, 'notFound');
    ctx.body = {
      data: {
        dealId: data.dealId,
        jobs: data.jobs.map((j: any) => ({
          ...j,
          status: j.status,
          serviceStatus: j.payload?.status ?? null,
          serviceStatusLabel: j.payload?.statusLabel ?? null,
          createdAt: presentDateTime(j.createdAt),
          doneAt: presentDateTime(j.doneAt),
          nextAttemptAt: presentDateTime(j.nextAttemptAt),
          payload: undefined,
        })),
      },
    };
  },

  /** POST /crm-sync/jobs/:id/retry */
  async retry(ctx: Context) {
    const id = Number(ctx.params.id);
    if (!Number.isInteger(id) || !(await strapi.plugin('crm-sync').service('sync').retry(id))) throw bilingual(errors.NotFoundError, 'notFound');
    ctx.body = { data: { id, status: 'queued' } };
  },
});

export default { admin };
