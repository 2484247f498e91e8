/**
 * Repairs (seed 002): promised dates 7 working days out (Fridays and holidays skipped), the
 * 30-working-day replacement flag, status changes told to the buyer, the buyer's own view only.
 * Ownership transfer (seed 001 §6): requested by the owner, approved or rejected by staff —
 * approval moves the device atomically and only once.
 */
import request from 'supertest';
import { startApp, type TestApp } from '../helpers/strapi';
import { adminToken, createCustomer, createDevice, createModel, nextNationalCode, tokenFor } from '../helpers/fixtures';
import { workingDaysBetween } from '../../src/domain/working-days';
import { tehranDate } from '../../src/domain/jalali';

let app: TestApp;
let model: any;
let a: any;
let b: any;
let tokenA: string;
let tokenB: string;
let admin: string;

const REPAIRS = 'api::repair-order.repair-order';
const auth = (t: string) => ({ Authorization: `Bearer ${t}` });

beforeAll(async () => {
  app = await startApp();
  model = await createModel(app.strapi);
  a = await createCustomer(app.strapi, { fullName: 'علی رضایی', mobile: '09161112233' });
  b = await createCustomer(app.strapi, { fullName: 'مریم احمدی' });
  tokenA = await tokenFor(app.server, a.subscriberNumber);
  tokenB = await tokenFor(app.server, b.subscriberNumber);
  admin = await adminToken(app.strapi, app.server);
  await app.strapi.documents('api::holiday.holiday').create({ data: { date: '2026-11-28', name: 'تعطیل آزمایشی' } as any });
  app.strapi.service('api::holiday.holiday').forget();
});
afterAll(async () => {
  await app?.stop();
});

