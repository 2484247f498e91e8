/**
 * Accounts and login: no self-registration; login by subscriber number, legacy 12-digit code or
 * national code in any digits; one generic error for every failure; throttling; sessions.
 */
import request from 'supertest';
import { countQueries, startApp, type TestApp } from '../helpers/strapi';
import { createCustomer, createSubscriber, login, PASSWORD } from '../helpers/fixtures';
import { toPersianDigits } from '../../src/domain/digits';

let app: TestApp;
let customer: { documentId: string; subscriberNumber: string; nationalCode: string };

const toArabicDigits = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(0x0660 + Number(d)));
const legacyCode = (subscriberNumber: string, checkDigit = '7') => `11${subscriberNumber.padStart(9, '0')}${checkDigit}`;

beforeAll(async () => {
  app = await startApp();
  customer = (await createCustomer(app.strapi)) as any;
});
afterAll(async () => {
  await app?.stop();
});

describe('self-registration is off', () => {
  test('POST /api/auth/local/register fails and creates nobody', async () => {
    const before = await app.strapi.db.query('plugin::users-permissions.user').count();
    const res = await request(app.server)
      .post('/api/auth/local/register')
      .send({ username: 'intruder', email: 'intruder@example.com', password: 'whatever-123' });
    expect([400, 403]).toContain(res.status);
    expect(res.body.error.message).toMatch(/[\u0600-\u06FF]/);
    expect(await app.strapi.db.query('plugin::users-permissions.user').count()).toBe(before);
  });

  test('the advanced setting says so too', async () => {
    const advanced: any = await app.strapi.store({ type: 'plugin', name: 'users-permissions' }).get({ key: 'advanced' });
    expect(advanced.allow_register).toBe(false);
  });
});

describe('login identifiers', () => {
  const identifiers = () => [
    ['subscriber number', customer.subscriberNumber],
    ['subscriber number with leading zeros', `000${customer.subscriberNumber}`],
    ['subscriber number in Persian digits', toPersianDigits(customer.subscriberNumber)],
    ['subscriber number in Arabic digits', toArabicDigits(customer.subscriberNumber)],
    ['legacy 12-digit code', legacyCode(customer.subscriberNumber)],
    ['legacy code in Persian digits, another check digit', toPersianDigits(legacyCode(customer.subscriberNumber, '3'))],
    ['national code', customer.nationalCode],
    ['national code in Persian digits with dashes', toPersianDigits(`${customer.nationalCode.slice(0, 3)}-${customer.nationalCode.slice(3, 9)}-${customer.nationalCode.slice(9)}`)],
    ['national code in Arabic digits', toArabicDigits(customer.nationalCode)],
  ];

  test('each form logs in to the same account', async () => {
    for (const [name, identifier] of identifiers()) {
      const res = await login(app.server, identifier);
      expect({ name, status: res.status }).toEqual({ name, status: 200 });
      expect(res.body.jwt).toEqual(expect.any(String));
      expect(res.body.user.username).toBe(customer.subscriberNumber);
      expect(res.body.user.password).toBeUndefined();
    }
  });

  test('the refresh token goes in an httpOnly cookie, never in the body', async () => {
    const res = await login(app.server, customer.subscriberNumber);
    expect(res.body.refreshToken).toBeUndefined();
    const cookie = (res.headers['set-cookie'] as unknown as string[]).find((c) => c.startsWith('strapi_up_refresh='));
    expect(cookie).toMatch(/httponly/i);
  });
});

