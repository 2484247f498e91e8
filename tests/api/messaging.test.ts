/**
 * The outbox and its delivery through the real Kavenegar and WhatsApp clients, talking to local
 * fake servers that speak those APIs: request shapes, retries with backoff when a provider is down
 * (nothing lost), a worker that dies mid-delivery, two workers at once (each message sent once),
 * WhatsApp → SMS fallback, signed status webhooks, daytime hours for broadcasts, sealed secrets.
 */
import request from 'supertest';
import { startApp, type TestApp } from '../helpers/strapi';
import { createCustomer, createSubscriber } from '../helpers/fixtures';
import { outboxPriority } from '../../src/domain/outbox';
import { startMessagingFakes, tehranNight, tehranNoon, WHATSAPP_APP_SECRET, WHATSAPP_VERIFY_TOKEN } from '../helpers/messaging';

let app: TestApp;
let fakes: Awaited<ReturnType<typeof startMessagingFakes>>;
let seq = 0;

const OUTBOX = 'plugin::messaging.outbound-message';
const outbox = () => app.strapi.plugin('messaging').service('outbox');
const delivery = () => app.strapi.plugin('messaging').service('delivery');
const dispatch = () => app.strapi.plugin('messaging').service('dispatch');
const rows = (where: Record<string, unknown> = {}) => app.strapi.db.query(OUTBOX).findMany({ where, orderBy: [{ id: 'asc' }] });
const later = (now: Date, ms: number) => new Date(now.getTime() + ms);

const enqueueSms = (n: number, extra: Record<string, unknown> = {}) =>
  Promise.all(
    Array.from({ length: n }, () =>
      outbox().enqueue({
        channel: 'sms',
        recipient: '09121234567',
        templateCode: 'announcement',
        params: { name: 'علی', title: 'اطلاعیه', summary: 'خلاصه', url: 'https://portal.example' },
        dedupeKey: `test:${++seq}:sms`,
        ...extra,
      })
    )
  );

beforeAll(async () => {
  app = await startApp();
  fakes = await startMessagingFakes(app.strapi);
});
afterAll(async () => {
  await fakes?.close();
  await app?.stop();
});
beforeEach(async () => {
  fakes.kavenegar.reset();
  fakes.whatsapp.reset();
  await app.strapi.db.query(OUTBOX).deleteMany({});
});

