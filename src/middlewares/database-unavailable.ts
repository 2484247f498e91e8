/**
 * A request that failed because the database was out of reach (a PostgreSQL restart, a failover,
 * a full pool) answers 503 `databaseUnavailable` with `Retry-After`, in the bilingual envelope —
 * not the 500 of a fault in the code. Sits just inside strapi::errors, so every other error keeps
 * its way through it; the warranty lookup answers in front of Koa and does the same itself.
 */
import { DATABASE_RETRY_AFTER_SECONDS, isDatabaseUnavailable } from '../utils/database-unavailable';
import { errorEnvelope } from '../validation/errors';

export default (_config: unknown, { strapi }: { strapi: any }) => async (ctx: any, next: () => Promise<unknown>) => {
  try {
    await next();
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    strapi.log.warn(`database unavailable: ${ctx.method} ${ctx.path} answered 503 (${(error as Error)?.message ?? error})`);
    ctx.status = 503;
    ctx.set('Retry-After', String(DATABASE_RETRY_AFTER_SECONDS));
    ctx.body = errorEnvelope(503, 'ServiceUnavailableError', 'databaseUnavailable');
  }
};
