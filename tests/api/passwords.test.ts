/**
 * Password self-service: changing the password when logged in (POST /api/me/password) and
 * resetting it with a code sent by SMS to the registered mobile (POST /api/auth/password-reset/
 * request, /confirm) — through the real Kavenegar client to the fake server. Sessions end, codes
 * are single-use and bound to their purpose, the answers do not tell whether an account exists,
 * and both are throttled.
 */
import request from 'supertest';
import { startApp, type TestApp } from '../helpers/strapi';
import { createCustomer, createSubscriber, login, PASSWORD } from '../helpers/fixtures';
import { startMessagingFakes, tehranNoon } from '../helpers/messaging';
import { toPersianDigits } from '../../src/domain/digits';

let app: TestApp;
let fakes: Awaited<ReturnType<typeof startMessagingFakes>>;
const OUTBOX = 'plugin::messaging.outbound-message';
const THROTTLE = 'plugin::customer-accounts.loginThrottle';
const THROTTLE_OFF = { enabled: false, windowMs: 900_000, maxFailuresPerAccount: 5, maxFailuresPerIp: 30 };

/** The refresh cookie and its signature, as the browser sends them back. */
const refreshCookieOf = (res: request.Response) =>
  ((res.headers['set-cookie'] as unknown as string[] | undefined) ?? [])
    .filter((c) => c.startsWith('strapi_up_refresh'))
    .map((c) => c.split(';')[0])
    .join('; ');
const refresh = (cookie: string) => request(app.server).post('/api/auth/refresh').set('Cookie', cookie);
const change = (token: string | undefined, body: Record<string, unknown>) => {
  const req = request(app.server).post('/api/me/password');
  return (token ? req.set('Authorization', `Bearer ${token}`) : req).send(body);
};
const askReset = (identifier: unknown) => request(app.server).post('/api/auth/password-reset/request').send({ identifier });
const confirmReset = (body: Record<string, unknown>) => request(app.server).post('/api/auth/password-reset/confirm').send(body);
const askLoginCode = (identifier: string) => request(app.server).post('/api/auth/otp/request').send({ identifier });

/** Runs the delivery worker and returns the last code the fake Kavenegar sent to `mobile` with `template`. */
const codeSentTo = async (mobile: string, template = 'poshtiban-reset') => {
  await app.strapi.plugin('messaging').service('delivery').runOnce({ now: tehranNoon() });
  return [...fakes.kavenegar.sent].reverse().find((m) => m.receptor === mobile && m.template === template)?.tokens?.token;
};
const fieldCodes = (res: request.Response) => Object.fromEntries((res.body.error?.details?.errors ?? []).map((e: any) => [e.path.join('.'), e.code]));

beforeAll(async () => {
  app = await startApp();
  fakes = await startMessagingFakes(app.strapi);
});
afterAll(async () => {
  await fakes?.close();
  await app?.stop();
});
afterEach(() => {
  app.strapi.config.set(THROTTLE, THROTTLE_OFF);
  app.strapi.plugin('customer-accounts').service('login-throttle').clear();
  app.strapi.plugin('customer-accounts').service('codes').clearPhantoms();
});