describe('sending through the providers’ APIs', () => {
  test('each preferred channel gets its message, in the shape each API expects', async () => {
    const bySms = await createSubscriber(app.strapi, { preferredChannel: 'sms', mobile: '09121111111', fullName: 'علی رضایی' });
    const byWhatsapp = await createSubscriber(app.strapi, { preferredChannel: 'whatsapp', mobile: '09122222222' });
    const byBoth = await createSubscriber(app.strapi, { preferredChannel: 'both', mobile: '09123333333' });
    for (const s of [bySms, byWhatsapp, byBoth]) {
      await dispatch().notifySubscriber({
        subscriberId: s.id,
        templateCode: 'announcement',
        params: { title: 'به‌روزرسانی', summary: 'نسخهٔ جدید', url: 'https://portal.example' },
        eventKey: `event-1:${s.id}`,
      });
    }
    const outcome = await delivery().runOnce({ now: tehranNoon() });
    expect(outcome).toMatchObject({ claimed: 4, sent: 4, failed: 0, dead: 0 });

    expect(fakes.kavenegar.sent.map((m) => m.receptor).sort()).toEqual(['09121111111', '09123333333']);
    const sms = fakes.kavenegar.sent.find((m) => m.receptor === '09121111111')!;
    expect(sms.kind).toBe('send');
    expect(sms.message).toContain('علی رضایی گرامی');
    expect(sms.message).toContain('به‌روزرسانی');
    expect(sms.sender).toBe('2000500666');

    expect(fakes.whatsapp.sent.map((m) => m.to).sort()).toEqual(['989122222222', '989123333333']);
    expect(fakes.whatsapp.sent[0]).toMatchObject({ template: 'poshtiban_announcement', language: 'fa' });
    expect(fakes.whatsapp.sent[0].parameters).toHaveLength(4);

    const stored = await rows();
    expect(stored.every((r: any) => r.status === 'sent' && r.providerMessageId && r.attempts === 1)).toBe(true);
    expect(String(sms.localid)).toBe(String(stored.find((r: any) => r.recipient === '09121111111').id));
  });

  test('the same event never sends twice', async () => {
    const s = await createSubscriber(app.strapi, { preferredChannel: 'sms' });
    const first = await dispatch().notifySubscriber({ subscriberId: s.id, templateCode: 'announcement', eventKey: 'same-event' });
    const second = await dispatch().notifySubscriber({ subscriberId: s.id, templateCode: 'announcement', eventKey: 'same-event' });
    expect(first[0].created).toBe(true);
    expect(second[0]).toEqual({ id: first[0].id, created: false });
    await delivery().runOnce({ now: tehranNoon() });
    expect(fakes.kavenegar.sent).toHaveLength(1);
  });

  test('a permanent error (bad receptor) is dead at once, with the provider’s error for staff', async () => {
    await outbox().enqueue({ channel: 'sms', recipient: '0912', templateCode: 'announcement', dedupeKey: 'bad-receptor:sms' });
    const outcome = await delivery().runOnce({ now: tehranNoon() });
    expect(outcome).toMatchObject({ dead: 1 });
    const [row] = await rows();
    expect(row.status).toBe('dead');
    expect(row.lastError).toMatch(/^411: kavenegar 411/);
  });
});

describe('nothing is lost when a provider is down', () => {
  test('retried with exponential backoff and delivered when it returns', async () => {
    await enqueueSms(3);
    fakes.kavenegar.setMode('server-error');
    let now = tehranNoon();
    expect(await delivery().runOnce({ now })).toMatchObject({ claimed: 3, failed: 3 });
    let waits = (await rows()).map((r: any) => new Date(r.nextAttemptAt).getTime() - now.getTime());
    expect(waits.every((w: number) => w >= 24_000 && w <= 36_000)).toBe(true); // 30 s ± 20 %

    // not due yet: nothing is claimed
    expect(await delivery().runOnce({ now: later(now, 1000) })).toMatchObject({ claimed: 0 });

    fakes.kavenegar.setMode('busy'); // 409 is retryable too
    now = later(now, 40_000);
    expect(await delivery().runOnce({ now })).toMatchObject({ claimed: 3, failed: 3 });
    waits = (await rows()).map((r: any) => new Date(r.nextAttemptAt).getTime() - now.getTime());
    expect(waits.every((w: number) => w >= 48_000 && w <= 72_000)).toBe(true); // doubled

    fakes.kavenegar.setMode('ok');
    now = later(now, 80_000);
    expect(await delivery().runOnce({ now })).toMatchObject({ claimed: 3, sent: 3 });
    expect(fakes.kavenegar.sent).toHaveLength(3);
    expect((await rows()).map((r: any) => [r.status, r.attempts])).toEqual([['sent', 3], ['sent', 3], ['sent', 3]]);
  });

  test('a timeout is retried too; after the last attempt the message is dead, visible to staff', async () => {
    await enqueueSms(1, { maxAttempts: 2 });
    fakes.kavenegar.setMode('hang');
    let now = tehranNoon();
    expect(await delivery().runOnce({ now })).toMatchObject({ failed: 1 });
    expect((await rows())[0].lastError).toMatch(/ECONNABORTED|timeout/i);
    now = later(now, 10 * 60_000);
    expect(await delivery().runOnce({ now })).toMatchObject({ dead: 1 });
    const resent = await outbox().resend((await rows())[0].id);
    expect(resent).toMatchObject({ resent: true, status: 'queued' });
    fakes.kavenegar.setMode('ok');
    expect(await delivery().runOnce({ now: later(now, 1000) })).toMatchObject({ sent: 1 });
  });
});

