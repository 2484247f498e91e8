/**
 * One-time-code login: the code goes by SMS (through the real Kavenegar client to the fake) to
 * the registered mobile; the answers never tell whether an account exists; wrong, expired and
 * reused codes fail; codes are throttled and single-use.
 */
import request from 'supertest';
import { startApp, type TestApp } from '../helpers/strapi';
import { createCustomer, createSubscriber } from '../helpers/fixtures';
import { startMessagingFakes, tehranNoon } from '../helpers/messaging';
import { toPersianDigits } from '../../src/domain/digits';

let app: TestApp;
let fakes: Awaited<ReturnType<typeof startMessagingFakes>>;
const CODES = 'plugin::customer-accounts.login-code';

const ask = (identifier: unknown) => request(app.server).post('/api/auth/otp/request').send({ identifier });
const verify = (identifier: unknown, code: unknown) => request(app.server).post('/api/auth/otp/verify').send({ identifier, code });

/** Runs the delivery worker and returns the last code the fake Kavenegar sent to `mobile`. */
const codeSentTo = async (mobile: string) => {
  await app.strapi.plugin('messaging').service('delivery').runOnce({ now: tehranNoon() });
  const sms = [...fakes.kavenegar.sent].reverse().find((m) => m.receptor === mobile);
  return sms?.tokens?.token;
};

const throttleOff = () => app.strapi.config.set('plugin::customer-accounts.loginThrottle', { enabled: false, windowMs: 900_000, maxFailuresPerAccount: 5, maxFailuresPerIp: 30 });

beforeAll(async () => {
  app = await startApp();
  fakes = await startMessagingFakes(app.strapi);
});
afterAll(async () => {
  await fakes?.close();
  await app?.stop();
});
afterEach(() => {
  throttleOff();
  app.strapi.plugin('customer-accounts').service('login-throttle').clear();
});

test('a code sent by SMS to the registered mobile logs in, once', async () => {
  const customer = await createCustomer(app.strapi, { mobile: '09131112233' });
  const asked = await ask(customer.subscriberNumber);
  expect(asked.status).toBe(200);
  expect(asked.body.data).toMatchObject({ sent: true, expiresInSeconds: 300 });

  const code = await codeSentTo('09131112233');
  expect(code).toMatch(/^\d{6}$/);
  const sms = fakes.kavenegar.sent.find((m) => m.receptor === '09131112233')!;
  expect(sms).toMatchObject({ kind: 'lookup', template: 'poshtiban-login', tokens: { token2: '5' } });
  // only an HMAC of the code is stored
  const stored = await app.strapi.db.query(CODES).findMany({ where: { subscriberId: customer.id } });
  expect(JSON.stringify(stored)).not.toContain(code);

  // Persian digits, national code as identifier
  const ok = await verify(customer.nationalCode, toPersianDigits(code!));
  expect(ok.status).toBe(200);
  expect(ok.body.jwt).toEqual(expect.any(String));
  expect(ok.body.user.username).toBe(customer.subscriberNumber);
  expect((ok.headers['set-cookie'] as unknown as string[]).some((c) => c.startsWith('strapi_up_refresh='))).toBe(true);
  const me = await request(app.server).get('/api/me').set('Authorization', `Bearer ${ok.body.jwt}`);
  expect(me.body.data.subscriberNumber).toBe(customer.subscriberNumber);

  const reused = await verify(customer.subscriberNumber, code);
  expect(reused.status).toBe(400);
  expect(reused.body.error.details.code).toBe('otpInvalid');
});

test('the answers say nothing about whether the account exists', async () => {
  const withoutAccount = await createSubscriber(app.strapi);
  const bodies = [];
  for (const identifier of ['987654', '0499370899', withoutAccount.subscriberNumber, 'nonsense']) {
    const res = await ask(identifier);
    expect(res.status).toBe(200);
    bodies.push(res.body);
  }
  const real = await createCustomer(app.strapi);
  bodies.push((await ask(real.subscriberNumber)).body);
  for (const body of bodies) expect(body).toEqual(bodies[0]);

  const unknown = await verify('987654', '123456');
  const wrong = await verify(real.subscriberNumber, '000000');
  expect(unknown.status).toBe(400);
  expect(unknown.body).toEqual(wrong.body);
  expect(await app.strapi.db.query('plugin::messaging.outbound-message').count({ where: { templateCode: 'login-code', subscriberId: withoutAccount.id } })).toBe(0);
});

