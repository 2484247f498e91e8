/**
 * The refresh cookie in production without TLS: logins over plain HTTP used to fail with a 500
 * ("Cannot send secure cookie over unencrypted connection", users-permissions sets Secure whenever
 * NODE_ENV is production). The cookie is now Secure exactly when the browser's connection is
 * https — the request (directly, or X-Forwarded-Proto from a trusted proxy) or PUBLIC_URL
 * (src/domain/secure-cookie.ts, global::refresh-cookie).
 *
 * Part one boots the app as `npm start` does with NODE_ENV=production in a child process
 * (tests/helpers/production-server.js: production config, no test overrides) behind a trusted
 * proxy (TRUST_PROXY=true). Part two runs in this process with NODE_ENV=production while each
 * request is served (users-permissions reads it per request) and changes the proxy trust and
 * PUBLIC_URL between requests.
 */
import { spawn, type ChildProcess } from 'child_process';
import fs from 'fs';
import path from 'path';
import request from 'supertest';
import { freePort } from '../helpers/free-port';
import { startApp, type TestApp } from '../helpers/strapi';
import { createCustomer, nextNationalCode, PASSWORD } from '../helpers/fixtures';
import { startMessagingFakes, tehranNoon } from '../helpers/messaging';

jest.setTimeout(120_000);

const APP_DIR = path.resolve(__dirname, '..', '..');
const refreshCookie = (res: request.Response): string | undefined =>
  ((res.headers['set-cookie'] as unknown as string[] | undefined) ?? []).find((c) => c.startsWith('strapi_up_refresh='));
const isSecure = (cookie: string | undefined) => /;\s*secure/i.test(cookie ?? '');
const cookiePair = (cookie: string) => cookie.split(';')[0];
/** The refresh cookie and its signature, as the browser sends them back. */
const refreshCookieHeader = (res: request.Response): string =>
  ((res.headers['set-cookie'] as unknown as string[] | undefined) ?? [])
    .filter((c) => c.startsWith('strapi_up_refresh'))
    .map(cookiePair)
    .join('; ');


