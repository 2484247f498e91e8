/**
 * A request that needed an outside provider out of reach right now (ProviderUnavailableError: the
 * payment gateway down) answers 503 with Retry-After in the bilingual envelope — the buyer reads
 * «اتصال به درگاه پرداخت ممکن نشد…», never a 500 — and the provider's own error goes to the log.
 * Sits just inside strapi::errors, like global::database-unavailable.
 */
import { ProviderUnavailableError } from '../utils/provider-error';
import { errorEnvelope } from '../validation/errors';
import type { MessageCode } from '../validation/messages';

export default (_config: unknown, { strapi }: { strapi: any }) => async (ctx: any, next: () => Promise<unknown>) => {
  try {
    await next();
  } catch (error) {
    if (!(error instanceof ProviderUnavailableError)) throw error;
    const cause = (error.providerError as Error)?.message ?? String(error.providerError ?? '');
    strapi.log.warn(`provider unavailable: ${ctx.method} ${ctx.path} answered 503 ${error.messageCode} (${cause})`);
    ctx.status = 503;
    ctx.set('Retry-After', String(error.retryAfterSeconds));
    ctx.body = errorEnvelope(503, 'ServiceUnavailableError', error.messageCode as MessageCode);
  }
};