describe('failures say nothing about which part was wrong', () => {
  test('unknown number, unknown national code, no account yet and wrong password give one answer', async () => {
    const withoutAccount = await createSubscriber(app.strapi);
    const attempts = [
      ['unknown subscriber number', '987654', PASSWORD],
      ['valid but unknown national code', '0499370899', PASSWORD],
      ['subscriber without a portal account', withoutAccount.subscriberNumber, PASSWORD],
      ['wrong password', customer.subscriberNumber, 'wrong-password'],
      ['not an identifier at all', 'admin', PASSWORD],
    ];
    const bodies = [];
    for (const [, identifier, password] of attempts) {
      const res = await login(app.server, identifier, password);
      expect(res.status).toBe(400);
      bodies.push(res.body);
    }
    for (const body of bodies) {
      expect(body).toEqual(bodies[0]);
    }
    expect(bodies[0].error.message).toBe('نام کاربری یا رمز عبور اشتباه است.');
    expect(bodies[0].error.details.messageEn).toBe('The username or password is incorrect.');
    expect(bodies[0].error.details.code).toBe('loginFailed');
  });

  test('missing fields are named, in Persian and English', async () => {
    const res = await request(app.server).post('/api/auth/local').send({ identifier: '  ' });
    expect(res.status).toBe(400);
    const paths = res.body.error.details.errors.map((e: any) => e.path.join('.'));
    expect(paths).toEqual(['identifier', 'password']);
    expect(res.body.error.details.errors[0].message).toBe('این فیلد الزامی است.');
    expect(res.body.error.details.errors[0].messageEn).toBe('This field is required.');
  });

  test('fields that are not text are named too', async () => {
    const res = await request(app.server).post('/api/auth/local').send({ identifier: ['1001'], password: { $ne: '' } });
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors.map((e: any) => e.code)).toEqual(['mustBeText', 'mustBeText']);
  });

  test('a blocked account is told so only after the right password', async () => {
    const blocked = await createCustomer(app.strapi);
    const user = await app.strapi.db.query('plugin::users-permissions.user').findOne({ where: { username: blocked.subscriberNumber } });
    await app.strapi.db.query('plugin::users-permissions.user').update({ where: { id: user.id }, data: { blocked: true } });
    const wrong = await login(app.server, blocked.subscriberNumber, 'wrong-password');
    expect(wrong.body.error.details.code).toBe('loginFailed');
    const right = await login(app.server, blocked.subscriberNumber);
    expect(right.status).toBe(400);
    expect(right.body.error.details.code).toBe('accountBlocked');
  });
});

