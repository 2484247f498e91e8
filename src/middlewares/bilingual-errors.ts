/**
 * Gives every API error response a Persian message with the English one beside it.
 *
 * Errors this app raises are already bilingual (validation/errors.ts). Strapi's own — 401 from
 * authentication, 403 from permissions, 404 for an unknown route, 429 from its rate limiter,
 * 400 for a malformed query — arrive in English only; this rewrites them to the same envelope:
 *   { data: null, error: { status, name, message: <fa>, details: { code, messageEn, … } } }
 * It sits just outside strapi::errors in config/middlewares.ts.
 */
import { MESSAGES, type MessageCode } from '../validation/messages';

const CODE_BY_STATUS: Record<number, MessageCode> = {
  400: 'invalidRequest',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'notFound',
  413: 'invalidRequest',
  429: 'tooManyRequests',
};

const NAME_BY_STATUS: Record<number, string> = {
  400: 'BadRequestError',
  401: 'UnauthorizedError',
  403: 'ForbiddenError',
  404: 'NotFoundError',
  413: 'PayloadTooLargeError',
  429: 'RateLimitError',
};

export default () => async (ctx: any, next: () => Promise<unknown>) => {
  await next();
  if (!ctx.path.startsWith('/api/') && ctx.path !== '/api') return;
  const code = CODE_BY_STATUS[ctx.status];
  if (!code) return;

  const body = ctx.body;
  if (body && typeof body === 'object' && body.error && typeof body.error === 'object') {
    const details = body.error.details && typeof body.error.details === 'object' ? body.error.details : {};
    if (typeof details.messageEn === 'string') return; // already bilingual
    body.error = {
      ...body.error,
      message: MESSAGES[code].fa,
      details: { ...details, code, messageEn: body.error.message || MESSAGES[code].en },
    };
    return;
  }
  if (body === undefined || body === null || typeof body === 'string') {
    ctx.body = {
      data: null,
      error: { status: ctx.status, name: NAME_BY_STATUS[ctx.status], message: MESSAGES[code].fa, details: { code, messageEn: MESSAGES[code].en } },
    };
    if (ctx.status === 429 && !ctx.response.get('Retry-After')) ctx.set('Retry-After', '60');
  }
};
