/**
 * GET /api/warranty/:serial[?hologram=…] — served here, at the very front of the middleware
 * stack (config/middlewares.ts), instead of through Strapi's router: no session, no body parsing,
 * no per-request log line, no permission lookups — only the throttle, the cache and one indexed
 * query. It answers public traffic at several times the rate of a regular route (docs/perf.md).
 */
import type { Core } from '@strapi/strapi';
import { canonicalSerial, SERIAL_PATTERN } from '../../../../../src/domain/serial';
import { errorEnvelope, fieldError, validationError } from '../../../../../src/validation/errors';

const PREFIX = '/api/warranty/';

export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const lookup = () => strapi.plugin('warranty-lookup').service('lookup');
  const limiter = () => strapi.plugin('warranty-lookup').service('rate-limit');

  return async (ctx: any, next: () => Promise<unknown>) => {
    if (!ctx.path.startsWith(PREFIX)) return next();
    if (ctx.method !== 'GET' && ctx.method !== 'HEAD') {
      ctx.status = 405;
      ctx.set('Allow', 'GET');
      ctx.body = errorEnvelope(405, 'MethodNotAllowedError', 'invalidRequest');
      return;
    }
    ctx.set('Cache-Control', 'no-store');
    ctx.set('X-Content-Type-Options', 'nosniff');

    const hit = await limiter().hit(ctx.request.ip);
    if (!hit.allowed) {
      ctx.status = 429;
      ctx.set('Retry-After', String(hit.retryAfterSeconds));
      ctx.body = errorEnvelope(429, 'RateLimitError', 'tooManyRequests', { retryAfterSeconds: hit.retryAfterSeconds });
      return;
    }

    let raw: string;
    try {
      raw = decodeURIComponent(ctx.path.slice(PREFIX.length));
    } catch {
      raw = '';
    }
    const serial = canonicalSerial(raw);
    if (!SERIAL_PATTERN.test(serial)) {
      const error = validationError([fieldError('serial', 'serialInvalid')]);
      ctx.status = 400;
      ctx.body = { data: null, error: { status: 400, name: 'ValidationError', message: error.message, details: (error as any).details } };
      return;
    }
    const hologram = typeof ctx.query.hologram === 'string' ? ctx.query.hologram : undefined;
    const record = await lookup().find(serial);
    ctx.body = { data: lookup().present(serial, record, hologram) };
  };
};