describe('throttling', () => {
  afterEach(() => {
    app.strapi.config.set('plugin::customer-accounts.loginThrottle', { enabled: false, windowMs: 900_000, maxFailuresPerAccount: 5, maxFailuresPerIp: 30 });
    app.strapi.config.set('plugin::users-permissions.ratelimit', { enabled: false });
    app.strapi.plugin('customer-accounts').service('login-throttle').clear();
  });

  test('after repeated failures an account is throttled, even with the right password', async () => {
    app.strapi.config.set('plugin::customer-accounts.loginThrottle', { enabled: true, windowMs: 900_000, maxFailuresPerAccount: 3, maxFailuresPerIp: 100 });
    const target = await createCustomer(app.strapi);
    for (let i = 0; i < 3; i++) expect((await login(app.server, target.subscriberNumber, `bad-${i}`)).status).toBe(400);
    const res = await login(app.server, target.subscriberNumber);
    expect(res.status).toBe(429);
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    expect(res.body.error.details.code).toBe('loginThrottled');
    // another account from the same address is not affected
    expect((await login(app.server, customer.subscriberNumber)).status).toBe(200);
  });

  test('a successful login clears the account counter', async () => {
    app.strapi.config.set('plugin::customer-accounts.loginThrottle', { enabled: true, windowMs: 900_000, maxFailuresPerAccount: 3, maxFailuresPerIp: 100 });
    const target = await createCustomer(app.strapi);
    for (let i = 0; i < 2; i++) await login(app.server, target.subscriberNumber, 'bad');
    expect((await login(app.server, target.subscriberNumber)).status).toBe(200);
    for (let i = 0; i < 2; i++) await login(app.server, target.subscriberNumber, 'bad');
    expect((await login(app.server, target.subscriberNumber)).status).toBe(200);
  });

  test('failures count per account, whatever form of the identifier they came through: the lock holds for every form until it ends', async () => {
    app.strapi.config.set('plugin::customer-accounts.loginThrottle', { enabled: true, windowMs: 3_000, maxFailuresPerAccount: 5, maxFailuresPerIp: 100 });
    const target = await createCustomer(app.strapi);
    const sn = target.subscriberNumber;
    const forms = [sn, `0${sn}`, `00${sn}`, sn.padStart(27, '0'), legacyCode(sn), toPersianDigits(target.nationalCode)];
    // five failures, spread over five forms
    for (const form of forms.slice(0, 5)) expect((await login(app.server, form, 'wrong-password')).status).toBe(400);
    // the right password is refused through every form, the national code included
    for (const form of forms) {
      const res = await login(app.server, form);
      expect({ form, status: res.status, code: res.body.error?.details?.code }).toEqual({ form, status: 429, code: 'loginThrottled' });
    }
    // until the window ends
    await new Promise((resolve) => setTimeout(resolve, 3_100));
    expect((await login(app.server, `000${sn}`)).status).toBe(200);
  });

  test('failures through the national code lock the subscriber number too', async () => {
    app.strapi.config.set('plugin::customer-accounts.loginThrottle', { enabled: true, windowMs: 900_000, maxFailuresPerAccount: 3, maxFailuresPerIp: 100 });
    const target = await createCustomer(app.strapi);
    for (let i = 0; i < 3; i++) await login(app.server, target.nationalCode, `bad-${i}`);
    expect((await login(app.server, target.subscriberNumber)).status).toBe(429);
  });

  test('an unknown identifier is locked the same way, under its canonical form, with the same answer', async () => {
    app.strapi.config.set('plugin::customer-accounts.loginThrottle', { enabled: true, windowMs: 900_000, maxFailuresPerAccount: 3, maxFailuresPerIp: 100 });
    const known = await createCustomer(app.strapi);
    const unknown = '98765';
    for (const form of [unknown, `0${unknown}`, legacyCode(unknown)]) await login(app.server, form, 'bad');
    for (const form of [known.subscriberNumber, `0${known.subscriberNumber}`, legacyCode(known.subscriberNumber)]) await login(app.server, form, 'bad');
    const forUnknown = await login(app.server, `00${unknown}`);
    const forKnown = await login(app.server, `00${known.subscriberNumber}`);
    expect(forUnknown.status).toBe(429);
    expect(forKnown.status).toBe(429);
    const strip = (body: any) => ({ ...body, error: { ...body.error, details: { ...body.error.details, retryAfterSeconds: 0 } } });
    expect(strip(forUnknown.body)).toEqual(strip(forKnown.body));
  });

  test('failures from many addresses still lock the account', async () => {
    app.strapi.config.set('plugin::customer-accounts.loginThrottle', { enabled: true, windowMs: 900_000, maxFailuresPerAccount: 3, maxFailuresPerIp: 100 });
    (app.strapi.server as any).app.proxy = true;
    try {
      const target = await createCustomer(app.strapi);
      for (let i = 0; i < 3; i++) {
        await request(app.server).post('/api/auth/local').set('X-Forwarded-For', `203.0.113.${i + 1}`).send({ identifier: target.subscriberNumber, password: 'bad' });
      }
      const res = await request(app.server).post('/api/auth/local').set('X-Forwarded-For', '203.0.113.99').send({ identifier: target.subscriberNumber, password: PASSWORD });
      expect(res.status).toBe(429);
    } finally {
      (app.strapi.server as any).app.proxy = false;
    }
  });

  test('one address trying many accounts is stopped by its own, higher limit; other addresses are not', async () => {
    app.strapi.config.set('plugin::customer-accounts.loginThrottle', { enabled: true, windowMs: 900_000, maxFailuresPerAccount: 3, maxFailuresPerIp: 6 });
    (app.strapi.server as any).app.proxy = true;
    const from = (ip: string, identifier: string, password = PASSWORD) =>
      request(app.server).post('/api/auth/local').set('X-Forwarded-For', ip).send({ identifier, password });
    try {
      const sprayed = [];
      for (let i = 0; i < 6; i++) sprayed.push(await createCustomer(app.strapi));
      // one wrong guess at each of six accounts: no account is near its own limit…
      for (const target of sprayed) expect((await from('198.51.100.7', target.subscriberNumber, 'Password1')).status).toBe(400);
      // …but the address is: refused even with a right password, for an account it never tried
      const res = await from('198.51.100.7', customer.subscriberNumber);
      expect(res.status).toBe(429);
      expect(res.body.error.details.code).toBe('loginThrottled');
      expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
      // other addresses log in to those accounts as usual
      expect((await from('198.51.100.8', sprayed[0].subscriberNumber)).status).toBe(200);
      expect((await from('198.51.100.8', customer.subscriberNumber)).status).toBe(200);
    } finally {
      (app.strapi.server as any).app.proxy = false;
    }
  });

  test('an absurdly long identifier is refused at once by the text rule, before any look-up', async () => {
    for (const identifier of ['1'.padStart(65, '0'), 'x'.repeat(100_000)]) {
      const { sql, result } = await countQueries(app.strapi, () => login(app.server, identifier, 'wrong-password'));
      expect(result.status).toBe(400);
      // a field error on the identifier (src/domain/text-input.ts), which says nothing of accounts
      expect(result.body.error.details.errors.map((e: any) => [e.path.join('.'), e.code])).toEqual([['identifier', 'textTooLong']]);
      // no look-up of the identifier (the only statement is Strapi's Public-role permission read)
      expect(sql.filter((q) => /up_users|subscribers/.test(q))).toEqual([]);
    }
  });

  test("Strapi's per-address limiter on /api/auth answers 429 in both languages", async () => {
    app.strapi.config.set('plugin::users-permissions.ratelimit', { enabled: true, interval: 60_000, max: 2 });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await login(app.server, customer.subscriberNumber)).status);
    expect(statuses.slice(0, 2)).toEqual([200, 200]);
    const limited = await login(app.server, customer.subscriberNumber);
    expect(limited.status).toBe(429);
    expect(limited.body.error.message).toMatch(/[\u0600-\u06FF]/);
    expect(limited.body.error.details.messageEn).toEqual(expect.any(String));
  });
});

