/**
 * The installation confirmation (seed 001 §5): a form with legal value that starts the services,
 * confirmed once by the buyer and never changed — not through the API, not through the admin,
 * not in the database — with a hash staff can verify.
 */
import request from 'supertest';
import { startApp, type TestApp } from '../helpers/strapi';
import { adminToken, createCustomer, createDevice, createModel, tokenFor } from '../helpers/fixtures';
import { addDays, tehranDate } from '../../src/domain/jalali';

let app: TestApp;
let a: any;
let b: any;
let device: any;
let tokenA: string;
let tokenB: string;
let admin: string;

const UID = 'api::installation-confirmation.installation-confirmation';
const form = (overrides: Record<string, unknown> = {}) => ({
  deviceFullyInstalled: true,
  driverCompressorConnectionsInstalled: true,
  initialTrainingGiven: true,
  allItemsDone: true,
  installationDate: addDays(tehranDate(), -2),
  ...overrides,
});
const confirm = (token: string, id: string, body: object) =>
  request(app.server).post(`/api/me/devices/${id}/installation-confirmation`).set('Authorization', `Bearer ${token}`).set('User-Agent', 'jest-browser/1.0').send(body);

beforeAll(async () => {
  app = await startApp();
  const model = await createModel(app.strapi);
  a = await createCustomer(app.strapi);
  b = await createCustomer(app.strapi);
  device = await createDevice(app.strapi, { owner: a.documentId, model: model.documentId, installationConfirmedAt: null, installationDate: null });
  tokenA = await tokenFor(app.server, a.subscriberNumber);
  tokenB = await tokenFor(app.server, b.subscriberNumber);
  admin = await adminToken(app.strapi, app.server);
});
afterAll(async () => {
  await app?.stop();
});

test('an incomplete form is refused item by item, and nothing is recorded', async () => {
  const res = await confirm(tokenA, device.documentId, form({ initialTrainingGiven: false, allItemsDone: undefined, installationDate: addDays(tehranDate(), 3), extra: 1 }));
  expect(res.status).toBe(400);
  expect(res.body.error.details.errors.map((e: any) => [e.path[0], e.code])).toEqual([
    ['initialTrainingGiven', 'mustBeTicked'],
    ['allItemsDone', 'required'],
    ['installationDate', 'dateInFuture'],
    ['extra', 'notAllowed'],
  ]);
  expect(await app.strapi.db.query(UID).count()).toBe(0);
  const d = await request(app.server).get(`/api/me/devices/${device.documentId}`).set('Authorization', `Bearer ${tokenA}`);
  expect(d.body.data.serviceStatus).toBe('awaiting_installation');
});

test('another subscriber cannot confirm or read it', async () => {
  expect((await confirm(tokenB, device.documentId, form())).status).toBe(404);
  expect((await request(app.server).get(`/api/me/devices/${device.documentId}/installation-confirmation`).set('Authorization', `Bearer ${tokenB}`)).status).toBe(404);
});