describe('repairs', () => {
  test('intake through the admin: tracking code, owner, and a promise 7 working days out skipping Friday and holidays', async () => {
    const d = await createDevice(app.strapi, { owner: a.documentId, model: model.documentId });
    const res = await request(app.server)
      .post(`/content-manager/collection-types/${REPAIRS}`)
      .set(auth(admin))
      .send({ device: { connect: [{ documentId: d.documentId }] }, reportedFault: 'کمپرسور روشن نمی‌شود', accessoriesReceived: 'کابل برق', boxReceived: true, receivedAt: '2026-11-23T07:00:00.000Z' });
    expect(res.status).toBe(201);
    const row = await app.strapi.db.query(REPAIRS).findOne({ where: { documentId: res.body.data.documentId }, populate: { subscriber: true } });
    // Mon 23 Nov + 7 working days, Fri 27 and the holiday Sat 28 skipped → Wed 2 Dec
    expect(row.promisedBy).toBe('2026-12-02');
    expect(row.trackingCode).toMatch(/^R-[A-Z2-9]{8}$/);
    expect(row.subscriber.id).toBe(a.id);
    expect(row.repairStatus).toBe('received');

    const receipt = await request(app.server).get(`/back-office/repair-orders/${row.documentId}/receipt`).set(auth(admin));
    expect(receipt.status).toBe(200);
    expect(receipt.headers['content-type']).toMatch(/text\/html/);
    expect(receipt.text).toContain(row.trackingCode);
    expect(receipt.text).toContain('۱۴۰۵/۰۹/۱۱'); // 2 Dec 2026 in Jalali
    expect(receipt.text).toContain('یعنی ۷ روز کاری پس از پذیرش');
    expect(receipt.text).toContain('بیش از ۳۰ روز کاری');
    // a path through the site reads right to left: the arrow points the way Persian is read
    expect(receipt.text).toContain('ناحیهٔ کاربری خریداران ← تعمیرات');
    expect(receipt.text).not.toMatch(/[→⟶➔]/);
  });

  test('a repair needs a device and a fault', async () => {
    const res = await request(app.server).post(`/content-manager/collection-types/${REPAIRS}`).set(auth(admin)).send({ reportedFault: 'بدون دستگاه' });
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors[0]).toMatchObject({ path: ['device'], code: 'required' });
    expect(await app.strapi.db.query(REPAIRS).count({ where: { reportedFault: 'بدون دستگاه' } })).toBe(0);
  });

  test('status changes are told to the buyer; the buyer sees their own repairs only', async () => {
    const d = await createDevice(app.strapi, { owner: a.documentId, model: model.documentId });
    const created = await app.strapi.documents(REPAIRS).create({ data: { device: d.documentId, reportedFault: 'نشتی گاز' } as any });
    await app.strapi.documents(REPAIRS).update({ documentId: created.documentId, data: { repairStatus: 'repairing' } as any });
    await app.strapi.documents(REPAIRS).update({ documentId: created.documentId, data: { repairStatus: 'ready', outcome: 'repaired' } as any });
    const sms = await app.strapi.db.query('plugin::messaging.outbound-message').findMany({ where: { subscriberId: a.id, templateCode: 'repair-status' } });
    expect(sms.map((m: any) => m.params.status)).toEqual(['در حال تعمیر', 'آمادهٔ تحویل']);

    const mine = await request(app.server).get('/api/me/repairs').set(auth(tokenA));
    const one = mine.body.data.find((r: any) => r.id === created.documentId);
    expect(one).toMatchObject({ status: 'ready', statusLabel: { fa: 'آمادهٔ تحویل' }, outcome: 'repaired', device: { serial: d.serial } });
    expect(one.history.map((h: any) => h.status)).toEqual(['received', 'repairing', 'ready']);
    expect(one.promisedBy.jalali).toMatch(/^[۰-۹]{4}\//);
    expect((await request(app.server).get(`/api/me/repairs/${created.documentId}`).set(auth(tokenA))).status).toBe(200);

    const theirs = await request(app.server).get('/api/me/repairs').set(auth(tokenB));
    expect(theirs.body.data.map((r: any) => r.id)).not.toContain(created.documentId);
    expect((await request(app.server).get(`/api/me/repairs/${created.documentId}`).set(auth(tokenB))).status).toBe(404);
  });

  test('a repair delivered after its promised date is marked late by working days; one on time is not', async () => {
    const d = await createDevice(app.strapi, { owner: a.documentId, model: model.documentId });
    // received Thu 1 Oct 2026 → promised 7 working days later (Fridays off)
    const late = await app.strapi.documents(REPAIRS).create({ data: { device: d.documentId, reportedFault: 'صدای غیرعادی', receivedAt: '2026-10-01T06:00:00.000Z' } as any });
    await app.strapi.documents(REPAIRS).update({ documentId: late.documentId, data: { repairStatus: 'delivered', outcome: 'repaired' } as any });
    const onTime = await app.strapi.documents(REPAIRS).create({ data: { device: d.documentId, reportedFault: 'قطعی برق' } as any });
    await app.strapi.documents(REPAIRS).update({ documentId: onTime.documentId, data: { repairStatus: 'delivered', outcome: 'repaired' } as any });

    const row = await app.strapi.db.query(REPAIRS).findOne({ where: { documentId: late.documentId } });
    const holidays = await app.strapi.service('api::holiday.holiday').dates();
    const expected = workingDaysBetween(row.promisedBy, tehranDate(new Date(row.deliveredAt)), holidays);
    expect(expected).toBeGreaterThan(30);

    const list = (await request(app.server).get('/api/me/repairs').set(auth(tokenA))).body.data;
    expect(list.find((r: any) => r.id === late.documentId).delay).toEqual({ workingDays: expected, resolved: true });
    expect(list.find((r: any) => r.id === onTime.documentId).delay).toBeNull();
    const one = await request(app.server).get(`/api/me/repairs/${late.documentId}`).set(auth(tokenA));
    expect(one.body.data.delay).toEqual({ workingDays: expected, resolved: true });
  });

  test("the buyer's own printable receipt: the same content staff print; another subscriber's is 404", async () => {
    const d = await createDevice(app.strapi, { owner: a.documentId, model: model.documentId });
    const r = await app.strapi.documents(REPAIRS).create({ data: { device: d.documentId, reportedFault: 'نشتی آب', accessoriesReceived: 'شلنگ', boxReceived: false } as any });
    const mine = await request(app.server).get(`/api/me/repairs/${r.documentId}/receipt`).set(auth(tokenA));
    expect(mine.status).toBe(200);
    const receipt = mine.body.data;
    expect(receipt).toMatchObject({ title: 'رسید پذیرش تعمیر', trackingCode: expect.stringMatching(/^R-/) });
    expect(receipt.rows.map((x: any) => x.label)).toEqual(['تاریخ و ساعت پذیرش', 'مشترک', 'دستگاه', 'شماره سریال', 'ایراد اعلام‌شده', 'لوازم جانبی تحویل‌شده', 'جعبه']);
    expect(receipt.rows.find((x: any) => x.key === 'serial').value).toBe(d.serial);
    expect(receipt.rows.find((x: any) => x.key === 'box').value).toBe('تحویل نشد');
    expect(receipt.promise.rest).toContain('یعنی ۷ روز کاری پس از پذیرش');
    // the admin's printed page says the same things
    const html = await request(app.server).get(`/back-office/repair-orders/${r.documentId}/receipt`).set(auth(admin));
    for (const x of receipt.rows) expect(html.text).toContain(x.value.replace(/&/g, '&amp;'));
    expect(html.text).toContain(receipt.promise.date);

    expect((await request(app.server).get(`/api/me/repairs/${r.documentId}/receipt`).set(auth(tokenB))).status).toBe(404);
    expect((await request(app.server).get(`/api/me/repairs/not-an-id/receipt`).set(auth(tokenA))).status).toBe(404);
    expect([401, 403]).toContain((await request(app.server).get(`/api/me/repairs/${r.documentId}/receipt`)).status);
  });

  test('a repair notification links to the repair', async () => {
    const d = await createDevice(app.strapi, { owner: a.documentId, model: model.documentId });
    const r = await app.strapi.documents(REPAIRS).create({ data: { device: d.documentId, reportedFault: 'خاموش می‌شود' } as any });
    await app.strapi.documents(REPAIRS).update({ documentId: r.documentId, data: { repairStatus: 'diagnosing' } as any });
    const list = (await request(app.server).get('/api/me/notifications?pageSize=50').set(auth(tokenA))).body.data;
    const note = list.find((n: any) => n.source.id.startsWith(`repair:${r.documentId}:diagnosing`));
    expect(note.link).toBe(`/repairs/${r.documentId}`);
  });

  test('refunds default to the invoice price; a replacement needs the new serial', async () => {
    const d = await createDevice(app.strapi, { owner: a.documentId, model: model.documentId, purchasePriceRials: '1200000000' });
    const r = await app.strapi.documents(REPAIRS).create({ data: { device: d.documentId, reportedFault: 'خرابی برد' } as any });
    await expect(app.strapi.documents(REPAIRS).update({ documentId: r.documentId, data: { outcome: 'replaced' } as any })).rejects.toMatchObject({ details: { errors: [{ path: ['replacementSerial'] }] } });
    expect((await app.strapi.db.query(REPAIRS).findOne({ where: { documentId: r.documentId } })).outcome).toBe('pending');
    await app.strapi.documents(REPAIRS).update({ documentId: r.documentId, data: { outcome: 'refunded', repairStatus: 'delivered' } as any });
    const after = await app.strapi.db.query(REPAIRS).findOne({ where: { documentId: r.documentId } });
    expect(after.refundAmountRials).toBe('1200000000');
    expect(after.deliveredAt).toBeTruthy();
  });

  test('unresolved for more than 30 working days: flagged for replacement once, the buyer told', async () => {
    const d = await createDevice(app.strapi, { owner: a.documentId, model: model.documentId });
    const r = await app.strapi.documents(REPAIRS).create({ data: { device: d.documentId, reportedFault: 'صدای غیرعادی', receivedAt: '2026-10-01T06:00:00.000Z' } as any });
    const repairs = app.strapi.service('api::repair-order.repairs');
    // 1 Oct → 5 Nov 2026: 30 working days (Fridays off, one holiday on 28 Nov is later) — not yet
    expect((await repairs.flagOverdue({ today: '2026-11-05' })).flagged).toBe(0);
    expect((await repairs.flagOverdue({ today: '2026-11-07' })).flagged).toBeGreaterThanOrEqual(1);
    expect((await repairs.flagOverdue({ today: '2026-11-08' })).flagged).toBe(0);
    const mine = await request(app.server).get(`/api/me/repairs/${r.documentId}`).set(auth(tokenA));
    expect(mine.body.data.dueForReplacement).toBe(true);
  });
});

