/**
 * The API's edges answer like the rest of it: a method or a path the API does not have gets the
 * bilingual JSON error envelope — 404 for a path that does not exist (whatever the method), 405
 * with an `Allow` header for a path that exists with other methods — never Koa's English plain
 * text.
 */
import request from 'supertest';
import { startApp, type TestApp } from '../helpers/strapi';

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
