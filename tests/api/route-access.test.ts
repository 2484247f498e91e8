/**
 * Who can call what, for every route the app registers under /api — read from Strapi's own route
 * table, so a route added later cannot slip past:
 * - every customer route (/api/me…) refuses a caller without a login with 401 (as docs/api.md
 *   says: log in first), a Persian message and nothing written;
 * - every other route, but for the public doors listed below, is closed (403: logging in as a
 *   customer would not open it) to the public and to customers — Strapi's generated CRUD routes
 *   for every content type, users-permissions' user and role routes, upload, email,
 *   content-type-builder.
 * Each /me route's own test file has subscriber B trying subscriber A's ids, and bad bodies.
 */
import request from 'supertest';
import { startApp, type TestApp } from '../helpers/strapi';
import { createCustomer, createDevice, createModel, tokenFor } from '../helpers/fixtures';

type Route = { method: string; path: string };

/**
 * Routes anyone may call: logging in, one-time codes, password reset, the payment gateway's return,
 * the WhatsApp webhook (signed), the company's contact details (read-only; tests/api/contact-details.test.ts),
 * and issue 14's complaint form, filing and tracking (tests/api/complaints.test.ts) and the survey
 * page behind its personal link (tests/api/surveys.test.ts).
 */
const PUBLIC_DOORS = [
  /^\/api\/auth\//,
  /^\/api\/connect\//,
  /^\/api\/payment\/(callback|sandbox\/)/,
  /^\/api\/messaging\/whatsapp\/webhook$/,
  /^\/api\/contact-details$/,
  // issue 14
  /^\/api\/complaints(\/form|\/status)?$/,
  /^\/api\/surveys\/:token$/,
];

/** Tables a customer route could write to. */
const WRITTEN_BY_CUSTOMER_ROUTES = [
  'api::subscriber.subscriber',
  'api::installation-confirmation.installation-confirmation',
  'api::contract.contract',
  'api::ownership-transfer.ownership-transfer',
  'api::payment.payment',
  'api::notification.notification',
  'api::ticket.ticket',
  'api::ticket.ticket-message',
  'plugin::upload.file',
  'api::article.article-feedback',
];

let app: TestApp;
let customerToken: string;
let deviceId: string;
let routes: Route[];

const call = (route: Route, token?: string) => {
  const path = route.path.replace(/:[a-zA-Z]+/g, deviceId);
  let req = (request(app.server) as any)[route.method.toLowerCase()](path);
  if (token) req = req.set('Authorization', `Bearer ${token}`);
  return route.method === 'GET' || route.method === 'DELETE' ? req : req.send({ data: { serial: 'HACK0001' }, choice: 'cancel', newOwner: {} });
};

const counts = () => Promise.all(WRITTEN_BY_CUSTOMER_ROUTES.map((uid) => app.strapi.db.query(uid as any).count()));

beforeAll(async () => {
  app = await startApp();
  const model = await createModel(app.strapi);
  const customer = await createCustomer(app.strapi);
  deviceId = (await createDevice(app.strapi, { owner: customer.documentId, model: model.documentId })).documentId;
  customerToken = await tokenFor(app.server, customer.subscriberNumber);
  routes = (app.strapi.server as any)
    .listRoutes()
    .filter((layer: any) => layer.path.startsWith('/api/') && layer.methods.length)
    .flatMap((layer: any) => layer.methods.filter((m: string) => m !== 'HEAD').map((method: string) => ({ method, path: layer.path })));
});
afterAll(async () => {
  await app?.stop();
});

test('the route table is read (customer routes, generated CRUD routes and public doors are all there)', () => {
  const paths = routes.map((r) => `${r.method} ${r.path}`);
  expect(paths).toEqual(expect.arrayContaining(['GET /api/me/devices', 'POST /api/me/ownership-transfers', 'GET /api/repair-orders', 'POST /api/auth/local']));
});

test('every customer route refuses a caller without a login with 401, in Persian, and writes nothing', async () => {
  const customerRoutes = routes.filter((r) => /^\/api\/me(\/|$)/.test(r.path));
  expect(customerRoutes.length).toBeGreaterThanOrEqual(15);
  const before = await counts();
  const answered: string[] = [];
  for (const route of customerRoutes) {
    const res = await call(route);
    const refused = res.status === 401 && /[\u0600-\u06FF]/.test(res.body?.error?.message ?? '') && typeof res.body?.error?.details?.messageEn === 'string';
    if (!refused) answered.push(`${route.method} ${route.path} → ${res.status} ${JSON.stringify(res.body?.error ?? res.body).slice(0, 120)}`);
  }
  expect(answered).toEqual([]);
  expect(await counts()).toEqual(before);
});

test('every other route but the public doors is closed to the public and to customers (403)', async () => {
  const staffRoutes = routes.filter((r) => !/^\/api\/me(\/|$)/.test(r.path) && !PUBLIC_DOORS.some((door) => door.test(r.path)));
  // the generated CRUD routes of every content type that has them, and Strapi's own
  for (const plural of ['subscribers', 'devices', 'contracts', 'repair-orders', 'holidays', 'announcements', 'service-settings', 'contact-settings', 'users', 'upload']) {
    expect(staffRoutes.some((r) => r.path.startsWith(`/api/${plural}`))).toBe(true);
  }
  const before = await counts();
  const answered: string[] = [];
  for (const route of staffRoutes) {
    for (const [who, token, expected] of [['public', undefined, 403], ['customer', customerToken, 403]] as const) {
      const res = await call(route, token);
      if (res.status !== expected) answered.push(`${who}: ${route.method} ${route.path} → ${res.status}`);
    }
  }
  expect(answered).toEqual([]);
  expect(await counts()).toEqual(before);
});
