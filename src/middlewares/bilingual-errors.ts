/**
 * Gives every API error response a Persian message with the English one beside it.
 *
 * Errors this app raises are already bilingual (validation/errors.ts). Strapi's own — 401 from
 * authentication, 403 from permissions, 404 for an unknown route, 429 from its rate limiter,
 * 400 for a malformed query, 500 for a fault — arrive in English only; this rewrites them to the same envelope:
 *   { data: null, error: { status, name, message: <fa>, details: { code, messageEn, … } } }
 * It sits just outside strapi::errors in config/middlewares.ts.
 *
 * A method the router has no route for gets Koa's "405 Method Not Allowed" in plain text — for
 * every /api path, because strapi::public adds a GET route matching any path. Under /api that is
 * answered as the API means it: 404 when no /api route has the path, 405 with `Allow` listing
 * the methods of the routes that do.
 */
import type { Core } from '@strapi/strapi';
import { MESSAGES, type MessageCode } from '../validation/messages';

/** strapi::public's catch-all GET route for static files (@strapi/core middlewares/public.js). */
const STATIC_CATCH_ALL = '/((?!uploads/).+)';

type RouteLayer = { path: string; methods: string[]; match: (path: string) => boolean };

/** The methods of the routes (not the static catch-all) that have this path. */
const methodsFor = (strapi: Core.Strapi, path: string): string[] => {
  const stack: RouteLayer[] = (strapi.server.router as unknown as { stack: RouteLayer[] }).stack ?? [];
  const methods = new Set<string>();
  for (const layer of stack) {
    if (!layer.methods?.length || layer.path === STATIC_CATCH_ALL) continue;
    if (layer.match(path)) layer.methods.forEach((m) => methods.add(m));
  }
  return [...methods];
};

const CODE_BY_STATUS: Record<number, MessageCode> = {
  400: 'invalidRequest',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'notFound',
  405: 'methodNotAllowed',
  413: 'invalidRequest',
  429: 'tooManyRequests',
  500: 'serverError',
};

const NAME_BY_STATUS: Record<number, string> = {
  400: 'BadRequestError',
  401: 'UnauthorizedError',
  403: 'ForbiddenError',
  404: 'NotFoundError',
  405: 'MethodNotAllowedError',
  413: 'PayloadTooLargeError',
  429: 'RateLimitError',
  500: 'InternalServerError',
};

export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => async (ctx: any, next: () => Promise<unknown>) => {
  await next();
  if (!ctx.path.startsWith('/api/') && ctx.path !== '/api') return;
  if (ctx.status === 405 && (ctx.body === undefined || ctx.body === null || typeof ctx.body === 'string')) {
    const allowed = methodsFor(strapi, ctx.path);
    if (allowed.length === 0) {
      ctx.remove('Allow');
      ctx.status = 404;
    } else ctx.set('Allow', allowed.join(', '));
  }
  const code = CODE_BY_STATUS[ctx.status];
  if (!code) return;

  const body = ctx.body;
  if (body && typeof body === 'object' && body.error && typeof body.error === 'object') {
    const details = body.error.details && typeof body.error.details === 'object' ? body.error.details : {};
    if (typeof details.messageEn === 'string') return; // already bilingual
    body.error = {
      ...body.error,
      message: MESSAGES[code].fa,
      // a fault's own text ("Internal Server Error", or worse, its cause) is not for the client
      details: { ...details, code, messageEn: (ctx.status < 500 && body.error.message) || MESSAGES[code].en },
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
