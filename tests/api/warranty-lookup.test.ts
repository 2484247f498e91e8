/**
 * The public warranty check (seed 002): genuine or not registered, model, valid until (Jalali);
 * never any personal data; any digits, spaces, dashes and case; throttled per address with 429 and
 * Retry-After — in memory, or shared through Redis; one SQL statement per uncached serial.
 */
import request from 'supertest';
import { startApp, countQueries, type TestApp } from '../helpers/strapi';
import { createCustomer, createDevice, createModel } from '../helpers/fixtures';
import { addDays, tehranDate } from '../../src/domain/jalali';
import { toPersianDigits } from '../../src/domain/digits';
import { isPostgres as onPostgres } from '../../src/utils/raw-sql';

let app: TestApp;
let valid: any;
let expired: any;
let owner: any;

const lookup = (serial: string, query = '') => request(app.server).get(`/api/warranty/${encodeURIComponent(serial)}${query}`);
const limiter = () => app.strapi.plugin('warranty-lookup').service('rate-limit');
const setRateLimit = (rateLimit: object, redisUrl = '') => {
  app.strapi.config.set('plugin::warranty-lookup.rateLimit', rateLimit);
  app.strapi.config.set('plugin::warranty-lookup.redisUrl', redisUrl);
};

beforeAll(async () => {
  app = await startApp();
  const model = await createModel(app.strapi, { brand: 'Zig', model: 'ZC-777' });
  owner = await createCustomer(app.strapi, { fullName: 'مالک محرمانه', mobile: '09151234567' });
  valid = await createDevice(app.strapi, { owner: owner.documentId, model: model.documentId, serial: 'ZG-2024-0001', warrantyEnd: addDays(tehranDate(), 90), hologramCode: 'HX-99' });
  expired = await createDevice(app.strapi, { owner: owner.documentId, model: model.documentId, serial: 'ZG20240002', warrantyEnd: addDays(tehranDate(), -5) });
});
afterAll(async () => {
  await limiter().reset();
  await app?.stop();
});
afterEach(async () => {
  setRateLimit({ enabled: false, windowMs: 60_000, max: 30 });
  await limiter().reset();
});

test('a registered serial: genuine, model, valid until (Jalali) — in any digits, case, spaces and dashes', async () => {
  for (const typed of ['ZG20240001', 'zg-2024-0001', ` zg 2024 ${toPersianDigits('0001')} `, 'ZG_2024/0001']) {
    const res = await lookup(typed);
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ serial: 'ZG20240001', registered: true, genuine: true, brand: 'Zig', model: 'ZC-777', warranty: { status: 'valid', expiredSince: null } });
    expect(res.body.data.warranty.validUntil.jalali).toMatch(/^[۰-۹]{4}\/[۰-۹]{2}\/[۰-۹]{2}$/);
  }
});

test('an expired warranty says since when', async () => {
  const res = await lookup('zg20240002');
  expect(res.body.data.warranty).toMatchObject({ status: 'expired', validUntil: null, label: { fa: 'گارانتی منقضی‌شده' } });
  expect(res.body.data.warranty.expiredSince.iso).toBe(addDays(tehranDate(), -5));
});

test('an unknown serial: not registered, may not be genuine, how to report it', async () => {
  const res = await lookup('NOSUCH123');
  expect(res.status).toBe(200);
  expect(res.body.data).toMatchObject({ registered: false, genuine: false, message: { fa: expect.stringContaining('ثبت نشده') }, report: { fa: expect.any(String) } });
});

test('no personal data in any answer', async () => {
  for (const serial of ['ZG20240001', 'ZG20240002', 'NOSUCH123']) {
    const text = JSON.stringify((await lookup(serial, '?hologram=HX99')).body);
    for (const secret of [owner.fullName, owner.mobile, owner.nationalCode, owner.subscriberNumber, 'HX99', 'HX-99', 'owner', 'subscriber', 'installationDate']) {
      expect(text).not.toContain(secret);
    }
  }
});

test('the optional hologram check', async () => {
  expect((await lookup('ZG20240001', '?hologram=hx-99')).body.data.hologram).toBe('verified');
  expect((await lookup('ZG20240001', '?hologram=HX98')).body.data.hologram).toBe('mismatch');
  expect((await lookup('ZG20240001')).body.data.hologram).toBe('not-checked');
  expect((await lookup('ZG20240002', '?hologram=1')).body.data.hologram).toBe('not-available');
});

test('a malformed serial is a 400 with a Persian field message', async () => {
  const res = await lookup('<script>');
  expect(res.status).toBe(400);
  expect(res.body.error.details.errors[0]).toMatchObject({ path: ['serial'], code: 'serialInvalid' });
  expect((await request(app.server).post('/api/warranty/ZG20240001')).status).toBe(405);
});

test('one SQL statement per uncached serial; cached from its second lookup on; a change to the device is seen at once', async () => {
  const service = app.strapi.plugin('warranty-lookup').service('lookup');
  service.clearCache();
  // PostgreSQL reads through the lookup's own pool, which the app's query log does not see
  const reads = async (fn: () => Promise<unknown>) => {
    const before = service.stats().databaseReads;
    const { count } = await countQueries(app.strapi, fn);
    const after = service.stats().databaseReads;
    if (!onPostgres(app.strapi)) expect(count).toBe(after - before);
    return after - before;
  };
  expect(await reads(() => lookup('ZG20240001'))).toBe(1);
  expect(await reads(() => lookup('ZG20240001'))).toBe(1);
  expect(await reads(() => lookup('ZG20240001'))).toBe(0);
  expect(await reads(() => lookup('ZG20240001', '?hologram=HX99'))).toBe(0);
  expect(service.stats().cacheHits).toBeGreaterThanOrEqual(2);
  await app.strapi.documents('api::device.device').update({ documentId: valid.documentId, data: { warrantyEnd: addDays(tehranDate(), -1) } as any });
  expect((await lookup('ZG20240001')).body.data.warranty.status).toBe('expired');
});

