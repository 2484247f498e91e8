/**
 * The sandbox gateway's page (the local provider): the buyer sees the amount and chooses "pay" or
 * "cancel"; either way they are sent back to the portal's callback exactly as Zarinpal sends them
 * (?Authority=…&Status=OK|NOK). Set in the site's font, Vazirmatn (src/utils/site-font.ts).
 */
import type { Core } from '@strapi/strapi';
import { formatTomans } from 'poshtiban/domain/money';
import { vazirmatnFontFace } from 'poshtiban/utils/site-font';

const TX = 'plugin::payment.sandbox-transaction';

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(authority: string) {
    if (!/^S[A-Z0-9]{35}$/.test(authority)) return null;
    return strapi.db.query(TX).findOne({ where: { authority } });
  },

  render(tx: { authority: string; amount: string; description: string | null; state: string }) {
    const done = tx.state !== 'created';
    return `<!doctype html>
<html lang="fa" dir="rtl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>درگاه پرداخت آزمایشی</title>
<style>
${vazirmatnFontFace()}
*{box-sizing:border-box}
body{font-family:Vazirmatn,Tahoma,sans-serif;background:#eef3f5;margin:0;display:flex;min-height:100vh;align-items:center;justify-content:center;color:#10343f}
main{background:#fff;border-radius:16px;box-shadow:0 6px 24px rgba(16,52,63,.12);padding:28px;max-width:420px;width:calc(100% - 32px)}
h1{font-size:1.2rem;margin:0 0 4px}.note{color:#5b6b71;font-size:.9rem;margin:0 0 20px}
.amount{font-size:1.6rem;font-weight:700;margin:8px 0 4px}.desc{color:#33474e;margin:0 0 24px}
.row{display:flex;gap:12px}button{flex:1;font:inherit;font-weight:700;border:0;border-radius:10px;padding:12px;cursor:pointer}
.pay{background:#0f766e;color:#fff}.cancel{background:#e5eaec;color:#10343f}
</style></head><body><main>
<h1>درگاه پرداخت آزمایشی (Sandbox)</h1>
<p class="note">این درگاه فقط برای توسعه و آزمایش است و پولی جابه‌جا نمی‌شود.</p>
<div class="amount" data-testid="sandbox-amount">${escape(formatTomans(Number(tx.amount)))}</div>
<p class="desc">${escape(tx.description ?? '')}</p>
${done ? '<p>این تراکنش قبلاً انجام شده است.</p>' : `<div class="row">
<form method="post" action="/api/payment/sandbox/${tx.authority}/pay" style="flex:1;display:flex"><button class="pay" type="submit">پرداخت</button></form>
<form method="post" action="/api/payment/sandbox/${tx.authority}/cancel" style="flex:1;display:flex"><button class="cancel" type="submit">انصراف</button></form>
</div>`}
</main></body></html>`;
  },

  /** pay → back with Status=OK; cancel → Status=NOK. Returns the callback URL to redirect to. */
  async decide(authority: string, decision: 'paid' | 'cancelled') {
    const tx = await this.find(authority);
    if (!tx) return null;
    if (tx.state === 'created') await strapi.db.query(TX).updateMany({ where: { authority, state: 'created' }, data: { state: decision } });
    const url = new URL(tx.callbackUrl);
    url.searchParams.set('Authority', authority);
    url.searchParams.set('Status', decision === 'paid' ? 'OK' : 'NOK');
    return url.toString();
  },
});