describe('several workers', () => {
  test('a worker stopped mid-delivery: the message is delivered by the next one after the lease — a minute, not five', async () => {
    await enqueueSms(2);
    const now = tehranNoon();
    const claimed = await outbox().claimDue({ workerId: 'crashed-worker', limit: 10, now });
    expect(claimed).toHaveLength(2);
    // the process dies here: nothing marks them sent, nothing renews the claims
    expect(await delivery().runOnce({ now: later(now, 30_000) })).toMatchObject({ released: 0, claimed: 0 });
    const outcome = await delivery().runOnce({ now: later(now, 60_000 + 1000) });
    expect(outcome).toMatchObject({ released: 2, claimed: 2, sent: 2 });
    expect(fakes.kavenegar.sent).toHaveLength(2);
  });

  test('a slow batch keeps its claims (heartbeat): a second worker does not take them while the first one lives', async () => {
    app.strapi.config.set('plugin::messaging.delivery.leaseMs', 600);
    try {
      await enqueueSms(2);
      // each send answered after 1 s (within the client's 1.5 s timeout: a slow provider, not a failing
      // one — a failing one is not called again in the pass): the batch takes 2 s
      fakes.kavenegar.setMode('slow');
      const first = delivery().runOnce({ worker: 'slow-worker' });
      await new Promise((r) => setTimeout(r, 1800)); // three leases after the claim
      expect(await delivery().runOnce({ worker: 'other-worker' })).toMatchObject({ released: 0, claimed: 0 });
      expect(await first).toMatchObject({ claimed: 2, sent: 2 });
      expect(fakes.kavenegar.sent).toHaveLength(2);
    } finally {
      app.strapi.config.set('plugin::messaging.delivery.leaseMs', 60_000);
    }
  });

  test('two workers at once: each message is claimed and sent exactly once', async () => {
    await enqueueSms(40);
    const now = tehranNoon();
    const [a, b] = await Promise.all([
      delivery().runOnce({ now, limit: 25, worker: 'worker-a' }),
      delivery().runOnce({ now, limit: 25, worker: 'worker-b' }),
    ]);
    expect(a.claimed + b.claimed).toBe(40);
    const localIds = fakes.kavenegar.sent.map((m) => m.localid);
    expect(localIds).toHaveLength(40);
    expect(new Set(localIds).size).toBe(40);
    expect((await rows({ status: 'sent' })).length).toBe(40);
  });
});

