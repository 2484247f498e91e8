/**
 * The admin panel's routes. Dates are ISO instants: the panel shows them in the Jalali calendar,
 * Tehran time. Errors carry Persian and English like the app's own.
 */
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { errors } from '@strapi/utils';
import type { LicenceRequestRow } from '../services/licences';

const notFound = () => new errors.NotFoundError('موردی یافت نشد.', { code: 'notFound', messageEn: 'Not found.' });
const iso = (value: Date | string | null | undefined) => (value ? new Date(value).toISOString() : null);

/** What staff see of a request: its state, attempts, last error, next try and the licence — not the key in full. */
export const presentRequest = (row: LicenceRequestRow) => {
  const request = typeof row.request === 'string' ? JSON.parse(row.request) : row.request;
  return {
    id: row.id,
    reference: row.reference,
    payload: row.payload,
    status: row.requestStatus,
    attempts: row.attempts,
    maxAttempts: row.maxAttempts,
    lastError: row.lastError ?? null,
    lastErrorCode: row.lastErrorCode ?? null,
    provider: row.provider ?? null,
    nextAttemptAt: row.requestStatus === 'queued' ? iso(row.nextAttemptAt) : null,
    createdAt: iso(row.createdAt),
    issuedAt: iso(row.issuedAt),
    courseIds: Array.isArray(request?.courseIds) ? request.courseIds : [],
    licence: row.licenceId ? { id: row.licenceId, url: row.licenceUrl ?? null, test: Boolean(row.licenceTest), foundByLookup: Boolean(row.foundByLookup) } : null,
  };
};

const admin = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** GET /video-licensing/requests/:reference → { data: request | null } */
  async forReference(ctx: Context) {
    const reference = String(ctx.params.reference ?? '');
    if (!/^[A-Za-z0-9:_-]{1,80}$/.test(reference)) throw notFound();
    const row = await strapi.plugin('video-licensing').service('licences').forReference(reference);
    ctx.body = { data: row ? presentRequest(row) : null };
  },

  /** POST /video-licensing/requests/:id/retry — a failed request back to the queue */
  async retry(ctx: Context) {
    const id = Number(ctx.params.id);
    const result = Number.isSafeInteger(id) && id > 0 ? await strapi.plugin('video-licensing').service('licences').retry(id) : null;
    if (!result) throw notFound();
    if (!result.retried) {
      ctx.status = 409;
      ctx.body = {
        data: null,
        error: { status: 409, name: 'ConflictError', message: 'فقط درخواستی که ناموفق مانده است دوباره تلاش می‌شود.', details: { code: 'licenceRequestNotFailed', messageEn: 'Only a failed licence request can be retried.' } },
      };
      return;
    }
    const row = await strapi.db.query('plugin::video-licensing.licence-request').findOne({ where: { id } });
    ctx.body = { data: presentRequest(row) };
  },
});

export default admin;
