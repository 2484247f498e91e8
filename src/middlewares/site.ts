/**
 * Serves the customer site (built from site/ into public/) at /.
 *
 * strapi::public (required by Strapi) serves the files in public/ but redirects / to the admin;
 * this middleware, placed before the router, answers / with the site instead, gives Vite's hashed
 * files under /assets a long cache life, and answers any other unknown GET that wants HTML —
 * outside the API, the admin and uploads — with index.html, so that deep links (/devices/…)
 * work in the single-page app.
 */
import path from 'path';
import fs from 'fs';
import type { Core } from '@strapi/strapi';

// eslint-disable-next-line @typescript-eslint/no-var-requires
const send: (ctx: unknown, file: string, opts: Record<string, unknown>) => Promise<string> = require('koa-send');

/** Paths that belong to Strapi: the API, the admin panel and the admin's own API routes. */
const RESERVED = /^\/(api|admin|uploads|_health|content-manager|content-type-builder|upload|i18n|users-permissions|email|review-workflows|content-releases|customer-accounts)(\/|$)/;

export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const root = strapi.dirs.static.public;
  const hasSite = () => fs.existsSync(path.join(root, 'index.html'));

  const sendIndex = async (ctx: any) => {
    await send(ctx, 'index.html', { root });
    ctx.set('Cache-Control', 'no-cache');
  };

  return async (ctx: any, next: () => Promise<unknown>) => {
    const isRead = ctx.method === 'GET' || ctx.method === 'HEAD';
    if (!isRead || RESERVED.test(ctx.path)) return next();

    if ((ctx.path === '/' || ctx.path === '/index.html') && hasSite()) return sendIndex(ctx);

    await next();

    if (ctx.status === 200 && ctx.path.startsWith('/assets/')) {
      ctx.set('Cache-Control', 'public, max-age=31536000, immutable');
      return;
    }
    const unanswered = ctx.status === 404 && (ctx.body == null || ctx.body === 'Not Found');
    if (unanswered && path.extname(ctx.path) === '' && ctx.accepts(['html', 'json']) === 'html' && hasSite()) {
      ctx.status = 200;
      await sendIndex(ctx);
    }
  };
};