describe('POST /api/me/password', () => {
  test('changes the password, ends every other session and keeps this one with a fresh session', async () => {
    const a = await createCustomer(app.strapi, { mobile: '09141110001' });
    const here = await login(app.server, a.subscriberNumber);
    const elsewhere = await login(app.server, a.nationalCode);
    expect(here.status).toBe(200);

    const res = await change(here.body.jwt, { currentPassword: PASSWORD, newPassword: 'Sabz-kooh-۴۲' });
    expect(res.status).toBe(200);
    expect(res.body.jwt).toEqual(expect.any(String));
    expect(res.body.message.fa).toContain('رمز عبور شما تغییر کرد');
    const fresh = refreshCookieOf(res);

    // the other device's session is over, and so is this device's old refresh token
    expect((await refresh(refreshCookieOf(elsewhere))).status).toBe(401);
    expect((await refresh(refreshCookieOf(here))).status).toBe(401);
    // this device carries on with the new session
    expect((await refresh(fresh)).status).toBe(200);
    expect((await request(app.server).get('/api/me').set('Authorization', `Bearer ${res.body.jwt}`)).status).toBe(200);

    expect((await login(app.server, a.subscriberNumber)).status).toBe(400);
    expect((await login(app.server, a.subscriberNumber, 'Sabz-kooh-۴۲')).status).toBe(200);
    const audit = await app.strapi.db.query('api::audit-event.audit-event').findMany({ where: { action: 'portal-account.password-changed', subjectId: a.documentId } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorType: 'customer' });
    expect(JSON.stringify(audit)).not.toContain('Sabz-kooh');
  });

  test('a wrong current password, a weak or unchanged new one, unknown fields: field by field in Persian, nothing changed', async () => {
    const a = await createCustomer(app.strapi, { mobile: '09141110002' });
    const token = (await login(app.server, a.subscriberNumber)).body.jwt;

    const wrong = await change(token, { currentPassword: 'not-it-123', newPassword: '12345678' });
    expect(wrong.status).toBe(400);
    expect(fieldCodes(wrong)).toEqual({ currentPassword: 'currentPasswordWrong', newPassword: 'passwordNeedsLetterAndDigit' });
    expect(wrong.body.error.details.errors[0].message).toBe('رمز عبور فعلی درست نیست.');
    expect(wrong.body.error.details.errors[0].messageEn).toBe('The current password is not correct.');

    expect(fieldCodes(await change(token, { currentPassword: PASSWORD, newPassword: 'ab1' }))).toEqual({ newPassword: 'passwordTooShort' });
    expect(fieldCodes(await change(token, { currentPassword: PASSWORD, newPassword: 'Password1' }))).toEqual({ newPassword: 'passwordTooCommon' });
    expect(fieldCodes(await change(token, { currentPassword: PASSWORD, newPassword: `m${a.nationalCode}` }))).toEqual({ newPassword: 'passwordContainsIdentity' });
    expect(fieldCodes(await change(token, { currentPassword: PASSWORD, newPassword: 'x09141110002' }))).toEqual({ newPassword: 'passwordContainsIdentity' });
    expect(fieldCodes(await change(token, { currentPassword: PASSWORD, newPassword: PASSWORD }))).toEqual({ newPassword: 'passwordSameAsCurrent' });
    expect(fieldCodes(await change(token, { currentPassword: PASSWORD }))).toEqual({ newPassword: 'required' });
    expect(fieldCodes(await change(token, { currentPassword: 1, newPassword: 'good-pass-42' }))).toEqual({ currentPassword: 'mustBeText' });
    expect(fieldCodes(await change(token, { currentPassword: PASSWORD, newPassword: 'good-pass-42', userId: 1 }))).toEqual({ userId: 'notAllowed' });

    expect((await login(app.server, a.subscriberNumber)).status).toBe(200);
  });

  test("a second subscriber cannot change the first one's password (the route only ever acts on the caller)", async () => {
    const a = await createCustomer(app.strapi, { mobile: '09141110003' });
    const b = await createCustomer(app.strapi, { mobile: '09141110004' });
    const tokenB = (await login(app.server, b.subscriberNumber)).body.jwt;
    const aUser = await app.strapi.db.query('plugin::users-permissions.user').findOne({ where: { username: a.subscriberNumber } });
    // B sends A's id and A's (identical) current password: it is B's own password that changes
    const res = await change(tokenB, { currentPassword: PASSWORD, newPassword: 'b-owns-this-9' });
    expect(res.status).toBe(200);
    const sneaky = await request(app.server).post('/api/me/password').query({ id: aUser.id }).set('Authorization', `Bearer ${res.body.jwt}`).send({ currentPassword: 'b-owns-this-9', newPassword: 'c-owns-that-9' });
    expect(sneaky.status).toBe(400);
    expect((await login(app.server, a.subscriberNumber)).status).toBe(200);
    expect((await login(app.server, b.subscriberNumber, 'b-owns-this-9')).status).toBe(200);
  });

  test('without a login: 401', async () => {
    const res = await change(undefined, { currentPassword: PASSWORD, newPassword: 'good-pass-42' });
    expect(res.status).toBe(401);
    expect(res.body.error.message).toMatch(/[\u0600-\u06FF]/);
  });

  test('wrong current passwords are throttled per account, with Retry-After', async () => {
    app.strapi.config.set(THROTTLE, { ...THROTTLE_OFF, enabled: true, maxFailuresPerAccount: 3 });
    const a = await createCustomer(app.strapi, { mobile: '09141110005' });
    const token = (await login(app.server, a.subscriberNumber)).body.jwt;
    for (let i = 0; i < 3; i++) expect((await change(token, { currentPassword: `wrong-${i}-pass`, newPassword: 'good-pass-42' })).status).toBe(400);
    const limited = await change(token, { currentPassword: PASSWORD, newPassword: 'good-pass-42' });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited.body.error.message).toMatch(/[\u0600-\u06FF]/);
  });
});

