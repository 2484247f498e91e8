/**
 * The API's edges answer like the rest of it: a method or a path the API does not have gets the
 * bilingual JSON error envelope — 404 for a path that does not exist (whatever the method), 405
 * with an `Allow` header for a path that exists with other methods — never Koa's English plain
 * text.
 */
import request from 'supertest';
import { startApp, type TestApp } from '../helpers/strapi';
import { createCustomer, tokenFor } from '../helpers/fixtures';

let app: TestApp;

beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.stop();
});

const expectBilingual = (res: request.Response, status: number, code: string) => {
  expect(res.status).toBe(status);
  expect(res.headers['content-type']).toMatch(/application\/json/);
  expect(res.body).toMatchObject({ data: null, error: { status, details: { code } } });
  expect(res.body.error.message).toMatch(/[\u0600-\u06FF]/);
  expect(res.body.error.details.messageEn).toMatch(/^[A-Z]/);
};

describe('unknown /api paths and methods', () => {
  test.each(['post', 'put', 'patch', 'delete', 'get'] as const)('%s to a path that does not exist: 404, bilingual JSON', async (method) => {
    const res = await (request(app.server) as any)[method]('/api/no-such-thing/here').send({ a: 1 });
    expectBilingual(res, 404, 'notFound');
    expect(res.body.error.message).toBe('موردی یافت نشد.');
  });

  test('a path that exists with other methods: 405 with Allow, bilingual JSON', async () => {
    const res = await request(app.server).post('/api/me/notifications').send({});
    expectBilingual(res, 405, 'methodNotAllowed');
    expect(res.headers.allow).toMatch(/GET/);
  });
});

describe('a fault', () => {
  test('answers 500 in the bilingual envelope, with neither the English fault text nor its cause', async () => {
    const dashboard = app.strapi.service('api::me.dashboard') as { forSubscriber: (...args: unknown[]) => unknown };
    const spy = jest.spyOn(dashboard, 'forSubscriber').mockRejectedValue(new Error('SQLITE_BUSY: database is locked'));
    try {
      const customer = await createCustomer(app.strapi);
      const res = await request(app.server).get('/api/me/dashboard').set('Authorization', `Bearer ${await tokenFor(app.server, customer.subscriberNumber)}`);
      expectBilingual(res, 500, 'serverError');
      expect(res.body.error.message).toBe('سرور در انجام درخواست با خطا روبه‌رو شد. لطفاً چند لحظهٔ دیگر دوباره تلاش کنید.');
      expect(res.body.error.details.messageEn).toBe('The server could not complete the request. Please try again in a moment.');
      expect(JSON.stringify(res.body)).not.toMatch(/Internal Server Error|SQLITE_BUSY/);
    } finally {
      spy.mockRestore();
    }
  });
});