describe('WhatsApp', () => {
  test('a failed WhatsApp send falls back to SMS, once', async () => {
    const s = await createSubscriber(app.strapi, { preferredChannel: 'whatsapp', mobile: '09124444444' });
    fakes.whatsapp.setMode('bad-token');
    await dispatch().notifySubscriber({ subscriberId: s.id, templateCode: 'announcement', eventKey: 'wa-fallback' });
    const now = tehranNoon();
    expect(await delivery().runOnce({ now })).toMatchObject({ dead: 1 });
    expect(await delivery().runOnce({ now })).toMatchObject({ sent: 1 });
    expect(fakes.kavenegar.sent.map((m) => m.receptor)).toEqual(['09124444444']);
    const [wa, sms] = await rows();
    expect(wa).toMatchObject({ channel: 'whatsapp', status: 'dead' });
    expect(wa.lastError).toMatch(/^190:/);
    expect(sms).toMatchObject({ channel: 'sms', fallbackFor: wa.id, dedupeKey: 'wa-fallback:sms' });
  });

  test('rate limits are retried, not given up', async () => {
    const s = await createSubscriber(app.strapi, { preferredChannel: 'whatsapp' });
    fakes.whatsapp.setMode('rate-limited');
    await dispatch().notifySubscriber({ subscriberId: s.id, templateCode: 'announcement', eventKey: 'wa-rate' });
    const now = tehranNoon();
    expect(await delivery().runOnce({ now })).toMatchObject({ failed: 1 });
    fakes.whatsapp.setMode('ok');
    expect(await delivery().runOnce({ now: later(now, 60_000) })).toMatchObject({ sent: 1 });
    expect(fakes.kavenegar.sent).toHaveLength(0);
  });

  test('signed status webhooks: delivered is recorded, "not on WhatsApp" falls back to SMS, bad signatures are refused', async () => {
    const reachable = await createSubscriber(app.strapi, { preferredChannel: 'whatsapp', mobile: '09125555555' });
    const unreachable = await createSubscriber(app.strapi, { preferredChannel: 'whatsapp', mobile: '09126666666' });
    fakes.whatsapp.notOnWhatsapp.add('989126666666');
    for (const s of [reachable, unreachable]) await dispatch().notifySubscriber({ subscriberId: s.id, templateCode: 'announcement', eventKey: `wa-hook:${s.id}` });
    await delivery().runOnce({ now: tehranNoon() });
    expect(fakes.whatsapp.sent).toHaveLength(2);

    const raw = JSON.stringify(fakes.whatsapp.statusPayload(fakes.whatsapp.laterStatuses()));
    const bad = await request(app.server).post('/api/messaging/whatsapp/webhook').set('Content-Type', 'application/json').set('X-Hub-Signature-256', 'sha256=deadbeef').send(raw);
    expect(bad.status).toBe(401);
    const ok = await request(app.server)
      .post('/api/messaging/whatsapp/webhook')
      .set('Content-Type', 'application/json')
      .set('X-Hub-Signature-256', fakes.whatsapp.sign(raw, WHATSAPP_APP_SECRET))
      .send(raw);
    expect(ok.status).toBe(200);
    expect(ok.body.applied).toBe(2);
    // the same webhook again (Meta repeats them) changes nothing
    const again = await request(app.server).post('/api/messaging/whatsapp/webhook').set('Content-Type', 'application/json').set('X-Hub-Signature-256', fakes.whatsapp.sign(raw, WHATSAPP_APP_SECRET)).send(raw);
    expect(again.body.applied).toBe(0);

    const delivered = (await rows({ subscriberId: reachable.id }))[0];
    expect(delivered).toMatchObject({ status: 'sent', providerStatus: 'delivered' });
    expect(delivered.deliveredAt).toBeTruthy();
    const failed = await rows({ subscriberId: unreachable.id });
    expect(failed.map((r: any) => [r.channel, r.status])).toEqual([['whatsapp', 'dead'], ['sms', 'queued']]);
    await delivery().runOnce({ now: tehranNoon() });
    expect(fakes.kavenegar.sent.map((m) => m.receptor)).toEqual(['09126666666']);
  });

  test('no idempotency key: a message Meta accepted from a worker that then died is marked sent by its status webhook (our id in biz_opaque_callback_data), not sent again', async () => {
    const s = await createSubscriber(app.strapi, { preferredChannel: 'whatsapp', mobile: '09124444444' });
    await dispatch().notifySubscriber({ subscriberId: s.id, templateCode: 'announcement', params: { title: 'ت', summary: 'خ', url: 'https://portal.example' }, eventKey: 'wa-lost-answer' });
    const now = tehranNoon();
    const [claimed] = await outbox().claimDue({ workerId: 'crashed-worker', limit: 1, now });
    // the worker's request reaches Meta (as the real client sends it), then the worker dies
    const wa = app.strapi.config.get('plugin::messaging.whatsapp') as any;
    const accepted = await fetch(`${wa.providerOptions.baseUrl}/${wa.providerOptions.apiVersion}/${wa.providerOptions.phoneNumberId}/messages`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${wa.providerOptions.accessToken}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ messaging_product: 'whatsapp', to: claimed.recipient, type: 'template', template: { name: 'poshtiban_announcement', language: { code: 'fa' }, components: [{ type: 'body', parameters: ['a', 'b', 'c', 'd'].map((text) => ({ type: 'text', text })) }] }, biz_opaque_callback_data: String(claimed.id) }),
    });
    expect(accepted.status).toBe(200);
    const raw = JSON.stringify(fakes.whatsapp.statusPayload(fakes.whatsapp.sent.map((m) => ({ id: m.id, status: 'sent', to: m.to, callbackData: m.callbackData }))));
    const hook = await request(app.server).post('/api/messaging/whatsapp/webhook').set('Content-Type', 'application/json').set('X-Hub-Signature-256', fakes.whatsapp.sign(raw, WHATSAPP_APP_SECRET)).send(raw);
    expect(hook.status).toBe(200);
    expect((await rows({ id: claimed.id }))[0]).toMatchObject({ status: 'sent', providerMessageId: fakes.whatsapp.sent[0].id, providerStatus: 'sent' });
    // after the dead worker's lease nothing is released or sent again
    expect(await delivery().runOnce({ now: later(now, 2 * 60_000) })).toMatchObject({ released: 0, claimed: 0 });
    expect(fakes.whatsapp.sent).toHaveLength(1);
  });

  test('the webhook subscription check answers the challenge only with the right token', async () => {
    const ok = await request(app.server).get('/api/messaging/whatsapp/webhook').query({ 'hub.mode': 'subscribe', 'hub.verify_token': WHATSAPP_VERIFY_TOKEN, 'hub.challenge': '1158201444' });
    expect(ok.status).toBe(200);
    expect(ok.text).toBe('1158201444');
    const no = await request(app.server).get('/api/messaging/whatsapp/webhook').query({ 'hub.mode': 'subscribe', 'hub.verify_token': 'wrong', 'hub.challenge': '1' });
    expect(no.status).toBe(403);
  });
});

