/**
 * The customer API: every /api/me route is scoped to the caller. Subscriber B tries to reach
 * subscriber A's data by every route; profile writes are refused; the number of SQL statements
 * behind the lists does not grow with the number of devices.
 */
import request from 'supertest';
import { startApp, countQueries, type TestApp } from '../helpers/strapi';
import { createCustomer, createDevice, createModel, tokenFor } from '../helpers/fixtures';
import { addDays, tehranDate } from '../../src/domain/jalali';

let app: TestApp;
let model: { documentId: string };
let a: any;
let b: any;
let aDevices: any[];
let bDevice: any;
let tokenA: string;
let tokenB: string;

const get = (path: string, token?: string) => {
  const r = request(app.server).get(path);
  return token ? r.set('Authorization', `Bearer ${token}`) : r;
};

beforeAll(async () => {
  app = await startApp();
  model = await createModel(app.strapi);
  a = await createCustomer(app.strapi, { fullName: 'علی رضایی' });
  b = await createCustomer(app.strapi, { fullName: 'مریم احمدی' });
  const today = tehranDate();
  aDevices = [
    await createDevice(app.strapi, { owner: a.documentId, model: model.documentId, serviceEnd: addDays(today, 200) }),
    await createDevice(app.strapi, { owner: a.documentId, model: model.documentId, serviceEnd: addDays(today, -3) }),
    await createDevice(app.strapi, { owner: a.documentId, model: model.documentId, installationConfirmedAt: null }),
  ];
  bDevice = await createDevice(app.strapi, { owner: b.documentId, model: model.documentId });
  await app.strapi.documents('api::contract.contract').create({
    data: { device: aDevices[0].documentId, subscriber: a.documentId, kind: 'renewal', years: 2, startDate: today, endDate: addDays(today, 730), priceRials: '500000000', contractStatus: 'active' } as any,
  });
  tokenA = await tokenFor(app.server, a.subscriberNumber);
  tokenB = await tokenFor(app.server, b.subscriberNumber);
});
afterAll(async () => {
  await app?.stop();
});

describe('GET /api/me', () => {
  test('returns the caller’s own profile', async () => {
    const res = await get('/api/me', tokenA);
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({
      subscriberNumber: a.subscriberNumber,
      fullName: 'علی رضایی',
      nationalCode: a.nationalCode,
      mobile: '09121234567',
      address: { city: 'تهران' },
    });
    expect(res.body.data.staffNotes).toBeUndefined();
    expect((await get('/api/me', tokenB)).body.data.fullName).toBe('مریم احمدی');
  });

  test.each(['put', 'patch', 'post', 'delete'] as const)('%s is refused and changes nothing', async (method) => {
    const res = await (request(app.server) as any)[method]('/api/me').set('Authorization', `Bearer ${tokenA}`).send({ fullName: 'هکر', nationalCode: '0499370899' });
    expect(res.status).toBe(405);
    expect(res.body.error.message).toBe('این اطلاعات توسط مدیر ثبت می‌شود و قابل ویرایش نیست.');
    const after = await app.strapi.db.query('api::subscriber.subscriber').findOne({ where: { id: a.id } });
    expect(after.fullName).toBe('علی رضایی');
    expect(after.nationalCode).toBe(a.nationalCode);
  });

  test("users-permissions' own user routes are closed to customers", async () => {
    const user = await app.strapi.db.query('plugin::users-permissions.user').findOne({ where: { username: a.subscriberNumber } });
    expect((await get('/api/users/me', tokenA)).status).toBe(403);
    const put = await request(app.server).put(`/api/users/${user.id}`).set('Authorization', `Bearer ${tokenA}`).send({ username: 'x' });
    expect(put.status).toBe(403);
  });

  test('without a token: 401 with a Persian message', async () => {
    for (const path of ['/api/me', '/api/me/devices', `/api/me/devices/${aDevices[0].documentId}`, '/api/me/dashboard']) {
      const res = await get(path);
      expect(res.status).toBe(401);
      expect(res.body.error.details.code).toBe('unauthorized');
      expect(res.body.error.message).toMatch(/[\u0600-\u06FF]/);
      expect(res.body.error.details.messageEn).toEqual(expect.any(String));
    }
  });

  test('a bad token is 401', async () => {
    expect((await get('/api/me', 'not-a-token')).status).toBe(401);
  });
});