test('the buyer confirms: services start, the record is signed, and a second confirmation is refused', async () => {
  const res = await confirm(tokenA, device.documentId, form());
  expect(res.status).toBe(201);
  const record = res.body.data;
  expect(record.contentHash).toMatch(/^[0-9a-f]{64}$/);
  expect(record.checklist.every((c: any) => c.checked)).toBe(true);
  expect(record.confirmedBy.subscriberNumber).toBe(a.subscriberNumber);
  expect(record.installationDate.jalali).toMatch(/^[۰-۹]{4}\//);

  const d = await request(app.server).get(`/api/me/devices/${device.documentId}`).set('Authorization', `Bearer ${tokenA}`);
  expect(d.body.data.serviceStatus).toBe('active');
  expect(d.body.data.installationDate.iso).toBe(form().installationDate);
  expect(d.body.data.contracts.map((c: any) => [c.kind, c.status])).toEqual([['initial', 'active']]);

  const stored = await app.strapi.db.query(UID).findOne({ where: { deviceDocumentId: device.documentId } });
  expect(stored).toMatchObject({ userAgent: 'jest-browser/1.0', confirmedByUserId: expect.any(Number) });
  expect(await app.strapi.db.query('plugin::crm-sync.sync-job').count({ where: { deviceId: device.id } })).toBe(1);

  const again = await confirm(tokenA, device.documentId, form({ installationDate: addDays(tehranDate(), -10) }));
  expect(again.status).toBe(409);
  expect(again.body.error.details.code).toBe('installationAlreadyConfirmed');

  const read = await request(app.server).get(`/api/me/devices/${device.documentId}/installation-confirmation`).set('Authorization', `Bearer ${tokenA}`);
  expect(read.body.data.contentHash).toBe(record.contentHash);
});

test('the admin cannot edit or delete it, nor create one', async () => {
  const row = await app.strapi.db.query(UID).findOne({ where: { deviceDocumentId: device.documentId } });
  const base = `/content-manager/collection-types/${UID}`;
  const put = await request(app.server).put(`${base}/${row.documentId}`).set('Authorization', `Bearer ${admin}`).send({ initialTrainingGiven: false });
  expect(put.status).toBeGreaterThanOrEqual(400);
  const del = await request(app.server).delete(`${base}/${row.documentId}`).set('Authorization', `Bearer ${admin}`);
  expect(del.status).toBeGreaterThanOrEqual(400);
  const post = await request(app.server).post(base).set('Authorization', `Bearer ${admin}`).send({ deviceId: 1 });
  expect(post.status).toBeGreaterThanOrEqual(400);
  await expect(app.strapi.documents(UID as any).update({ documentId: row.documentId, data: { initialTrainingGiven: false } as any })).rejects.toMatchObject({ details: { code: 'confirmationImmutable' } });
  const after = await app.strapi.db.query(UID).findOne({ where: { id: row.id } });
  expect(after.initialTrainingGiven).toBe(true);
  expect(await app.strapi.db.query(UID).count()).toBe(1);
});

test('the database itself refuses UPDATE and DELETE', async () => {
  const knex = app.strapi.db.connection;
  const messageOf = (p: Promise<unknown>) => p.then(() => 'no error', (e: any) => String(e?.message));
  expect(await messageOf(knex('installation_confirmations').update({ initial_training_given: false }))).toMatch(/immutable/);
  expect(await messageOf(knex('installation_confirmations').delete())).toMatch(/immutable/);
  expect(await app.strapi.db.query(UID).count()).toBe(1);
});

test('staff verify the hash', async () => {
  const row = await app.strapi.db.query(UID).findOne({ where: { deviceDocumentId: device.documentId } });
  const res = await request(app.server).get(`/back-office/installation-confirmations/${row.documentId}/verify`).set('Authorization', `Bearer ${admin}`);
  expect(res.status).toBe(200);
  expect(res.body.data).toEqual({ valid: true, storedHash: row.contentHash, computedHash: row.contentHash });
  const finance = await adminToken(app.strapi, app.server, 'poshtiban-technical-editor');
  expect((await request(app.server).get(`/back-office/installation-confirmations/${row.documentId}/verify`).set('Authorization', `Bearer ${finance}`)).status).toBe(403);
});

describe('the installation date must be possible', () => {
  let model: any;
  beforeAll(async () => {
    model = await createModel(app.strapi);
  });
  const awaiting = (dates: Record<string, string | null>) => createDevice(app.strapi, { owner: a.documentId, model: model.documentId, installationConfirmedAt: null, ...dates });
  const refusedWith = async (deviceDocumentId: string, installationDate: string, code: string, fa: RegExp, en: RegExp) => {
    const res = await confirm(tokenA, deviceDocumentId, form({ installationDate }));
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors).toEqual([expect.objectContaining({ path: ['installationDate'], code, message: expect.stringMatching(fa), messageEn: expect.stringMatching(en) })]);
    expect(await app.strapi.db.query(UID).count({ where: { deviceDocumentId } })).toBe(0);
    const d = await request(app.server).get(`/api/me/devices/${deviceDocumentId}`).set('Authorization', `Bearer ${tokenA}`);
    expect(d.body.data.serviceStatus).toBe('awaiting_installation');
  };
  const today = () => tehranDate();

  test('not in the future, even with a recorded date nearby', async () => {
    const d = await awaiting({ installationDate: addDays(today(), -1) });
    await refusedWith(d.documentId, addDays(today(), 1), 'dateInFuture', /آینده/, /future/);
  });

  test('not before the device was sold (its sale date)', async () => {
    const d = await awaiting({ saleDate: addDays(today(), -10), installationDate: null });
    await refusedWith(d.documentId, addDays(today(), -11), 'installationBeforeSale', /پیش از تاریخ فروش/, /before the device was sold/);
    // a year off — the mistake the Gregorian control let through
    await refusedWith(d.documentId, addDays(today(), -375), 'installationBeforeSale', /پیش از تاریخ فروش/, /sold/);
    expect((await confirm(tokenA, d.documentId, form({ installationDate: addDays(today(), -10) }))).status).toBe(201);
  });

  test('not more than 30 days from the date staff recorded', async () => {
    const d = await awaiting({ saleDate: addDays(today(), -400), installationDate: addDays(today(), -5) });
    await refusedWith(d.documentId, addDays(today(), -36), 'installationFarFromRecorded', /بیش از ۳۰ روز/, /more than 30 days/);
    await refusedWith(d.documentId, addDays(today(), -5 - 365), 'installationFarFromRecorded', /کارشناس نصب/, /recorded/);
    const ok = await confirm(tokenA, d.documentId, form({ installationDate: addDays(today(), -35) }));
    expect(ok.status).toBe(201);
    expect(ok.body.data.installationDate.iso).toBe(addDays(today(), -35));
  });

  test("another subscriber's device is 404 before its dates are judged", async () => {
    const d = await awaiting({ saleDate: addDays(today(), -10), installationDate: addDays(today(), -5) });
    expect((await confirm(tokenB, d.documentId, form({ installationDate: addDays(today(), -300) }))).status).toBe(404);
  });

  test('staff cannot record an installation before the sale either', async () => {
    await expect(awaiting({ saleDate: addDays(today(), -10), installationDate: addDays(today(), -20) })).rejects.toMatchObject({
      details: { errors: [expect.objectContaining({ path: ['installationDate'], code: 'installationBeforeSale' })] },
    });
  });
});
