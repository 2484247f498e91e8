import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { errors } from '@strapi/utils';
import { bilingual } from 'poshtiban/validation/errors';
import { presentDateTime } from 'poshtiban/domain/jalali';

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

  /** GET /crm-sync/jobs/failing?page=&pageSize= — jobs retrying or given up, newest first */
  async failingJobs(ctx: Context) {
    const int = (value: unknown, fallback: number, max: number) => {
      const n = Number.parseInt(String(value ?? ''), 10);
      return Number.isInteger(n) && n > 0 ? Math.min(n, max) : fallback;
    };
    const { jobs, pagination } = await strapi
      .plugin('crm-sync')
      .service('sync')
      .listFailing({ page: int(ctx.query.page, 1, 10_000), pageSize: int(ctx.query.pageSize, 25, 100) });
    ctx.body = {
      data: jobs.map((j: any) => ({
        id: j.id,
        event: j.event,
        status: j.status,
        attempts: j.attempts,
        maxAttempts: j.maxAttempts,
        lastError: j.lastError ?? null,
        provider: j.provider ?? null,
        serviceStatusLabel: j.payload?.statusLabel ?? null,
        device: j.device ? { id: j.device.documentId, serial: j.device.serial } : null,
        createdAt: presentDateTime(j.createdAt),
        nextAttemptAt: presentDateTime(j.nextAttemptAt),
      })),
      meta: { pagination },
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