describe('GET /api/me/devices', () => {
  test('lists exactly the caller’s devices with statuses and Jalali dates', async () => {
    const res = await get('/api/me/devices', tokenA);
    expect(res.status).toBe(200);
    expect(res.body.meta.total).toBe(3);
    expect(res.body.data.map((d: any) => d.id).sort()).toEqual(aDevices.map((d) => d.documentId).sort());
    const byId = Object.fromEntries(res.body.data.map((d: any) => [d.id, d]));
    expect(byId[aDevices[0].documentId].serviceStatus).toBe('active');
    expect(byId[aDevices[1].documentId].serviceStatus).toBe('expired');
    expect(byId[aDevices[1].documentId].serviceStatusLabel).toEqual({ fa: 'منقضی‌شده', en: 'Expired' });
    expect(byId[aDevices[2].documentId].serviceStatus).toBe('awaiting_installation');
    const first = byId[aDevices[0].documentId];
    expect(first.installationDate.iso).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(first.installationDate.jalali).toMatch(/^[۰-۹]{4}\/[۰-۹]{2}\/[۰-۹]{2}$/);
    expect(first.warrantyStatus).toBe('valid');
    expect(first).toMatchObject({ brand: 'Zig', deviceType: { code: expect.any(String) } });
  });

  test('query parameters it does not use are refused, not silently ignored', async () => {
    const res = await get('/api/me/devices?filters[owner][id]=1', tokenB);
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors[0]).toMatchObject({ path: ['query', 'filters'], code: 'unknownParameter' });
  });

  test('subscriber B sees only B’s device', async () => {
    const res = await get('/api/me/devices', tokenB);
    expect(res.body.data.map((d: any) => d.id)).toEqual([bDevice.documentId]);
  });
});

describe('GET /api/me/devices/:id', () => {
  test('the owner gets the device with its contracts; money in integer rials', async () => {
    const res = await get(`/api/me/devices/${aDevices[0].documentId}`, tokenA);
    expect(res.status).toBe(200);
    expect(res.body.data.serial).toBe(aDevices[0].serial);
    expect(res.body.data.contracts).toHaveLength(1);
    expect(res.body.data.contracts[0]).toMatchObject({ kind: 'renewal', years: 2, priceRials: 500_000_000, status: 'active' });
  });

  test('B asking for A’s device gets 404, the same as for a device that does not exist', async () => {
    for (const device of aDevices) {
      const res = await get(`/api/me/devices/${device.documentId}`, tokenB);
      expect(res.status).toBe(404);
      expect(res.body.error.message).toBe('موردی یافت نشد.');
    }
    expect((await get('/api/me/devices/abcdefghijklmnopqrstuvwx', tokenB)).status).toBe(404);
  });

  test('numeric ids and garbage are 404 too', async () => {
    for (const id of [String(aDevices[0].id), '1 OR 1=1', '..%2F..', 'x'.repeat(200)]) {
      expect((await get(`/api/me/devices/${encodeURIComponent(id)}`, tokenA)).status).toBe(404);
    }
  });
});

describe('GET /api/me/dashboard', () => {
  test('counts by status and what needs the buyer’s action', async () => {
    const res = await get('/api/me/dashboard', tokenA);
    expect(res.status).toBe(200);
    const { profile, devices, attention } = res.body.data;
    expect(profile).toEqual({ fullName: 'علی رضایی', subscriberNumber: a.subscriberNumber });
    expect(devices.total).toBe(3);
    expect(devices.byServiceStatus).toEqual({ awaiting_installation: 1, active: 1, renewed: 0, expired: 1, pay_per_case: 0, cancelled: 0 });
    expect(attention.map((x: any) => x.kind).sort()).toEqual(['choose_service', 'confirm_installation']);
    expect(attention.every((x: any) => aDevices.some((d) => d.documentId === x.device.id))).toBe(true);
  });

  test('B’s dashboard knows nothing of A', async () => {
    const res = await get('/api/me/dashboard', tokenB);
    expect(res.body.data.devices.total).toBe(1);
    expect(JSON.stringify(res.body)).not.toContain(a.subscriberNumber);
  });
});

