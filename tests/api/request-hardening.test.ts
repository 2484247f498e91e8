/**
 * Client mistakes are 4xx, never 500 (issue 15, item 7), and CORS answers only the site's own
 * origin and the configured ones (item 8):
 *   - a body whose Content-Encoding does not match it (gzip or br on plain JSON), or an encoding
 *     the server does not know, is a bilingual 400/415 on every route;
 *   - a JSON body with the same key twice is refused on /api routes (the last one used to win);
 *   - the renewal's years take an integer or a digit string (Persian, Arabic or Latin digits)
 *     and nothing else: `true`, "0x1", [1], 1.0e0 strings… are refused;
 *   - an allowed origin gets Access-Control-Allow-Origin with credentials; `null` and a foreign
 *     origin get none, and same-origin requests (the admin panel) still work.
 */
import zlib from 'zlib';
import request from 'supertest';
import { startApp, type TestApp } from '../helpers/strapi';
import { createCustomer, createDevice, createModel, tokenFor } from '../helpers/fixtures';
import { addDays, tehranDate } from '../../src/domain/jalali';

let app: TestApp;
let token: string;
let owner: any;
let model: any;

const auth = (t: string) => ({ Authorization: `Bearer ${t}` });
const PUBLIC_ORIGIN = 'https://portal.example.ir';
const EXTRA_ORIGIN = 'https://shop.example.ir';

beforeAll(async () => {
  process.env.PUBLIC_URL = `${PUBLIC_ORIGIN}/`;
  process.env.CORS_ORIGINS = ` ${EXTRA_ORIGIN} , https://other.example.ir/`;
  app = await startApp();
  model = await createModel(app.strapi);
  owner = await createCustomer(app.strapi);
  token = await tokenFor(app.server, owner.subscriberNumber);
});
afterAll(async () => {
  delete process.env.PUBLIC_URL;
  delete process.env.CORS_ORIGINS;
  await app?.stop();
});

const expectBilingual = (res: request.Response, status: number, code: string) => {
  expect(res.status).toBe(status);
  expect(res.body.error).toMatchObject({ status, details: { code, messageEn: expect.any(String) } });
  expect(res.body.error.message).toMatch(/[\u0600-\u06FF]/);
};

describe('a body that cannot be read', () => {
  const plain = JSON.stringify({ choice: 'cancel' });
  const routes: Array<[string, string]> = [
    ['post', '/api/me/devices/nope/service'],
    ['post', '/api/auth/local'],
    ['put', '/api/me'],
    ['post', '/api/anything-unknown'],
  ];

  test.each(['gzip', 'br', 'deflate'])('Content-Encoding: %s on a plain body is a 400 on every route', async (encoding) => {
    for (const [method, path] of routes) {
      const res = await (request(app.server) as any)[method](path)
        .set('Content-Type', 'application/json')
        .set('Content-Encoding', encoding)
        .send(plain);
      expectBilingual(res, 400, 'bodyUnreadable');
    }
  });

  test('an encoding the server does not know is a 415', async () => {
    const res = await request(app.server)
      .post('/api/auth/local')
      .set('Content-Type', 'application/json')
      .set('Content-Encoding', 'x-made-up')
      .send(plain);
    expectBilingual(res, 415, 'unsupportedEncoding');
  });

  test('a truly gzipped body is still read', async () => {
    const res = await request(app.server)
      .post('/api/auth/local')
      .set('Content-Type', 'application/json')
      .set('Content-Encoding', 'gzip')
      // as bytes: superagent would write a Buffer out as JSON under a JSON Content-Type
      .serialize((bytes: any) => bytes)
      .send(zlib.gzipSync(Buffer.from(JSON.stringify({ identifier: owner.subscriberNumber, password: 'wrong-password-1' }))));
    // the login handler saw the fields: a wrong password, not an unreadable body
    expect(res.status).toBe(400);
    expect(res.body.error.details.code).not.toBe('bodyUnreadable');
  });

  test('malformed JSON is a bilingual 400, not a 500', async () => {
    const res = await request(app.server).post('/api/auth/local').set('Content-Type', 'application/json').send('{"identifier": ');
    expectBilingual(res, 400, 'bodyUnreadable');
  });
});