describe('password reset with a code by SMS', () => {
  test('the code goes by SMS (transactional, sealed) to the registered mobile; with it the new password is set once and every session ends', async () => {
    const a = await createCustomer(app.strapi, { mobile: '09142220001' });
    const before = await login(app.server, a.subscriberNumber);

    const asked = await askReset(toPersianDigits(a.subscriberNumber));
    expect(asked.status).toBe(200);
    expect(asked.body.data).toMatchObject({ sent: true, expiresInSeconds: 300 });
    expect(asked.body.data.message.fa).toBe('اگر این حساب در سامانه باشد، کد بازیابی رمز عبور به تلفن همراه ثبت‌شده پیامک شد.');
    const row = await app.strapi.db.query(OUTBOX).findOne({ where: { templateCode: 'password-reset-code', subscriberId: a.id } });
    expect(row).toMatchObject({ kind: 'transactional', channel: 'sms', recipient: '09142220001' });

    const code = (await codeSentTo('09142220001'))!;
    expect(code).toMatch(/^\d{6}$/);
    const stored = await app.strapi.db.query('plugin::customer-accounts.login-code').findMany({ where: { subscriberId: a.id } });
    expect(stored.map((r: any) => r.purpose)).toEqual(['password-reset']);
    expect(JSON.stringify(stored)).not.toContain(code);

    const done = await confirmReset({ identifier: a.nationalCode, code: toPersianDigits(code), newPassword: 'Tazeh-ramz-77' });
    expect(done.status).toBe(200);
    expect(done.body.data).toMatchObject({ reset: true });
    expect(done.body.data.message.fa).toContain('رمز عبور تازه ثبت شد');

    expect((await refresh(refreshCookieOf(before))).status).toBe(401);
    expect((await login(app.server, a.subscriberNumber)).status).toBe(400);
    expect((await login(app.server, a.subscriberNumber, 'Tazeh-ramz-77')).status).toBe(200);
    const again = await confirmReset({ identifier: a.subscriberNumber, code, newPassword: 'Digar-ramz-88' });
    expect(again.status).toBe(400);
    expect(again.body.error.details.code).toBe('resetCodeInvalid');
    expect(await app.strapi.db.query('api::audit-event.audit-event').count({ where: { action: 'portal-account.password-reset-by-code', subjectId: a.documentId } })).toBe(1);
  });

  test("a second subscriber cannot use the first one's code", async () => {
    const a = await createCustomer(app.strapi, { mobile: '09142220002' });
    const b = await createCustomer(app.strapi, { mobile: '09142220003' });
    await askReset(a.subscriberNumber);
    const codeOfA = (await codeSentTo('09142220002'))!;
    await askReset(b.subscriberNumber);
    await codeSentTo('09142220003');

    const stolen = await confirmReset({ identifier: b.subscriberNumber, code: codeOfA, newPassword: 'Hijack-pass-1' });
    expect(stolen.status).toBe(400);
    expect(stolen.body.error.details.code).toBe('resetCodeInvalid');
    expect((await login(app.server, b.subscriberNumber)).status).toBe(200);
    // A's code is still A's
    expect((await confirmReset({ identifier: a.subscriberNumber, code: codeOfA, newPassword: 'Mine-pass-22' })).status).toBe(200);
  });

  test('codes are bound to their purpose: a login code resets nothing, a reset code logs nobody in', async () => {
    const a = await createCustomer(app.strapi, { mobile: '09142220004' });
    await askLoginCode(a.subscriberNumber);
    const loginCode = (await codeSentTo('09142220004', 'poshtiban-login'))!;
    const misuse = await confirmReset({ identifier: a.subscriberNumber, code: loginCode, newPassword: 'Hijack-pass-2' });
    expect(misuse.status).toBe(400);
    expect(misuse.body.error.details.code).toBe('resetCodeInvalid');

    await askReset(a.subscriberNumber);
    const resetCode = (await codeSentTo('09142220004'))!;
    const asLogin = await request(app.server).post('/api/auth/otp/verify').send({ identifier: a.subscriberNumber, code: resetCode });
    expect(asLogin.status).toBe(400);
    expect(asLogin.body.error.details.code).toBe('otpInvalid');

    // each still works for its own purpose: asking for one did not void the other
    expect((await request(app.server).post('/api/auth/otp/verify').send({ identifier: a.subscriberNumber, code: loginCode })).status).toBe(200);
    expect((await confirmReset({ identifier: a.subscriberNumber, code: resetCode, newPassword: 'Own-pass-33' })).status).toBe(200);
  });

  test('the answers do not tell whether an account exists', async () => {
    const withoutAccount = await createSubscriber(app.strapi);
    const real = await createCustomer(app.strapi, { mobile: '09142220005' });
    const bodies = [];
    for (const identifier of ['987655', '0499370899', withoutAccount.subscriberNumber, real.subscriberNumber]) {
      const res = await askReset(identifier);
      expect(res.status).toBe(200);
      bodies.push(res.body);
    }
    for (const body of bodies) expect(body).toEqual(bodies[0]);
    // and again inside the cool-down: "not sent", alike for all (the seconds may differ by one)
    const again = await Promise.all(['987655', real.subscriberNumber].map((id) => askReset(id)));
    for (const res of again) expect(res.body.data).toMatchObject({ sent: false, reason: 'cooldown' });

    const unknown = await confirmReset({ identifier: '987655', code: '123456', newPassword: 'Whatever-pass-1' });
    const wrong = await confirmReset({ identifier: real.subscriberNumber, code: '000000', newPassword: 'Whatever-pass-1' });
    expect(unknown.status).toBe(400);
    expect(unknown.body).toEqual(wrong.body);
    expect(await app.strapi.db.query(OUTBOX).count({ where: { templateCode: 'password-reset-code', subscriberId: withoutAccount.id } })).toBe(0);
  });

  test('a new password built on the owner\'s mobile is refused after the code is checked, and the code stays usable', async () => {
    const a = await createCustomer(app.strapi, { mobile: '09142220006' });
    await askReset(a.subscriberNumber);
    const code = (await codeSentTo('09142220006'))!;
    const weak = await confirmReset({ identifier: a.subscriberNumber, code, newPassword: 'pw09142220006' });
    expect(weak.status).toBe(400);
    expect(fieldCodes(weak)).toEqual({ newPassword: 'passwordContainsIdentity' });
    // the identifier's own number is refused before any code is looked at
    expect(fieldCodes(await confirmReset({ identifier: a.subscriberNumber, code, newPassword: `a${a.subscriberNumber}b${a.subscriberNumber}` }))).toEqual({ newPassword: 'passwordContainsIdentity' });
    expect(fieldCodes(await confirmReset({ identifier: a.subscriberNumber, code: '۱۲۳', newPassword: 'x' }))).toEqual({ code: 'resetCodeFormat', newPassword: 'passwordTooShort' });
    expect((await confirmReset({ identifier: a.subscriberNumber, code, newPassword: 'Kheili-khoob-5' })).status).toBe(200);
  });

  test('throttled per account (five wrong codes void it) and per address (429 with Retry-After)', async () => {
    const a = await createCustomer(app.strapi, { mobile: '09142220007' });
    await askReset(a.subscriberNumber);
    const code = (await codeSentTo('09142220007'))!;
    const wrongCode = code === '111111' ? '222222' : '111111';
    for (let i = 0; i < 5; i++) expect((await confirmReset({ identifier: a.subscriberNumber, code: wrongCode, newPassword: 'Good-pass-42' })).status).toBe(400);
    expect((await confirmReset({ identifier: a.subscriberNumber, code, newPassword: 'Good-pass-42' })).body.error.details.code).toBe('resetCodeInvalid');

    app.strapi.config.set(THROTTLE, { ...THROTTLE_OFF, enabled: true });
    app.strapi.config.set('plugin::customer-accounts.otp.maxFailuresPerIp', 2);
    app.strapi.config.set('plugin::customer-accounts.otp.maxRequestsPerIp', 2);
    try {
      for (let i = 0; i < 2; i++) expect((await confirmReset({ identifier: '987656', code: '123456', newPassword: 'Good-pass-42' })).status).toBe(400);
      const blocked = await confirmReset({ identifier: '987656', code: '123456', newPassword: 'Good-pass-42' });
      expect(blocked.status).toBe(429);
      expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
      expect(blocked.body.error.message).toMatch(/[\u0600-\u06FF]/);

      for (let i = 0; i < 2; i++) expect((await askReset(`98765${i}`)).status).toBe(200);
      expect((await askReset('987659')).status).toBe(429);
    } finally {
      app.strapi.config.set('plugin::customer-accounts.otp.maxFailuresPerIp', 20);
      app.strapi.config.set('plugin::customer-accounts.otp.maxRequestsPerIp', 10);
    }
  });
});