describe('a user with the Customer role but no subscriber record', () => {
  test('reaches nothing under /api/me', async () => {
    const role = await app.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'customer' } });
    await app.strapi.plugin('users-permissions').service('user').add({
      username: 'orphan', email: 'orphan@subscribers.invalid', password: 'orphan-pass-1', provider: 'local', confirmed: true, role: role.id,
    });
    // the login path only knows subscribers, so issue a token directly for this user
    const user = await app.strapi.db.query('plugin::users-permissions.user').findOne({ where: { username: 'orphan' } });
    const { token } = await app.strapi.sessionManager('users-permissions').generateAccessToken(
      (await app.strapi.sessionManager('users-permissions').generateRefreshToken(String(user.id), undefined, { type: 'refresh' })).token
    ) as any;
    const res = await get('/api/me/devices', token);
    expect(res.status).toBe(403);
    expect(res.body.error.details.code).toBe('noSubscriberProfile');
  });
});

describe('no N+1: the same number of SQL statements for 1 device and for 50', () => {
  test('/api/me/devices, /api/me/dashboard and /api/me/tickets', async () => {
    const one = await createCustomer(app.strapi);
    const many = await createCustomer(app.strapi);
    const oneDevice = await createDevice(app.strapi, { owner: one.documentId, model: model.documentId });
    const manyDevices: any[] = [];
    for (let i = 0; i < 50; i++) manyDevices.push(await createDevice(app.strapi, { owner: many.documentId, model: model.documentId }));
    const tokenOne = await tokenFor(app.server, one.subscriberNumber);
    const tokenMany = await tokenFor(app.server, many.subscriberNumber);
    // tickets: one for the first, 25 over as many devices for the second (a full first page and more)
    const ticket = { kind: 'fault', priority: 'high', title: 'دستگاه روشن نمی‌شود', description: 'از دیروز دستگاه روشن نمی‌شود.' };
    const openTicket = (token: string, device: string) => request(app.server).post('/api/me/tickets').set('Authorization', `Bearer ${token}`).send({ ...ticket, device });
    expect((await openTicket(tokenOne, oneDevice.documentId)).status).toBe(201);
    for (const device of manyDevices.slice(0, 25)) expect((await openTicket(tokenMany, device.documentId)).status).toBe(201);

    // the device list: one joined statement; the dashboard: the devices, the unread count, the
    // pinned notices, the debt and its ceiling, the ticket counts; the ticket list: the page
    // (joined with devices and models) and its count. The token and permission checks and the
    // subscriber come from the auth cache (tests/api/auth-cache.test.ts).
    for (const [path, bound] of [['/api/me/devices', 1], ['/api/me/dashboard', 6], ['/api/me/tickets', 2]] as const) {
      // both callers warm: what is left is the route's own statements (the first request of a
      // session also reads its user, role and session into the auth cache — shared by role, so
      // how many it reads depends on who came before)
      await get(path, tokenOne);
      await get(path, tokenMany);
      const small = await countQueries(app.strapi, () => get(path, tokenOne));
      const large = await countQueries(app.strapi, () => get(path, tokenMany));
      expect((small.result as any).status).toBe(200);
      const body = (large.result as any).body;
      if (path === '/api/me/tickets') expect(body.meta.pagination.total).toBe(25);
      else expect(body.data.length ?? body.data.devices.total).toBe(50);
      expect({ path, statements: large.count }).toEqual({ path, statements: small.count });
      expect({ path, statements: small.count }).toEqual({ path, statements: bound });
    }
  });
});
