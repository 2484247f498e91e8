/**
 * The gateway's side of the flow: the callback the gateway sends the buyer back to, and the
 * built-in sandbox gateway's page. The buyer always ends on the site's result page.
 */
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const config = () => strapi.config.get('plugin::payment') as { provider: string; siteUrl: string };
  const siteResult = (documentId: string | null, outcome: string) =>
    `${config().siteUrl.replace(/\/$/, '')}/payments/${documentId ?? 'unknown'}?outcome=${encodeURIComponent(outcome)}`;

  return {
    /** GET /api/payment/callback?Authority=…&Status=OK|NOK */
    async callback(ctx: Context) {
      const q = ctx.query as Record<string, unknown>;
      const result = await strapi.plugin('payment').service('payments').handleCallback({ authority: q.Authority, status: q.Status });
      ctx.redirect(siteResult(result.payment?.documentId ?? null, result.outcome));
    },

    /** GET /api/payment/sandbox/:authority — the sandbox gateway's page */
    async sandboxPage(ctx: Context) {
      if (config().provider !== 'sandbox') return ctx.notFound();
      const tx = await strapi.plugin('payment').service('sandbox-page').find(ctx.params.authority);
      if (!tx) return ctx.notFound();
      ctx.type = 'text/html; charset=utf-8';
      ctx.set('Cache-Control', 'no-store');
      ctx.body = strapi.plugin('payment').service('sandbox-page').render(tx);
    },

    /** POST /api/payment/sandbox/:authority/pay|cancel */
    async sandboxPay(ctx: Context) {
      return decide(ctx, 'paid');
    },
    async sandboxCancel(ctx: Context) {
      return decide(ctx, 'cancelled');
    },
  };

  async function decide(ctx: Context, decision: 'paid' | 'cancelled') {
    if (config().provider !== 'sandbox') return ctx.notFound();
    const url = await strapi.plugin('payment').service('sandbox-page').decide(ctx.params.authority, decision);
    if (!url) return ctx.notFound();
    ctx.status = 303;
    ctx.redirect(url);
  }
};