test('throttled per address: 429 with Retry-After', async () => {
  setRateLimit({ enabled: true, windowMs: 60_000, max: 3 });
  const statuses = [];
  for (let i = 0; i < 4; i++) statuses.push((await lookup(`ENUM000${i}`)).status);
  expect(statuses).toEqual([200, 200, 200, 429]);
  const limited = await lookup('ZG20240001');
  expect(limited.status).toBe(429);
  expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
  expect(limited.body.error.message).toMatch(/[\u0600-\u06FF]/);
});

test('with Redis, the counters are shared between instances', async () => {
  const redisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379/15';
  setRateLimit({ enabled: true, windowMs: 60_000, max: 4 }, redisUrl);
  const Redis = require('ioredis');
  const redis = new Redis(redisUrl);
  try {
    await redis.flushdb();
    // another instance already counted 3 requests from this address
    const ip = '::ffff:127.0.0.1';
    await redis.set(`poshtiban:warranty:${ip}`, 3, 'PX', 60_000);
    await redis.set(`poshtiban:warranty:127.0.0.1`, 3, 'PX', 60_000);
    expect((await lookup('ZG20240001')).status).toBe(200);
    expect((await lookup('ZG20240001')).status).toBe(429);
    const keys = await redis.keys('poshtiban:warranty:*');
    expect(keys.length).toBeGreaterThan(0);
  } finally {
    await redis.flushdb();
    await redis.quit();
  }
});

describe('security headers and strict parameters (the route is answered before Koa, without strapi::security)', () => {
  const SHARED = ['x-frame-options', 'x-content-type-options', 'referrer-policy', 'x-dns-prefetch-control', 'x-download-options', 'x-permitted-cross-domain-policies'];
  afterEach(() => {
    (app.strapi.server as any).app.proxy = false;
    app.strapi.config.set('server.proxy.koa', false);
    app.strapi.config.set('server.url', '');
  });

  test('the same framing, sniffing and referrer headers as every Koa route, on answers and refusals alike', async () => {
    const koa = await request(app.server).get('/api/me');
    expect(koa.headers['x-frame-options']).toBe('SAMEORIGIN');
    setRateLimit({ enabled: true, windowMs: 60_000, max: 1 });
    const answers = [await lookup('ZG20240001'), await lookup('ZG20240001'), await request(app.server).post('/api/warranty/ZG20240001')];
    expect(answers.map((r) => r.status)).toEqual([200, 429, 405]);
    for (const res of [...answers, await lookup('<script>')]) {
      for (const name of SHARED) expect({ name, value: res.headers[name] }).toEqual({ name, value: koa.headers[name] });
      expect(res.headers['content-security-policy']).toMatch(/frame-ancestors 'self'/);
      // plain http, no https PUBLIC_URL: no HSTS (a browser would ignore it anyway)
      expect(res.headers['strict-transport-security']).toBeUndefined();
    }
  });

  test('HSTS when the browser came over https: through a trusted TLS proxy, or PUBLIC_URL is https', async () => {
    const hsts = 'max-age=31536000; includeSubDomains';
    // an untrusted X-Forwarded-Proto is ignored
    expect((await lookup('ZG20240001').set('X-Forwarded-Proto', 'https')).headers['strict-transport-security']).toBeUndefined();
    app.strapi.config.set('server.proxy.koa', true);
    (app.strapi.server as any).app.proxy = true;
    expect((await lookup('ZG20240001').set('X-Forwarded-Proto', 'https')).headers['strict-transport-security']).toBe(hsts);
    app.strapi.config.set('server.proxy.koa', false);
    (app.strapi.server as any).app.proxy = false;
    app.strapi.config.set('server.url', 'https://poshtiban.example');
    expect((await lookup('ZG20240001')).headers['strict-transport-security']).toBe(hsts);
    // the value Strapi's own strapi::security gives Koa's routes
    expect((await request(app.server).get('/api/me')).headers['strict-transport-security']).toBe(hsts);
  });

  test('an unknown query parameter is a bilingual 400; hologram is the only one', async () => {
    for (const query of ['?utm_source=x', '?hologram=HX99&debug=1', '?populate=*', '?filters[owner][id]=1', '?Hologram=HX99']) {
      const res = await lookup('ZG20240001', query);
      expect({ query, status: res.status }).toEqual({ query, status: 400 });
      expect(res.body.error.details.errors[0]).toMatchObject({ path: ['query', expect.any(String)], code: 'unknownParameter' });
      expect(res.body.error.message).toMatch(/[\u0600-\u06FF]/);
      expect(res.body.error.details.errors[0].messageEn).toEqual(expect.any(String));
    }
    expect((await lookup('ZG20240001', '?hologram=HX99')).status).toBe(200);
    expect((await lookup('ZG20240001', '?')).status).toBe(200);
  });
});
