/**
 * GET  /api/messaging/whatsapp/webhook — Meta's subscription check (hub.verify_token → hub.challenge)
 * POST /api/messaging/whatsapp/webhook — signed status updates
 */
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { signatureMatches } from '../services/whatsapp-webhook';

const UNPARSED = Symbol.for('unparsedBody');

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const options = () => ((strapi.config.get('plugin::messaging') as any).whatsapp?.providerOptions ?? {}) as Record<string, string>;
  return {
    async verify(ctx: Context) {
      const q = ctx.query as Record<string, string>;
      if (q['hub.mode'] === 'subscribe' && options().verifyToken && q['hub.verify_token'] === options().verifyToken) {
        ctx.type = 'text/plain';
        ctx.body = String(q['hub.challenge'] ?? '');
        return;
      }
      ctx.status = 403;
      ctx.body = 'Forbidden';
    },

    async receive(ctx: Context) {
      const body = (ctx.request as any).body;
      const raw: string | undefined = body?.[UNPARSED];
      if (!raw || !signatureMatches(raw, ctx.get('x-hub-signature-256'), options().appSecret ?? '')) {
        ctx.status = 401;
        ctx.body = { data: null, error: { status: 401, name: 'UnauthorizedError', message: 'Invalid signature' } };
        return;
      }
      const applied = await strapi.plugin('messaging').service('whatsapp-webhook').applyStatuses(body);
      ctx.body = { received: true, applied };
    },
  };
};
