/**
 * Every outside provider slow, failing and down, against its fake server and the real client code
 * (issue 15): Kavenegar (SMS and login codes), WhatsApp Cloud API, Didar, SpotPlayer and Zarinpal.
 *
 *   slow    — the fake answers only after the client's timeout: a failure, not a hang, and it
 *             costs one timeout a pass — the rest of the batch fails at once without calling it
 *             (retried with backoff like any failure) and other work (the other channel, other
 *             requests) goes on;
 *   failing — 5xx and the provider's documented retryable codes (busy, credit, rate limit);
 *   down    — the fake's port closed: connection refused.
 * In each: nothing lost (the message, CRM change, licence request or payment is still pending and
 * retried with backoff), completed once when the fake recovers, no duplicate at the provider, and
 * staff see it: the record's status and last error in the admin's pages and the work queue on the
 * admin home page. A payment cannot start while the gateway is out: the buyer reads a Persian 503
 * and nothing is written; a payment that cannot be verified stays verifiable, neither failed nor
 * granted. A login code sent by Kavenegar's verify/lookup (no `localid`) that Kavenegar may have
 * taken is never sent again (docs/security.md).
 */
import request from 'supertest';
import { startApp, type TestApp } from '../helpers/strapi';
import { adminToken, createCustomer, createDevice, createModel, tokenFor } from '../helpers/fixtures';
import { startMessagingFakes, tehranNoon } from '../helpers/messaging';
import { startLifecycleFakes } from '../helpers/lifecycle';
import { startFakeSpotPlayer } from '../fakes/spotplayer';
import { addDays, tehranDate } from '../../src/domain/jalali';

/** every client's timeout here: a slow provider answers after it */
const TIMEOUT = 1000;
const OUTBOX = 'plugin::messaging.outbound-message';
const CRM_JOB = 'plugin::crm-sync.sync-job';
const PAYMENT = 'api::payment.payment';
const CONTRACT = 'api::contract.contract';
const ORDER = 'api::course-order.course-order';
const LICENCE_REQUEST = 'plugin::video-licensing.licence-request';

let app: TestApp;
let messaging: Awaited<ReturnType<typeof startMessagingFakes>>;
let lifecycle: Awaited<ReturnType<typeof startLifecycleFakes>>;
let spot: Awaited<ReturnType<typeof startFakeSpotPlayer>>;
let admin: string;
let model: any;
let seq = 0;

const auth = (t: string) => ({ Authorization: `Bearer ${t}` });
const later = (at: Date, ms: number) => new Date(at.getTime() + ms);
const HOUR = 3_600_000;
const outbox = () => app.strapi.plugin('messaging').service('outbox');
const delivery = () => app.strapi.plugin('messaging').service('delivery');
const crm = () => app.strapi.plugin('crm-sync').service('sync');
const licences = () => app.strapi.plugin('video-licensing').service('licences');
const payments = () => app.strapi.plugin('payment').service('payments');
const rowsOf = (uid: string, where: Record<string, unknown> = {}) => app.strapi.db.query(uid as any).findMany({ where, orderBy: [{ id: 'asc' }] });

/** How long `fn` took, and what it returned. */
const timed = async <T>(fn: () => Promise<T>) => {
  const started = Date.now();
  const result = await fn();
  return { result, ms: Date.now() - started };
};

/** The work queue on the admin home page, as a super admin sees it: item id → count. */
const workQueue = async (): Promise<Record<string, number>> => {
  const res = await request(app.server).get('/back-office/work-queue').set(auth(admin));
  expect(res.status).toBe(200);
  return Object.fromEntries(res.body.data.map((i: { id: string; count: number }) => [i.id, i.count]));
};

const enqueue = (channel: 'sms' | 'whatsapp', n: number) =>
  Promise.all(
    Array.from({ length: n }, () =>
      outbox().enqueue({
        channel,
        recipient: channel === 'sms' ? '09121234567' : '989121234567',
        templateCode: 'announcement',
        params: { name: 'علی', title: 'به‌روزرسانی نرم‌افزار', summary: 'نسخهٔ ۲', url: 'https://portal.example' },
        dedupeKey: `faults:${++seq}:${channel}`,
      })
    )
  );

