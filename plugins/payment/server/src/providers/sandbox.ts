/**
 * The built-in sandbox gateway (the default): a page served by the app
 * (GET /api/payment/sandbox/:authority) with "pay" and "cancel", answering verify the way
 * Zarinpal does (100 paid, 101 already verified, -51 not paid, -50 amount differs, -54 unknown).
 * Its state lives in its own table, so it survives restarts and works across instances.
 */
import { randomBytes, randomInt } from 'crypto';
import type { GatewayModule } from './types';

const TX = 'plugin::payment.sandbox-transaction';
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

export const newSandboxAuthority = () => {
  const bytes = randomBytes(35);
  return `S${Array.from(bytes, (b) => ALNUM[b % ALNUM.length]).join('')}`;
};

const sandbox: GatewayModule = {
  init(options, { strapi }) {
    const publicUrl = () => String(options.publicUrl || strapi.config.get('server.url') || '').replace(/\/$/, '');
    return {
      name: 'sandbox',
      async request({ amountRials, description, callbackUrl }) {
        const authority = newSandboxAuthority();
        await strapi.db.query(TX).create({ data: { authority, amount: String(amountRials), description, callbackUrl, state: 'created' } });
        return { authority, redirectUrl: `${publicUrl()}/api/payment/sandbox/${authority}` };
      },

      async verify({ authority, amountRials }) {
        const tx = await strapi.db.query(TX).findOne({ where: { authority } });
        if (!tx) return { outcome: 'rejected', code: -54, message: 'Invalid authority' };
        if (tx.state === 'verified') return { outcome: 'already-verified', refId: tx.refId, code: 101 };
        if (tx.state !== 'paid') return { outcome: 'not-paid', code: -51, message: 'Payment is not successful' };
        if (Number(tx.amount) !== amountRials) return { outcome: 'rejected', code: -50, message: 'Amount differs from the paid amount' };
        const refId = String(randomInt(10_000_000, 99_999_999));
        const { count } = await strapi.db.query(TX).updateMany({ where: { authority, state: 'paid' }, data: { state: 'verified', refId } });
        if (count !== 1) {
          const again = await strapi.db.query(TX).findOne({ where: { authority } });
          return { outcome: 'already-verified', refId: again.refId, code: 101 };
        }
        return { outcome: 'paid', refId, cardPan: '502229******0000', code: 100 };
      },

      async unverified() {
        const paid = await strapi.db.query(TX).findMany({ where: { state: 'paid' }, select: ['authority', 'amount'], limit: 100 });
        return paid.map((t: any) => ({ authority: t.authority, amountRials: Number(t.amount) }));
      },
    };
  },
};

export default sandbox;