describe('ownership transfer', () => {
  const requestTransfer = (token: string, body: object) => request(app.server).post('/api/me/ownership-transfers').set(auth(token)).send(body);
  const approve = (id: string, token = admin) => request(app.server).post(`/back-office/ownership-transfers/${id}/approve`).set(auth(token)).send({});

  test('B cannot request a transfer of A’s device; bad input is named field by field', async () => {
    const d = await createDevice(app.strapi, { owner: a.documentId, model: model.documentId });
    const body = { deviceId: d.documentId, newOwner: { fullName: 'کاوه نوری', nationalCode: nextNationalCode(), mobile: '09171234567' }, ownershipEndConfirmed: true };
    expect((await requestTransfer(tokenB, body)).status).toBe(404);
    const bad = await requestTransfer(tokenA, { deviceId: d.documentId, newOwner: { fullName: 'ک', nationalCode: '1234567890', mobile: '0217' }, ownershipEndConfirmed: false });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.errors.map((e: any) => [e.path.join('.'), e.code])).toEqual([
      ['newOwner.fullName', 'fullNameInvalid'],
      ['newOwner.nationalCode', 'nationalCodeInvalid'],
      ['newOwner.mobile', 'mobileInvalid'],
      ['ownershipEndConfirmed', 'mustBeTicked'],
    ]);
    expect(bad.body.error.details.errors[1].message).toBe('کد ملی معتبر نیست (۱۰ رقم با رقم کنترل صحیح).');
    expect(await app.strapi.db.query('api::ownership-transfer.ownership-transfer').count({ where: { device: { id: d.id } } })).toBe(0);

    // A's request is in A's list and not in B's
    const created = await requestTransfer(tokenA, body);
    expect(created.status).toBe(201);
    const listA = await request(app.server).get('/api/me/ownership-transfers').set(auth(tokenA));
    expect(listA.body.data.map((t: any) => t.id)).toContain(created.body.data.id);
    const listB = await request(app.server).get('/api/me/ownership-transfers').set(auth(tokenB));
    expect(listB.status).toBe(200);
    expect(listB.body.data.map((t: any) => t.id)).not.toContain(created.body.data.id);
    expect(JSON.stringify(listB.body)).not.toContain(d.serial);
  });

  test('approval moves the device to the new owner at once; the old owner loses it; history kept; only one approval wins', async () => {
    const d = await createDevice(app.strapi, { owner: a.documentId, model: model.documentId });
    const newCode = nextNationalCode();
    const created = await requestTransfer(tokenA, { deviceId: d.documentId, newOwner: { fullName: 'کاوه نوری', nationalCode: newCode, mobile: '۰۹۱۷۱۲۳۴۵۶۷' }, ownershipEndConfirmed: true });
    expect(created.status).toBe(201);
    expect(created.body.data).toMatchObject({ status: 'pending', statusLabel: { fa: 'در انتظار بررسی' }, newOwner: { mobile: '09171234567' } });
    const second = await requestTransfer(tokenA, { deviceId: d.documentId, newOwner: { fullName: 'کسی دیگر', nationalCode: nextNationalCode(), mobile: '09171234568' }, ownershipEndConfirmed: true });
    expect(second.status).toBe(409);

    const [one, two] = await Promise.all([approve(created.body.data.id), approve(created.body.data.id)]);
    expect([one.status, two.status].sort()).toEqual([200, 409]);

    const newOwner = await app.strapi.db.query('api::subscriber.subscriber').findOne({ where: { nationalCode: newCode }, populate: { devices: true, user: true } });
    expect(newOwner.fullName).toBe('کاوه نوری');
    expect(newOwner.user).toBeNull(); // no portal account until staff issue one
    expect(newOwner.devices.map((x: any) => x.documentId)).toEqual([d.documentId]);

    expect((await request(app.server).get(`/api/me/devices/${d.documentId}`).set(auth(tokenA))).status).toBe(404);
    const list = await request(app.server).get('/api/me/devices').set(auth(tokenA));
    expect(list.body.data.map((x: any) => x.id)).not.toContain(d.documentId);

    const history = await app.strapi.db.query('api::ownership-transfer.device-ownership').findMany({ where: { deviceId: d.id }, orderBy: [{ id: 'asc' }] });
    expect(history.map((h: any) => [h.subscriberId, Boolean(h.ownedUntil)])).toEqual([[a.id, true], [newOwner.id, false]]);
    const mine = await request(app.server).get('/api/me/ownership-transfers').set(auth(tokenA));
    // the device is no longer in A's list, so the request names it itself
    expect(mine.body.data[0]).toMatchObject({ status: 'approved', device: { id: d.documentId, serial: d.serial, brand: model.brand, model: model.model } });
  });

  test('reject (with a reason) leaves everything as it was', async () => {
    const d = await createDevice(app.strapi, { owner: a.documentId, model: model.documentId });
    const created = await requestTransfer(tokenA, { deviceId: d.documentId, newOwner: { fullName: 'سارا کریمی', nationalCode: nextNationalCode(), mobile: '09171234569' }, ownershipEndConfirmed: true });
    const noReason = await request(app.server).post(`/back-office/ownership-transfers/${created.body.data.id}/reject`).set(auth(admin)).send({});
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.details.errors[0]).toMatchObject({ path: ['reason'], code: 'required' });
    const tooShort = await request(app.server).post(`/back-office/ownership-transfers/${created.body.data.id}/reject`).set(auth(admin)).send({ reason: ' نه ' });
    expect(tooShort.body.error.details.errors[0]).toMatchObject({ path: ['reason'], code: 'rejectionReasonTooShort' });
    const rejected = await request(app.server).post(`/back-office/ownership-transfers/${created.body.data.id}/reject`).set(auth(admin)).send({ reason: 'مدارک خرید ارائه نشد' });
    expect(rejected.status).toBe(200);
    expect((await request(app.server).get(`/api/me/devices/${d.documentId}`).set(auth(tokenA))).status).toBe(200);
    expect(await app.strapi.db.query('api::ownership-transfer.device-ownership').count({ where: { deviceId: d.id } })).toBe(0);
    expect((await approve(created.body.data.id)).status).toBe(409);
    // a new request is possible again
    expect((await requestTransfer(tokenA, { deviceId: d.documentId, newOwner: { fullName: 'سارا کریمی', nationalCode: nextNationalCode(), mobile: '09171234569' }, ownershipEndConfirmed: true })).status).toBe(201);
  });

  test('staff without the review permission cannot decide; the admin cannot edit a request by hand', async () => {
    const d = await createDevice(app.strapi, { owner: a.documentId, model: model.documentId });
    const created = await requestTransfer(tokenA, { deviceId: d.documentId, newOwner: { fullName: 'رضا مرادی', nationalCode: nextNationalCode(), mobile: '09171234570' }, ownershipEndConfirmed: true });
    const editor = await adminToken(app.strapi, app.server, 'poshtiban-technical-editor');
    expect((await approve(created.body.data.id, editor)).status).toBe(403);
    const edit = await request(app.server).put(`/content-manager/collection-types/api::ownership-transfer.ownership-transfer/${created.body.data.id}`).set(auth(admin)).send({ transferStatus: 'approved' });
    expect(edit.status).toBe(403);
    expect((await request(app.server).get(`/api/me/devices/${d.documentId}`).set(auth(tokenA))).status).toBe(200);
  });
});