beforeAll(async () => {
  app = await startApp();
  messaging = await startMessagingFakes(app.strapi);
  lifecycle = await startLifecycleFakes(app.strapi);
  spot = await startFakeSpotPlayer();
  for (const channel of ['sms', 'whatsapp']) {
    app.strapi.config.set(`plugin::messaging.${channel}.providerOptions.timeoutMs`, TIMEOUT);
  }
  await delivery().resetProviders();
  app.strapi.config.set('plugin::payment.providerOptions.timeoutMs', TIMEOUT);
  payments().resetGateway();
  app.strapi.config.set('plugin::crm-sync.providerOptions.timeoutMs', TIMEOUT);
  crm().resetProvider();
  app.strapi.config.set('plugin::video-licensing.provider', 'spotplayer');
  app.strapi.config.set('plugin::video-licensing.providerOptions', { apiKey: spot.apiKey, baseUrl: spot.url, level: -1, test: true, timeoutMs: TIMEOUT });
  app.strapi.config.set('plugin::video-licensing.issueAfterPayment', false);
  licences().resetProvider();
  admin = await adminToken(app.strapi, app.server);
  model = await createModel(app.strapi);
}, 180_000);
afterAll(async () => {
  await messaging?.close();
  await lifecycle?.close();
  await spot?.close();
  await app?.stop();
});