describe('broadcasts wait for daytime in Tehran', () => {
  test('not sent at 23:30, sent at 08:30 the next morning; transactional messages go any time', async () => {
    await enqueueSms(1, { kind: 'broadcast' });
    await enqueueSms(1, { kind: 'transactional' });
    const night = tehranNight(); // 23:30 Tehran
    expect(await delivery().runOnce({ now: night })).toMatchObject({ claimed: 1, sent: 1 });
    expect((await rows({ kind: 'broadcast' }))[0].status).toBe('queued');
    const morning = new Date(night.getTime() + 9 * 3600_000); // 08:30 Tehran
    expect(await delivery().runOnce({ now: morning })).toMatchObject({ claimed: 1, sent: 1 });
  });
});

describe('transactional messages go before broadcasts', () => {
  test('a login code asked for behind a broadcast backlog goes out in the very next batch, first; a repair notice next', async () => {
    // an announcement's broadcasts already queued (older than anything below)
    await enqueueSms(300, { kind: 'broadcast' });
    await enqueueSms(1, { kind: 'transactional', templateCode: 'repair-status', params: { name: 'علی', tracking: 'R-1', device: 'ZI-200', status: 'آماده' } });
    const customer = await createCustomer(app.strapi, { mobile: '09135556677' });
    expect((await request(app.server).post('/api/auth/otp/request').send({ identifier: customer.subscriberNumber })).status).toBe(200);

    const outcome = await delivery().runOnce({ now: tehranNoon(), limit: 5 });
    expect(outcome).toMatchObject({ claimed: 5, sent: 5 });
    expect(fakes.kavenegar.sent[0]).toMatchObject({ kind: 'lookup', template: 'poshtiban-login', receptor: '09135556677' });
    // what the provider received, in order: the code, the repair notice, then the oldest broadcasts
    expect(fakes.kavenegar.sent.map((m) => m.template ?? (m.message?.includes('آماده') ? 'repair' : 'announcement'))).toEqual([
      'poshtiban-login',
      'repair',
      'announcement',
      'announcement',
      'announcement',
    ]);
    expect((await rows({ status: 'sent' })).map((m: any) => m.kind).sort()).toEqual(['broadcast', 'broadcast', 'broadcast', 'otp', 'transactional']);
    // the priority comes from the message's kind (src/domain/outbox.ts), stored on each row
    const queued = await rows({ status: 'queued' });
    expect(new Set(queued.map((m: any) => m.priority))).toEqual(new Set([outboxPriority('broadcast')]));
    expect(outboxPriority('otp')).toBeLessThan(outboxPriority('transactional'));
    expect(outboxPriority('transactional')).toBeLessThan(outboxPriority('broadcast'));
  });
});