test('a wrong code counts; after five the code is void even when right', async () => {
  const customer = await createCustomer(app.strapi, { mobile: '09132223344' });
  await ask(customer.subscriberNumber);
  const code = (await codeSentTo('09132223344'))!;
  const wrongCode = code === '111111' ? '222222' : '111111';
  for (let i = 0; i < 5; i++) expect((await verify(customer.subscriberNumber, wrongCode)).status).toBe(400);
  expect((await verify(customer.subscriberNumber, code)).body.error.details.code).toBe('otpInvalid');
});

test('an expired code fails; a new request voids the previous code', async () => {
  const customer = await createCustomer(app.strapi, { mobile: '09133334455' });
  await ask(customer.subscriberNumber);
  const first = (await codeSentTo('09133334455'))!;
  await app.strapi.db.query(CODES).updateMany({ where: { subscriberId: customer.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
  expect((await verify(customer.subscriberNumber, first)).status).toBe(400);

  // the cool-down has to pass before a second code is sent
  await app.strapi.db.query(CODES).updateMany({ where: { subscriberId: customer.id }, data: { createdAt: new Date(Date.now() - 120_000) } });
  await ask(customer.subscriberNumber);
  const second = (await codeSentTo('09133334455'))!;
  expect((await verify(customer.subscriberNumber, second)).status).toBe(200);
});

test('a second request within the cool-down sends no second code', async () => {
  const customer = await createCustomer(app.strapi, { mobile: '09134445566' });
  await ask(customer.subscriberNumber);
  await ask(customer.subscriberNumber);
  await codeSentTo('09134445566');
  expect(fakes.kavenegar.sent.filter((m) => m.receptor === '09134445566')).toHaveLength(1);
});

test('requests and failures are throttled per address, with Retry-After', async () => {
  app.strapi.config.set('plugin::customer-accounts.loginThrottle', { enabled: true, windowMs: 900_000, maxFailuresPerAccount: 5, maxFailuresPerIp: 30 });
  app.strapi.config.set('plugin::customer-accounts.otp.maxRequestsPerIp', 3);
  app.strapi.config.set('plugin::customer-accounts.otp.maxFailuresPerIp', 2);
  try {
    for (let i = 0; i < 3; i++) expect((await ask(`98765${i}`)).status).toBe(200);
    const limited = await ask('987659');
    expect(limited.status).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);

    for (let i = 0; i < 2; i++) expect((await verify('987654', '123456')).status).toBe(400);
    const blocked = await verify('987654', '123456');
    expect(blocked.status).toBe(429);
    expect(blocked.body.error.message).toMatch(/[\u0600-\u06FF]/);
  } finally {
    app.strapi.config.set('plugin::customer-accounts.otp.maxRequestsPerIp', 10);
    app.strapi.config.set('plugin::customer-accounts.otp.maxFailuresPerIp', 20);
  }
});

test('bad input is named field by field', async () => {
  const res = await request(app.server).post('/api/auth/otp/verify').send({ identifier: 12, code: 123456 });
  expect(res.status).toBe(400);
  expect(res.body.error.details.errors.map((e: any) => e.code)).toEqual(['mustBeText', 'mustBeText']);
  const short = await verify('1001', '۱۲۳');
  expect(short.body.error.details.errors[0]).toMatchObject({ path: ['code'], code: 'otpFormat' });
});

test('a blocked account gets no code', async () => {
  const customer = await createCustomer(app.strapi, { mobile: '09135556677' });
  await app.strapi.db.query('plugin::users-permissions.user').updateMany({ where: { username: customer.subscriberNumber }, data: { blocked: true } });
  expect((await ask(customer.subscriberNumber)).status).toBe(200);
  expect(await codeSentTo('09135556677')).toBeUndefined();
});

describe('a request that sends nothing says so, and counts nothing (issue 11)', () => {
  const OUTBOX = 'plugin::messaging.outbound-message';
  // a minute before now, so the last code of a test is still valid when real time resumes
  let T0 = 0;
  const at = (seconds: number) => jest.setSystemTime(T0 + seconds * 1000);

  beforeEach(() => {
    app.strapi.config.set('plugin::customer-accounts.loginThrottle', { enabled: true, windowMs: 900_000, maxFailuresPerAccount: 5, maxFailuresPerIp: 30 });
    app.strapi.config.set('plugin::customer-accounts.otp.maxRequestsPerIp', 50);
    T0 = Math.floor(Date.now() / 1000) * 1000 - 61_000;
    // only Date is faked: the server, the database and supertest keep their real timers
    jest.useFakeTimers({
      doNotFake: ['nextTick', 'setImmediate', 'clearImmediate', 'setInterval', 'clearInterval', 'setTimeout', 'clearTimeout', 'queueMicrotask', 'hrtime', 'performance'],
      now: T0,
    });
  });
  afterEach(() => {
    jest.useRealTimers();
    app.strapi.config.set('plugin::customer-accounts.otp.maxRequestsPerIp', 10);
    app.strapi.plugin('customer-accounts').service('codes').clearPhantoms();
  });

  test('requests in the cool-down send nothing and do not use up the allowance; an unknown identifier gets the same answers', async () => {
    const customer = await createCustomer(app.strapi, { mobile: '09136667788' });
    const unknown = '987123';
    const step = async (seconds: number) => {
      at(seconds);
      const real = await ask(customer.subscriberNumber);
      const none = await ask(unknown);
      expect(real.status).toBe(200);
      expect(none.status).toBe(200);
      expect(none.body).toEqual(real.body);
      return real.body.data;
    };

    expect(await step(0)).toMatchObject({ sent: true, resendAfterSeconds: 60 });
    // twice inside the 60 s cool-down: nothing sent, and the answer says when to try again
    const second = await step(10);
    expect(second).toMatchObject({ sent: false, reason: 'cooldown', retryAfterSeconds: 50, resendAfterSeconds: 50 });
    expect(second.message.fa).toContain('کد تازه‌ای فرستاده نشد');
    expect(second.message.fa).toContain('۵۰ ثانیهٔ دیگر');
    expect(second.message.en).toContain('try again in 50 seconds');
    expect(await step(20)).toMatchObject({ sent: false, reason: 'cooldown', retryAfterSeconds: 40 });
    // before the fix these two requests used up the 3-per-15-minutes allowance and this sent nothing
    expect(await step(65)).toMatchObject({ sent: true });
    expect(await step(130)).toMatchObject({ sent: true });
    // the fourth code in 15 minutes waits until the first leaves the window
    const limited = await step(200);
    expect(limited).toMatchObject({ sent: false, reason: 'limit', retryAfterSeconds: 700 });
    expect(limited.message.fa).toContain('۳ کد');
    expect(limited.message.fa).toContain('۷۰۰ ثانیهٔ دیگر');
    expect(limited.message.en).toContain('3 codes were sent for this identifier in the last 15 minutes');
    expect(await step(900)).toMatchObject({ sent: true });

    const queued = await app.strapi.db.query(OUTBOX).findMany({ where: { templateCode: 'login-code', subscriberId: customer.id } });
    expect(queued).toHaveLength(4);
  });

  test('the answer "sent" means a code went: the one sent last logs in', async () => {
    const customer = await createCustomer(app.strapi, { mobile: '09137778899' });
    at(0);
    await ask(customer.subscriberNumber);
    at(30);
    expect((await ask(customer.subscriberNumber)).body.data.sent).toBe(false);
    at(61);
    expect((await ask(customer.subscriberNumber)).body.data.sent).toBe(true);
    jest.useRealTimers();
    const code = await codeSentTo('09137778899');
    expect((await verify(customer.subscriberNumber, code)).status).toBe(200);
  });
});
