/**
 * A warm instance authenticates a customer request without SQL: the user, the role's ability,
 * the session's liveness and the subscriber come from the auth cache — and every change staff or
 * the customer make to them takes effect on the very next request (logout is in sessions.test.ts).
 */
import request from 'supertest';
import { startApp, countQueries, type TestApp } from '../helpers/strapi';
import { createCustomer, tokenFor } from '../helpers/fixtures';

let app: TestApp;
let customer: any;
let token: string;

const AUTH_TABLES = /\b(up_users|up_roles|up_permissions|strapi_sessions|strapi_api_tokens|strapi_core_store_settings|subscribers)\b/;
const notifications = (t = token) => request(app.server).get('/api/me/notifications').set('Authorization', `Bearer ${t}`);
const USER = 'plugin::users-permissions.user';
const PERMISSION = 'plugin::users-permissions.permission';

beforeAll(async () => {
  app = await startApp();
  customer = await createCustomer(app.strapi);
  token = await tokenFor(app.server, customer.subscriberNumber);
});
afterAll(async () => {
  await app?.stop();
});

test('warm: the only statements are the page’s own', async () => {
  expect((await notifications()).status).toBe(200);
  const warm = await countQueries(app.strapi, () => notifications());
  expect((warm.result as any).status).toBe(200);
  expect(warm.sql.filter((sql) => AUTH_TABLES.test(sql))).toEqual([]);
  expect(warm.count).toBe(3); // the page, its total, the unread count
});

test('a token that is not a JWT still goes to the API-token strategy and is refused', async () => {
  const res = await request(app.server).get('/api/me/notifications').set('Authorization', 'Bearer 0123abcd');
  expect(res.status).toBe(401);
});

test('staff block the account: refused on the next request; unblocked: served again', async () => {
  const user = await app.strapi.db.query(USER).findOne({ where: { username: customer.subscriberNumber } });
  expect((await notifications()).status).toBe(200);
  await app.strapi.db.query(USER).update({ where: { id: user.id }, data: { blocked: true } });
  expect((await notifications()).status).toBe(401);
  await app.strapi.db.query(USER).update({ where: { id: user.id }, data: { blocked: false } });
  expect((await notifications()).status).toBe(200);
});

test('a permission taken from the Customer role is refused on the next request, and served once given back', async () => {
  const action = 'api::notification.my-notifications.find';
  const row = await app.strapi.db.query(PERMISSION).findOne({ where: { action, role: { type: 'customer' } }, populate: ['role'] });
  expect(row).toBeTruthy();
  expect((await notifications()).status).toBe(200);
  await app.strapi.db.query(PERMISSION).delete({ where: { id: row.id } });
  expect((await notifications()).status).toBe(403);
  await app.strapi.db.query(PERMISSION).create({ data: { action, role: row.role.id } });
  expect((await notifications()).status).toBe(200);
});

test('a subscriber removed by staff: their token reaches nothing on the next request', async () => {
  const other = await createCustomer(app.strapi);
  const otherToken = await tokenFor(app.server, other.subscriberNumber);
  expect((await notifications(otherToken)).status).toBe(200);
  await app.strapi.documents('api::subscriber.subscriber').delete({ documentId: other.documentId });
  expect([401, 403]).toContain((await notifications(otherToken)).status);
});

test('the cache is used (hits) and dropped by writes (invalidations)', async () => {
  const stats = () => app.strapi.plugin('customer-accounts').service('auth-cache').stats();
  const before = stats();
  await notifications();
  await notifications();
  const after = stats();
  expect(after.hits).toBeGreaterThan(before.hits);
  expect(after.trusted).toBe(true);
});