describe('duplicate keys in a JSON body', () => {
  test.each([
    ['top level', '{"choice":"cancel","choice":"renew","years":1}'],
    ['nested', '{"data":{"a":1,"b":{"x":1,"x":2}}}'],
    ['inside an array', '[{"a":1},{"a":1,"a":2}]'],
    ['spelled with an escape', '{"choice":"cancel","\\u0063hoice":"renew"}'],
  ])('%s: refused with a 400 on /api routes', async (_name, body) => {
    const res = await request(app.server)
      .post('/api/me/devices/nope/service')
      .set(auth(token))
      .set('Content-Type', 'application/json')
      .send(body);
    expectBilingual(res, 400, 'duplicateKeys');
  });

  test('the same key in sibling objects is fine', async () => {
    const d = await createDevice(app.strapi, { owner: owner.documentId, model: model.documentId, serviceEnd: addDays(tehranDate(), 200) });
    const res = await request(app.server)
      .post(`/api/me/devices/${d.documentId}/service`)
      .set(auth(token))
      .set('Content-Type', 'application/json')
      .send('{"choice":"cancel","years":"x"}');
    // reached the service's own validation (an unknown field or a refused choice), not duplicateKeys
    expect(res.status).toBe(400);
    expect(res.body.error.details.code).not.toBe('duplicateKeys');
    const siblings = await request(app.server).post('/api/anything-unknown').set('Content-Type', 'application/json').send('[{"a":1},{"a":2}]');
    expect(siblings.status).not.toBe(400);
  });
});

describe('renewal years: an integer or a digit string, nothing else', () => {
  const choose = (id: string, body: string) =>
    request(app.server).post(`/api/me/devices/${id}/service`).set(auth(token)).set('Content-Type', 'application/json').send(body);

  test.each([['true'], ['"0x1"'], ['[1]'], ['"1e0"'], ['" 1 "'], ['1.5'], ['"1.0"'], ['{"n":1}'], ['null'], ['"+1"'], ['"-1"'], ['"0b1"'], ['""']])(
    'years: %s is refused',
    async (years) => {
      const d = await createDevice(app.strapi, { owner: owner.documentId, model: model.documentId, serviceEnd: addDays(tehranDate(), -10) });
      const res = await choose(d.documentId, `{"choice":"renew","years":${years}}`);
      expectBilingual(res, 400, 'yearsInvalid');
      expect(res.body.error.details.errors[0]).toMatchObject({ path: ['years'], code: 'yearsInvalid' });
      expect(await app.strapi.db.query('api::contract.contract').count({ where: { device: { documentId: d.documentId } } })).toBe(0);
    }
  );

  test.each([['2', 2], ['"2"', 2], ['"۲"', 2], ['"٣"', 3], ['"03"', 3]])('years: %s is %d', async (years, expected) => {
    const d = await createDevice(app.strapi, { owner: owner.documentId, model: model.documentId, serviceEnd: addDays(tehranDate(), -10) });
    const res = await choose(d.documentId, `{"choice":"renew","years":${years}}`);
    expect(res.status).toBe(200);
    expect(res.body.data.contract).toMatchObject({ kind: 'renewal', years: expected });
  });
});

describe('CORS', () => {
  const preflight = (origin: string) =>
    request(app.server).options('/api/me').set('Origin', origin).set('Access-Control-Request-Method', 'GET').set('Access-Control-Request-Headers', 'authorization');

  test.each([PUBLIC_ORIGIN, EXTRA_ORIGIN, 'https://other.example.ir'])('%s gets the header, with credentials', async (origin) => {
    const res = await request(app.server).get('/api/contact-details').set('Origin', origin);
    expect(res.headers['access-control-allow-origin']).toBe(origin);
    expect(res.headers['access-control-allow-credentials']).toBe('true');
    const pre = await preflight(origin);
    expect(pre.status).toBe(204);
    expect(pre.headers['access-control-allow-origin']).toBe(origin);
    expect(pre.headers['access-control-allow-credentials']).toBe('true');
  });

  test.each(['null', 'https://evil.example.com', 'http://portal.example.ir', 'https://portal.example.ir.evil.com', '*'])(
    '%s gets no CORS header',
    async (origin) => {
      const res = await request(app.server).get('/api/contact-details').set('Origin', origin);
      expect(res.headers['access-control-allow-origin']).toBeUndefined();
      expect(res.headers['access-control-allow-credentials']).toBeUndefined();
      const pre = await preflight(origin);
      expect(pre.headers['access-control-allow-origin']).toBeUndefined();
      expect(pre.headers['access-control-allow-credentials']).toBeUndefined();
    }
  );

  test('the admin panel from the same origin still logs in (POST with its own Origin)', async () => {
    const res = await request(app.server).post('/admin/login').set('Origin', PUBLIC_ORIGIN).send({ email: 'nobody@example.ir', password: 'Wrong-password-1' });
    // the admin answered (bad credentials), the browser may read it
    expect(res.status).toBe(400);
    expect(res.headers['access-control-allow-origin']).toBe(PUBLIC_ORIGIN);
  });

  test('no Origin header (a same-origin GET, a server): no origin is granted', async () => {
    const res = await request(app.server).get('/api/contact-details');
    expect(res.status).toBe(200);
    // Strapi's CORS writes an empty header here, which grants nothing
    expect(res.headers['access-control-allow-origin'] || undefined).toBeUndefined();
  });
});
