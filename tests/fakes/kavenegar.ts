/**
 * A fake Kavenegar (https://kavenegar.com/rest.html) speaking its REST API:
 *   /v1/{key}/sms/send.json   receptor, message, sender, localid
 *   /v1/{key}/verify/lookup.json   receptor, template, token, token2, token3, type
 * It checks what the real service checks (key 403, receptor 411, message 413, template 424,
 * token 431), answers with the same envelope and records every accepted message. A send with a
 * `localid` already accepted is not delivered again: the answer repeats the first message's entry
 * (Kavenegar's duplicate guard for our own ids). Modes switch it to the failures the outbox must
 * survive: busy 409, 5xx, credit 418, a hang past the timeout, and `accept-then-hang` — the
 * message is accepted (and delivered) but the answer never comes, as when the sender dies or the
 * connection drops after Kavenegar took it (a send and a lookup alike; a lookup has no localid, so
 * a repeated one is delivered again); `slow` — accepted, answered after `slowMs` (within a patient
 * client's timeout). `down()` closes the port (connection refused).
 */
import { isPhoneNumberValid } from '@persian-tools/persian-tools';
import { startFakeServer } from './http';

export type KavenegarMessage = {
  kind: 'send' | 'lookup';
  receptor: string;
  message?: string;
  template?: string;
  tokens?: Record<string, string>;
  localid?: string;
  sender?: string;
  messageid: number;
};

export type KavenegarMode = 'ok' | 'busy' | 'server-error' | 'no-credit' | 'hang' | 'accept-then-hang' | 'slow';

const envelope = (status: number, message: string, entries: unknown = null) => ({ return: { status, message }, entries });

export const startFakeKavenegar = async ({ apiKey = 'test-kavenegar-key', templates = ['poshtiban-login', 'poshtiban-reset'], slowMs = 1000 } = {}) => {
  const sent: KavenegarMessage[] = [];
  const requests: Array<{ path: string; form: Record<string, string> }> = [];
  let mode: KavenegarMode = 'ok';
  let nextId = 8_792_343;
  /** accepted sends by localid: the entry a repeated localid answers with */
  const byLocalId = new Map<string, Record<string, unknown>>();

  const server = await startFakeServer(({ method, path, query, rawBody, headers }) => {
    const form: Record<string, string> = Object.fromEntries(method === 'POST' ? new URLSearchParams(rawBody) : query);
    requests.push({ path, form });
    const m = /^\/v1\/([^/]+)\/(sms\/send|verify\/lookup)\.json$/.exec(path);
    if (!m) return { status: 404, body: envelope(404, 'متد پیدا نشد') };
    if (decodeURIComponent(m[1]) !== apiKey) return { status: 403, body: envelope(403, 'کلید API نامعتبر است') };
    if (method === 'POST' && !String(headers['content-type'] ?? '').includes('application/x-www-form-urlencoded')) {
      return { status: 400, body: envelope(400, 'پارامترها ناقص هستند') };
    }
    if (mode === 'busy') return { status: 409, body: envelope(409, 'سرور در حال حاضر قادر به پاسخگویی نیست') };
    if (mode === 'server-error') return { status: 502, body: '<html>Bad Gateway</html>' };
    if (mode === 'no-credit') return { status: 418, body: envelope(418, 'اعتبار حساب شما کافی نیست') };
    if (mode === 'hang') return { status: 200, body: envelope(200, 'تایید شد', []), delayMs: 60_000 };

    const receptors = String(form.receptor ?? '').split(',').filter(Boolean);
    if (!receptors.length || !receptors.every((r) => isPhoneNumberValid(r))) return { status: 411, body: envelope(411, 'گیرنده نامعتبر است') };

    if (m[2] === 'sms/send') {
      if (receptors.length > 200) return { status: 414, body: envelope(414, 'تعداد گیرنده‌ها بیش از حد مجاز است') };
      if (!form.message || form.message.length > 900) return { status: 413, body: envelope(413, 'پیام خالی یا طولانی است') };
      const entries = receptors.map((receptor) => {
        const key = form.localid ? `${form.localid}:${receptor}` : null;
        const earlier = key ? byLocalId.get(key) : undefined;
        if (earlier) return earlier; // the same localid again: not delivered twice
        const entry = { kind: 'send' as const, receptor, message: form.message, localid: form.localid, sender: form.sender, messageid: nextId++ };
        sent.push(entry);
        const answer = { messageid: entry.messageid, message: form.message, status: 1, statustext: 'در صف ارسال', sender: form.sender ?? '10004346', receptor, date: Math.floor(Date.now() / 1000), cost: 120 };
        if (key) byLocalId.set(key, answer);
        return answer;
      });
      if (mode === 'accept-then-hang') return { status: 200, body: envelope(200, 'تایید شد', entries), delayMs: 60_000 };
      if (mode === 'slow') return { status: 200, body: envelope(200, 'تایید شد', entries), delayMs: slowMs };
      return { status: 200, body: envelope(200, 'تایید شد', entries) };
    }

    if (receptors.length !== 1) return { status: 411, body: envelope(411, 'گیرنده نامعتبر است') };
    if (!templates.includes(form.template)) return { status: 424, body: envelope(424, 'الگو یافت نشد') };
    if (!form.token || /\s/.test(form.token) || /\s/.test(form.token2 ?? '') || /\s/.test(form.token3 ?? '')) {
      return { status: 431, body: envelope(431, 'ساختار کد صحیح نمی‌باشد') };
    }
    if (form.type && form.type !== 'sms' && form.type !== 'call') return { status: 400, body: envelope(400, 'پارامترها ناقص هستند') };
    const tokens = Object.fromEntries(Object.entries(form).filter(([k]) => k.startsWith('token')));
    const entry = { kind: 'lookup' as const, receptor: receptors[0], template: form.template, tokens, messageid: nextId++ };
    sent.push(entry);
    const answer = { status: 200, body: envelope(200, 'تایید شد', { messageid: entry.messageid, message: `code ${form.token}`, status: 5, statustext: 'ارسال به مخابرات', sender: '2000500666', receptor: receptors[0], date: Math.floor(Date.now() / 1000), cost: 120 }) };
    // lookup has no localid: a message taken here and asked for again is delivered again
    return mode === 'accept-then-hang' ? { ...answer, delayMs: 60_000 } : mode === 'slow' ? { ...answer, delayMs: slowMs } : answer;
  });

  return {
    url: server.url,
    apiKey,
    sent,
    requests,
    setMode(next: KavenegarMode) {
      mode = next;
    },
    reset() {
      sent.length = 0;
      requests.length = 0;
      byLocalId.clear();
      mode = 'ok';
    },
    close: server.close,
    /** connection refused until `up()` (tests/fakes/http.ts) */
    down: server.down,
    up: server.up,
  };
};