describe('SMS (Kavenegar sms/send, with localid)', () => {
  beforeEach(async () => {
    messaging.kavenegar.reset();
    messaging.whatsapp.reset();
    await app.strapi.db.query(OUTBOX).deleteMany({});
  });
  const sends = () => messaging.kavenegar.requests.filter((r) => r.path.endsWith('/sms/send.json'));

  test('slow: one timeout a pass, not one per message; WhatsApp goes on; staff see the failures; delivered once when it answers', async () => {
    await enqueue('sms', 4);
    await enqueue('whatsapp', 1);
    messaging.kavenegar.setMode('accept-then-hang'); // takes the SMS, answers after the client gave up
    const now = tehranNoon();
    const { result, ms } = await timed(() => delivery().runOnce({ now }));
    expect(result).toMatchObject({ claimed: 5, failed: 4, deferred: 3, sent: 1, dead: 0 });
    expect(sends()).toHaveLength(1);
    expect(ms).toBeLessThan(2.5 * TIMEOUT);
    expect(messaging.whatsapp.sent).toHaveLength(1);

    const sms = await rowsOf(OUTBOX, { channel: 'sms' });
    expect(sms.every((r: any) => r.status === 'failed' && r.attempts === 1 && new Date(r.nextAttemptAt) > now)).toBe(true);
    // one was tried and timed out; the other three were not sent to a provider found out of reach
    const untried = sms.filter((r: any) => r.lastError.includes('not sent:'));
    expect(untried).toHaveLength(3);
    for (const r of untried) expect(r.lastError).toMatch(/^outage: not sent: kavenegar is out of reach in this pass \(ECONNABORTED/);
    expect(sms.filter((r: any) => !untried.includes(r)).map((r: any) => r.lastError)).toEqual([expect.stringMatching(/ECONNABORTED|timeout/i)]);
    // staff: the work queue's item and the Outbox page, with the reason
    expect((await workQueue())['messages-failed']).toBe(4);
    const page = await request(app.server).get('/messaging/outbox?status=failed').set(auth(admin));
    expect(page.status).toBe(200);
    expect(page.body.meta.pagination.total).toBe(4);
    expect(page.body.data.every((m: any) => m.lastError)).toBe(true);

    messaging.kavenegar.setMode('ok');
    expect(await delivery().runOnce({ now: later(now, 10 * 60_000) })).toMatchObject({ claimed: 4, sent: 4 });
    // the first SMS went twice with the same localid: Kavenegar delivered it once
    expect(messaging.kavenegar.sent).toHaveLength(4);
    expect(new Set(messaging.kavenegar.sent.map((m) => m.localid)).size).toBe(4);
    expect((await rowsOf(OUTBOX)).every((r: any) => r.status === 'sent')).toBe(true);
    expect((await workQueue())['messages-failed']).toBe(0);
  });

  test('failing: 5xx, busy (409) and no credit (418) are retried with backoff — none given up — and sent once when it answers', async () => {
    await enqueue('sms', 2);
    let now = tehranNoon();
    for (const [mode, code] of [['server-error', /^502:/], ['busy', /^409:/], ['no-credit', /^418:/]] as const) {
      messaging.kavenegar.setMode(mode);
      now = later(now, HOUR);
      expect(await delivery().runOnce({ now })).toMatchObject({ claimed: 2, failed: 2, deferred: 1, dead: 0 });
      const [tried] = (await rowsOf(OUTBOX)).filter((r: any) => !r.lastError.includes('not sent:'));
      expect(tried.lastError).toMatch(code);
    }
    expect(await workQueue()).toMatchObject({ 'messages-failed': 2, 'messages-dead': 0 });
    messaging.kavenegar.setMode('ok');
    expect(await delivery().runOnce({ now: later(now, HOUR) })).toMatchObject({ sent: 2 });
    expect(messaging.kavenegar.sent).toHaveLength(2);
  });

  test('down (connection refused): kept and retried, sent once when it is back', async () => {
    await enqueue('sms', 2);
    await messaging.kavenegar.down();
    const now = tehranNoon();
    expect(await delivery().runOnce({ now })).toMatchObject({ failed: 2, deferred: 1 });
    expect((await rowsOf(OUTBOX)).every((r: any) => /ECONNREFUSED/.test(r.lastError))).toBe(true);
    expect((await workQueue())['messages-failed']).toBe(2);
    await messaging.kavenegar.up();
    expect(await delivery().runOnce({ now: later(now, HOUR) })).toMatchObject({ sent: 2 });
    expect(messaging.kavenegar.sent).toHaveLength(2);
  });
});

describe('login codes (Kavenegar verify/lookup: no localid)', () => {
  const ask = (identifier: string) => request(app.server).post('/api/auth/otp/request').send({ identifier });
  const verify = (identifier: string, code: string) => request(app.server).post('/api/auth/otp/verify').send({ identifier, code });
  const lookups = () => messaging.kavenegar.sent.filter((m) => m.kind === 'lookup');
  beforeEach(async () => {
    messaging.kavenegar.reset();
    await app.strapi.db.query(OUTBOX).deleteMany({});
    app.strapi.plugin('customer-accounts').service('login-throttle').clear();
  });
  afterEach(() => app.strapi.config.set('plugin::customer-accounts.otp.resendCooldownSeconds', 60));

  test('a code that certainly did not go (refused, an error answer) is retried and arrives once; one Kavenegar may have taken (no answer in time) is never sent again, staff see why, the buyer asks for a new one after the cool-down', async () => {
    const customer = await createCustomer(app.strapi, { mobile: '09131234567' });
    app.strapi.config.set('plugin::customer-accounts.otp.resendCooldownSeconds', 1);
    const nextCode = async () => {
      await new Promise((resolve) => setTimeout(resolve, 1100)); // the cool-down
      expect((await ask(customer.subscriberNumber)).body.data.sent).toBe(true);
    };
    expect((await ask(customer.subscriberNumber)).body.data.sent).toBe(true);

    // Kavenegar down, then failing: the code certainly did not go — retried, it arrives once
    await messaging.kavenegar.down();
    const now = new Date();
    expect(await delivery().runOnce({ now })).toMatchObject({ failed: 1, dead: 0 });
    await messaging.kavenegar.up();
    messaging.kavenegar.setMode('server-error');
    expect(await delivery().runOnce({ now: later(now, 5 * 60_000) })).toMatchObject({ failed: 1, dead: 0 });
    messaging.kavenegar.setMode('ok');
    expect(await delivery().runOnce({ now: later(now, 10 * 60_000) })).toMatchObject({ sent: 1 });
    expect(lookups()).toHaveLength(1);

    // a second code: Kavenegar sends it, and its answer is lost
    await nextCode();
    messaging.kavenegar.setMode('accept-then-hang');
    expect(await delivery().runOnce({ now: later(now, 11 * 60_000) })).toMatchObject({ claimed: 1, dead: 1, failed: 0 });
    expect(lookups()).toHaveLength(2);
    const [, row] = await rowsOf(OUTBOX, { templateCode: 'login-code' });
    expect(row).toMatchObject({ status: 'dead', sealedParams: null });
    expect(row.lastError).toMatch(/^نامعلوم: .*uncertain: .*(ECONNABORTED|timeout)/s);

    // later passes leave it alone: one SMS with that code, not two
    messaging.kavenegar.setMode('ok');
    expect(await delivery().runOnce({ now: later(now, 30 * 60_000) })).toMatchObject({ claimed: 0 });
    expect(lookups()).toHaveLength(2);
    // staff see it given up, and cannot resend a code whose secret is wiped
    expect((await workQueue())['messages-dead']).toBe(1);
    const resend = await request(app.server).post(`/messaging/outbox/${row.id}/resend`).set(auth(admin));
    expect(resend.body.data).toMatchObject({ resent: false, reason: 'secretWiped' });

    // the code that did arrive logs in
    const code = lookups()[1].tokens!.token;
    expect((await verify(customer.subscriberNumber, code)).status).toBe(200);
    // had it not arrived: a new code once the cool-down is over, sent once
    await nextCode();
    expect(await delivery().runOnce({ now: later(now, 31 * 60_000) })).toMatchObject({ sent: 1 });
    expect(lookups()).toHaveLength(3);
    expect(lookups()[2].tokens!.token).not.toBe(code);
  });
});

describe('WhatsApp Cloud API', () => {
  beforeEach(async () => {
    messaging.kavenegar.reset();
    messaging.whatsapp.reset();
    await app.strapi.db.query(OUTBOX).deleteMany({});
  });

  test('slow, failing, down: retried (not given up, no SMS fallback), one call a pass while the SMS goes on; staff see it; delivered once', async () => {
    await enqueue('whatsapp', 3);
    await enqueue('sms', 1);
    messaging.whatsapp.setMode('hang');
    let now = tehranNoon();
    const { result, ms } = await timed(() => delivery().runOnce({ now }));
    expect(result).toMatchObject({ claimed: 4, failed: 3, deferred: 2, sent: 1, dead: 0 });
    expect(messaging.whatsapp.requests).toHaveLength(1);
    expect(ms).toBeLessThan(2.5 * TIMEOUT);
    expect(messaging.kavenegar.sent).toHaveLength(1);

    const steps: Array<[() => Promise<void> | void, RegExp]> = [
      [() => messaging.whatsapp.setMode('server-error'), /^131000:/],
      [() => messaging.whatsapp.setMode('rate-limited'), /^130429:/],
      [() => messaging.whatsapp.down(), /ECONNREFUSED/],
    ];
    for (const [step, error] of steps) {
      await step();
      now = later(now, HOUR);
      expect(await delivery().runOnce({ now })).toMatchObject({ claimed: 3, failed: 3, deferred: 2, dead: 0 });
      const tried = (await rowsOf(OUTBOX, { channel: 'whatsapp' })).filter((r: any) => !r.lastError.includes('not sent:'));
      expect(tried.map((r: any) => r.lastError)).toEqual([expect.stringMatching(error)]);
      expect((await workQueue())['messages-failed']).toBe(3);
    }

    await messaging.whatsapp.up();
    messaging.whatsapp.setMode('ok');
    expect(await delivery().runOnce({ now: later(now, HOUR) })).toMatchObject({ claimed: 3, sent: 3 });
    expect(messaging.whatsapp.sent).toHaveLength(3);
    // no fallback: the SMS channel carried only its own message
    expect(await rowsOf(OUTBOX, { channel: 'sms' })).toHaveLength(1);
    expect((await workQueue())['messages-failed']).toBe(0);
  });
});

describe('CRM (Didar)', () => {
  test('slow, failing, down: every change kept, one call a pass, synced once and in order; staff see the failing jobs', async () => {
    const didar = lifecycle.didar;
    const owners = [await createCustomer(app.strapi, { mobile: '09151110001', fullName: 'رضا کریمی' }), await createCustomer(app.strapi, { mobile: '09151110002', fullName: 'سارا نوری' })];
    const devices = [
      await createDevice(app.strapi, { owner: owners[0].documentId, model: model.documentId }),
      await createDevice(app.strapi, { owner: owners[0].documentId, model: model.documentId }),
      await createDevice(app.strapi, { owner: owners[1].documentId, model: model.documentId }),
    ];
    await app.strapi.db.query(CRM_JOB).deleteMany({});
    for (const d of devices) await crm().recordStatusChange({ deviceId: d.id, event: `faults:${d.id}:active` });
    // a second change of the first device: it must reach Didar after the first
    await app.strapi.db.query('api::device.device').update({ where: { id: devices[0].id }, data: { serviceMode: 'pay_per_case' } });
    await crm().recordStatusChange({ deviceId: devices[0].id, event: `faults:${devices[0].id}:ppc` });

    didar.setMode('hang');
    let now = new Date();
    const { result, ms } = await timed(() => crm().runOnce({ now }));
    expect(result).toMatchObject({ claimed: 3, failed: 3, deferred: 2, done: 0, dead: 0 });
    expect(didar.requests).toHaveLength(1);
    expect(ms).toBeLessThan(2.5 * TIMEOUT);
    // staff: the work queue and the CRM sync page, each job with its error
    expect((await workQueue())['crm-jobs-failing']).toBe(3);
    const page = await request(app.server).get('/crm-sync/jobs/failing').set(auth(admin));
    expect(page.status).toBe(200);
    expect(page.body.data.map((j: any) => j.lastError)).toEqual(expect.arrayContaining([expect.stringMatching(/ECONNABORTED/), expect.stringMatching(/^not sent: the CRM is out of reach in this pass/)]));

    for (const step of [() => didar.setMode('server-error'), () => didar.down()]) {
      await step();
      now = later(now, HOUR);
      expect(await crm().runOnce({ now })).toMatchObject({ claimed: 3, failed: 3, deferred: 2, dead: 0 });
    }
    const failing = await rowsOf(CRM_JOB, { status: 'failed' });
    expect(failing.map((j: any) => j.lastError)).toEqual(expect.arrayContaining([expect.stringMatching(/ECONNREFUSED/)]));

    await didar.up();
    didar.setMode('ok');
    expect(await crm().runOnce({ now: later(now, HOUR) })).toMatchObject({ claimed: 3, done: 3 });
    expect(await crm().runOnce({ now: later(now, HOUR) })).toMatchObject({ claimed: 1, done: 1 });
    const deals = [...didar.deals.values()];
    for (const d of devices) expect(deals.filter((x) => x.Description.includes(`poshtiban:device:${d.id}\n`))).toHaveLength(1);
    const first = deals.find((x) => x.Description.includes(`poshtiban:device:${devices[0].id}\n`))!;
    expect(first.stages).toEqual([didar.stageIds.active, didar.stageIds.pay_per_case]);
    expect([...didar.contacts.values()].filter((c) => c.MobilePhone.startsWith('0915111000'))).toHaveLength(2);
    expect((await workQueue())['crm-jobs-failing']).toBe(0);
  });
});

describe('payments (Zarinpal)', () => {
  const zarinpal = () => lifecycle.zarinpal;
  const choose = (id: string, body: object, token: string) => request(app.server).post(`/api/me/devices/${id}/service`).set(auth(token)).send(body);
  const authorityOf = (redirectUrl: string) => redirectUrl.split('/').pop()!;
  const expiredDevice = (owner: any) =>
    createDevice(app.strapi, { owner: owner.documentId, model: model.documentId, installationDate: addDays(tehranDate(), -400), serviceEnd: addDays(tehranDate(), -10) });
  afterEach(async () => {
    await zarinpal().up();
    zarinpal().setMode('ok');
  });

  test('starting a payment while Zarinpal is slow, failing or down: a Persian 503 with Retry-After, nothing written — the earlier renewal stands; other requests answered meanwhile', async () => {
    const owner = await createCustomer(app.strapi, { mobile: '09161110001' });
    const token = await tokenFor(app.server, owner.subscriberNumber);
    const d = await expiredDevice(owner);
    const first = await choose(d.documentId, { choice: 'renew', years: 1 }, token);
    expect(first.status).toBe(200);
    const before = { contracts: await rowsOf(CONTRACT, { subscriber: { id: owner.id } }), payments: await rowsOf(PAYMENT, { subscriberId: owner.id }) };
    expect(before.payments.map((p: any) => p.paymentStatus)).toEqual(['pending']);

    const steps: Array<() => Promise<void> | void> = [() => zarinpal().setMode('hang'), () => zarinpal().setMode('server-error'), () => zarinpal().down()];
    for (const step of steps) {
      await step();
      // while the gateway keeps this buyer waiting, another request is answered at once
      const renewing = timed(() => choose(d.documentId, { choice: 'renew', years: 2 }, token));
      const { result: me, ms: meMs } = await timed(() => request(app.server).get('/api/me').set(auth(token)));
      expect(me.status).toBe(200);
      expect(meMs).toBeLessThan(TIMEOUT);
      const { result: res } = await renewing;
      expect(res.status).toBe(503);
      expect(res.headers['retry-after']).toBe('60');
      expect(res.body.error).toMatchObject({ status: 503, message: 'اتصال به درگاه پرداخت ممکن نشد. لطفاً چند دقیقه بعد دوباره تلاش کنید.', details: { code: 'paymentGatewayUnavailable' } });
    }
    // nothing half-written: no renewal, no payment; the first renewal is still the one to pay
    const after = { contracts: await rowsOf(CONTRACT, { subscriber: { id: owner.id } }), payments: await rowsOf(PAYMENT, { subscriberId: owner.id }) };
    expect(after.contracts.map((c: any) => [c.id, c.contractStatus])).toEqual(before.contracts.map((c: any) => [c.id, c.contractStatus]));
    expect(after.contracts.find((c: any) => c.kind === 'renewal').contractStatus).toBe('pending_payment');
    expect(after.payments.map((p: any) => [p.id, p.paymentStatus])).toEqual(before.payments.map((p: any) => [p.id, p.paymentStatus]));

    // a course bought while the gateway is down: no order either
    const course = await app.strapi.documents('api::course.course').create({
      data: { title: `دورهٔ آزمایشی ${++seq}`, summary: 'خلاصه', priceRials: '45000000', spotPlayerCourseIds: [spot.courses[0]], sortOrder: seq } as any,
    });
    await app.strapi.documents('api::course.course').publish({ documentId: course.documentId });
    await zarinpal().down();
    const bought = await request(app.server).post(`/api/me/courses/${course.documentId}/purchase`).set(auth(token));
    expect(bought.status).toBe(503);
    expect(await rowsOf(ORDER, { subscriberId: owner.id })).toHaveLength(0);

    // back up: the buyer starts again and pays
    await zarinpal().up();
    zarinpal().setMode('ok');
    const again = await choose(d.documentId, { choice: 'renew', years: 2 }, token);
    expect(again.status).toBe(200);
    const back = await request(app.server).get(zarinpal().pay(authorityOf(again.body.data.payment.redirectUrl)));
    expect(back.headers.location).toMatch(/outcome=paid/);
  });

  test('verifying while Zarinpal is slow, failing or down: pending (not failed, not granted), staff see it; one call a pass; granted once when it returns', async () => {
    await app.strapi.db.query(PAYMENT).deleteMany({});
    const owner = await createCustomer(app.strapi, { mobile: '09161110002' });
    const token = await tokenFor(app.server, owner.subscriberNumber);
    const devices = [await expiredDevice(owner), await expiredDevice(owner), await expiredDevice(owner)];
    const callbacks: string[] = [];
    for (const d of devices) {
      const res = await choose(d.documentId, { choice: 'renew', years: 1 }, token);
      expect(res.status).toBe(200);
      callbacks.push(zarinpal().pay(authorityOf(res.body.data.payment.redirectUrl))); // the buyer paid
    }
    const status = async (id: string) => (await request(app.server).get(`/api/me/devices/${id}`).set(auth(token))).body.data.serviceStatus;

    // the buyer comes back while Zarinpal is down
    await zarinpal().down();
    const back = await request(app.server).get(callbacks[0]);
    expect(back.status).toBe(302);
    expect(back.headers.location).toMatch(/outcome=pending/);
    let [payment] = await rowsOf(PAYMENT, { subscriberId: owner.id });
    expect(payment.paymentStatus).toBe('pending');
    expect(payment.lastError).toMatch(/^verify-failed: zarinpal: ECONNREFUSED/);
    expect(await status(devices[0].documentId)).toBe('expired');
    expect((await workQueue())['payments-unverified']).toBe(1);

    // the reconcile job while it is slow, then failing: one verify a pass, all still pending
    await zarinpal().up();
    let now = new Date(Date.now() + 10 * 60_000);
    const verifies = () => zarinpal().calls.filter((c) => c.path === '/pg/v4/payment/verify.json').length;
    for (const mode of ['hang', 'server-error'] as const) {
      zarinpal().setMode(mode);
      const calls = verifies();
      const { result, ms } = await timed(() => payments().reconcile({ now }));
      expect(result).toMatchObject({ checked: 3, paid: 0, expired: 0, stillPending: 1, deferred: 2 });
      expect(verifies() - calls).toBe(1);
      expect(ms).toBeLessThan(2.5 * TIMEOUT);
      now = later(now, 5 * 60_000);
    }
    expect((await rowsOf(PAYMENT, { subscriberId: owner.id })).map((p: any) => p.paymentStatus)).toEqual(['pending', 'pending', 'pending']);
    // the first payment was tried each pass (the others waited): it is the one staff see
    expect((await workQueue())['payments-unverified']).toBe(1);

    // Zarinpal answers again: each verified and granted once
    zarinpal().setMode('ok');
    expect(await payments().reconcile({ now })).toMatchObject({ checked: 3, paid: 3, deferred: 0 });
    for (const d of devices) expect(await status(d.documentId)).toBe('renewed');
    expect((await workQueue())['payments-unverified']).toBe(0);
    [payment] = await rowsOf(PAYMENT, { subscriberId: owner.id });
    expect(payment).toMatchObject({ paymentStatus: 'paid', lastError: null });
    expect((await request(app.server).get(callbacks[0])).headers.location).toMatch(/outcome=already-paid/);
    const renewals = await rowsOf(CONTRACT, { subscriber: { id: owner.id }, kind: 'renewal', contractStatus: 'active' });
    expect(renewals).toHaveLength(3);
  });
});

describe('licences (SpotPlayer)', () => {
  test('slow, failing, down: each paid order keeps its request, one call a pass, one licence each when it returns; staff see it', async () => {
    const buyer = await createCustomer(app.strapi, { mobile: '09171110001', fullName: 'نگار امینی' });
    const token = await tokenFor(app.server, buyer.subscriberNumber);
    const orders: Array<{ id: string; number: string }> = [];
    for (let i = 0; i < 3; i += 1) {
      const course = await app.strapi.documents('api::course.course').create({
        data: { title: `دورهٔ زیگ ${++seq}`, summary: 'خلاصه', priceRials: '45000000', spotPlayerCourseIds: [spot.courses[i]], sortOrder: seq } as any,
      });
      await app.strapi.documents('api::course.course').publish({ documentId: course.documentId });
      const started = await request(app.server).post(`/api/me/courses/${course.documentId}/purchase`).set(auth(token));
      expect(started.status).toBe(201);
      const callback = lifecycle.zarinpal.pay(started.body.data.payment.redirectUrl.split('/').pop()!);
      expect((await request(app.server).get(callback)).headers.location).toMatch(/outcome=paid/);
      orders.push(started.body.data.order);
    }
    const panel = async (orderId: string) => (await request(app.server).get(`/video-licensing/requests/${orderId}`).set(auth(admin))).body.data;

    spot.setMode('hang-after-create'); // SpotPlayer makes the licence; its answer comes after the timeout
    let now = new Date();
    const { result, ms } = await timed(() => licences().runOnce({ now }));
    expect(result).toMatchObject({ claimed: 3, retrying: 3, deferred: 2, issued: 0, failed: 0 });
    expect(spot.creates()).toHaveLength(1);
    expect(ms).toBeLessThan(2.5 * TIMEOUT);
    // staff: the order's licence panel, and the work queue once the orders are late
    expect(await panel(orders[0].id)).toMatchObject({ status: 'queued', attempts: 1, lastErrorCode: 'timeout' });
    expect(await panel(orders[1].id)).toMatchObject({ status: 'queued', attempts: 1, lastErrorCode: 'outage', lastError: expect.stringMatching(/^not sent: the provider is out of reach in this pass/) });
    const late = await app.strapi.plugin('back-office').service('work-queue').forAbility({ can: () => true }, { now: new Date(Date.now() + 16 * 60_000) });
    expect(late.find((i: any) => i.id === 'course-licences-late').count).toBeGreaterThanOrEqual(3);

    for (const step of [() => spot.setMode('server-error'), () => spot.down()]) {
      await step();
      now = later(now, HOUR);
      expect(await licences().runOnce({ now })).toMatchObject({ claimed: 3, retrying: 3, deferred: 2, failed: 0 });
    }
    expect((await rowsOf(LICENCE_REQUEST)).filter((r: any) => r.requestStatus === 'queued')).toHaveLength(3);

    await spot.up();
    spot.setMode('ok');
    expect(await licences().runOnce({ now: later(now, HOUR) })).toMatchObject({ claimed: 3, issued: 3 });
    for (const order of orders) {
      expect(spot.byPayload(order.number)).toHaveLength(1);
      expect((await app.strapi.db.query(ORDER).findOne({ where: { documentId: order.id } })).orderStatus).toBe('licensed');
    }
    // the licence SpotPlayer made while it was slow was found, not made again
    expect((await panel(orders[0].id)).licence).toMatchObject({ foundByLookup: true });
  });
});