describe('NODE_ENV=production, started like npm start, behind a trusted proxy', () => {
  let child: ChildProcess;
  let base: string;
  const dbFile = path.join('.tmp', `prod-${process.pid}-${Date.now()}.db`);
  const subscriberNumber = '7001';

  beforeAll(async () => {
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    child = spawn(process.execPath, [path.join(APP_DIR, 'tests/helpers/production-server.js')], {
      cwd: APP_DIR,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        HOST: '127.0.0.1',
        PORT: String(port),
        TRUST_PROXY: 'true',
        PUBLIC_URL: base, // plain http: no TLS anywhere
        // the local SMS provider and the sandbox gateway, as a staging server may (docs/deploy.md)
        ALLOW_SANDBOX_PROVIDERS: 'true',
        DATABASE_CLIENT: 'sqlite',
        DATABASE_URL: '',
        DATABASE_FILENAME: dbFile,
        SCHEDULER_ENABLED: 'false',
        SEED_SUBSCRIBER_NUMBER: subscriberNumber,
        SEED_NATIONAL_CODE: nextNationalCode(),
        SEED_PASSWORD: PASSWORD,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr!.on('data', (d) => (stderr += d));
    await new Promise<void>((resolve, reject) => {
      let out = '';
      child.stdout!.on('data', (d) => {
        out += d;
        if (out.includes('READY')) resolve();
      });
      child.once('exit', (code) => reject(new Error(`the production server exited (${code}): ${stderr.slice(-2000)}`)));
    });
  });
  afterAll(async () => {
    if (child && child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    for (const suffix of ['', '-journal', '-wal', '-shm']) fs.rmSync(path.join(APP_DIR, dbFile + suffix), { force: true });
  });

  test('a login over plain HTTP answers 200 with a plain (not Secure) httpOnly cookie, and the session refreshes and ends', async () => {
    const res = await request(base).post('/api/auth/local').send({ identifier: subscriberNumber, password: PASSWORD });
    expect(res.status).toBe(200);
    expect(res.body.jwt).toEqual(expect.any(String));
    const cookie = refreshCookie(res)!;
    expect(cookie).toMatch(/httponly/i);
    expect(isSecure(cookie)).toBe(false);

    const refreshed = await request(base).post('/api/auth/refresh').set('Cookie', refreshCookieHeader(res));
    expect(refreshed.status).toBe(200);
    expect(isSecure(refreshCookie(refreshed))).toBe(false);

    const out = await request(base).post('/api/auth/logout').set('Authorization', `Bearer ${refreshed.body.jwt}`).set('Cookie', refreshCookieHeader(refreshed)).send({});
    expect(out.status).toBe(200);
  });

  test('through the TLS proxy (X-Forwarded-Proto: https) the cookie is Secure', async () => {
    const res = await request(base).post('/api/auth/local').set('X-Forwarded-Proto', 'https').send({ identifier: subscriberNumber, password: PASSWORD });
    expect(res.status).toBe(200);
    expect(isSecure(refreshCookie(res))).toBe(true);
    const refreshed = await request(base).post('/api/auth/refresh').set('X-Forwarded-Proto', 'https').set('Cookie', refreshCookieHeader(res));
    expect(refreshed.status).toBe(200);
    expect(isSecure(refreshCookie(refreshed))).toBe(true);
  });
});

describe('the decision per request (NODE_ENV=production while serving)', () => {
  let app: TestApp;
  let customer: { subscriberNumber: string; nationalCode: string };
  const savedEnv = process.env.NODE_ENV;
  let fakes: Awaited<ReturnType<typeof startMessagingFakes>>;

  const asProduction = async <T>(fn: () => Promise<T>): Promise<T> => {
    process.env.NODE_ENV = 'production';
    try {
      return await fn();
    } finally {
      process.env.NODE_ENV = savedEnv;
    }
  };
  const loginOverHttp = (headers: Record<string, string> = {}) =>
    asProduction(async () => {
      let req = request(app.server).post('/api/auth/local');
      for (const [k, v] of Object.entries(headers)) req = req.set(k, v);
      return req.send({ identifier: customer.subscriberNumber, password: PASSWORD });
    });

  beforeAll(async () => {
    app = await startApp();
    fakes = await startMessagingFakes(app.strapi);
    customer = await createCustomer(app.strapi, { mobile: '09127778899' });
  });
  afterAll(async () => {
    await fakes?.close();
    await app?.stop();
  });
  afterEach(() => {
    (app.strapi.server as any).app.proxy = false;
    app.strapi.config.set('server.url', '');
  });

  test('plain HTTP: 200 and a plain cookie', async () => {
    const res = await loginOverHttp();
    expect(res.status).toBe(200);
    expect(isSecure(refreshCookie(res))).toBe(false);
  });

  test('X-Forwarded-Proto is believed only from a trusted proxy', async () => {
    const untrusted = await loginOverHttp({ 'X-Forwarded-Proto': 'https' });
    expect(untrusted.status).toBe(200);
    expect(isSecure(refreshCookie(untrusted))).toBe(false);

    (app.strapi.server as any).app.proxy = true; // server.proxy.koa (TRUST_PROXY=true)
    const trusted = await loginOverHttp({ 'X-Forwarded-Proto': 'https' });
    expect(trusted.status).toBe(200);
    expect(isSecure(refreshCookie(trusted))).toBe(true);
  });

  test('an https PUBLIC_URL makes it Secure even when the proxy does not say so', async () => {
    app.strapi.config.set('server.url', 'https://portal.example.ir');
    const res = await loginOverHttp();
    expect(res.status).toBe(200);
    expect(isSecure(refreshCookie(res))).toBe(true);
  });

  test('the one-time-code login follows the same rule', async () => {
    await request(app.server).post('/api/auth/otp/request').send({ identifier: customer.subscriberNumber });
    await app.strapi.plugin('messaging').service('delivery').runOnce({ now: tehranNoon() });
    const code = [...fakes.kavenegar.sent].reverse().find((m) => m.receptor === '09127778899')!.tokens!.token;
    const res = await asProduction(() => request(app.server).post('/api/auth/otp/verify').send({ identifier: customer.subscriberNumber, code }));
    expect(res.status).toBe(200);
    expect(isSecure(refreshCookie(res))).toBe(false);
  });
});