describe('secrets in messages', () => {
  test('a login code is sealed at rest, sent through the Kavenegar template, then wiped', async () => {
    await outbox().enqueue({
      channel: 'sms',
      kind: 'otp',
      recipient: '09127777777',
      templateCode: 'login-code',
      params: { minutes: 5 },
      secretParams: { code: '482913' },
      dedupeKey: 'login-code:test:sms',
    });
    const [queued] = await rows();
    expect(JSON.stringify(queued)).not.toContain('482913');
    expect(queued.sealedParams).toEqual(expect.any(String));
    await delivery().runOnce({ now: tehranNoon() });
    expect(fakes.kavenegar.sent[0]).toMatchObject({ kind: 'lookup', template: 'poshtiban-login', receptor: '09127777777', tokens: { token: '482913', token2: '5' } });
    const [sent] = await rows();
    expect(sent.sealedParams).toBeNull();
    expect(JSON.stringify(sent)).not.toContain('482913');
  });

  test('with REDIS_URL the worker counts its sends in Redis, where every instance counts (one rate limit for all)', async () => {
    const redisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379/15';
    const Redis = require('ioredis');
    const redis = new Redis(redisUrl);
    const before = app.strapi.config.get('plugin::messaging.delivery') as Record<string, unknown>;
    app.strapi.config.set('plugin::messaging.delivery', { ...before, redisUrl });
    await delivery().resetProviders();
    try {
      await redis.del(...(await redis.keys('poshtiban:messaging:rate:sms:*')), 'none');
      await enqueueSms(3);
      const outcome = await delivery().runOnce({ now: tehranNoon() });
      expect(outcome.sent).toBe(3);
      const keys: string[] = await redis.keys('poshtiban:messaging:rate:sms:*');
      const counted = (await Promise.all(keys.map((k) => redis.get(k)))).reduce((sum, v) => sum + Number(v), 0);
      expect(counted).toBe(3);
    } finally {
      app.strapi.config.set('plugin::messaging.delivery', before);
      await startMessagingFakesAgain();
      await redis.quit();
    }
  });

  test('the local provider logs messages with passwords masked', async () => {
    app.strapi.config.set('plugin::messaging.sms', { provider: 'local', providerOptions: {} });
    delivery().resetProviders();
    const logged: string[] = [];
    const spy = jest.spyOn(app.strapi.log, 'info').mockImplementation(((m: string) => logged.push(m)) as any);
    try {
      await outbox().enqueue({
        channel: 'sms',
        recipient: '09128888888',
        templateCode: 'portal-credentials',
        params: { name: 'زهرا', username: '1004', url: 'https://portal.example' },
        secretParams: { password: 'Sup3rSecret!' },
        dedupeKey: 'creds:test:sms',
      });
      await delivery().runOnce({ now: tehranNoon() });
    } finally {
      spy.mockRestore();
      await startMessagingFakesAgain();
    }
    const line = logged.find((l) => l.includes('[messaging:local]'))!;
    expect(line).toContain('09128888888');
    expect(line).toContain('1004');
    expect(line).not.toContain('Sup3rSecret!');
    expect(line).toContain('••••');
  });
});

async function startMessagingFakesAgain() {
  app.strapi.config.set('plugin::messaging.sms', {
    provider: 'kavenegar',
    providerOptions: { apiKey: fakes.kavenegar.apiKey, baseUrl: fakes.kavenegar.url, sender: '2000500666', timeoutMs: 1500 },
  });
  delivery().resetProviders();
}