describe('sessions', () => {
  test('refresh renews the access token from the cookie; logout ends the session', async () => {
    const agent = request.agent(app.server);
    const res = await agent.post('/api/auth/local').send({ identifier: customer.subscriberNumber, password: PASSWORD });
    expect(res.status).toBe(200);
    const refreshed = await agent.post('/api/auth/refresh').send({});
    expect(refreshed.status).toBe(200);
    expect(refreshed.body.jwt).toEqual(expect.any(String));
    const me = await agent.get('/api/me').set('Authorization', `Bearer ${refreshed.body.jwt}`);
    expect(me.status).toBe(200);
    // the refresh cookie and its signature, as the browser held them
    const cookie = (refreshed.headers['set-cookie'] as unknown as string[])
      .filter((c) => c.startsWith('strapi_up_refresh'))
      .map((c) => c.split(';')[0])
      .join('; ');

    const out = await agent.post('/api/auth/logout').set('Authorization', `Bearer ${refreshed.body.jwt}`).send({});
    expect(out.status).toBe(200);
    // the browser's cookie is cleared…
    expect((await agent.post('/api/auth/refresh').send({})).status).toBe(400);
    // …and the refresh token it held is revoked on the server
    const replay = await request(app.server).post('/api/auth/refresh').set('Cookie', cookie).send({});
    expect(replay.status).toBe(401);
  });

  test('passwords are stored as bcrypt hashes only', async () => {
    const user = await app.strapi.db.query('plugin::users-permissions.user').findOne({ where: { username: customer.subscriberNumber } });
    expect(user.password).toMatch(/^\$2[aby]\$10\$/);
    expect(user.password).not.toContain(PASSWORD);
    const audit = await app.strapi.db.query('api::audit-event.audit-event').findMany({ where: { subjectId: customer.documentId } });
    expect(JSON.stringify(audit)).not.toContain(PASSWORD);
  });
});
