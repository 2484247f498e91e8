/**
 * A fake Zarinpal speaking REST v4: request.json, the StartPay page (as test hooks: pay, pay a
 * different amount, cancel), verify.json (100 paid, 101 already verified, -51 not paid, -50 amount
 * differs, -53 another merchant, -54 unknown authority) and unVerified.json. Modes switch it to
 * 5xx, a hang past the client's timeout, "verified, but the answer is lost", or
 * `verify-then-hang` — verified, and the answer never comes (the caller dies waiting for it).
 */
import { randomBytes, randomInt } from 'crypto';
import { startFakeServer } from './http';

type Payment = { authority: string; merchant: string; amount: number; currency: string; callbackUrl: string; description: string; state: 'created' | 'paid' | 'cancelled' | 'verified'; paidAmount?: number; refId?: number };
export type ZarinpalMode = 'ok' | 'server-error' | 'hang' | 'verify-lost' | 'verify-then-hang';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const err = (code: number, message: string) => ({ data: [], errors: { code, message, validations: [] } });

export const startFakeZarinpal = async ({ merchantId = '1344b5d4-0048-11e8-94db-005056a205be' } = {}) => {
  const payments = new Map<string, Payment>();
  const calls: Array<{ path: string; body: any }> = [];
  let mode: ZarinpalMode = 'ok';

  const server = await startFakeServer(({ method, path, rawBody }) => {
    if (method !== 'POST') return { status: 405, body: err(-9, 'Method not allowed') };
    let body: any = {};
    try {
      body = JSON.parse(rawBody || '{}');
    } catch {
      return { status: 400, body: err(-9, 'Invalid JSON') };
    }
    calls.push({ path, body });
    if (mode === 'server-error') return { status: 502, body: '<html>bad gateway</html>' };
    if (mode === 'hang') return { status: 200, body: {}, delayMs: 60_000 };

    if (path === '/pg/v4/payment/request.json') {
      if (!body.merchant_id || String(body.merchant_id).length !== 36) return { status: 400, body: err(-9, 'The merchant id field is required') };
      if (body.merchant_id !== merchantId) return { status: 400, body: err(-10, 'Terminal is not valid') };
      if (!Number.isInteger(body.amount) || body.amount < 1000) return { status: 400, body: err(-9, 'The amount must be at least 1000') };
      if (body.currency && !['IRR', 'IRT'].includes(body.currency)) return { status: 400, body: err(-9, 'Invalid currency') };
      if (!body.description) return { status: 400, body: err(-9, 'The description field is required') };
      if (!/^https?:\/\//.test(String(body.callback_url ?? ''))) return { status: 400, body: err(-9, 'The callback url is invalid') };
      const authority = `A${Array.from(randomBytes(35), (b) => ALNUM[b % ALNUM.length]).join('')}`;
      payments.set(authority, { authority, merchant: body.merchant_id, amount: body.amount, currency: body.currency ?? 'IRR', callbackUrl: body.callback_url, description: body.description, state: 'created' });
      return { status: 200, body: { data: { code: 100, message: 'Success', authority, fee_type: 'Merchant', fee: 100 }, errors: [] } };
    }

    if (path === '/pg/v4/payment/verify.json') {
      const p = payments.get(String(body.authority ?? ''));
      if (!p) return { status: 404, body: err(-54, 'Invalid authority') };
      if (p.merchant !== body.merchant_id) return { status: 400, body: err(-53, 'Session is not this merchant') };
      if (p.state === 'verified') return { status: 200, body: { data: { code: 101, message: 'Verified', ref_id: p.refId, card_pan: '502229******5995', card_hash: 'a'.repeat(64), fee_type: 'Merchant', fee: 100 }, errors: [] } };
      if (p.state !== 'paid') return { status: 400, body: err(-51, 'Session is not valid, session is not active paid try') };
      if (body.amount !== p.amount || p.paidAmount !== p.amount) return { status: 400, body: err(-50, 'Session is not valid, amounts values is not the same') };
      p.state = 'verified';
      p.refId = randomInt(10_000_000, 99_999_999);
      if (mode === 'verify-lost') return { status: 500, body: '<html>lost</html>' };
      const paid = { data: { code: 100, message: 'Paid', ref_id: p.refId, card_pan: '502229******5995', card_hash: 'a'.repeat(64), fee_type: 'Merchant', fee: 100 }, errors: [] };
      if (mode === 'verify-then-hang') return { status: 200, body: paid, delayMs: 60_000 };
      return { status: 200, body: paid };
    }

    if (path === '/pg/v4/payment/unVerified.json') {
      if (body.merchant_id !== merchantId) return { status: 400, body: err(-10, 'Terminal is not valid') };
      const authorities = [...payments.values()].filter((p) => p.state === 'paid').map((p) => ({ authority: p.authority, amount: p.amount, callback_url: p.callbackUrl, referer: '', date: new Date().toISOString() }));
      return { status: 200, body: { data: { code: 100, message: 'Success', authorities }, errors: [] } };
    }
    return { status: 404, body: err(-9, 'Not found') };
  });

  /** What the StartPay page does when the buyer pays (optionally a different amount) or cancels. */
  const decide = (authority: string, state: 'paid' | 'cancelled', paidAmount?: number) => {
    const p = payments.get(authority);
    if (!p) throw new Error(`fake zarinpal: no authority ${authority}`);
    p.state = state;
    if (state === 'paid') p.paidAmount = paidAmount ?? p.amount;
    const url = new URL(p.callbackUrl);
    url.searchParams.set('Authority', authority);
    url.searchParams.set('Status', state === 'paid' ? 'OK' : 'NOK');
    return `${url.pathname}${url.search}`;
  };

  return {
    url: server.url,
    merchantId,
    payments,
    calls,
    /** the buyer pays on StartPay; returns the callback path (+query) the browser is sent to */
    pay: (authority: string, paidAmount?: number) => decide(authority, 'paid', paidAmount),
    cancel: (authority: string) => decide(authority, 'cancelled'),
    setMode(next: ZarinpalMode) {
      mode = next;
    },
    close: server.close,
    /** connection refused until `up()` (tests/fakes/http.ts) */
    down: server.down,
    up: server.up,
  };
};
