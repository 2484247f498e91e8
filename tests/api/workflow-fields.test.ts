/**
 * Fields only a workflow may change (issue 10 §5): staff cannot change them — not through the
 * admin's Content Manager (the super admin or a Manager), an API token, or the Document Service —
 * and every refusal says why and where the change is made instead (Persian, English in details);
 * nothing changes. The workflows themselves still change them: approving a transfer moves the
 * device, the buyer's form sets the installation time, a verified payment activates a renewal,
 * the messaging worker moves the outbox on. The edit view shows these fields read-only.
 */
import request from 'supertest';
import { startApp, type TestApp } from '../helpers/strapi';
import { adminToken, createCustomer, createDevice, createModel, createSubscriber, nextNationalCode, tokenFor } from '../helpers/fixtures';
import { startLifecycleFakes } from '../helpers/lifecycle';
import { tehranNoon } from '../helpers/messaging';
import { addDays, tehranDate } from '../../src/domain/jalali';
import { MESSAGES } from '../../src/validation/messages';

const DEVICE = 'api::device.device';
const SUBSCRIBER = 'api::subscriber.subscriber';
const CONTRACT = 'api::contract.contract';
const TRANSFER = 'api::ownership-transfer.ownership-transfer';
const PAYMENT = 'api::payment.payment';
const OUTBOX = 'plugin::messaging.outbound-message';
const CONFIRMATION = 'api::installation-confirmation.installation-confirmation';

let app: TestApp;
let fakes: Awaited<ReturnType<typeof startLifecycleFakes>>;
let superAdmin: string;
let manager: string;
let apiToken: string;
let model: any;
let buyer: any;
let buyerToken: string;
let other: any;

const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
const cm = (uid: string) => `/content-manager/collection-types/${uid}`;
const cmUpdate = (token: string, uid: string, documentId: string, body: object) => request(app.server).put(`${cm(uid)}/${documentId}`).set(auth(token)).send(body);
const cmCreate = (token: string, uid: string, body: object) => request(app.server).post(cm(uid)).set(auth(token)).send(body);
const tokenUpdate = (plural: string, documentId: string, data: object) => request(app.server).put(`/api/${plural}/${documentId}`).set(auth(apiToken)).send({ data });
const rejectionOf = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected the write to be refused');
    },
    (error: any) => error
  );
const stored = (uid: string, documentId: string, populate: object = {}) => app.strapi.db.query(uid as any).findOne({ where: { documentId }, populate });

/** A 400 naming the field, with the reason in Persian (and English) both as the summary the admin shows and on the field. */
const expectFieldRefusal = (res: request.Response, field: string, code: keyof typeof MESSAGES) => {
  expect({ status: res.status, code: res.body.error?.details?.code }).toEqual({ status: 400, code });
  expect(res.body.error.message).toBe(MESSAGES[code].fa);
  expect(res.body.error.details.messageEn).toBe(MESSAGES[code].en);
  expect(res.body.error.details.errors).toEqual([expect.objectContaining({ path: [field], code, message: MESSAGES[code].fa })]);
};
/** A 403 with the record type's reason — never a bare «Forbidden». */
const expectRecordRefusal = (res: request.Response, code: keyof typeof MESSAGES) => {
  expect({ status: res.status, message: res.body.error?.message, code: res.body.error?.details?.code }).toEqual({ status: 403, message: MESSAGES[code].fa, code });
  expect(res.body.error.details.messageEn).toBe(MESSAGES[code].en);
};

/**
 * A role without the permission (a Manager) is refused by the Content Manager first, with the staff
 * matrix's reason (src/middlewares/permission-reasons.ts): still a reason, never a bare «Forbidden».
 */
const expectRefusalWithAReason = (res: request.Response) => {
  expect(res.status).toBe(403);
  expect(res.body.error.message).toMatch(/[\u0600-\u06ff]/);
  expect(res.body.error.details).toEqual(expect.objectContaining({ code: expect.any(String), messageEn: expect.any(String) }));
};
/** The super admin, or a Manager: the record's own reason, or the matrix's. */
const expectRefusedFor = (token: string, res: request.Response, code: keyof typeof MESSAGES) =>
  token === superAdmin ? expectRecordRefusal(res, code) : expectRefusalWithAReason(res);

beforeAll(async () => {
  app = await startApp();
  fakes = await startLifecycleFakes(app.strapi);
  superAdmin = await adminToken(app.strapi, app.server);
  manager = await adminToken(app.strapi, app.server, 'poshtiban-manager');
  apiToken = (await app.strapi.service('admin::api-token').create({ name: 'integration', type: 'full-access', lifespan: null, description: '' })).accessKey;
  model = await createModel(app.strapi);
  buyer = await createCustomer(app.strapi, { fullName: 'مریم احمدی' });
  buyerToken = await tokenFor(app.server, buyer.subscriberNumber);
  other = await createSubscriber(app.strapi, { fullName: 'سارا کریمی' });
}, 180_000);
afterAll(async () => {
  await fakes?.close();
  await app?.stop();
});

describe("a device's owner", () => {
  test('is set when staff register the device (Content Manager and Document Service)', async () => {
    const created = await cmCreate(superAdmin, DEVICE, { serial: 'OWN-0001', model: { connect: [{ documentId: model.documentId }] }, owner: { connect: [{ documentId: buyer.documentId }] }, serviceMode: 'initial' });
    expect(created.status).toBe(201);
    expect((await stored(DEVICE, created.body.data.documentId, { owner: true })).owner.documentId).toBe(buyer.documentId);
    const byManager = await cmCreate(manager, DEVICE, { serial: 'OWN-0002', owner: { connect: [{ documentId: other.documentId }] }, serviceMode: 'initial' });
    expect(byManager.status).toBe(201);
    const byService = await createDevice(app.strapi, { owner: other.documentId, model: model.documentId });
    expect((await stored(DEVICE, byService.documentId, { owner: true })).owner.documentId).toBe(other.documentId);
  });

  test('afterwards no one moves it by hand, from either side; the reason names the transfer review', async () => {
    const device = await createDevice(app.strapi, { owner: buyer.documentId, model: model.documentId });
    const toOther = { owner: { connect: [{ documentId: other.documentId }], disconnect: [{ documentId: buyer.documentId }] } };
    expectFieldRefusal(await cmUpdate(superAdmin, DEVICE, device.documentId, toOther), 'owner', 'deviceOwnerByTransfer');
    expectFieldRefusal(await cmUpdate(manager, DEVICE, device.documentId, toOther), 'owner', 'deviceOwnerByTransfer');
    expectFieldRefusal(await cmUpdate(superAdmin, DEVICE, device.documentId, { owner: { disconnect: [{ documentId: buyer.documentId }], connect: [] } }), 'owner', 'deviceOwnerByTransfer');
    expectFieldRefusal(await tokenUpdate('devices', device.documentId, { owner: other.documentId }), 'owner', 'deviceOwnerByTransfer');
    const error = await rejectionOf(app.strapi.documents(DEVICE).update({ documentId: device.documentId, data: { owner: other.documentId, staffNotes: 'x' } as any }));
    expect(error.details).toMatchObject({ code: 'deviceOwnerByTransfer', errors: [{ path: ['owner'] }] });

    // nor from the subscriber's side: `devices` is the same relation
    const steal = { devices: { connect: [{ documentId: device.documentId }], disconnect: [] } };
    expectFieldRefusal(await cmUpdate(superAdmin, SUBSCRIBER, other.documentId, steal), 'devices', 'subscriberDevicesByTransfer');
    expectFieldRefusal(await cmUpdate(manager, SUBSCRIBER, other.documentId, steal), 'devices', 'subscriberDevicesByTransfer');
    expectFieldRefusal(await cmUpdate(superAdmin, SUBSCRIBER, buyer.documentId, { devices: { connect: [], disconnect: [{ documentId: device.documentId }] } }), 'devices', 'subscriberDevicesByTransfer');
    expectFieldRefusal(await tokenUpdate('subscribers', other.documentId, { devices: [device.documentId] }), 'devices', 'subscriberDevicesByTransfer');
    const sideways = await rejectionOf(app.strapi.documents(SUBSCRIBER).update({ documentId: other.documentId, data: { devices: { set: [device.documentId] } } as any }));
    expect(sideways.details.code).toBe('subscriberDevicesByTransfer');
    const newcomer = await cmCreate(superAdmin, SUBSCRIBER, { subscriberNumber: '880011', fullName: 'نیما صالحی', nationalCode: nextNationalCode(), mobile: '09121110000', devices: { connect: [{ documentId: device.documentId }] } });
    expectFieldRefusal(newcomer, 'devices', 'subscriberDevicesByTransfer');

    expect((await stored(DEVICE, device.documentId, { owner: true })).owner.documentId).toBe(buyer.documentId);
    expect(await app.strapi.db.query(SUBSCRIBER).count({ where: { subscriberNumber: '880011' } })).toBe(0);
  });

  test('the edit view saves the rest of the record as it sends it (the owner and the confirmation time unchanged)', async () => {
    const device = await createDevice(app.strapi, { owner: buyer.documentId, model: model.documentId });
    const read = await request(app.server).get(`${cm(DEVICE)}/${device.documentId}`).set(auth(superAdmin));
    const { id, documentId, createdAt, updatedAt, publishedAt, createdBy, updatedBy, locale, localizations, model: _m, owner: _o, contracts: _c, ...fields } = read.body.data;
    const saved = await cmUpdate(manager, DEVICE, device.documentId, {
      ...fields,
      model: { connect: [], disconnect: [] },
      owner: { connect: [], disconnect: [] },
      contracts: { connect: [], disconnect: [] },
      staffNotes: 'کارت گارانتی تحویل شد',
    });
    expect(saved.status).toBe(200);
    const after = await stored(DEVICE, device.documentId, { owner: true });
    expect(after).toMatchObject({ staffNotes: 'کارت گارانتی تحویل شد', owner: { documentId: buyer.documentId } });
    expect(new Date(after.installationConfirmedAt).getTime()).toBe(new Date(fields.installationConfirmedAt).getTime());
    // the subscriber's edit view sends its devices back unchanged too
    const subscriber = await cmUpdate(superAdmin, SUBSCRIBER, buyer.documentId, { devices: { connect: [], disconnect: [] }, staffNotes: 'مشتری قدیمی' });
    expect(subscriber.status).toBe(200);
  });

  test('a copy of a device is a new device: its owner chosen, its installation not confirmed; a copied subscriber gets no devices', async () => {
    const device = await createDevice(app.strapi, { owner: buyer.documentId, model: model.documentId });
    const read = (await request(app.server).get(`${cm(DEVICE)}/${device.documentId}`).set(auth(superAdmin))).body.data;
    const copy = await request(app.server)
      .post(`${cm(DEVICE)}/clone/${device.documentId}`)
      .set(auth(superAdmin))
      .send({ serial: 'COPY0001', installationConfirmedAt: read.installationConfirmedAt, serviceMode: 'initial', owner: { connect: [{ documentId: other.documentId }], disconnect: [] } });
    expect(copy.status).toBe(200);
    const copied = await stored(DEVICE, copy.body.data.documentId, { owner: true });
    expect(copied).toMatchObject({ serial: 'COPY0001', installationConfirmedAt: null, owner: { documentId: other.documentId } });
    expect((await stored(DEVICE, device.documentId, { owner: true })).owner.documentId).toBe(buyer.documentId);

    const twin = await request(app.server)
      .post(`${cm(SUBSCRIBER)}/clone/${buyer.documentId}`)
      .set(auth(superAdmin))
      .send({ subscriberNumber: '880022', nationalCode: nextNationalCode(), fullName: 'مریم احمدی دوم', mobile: '09121110001' });
    expect(twin.status).toBe(200);
    expect((await stored(SUBSCRIBER, twin.body.data.documentId, { devices: true })).devices).toEqual([]);
    expect((await stored(SUBSCRIBER, buyer.documentId, { devices: true })).devices.map((d: any) => d.documentId)).toContain(device.documentId);
  });

  test('an approved transfer moves it (the back-office review panel), with the history', async () => {
    const device = await createDevice(app.strapi, { owner: buyer.documentId, model: model.documentId });
    const newCode = nextNationalCode();
    const asked = await request(app.server)
      .post('/api/me/ownership-transfers')
      .set(auth(buyerToken))
      .send({ deviceId: device.documentId, newOwner: { fullName: 'کاوه نوری', nationalCode: newCode, mobile: '09171234567' }, ownershipEndConfirmed: true });
    expect(asked.status).toBe(201);
    const approved = await request(app.server).post(`/back-office/ownership-transfers/${asked.body.data.id}/approve`).set(auth(manager)).send({});
    expect(approved.status).toBe(200);
    const after = await stored(DEVICE, device.documentId, { owner: true });
    expect(after.owner.nationalCode).toBe(newCode);
    expect(await app.strapi.db.query('api::ownership-transfer.device-ownership').count({ where: { deviceId: device.id } })).toBe(2);
  });
});

describe("a device's installation confirmation time", () => {
  test('no one sets or changes it by hand; the reason names the buyer’s form', async () => {
    const awaiting = await createDevice(app.strapi, { owner: buyer.documentId, model: model.documentId, installationConfirmedAt: null, installationDate: addDays(tehranDate(), -3) });
    const confirmed = await createDevice(app.strapi, { owner: buyer.documentId, model: model.documentId });
    const now = new Date().toISOString();
    for (const token of [superAdmin, manager]) {
      expectFieldRefusal(await cmUpdate(token, DEVICE, awaiting.documentId, { installationConfirmedAt: now }), 'installationConfirmedAt', 'installationConfirmedByBuyer');
      expectFieldRefusal(await cmUpdate(token, DEVICE, confirmed.documentId, { installationConfirmedAt: null }), 'installationConfirmedAt', 'installationConfirmedByBuyer');
    }
    expectFieldRefusal(await tokenUpdate('devices', awaiting.documentId, { installationConfirmedAt: now }), 'installationConfirmedAt', 'installationConfirmedByBuyer');
    const error = await rejectionOf(app.strapi.documents(DEVICE).update({ documentId: awaiting.documentId, data: { installationConfirmedAt: now } as any }));
    expect(error.details.code).toBe('installationConfirmedByBuyer');
    const atRegistration = await cmCreate(superAdmin, DEVICE, { serial: 'CONF-0001', owner: { connect: [{ documentId: buyer.documentId }] }, serviceMode: 'initial', installationConfirmedAt: now });
    expectFieldRefusal(atRegistration, 'installationConfirmedAt', 'installationConfirmedByBuyer');

    expect((await stored(DEVICE, awaiting.documentId)).installationConfirmedAt).toBeNull();
    expect((await stored(DEVICE, confirmed.documentId)).installationConfirmedAt).not.toBeNull();
    expect(await app.strapi.db.query(DEVICE).count({ where: { serial: 'CONF0001' } })).toBe(0);
  });

  test('the buyer’s installation form sets it', async () => {
    const device = await createDevice(app.strapi, { owner: buyer.documentId, model: model.documentId, installationConfirmedAt: null, installationDate: null });
    const res = await request(app.server)
      .post(`/api/me/devices/${device.documentId}/installation-confirmation`)
      .set(auth(buyerToken))
      .send({ deviceFullyInstalled: true, driverCompressorConnectionsInstalled: true, initialTrainingGiven: true, allItemsDone: true, installationDate: addDays(tehranDate(), -1) });
    expect(res.status).toBe(201);
    expect((await stored(DEVICE, device.documentId)).installationConfirmedAt).not.toBeNull();
  });
});

describe("a contract's status", () => {
  const contractFor = async (device: any, data: object = {}) =>
    app.strapi.documents(CONTRACT).create({ data: { device: device.documentId, subscriber: buyer.documentId, kind: 'renewal', years: 1, startDate: tehranDate(), priceRials: '0', ...data } as any });

  test('a contract staff record starts active; any other start is refused', async () => {
    const device = await createDevice(app.strapi, { owner: buyer.documentId, model: model.documentId });
    const plain = await contractFor(device);
    expect(plain.contractStatus).toBe('active');
    const pending = await cmCreate(manager, CONTRACT, { kind: 'renewal', years: 1, startDate: tehranDate(), priceRials: '0', contractStatus: 'pending_payment', device: { connect: [{ documentId: device.documentId }] } });
    expectFieldRefusal(pending, 'contractStatus', 'contractStatusByWorkflow');
    const active = await cmCreate(manager, CONTRACT, { kind: 'renewal', years: 1, startDate: tehranDate(), priceRials: '0', contractStatus: 'active', device: { connect: [{ documentId: device.documentId }] } });
    expect(active.status).toBe(201);
  });

  test('no one changes it by hand', async () => {
    const device = await createDevice(app.strapi, { owner: buyer.documentId, model: model.documentId });
    const contract = await contractFor(device);
    for (const token of [superAdmin, manager]) {
      expectFieldRefusal(await cmUpdate(token, CONTRACT, contract.documentId, { contractStatus: 'cancelled', staffNotes: 'لغو' }), 'contractStatus', 'contractStatusByWorkflow');
    }
    expectFieldRefusal(await tokenUpdate('contracts', contract.documentId, { contractStatus: 'ended' }), 'contractStatus', 'contractStatusByWorkflow');
    const error = await rejectionOf(app.strapi.documents(CONTRACT).update({ documentId: contract.documentId, data: { contractStatus: 'ended' } as any }));
    expect(error.details.code).toBe('contractStatusByWorkflow');
    expect(await stored(CONTRACT, contract.documentId)).toMatchObject({ contractStatus: 'active', staffNotes: null });
    // the same status sent back (the edit view does) is no change
    expect((await cmUpdate(manager, CONTRACT, contract.documentId, { contractStatus: 'active', staffNotes: 'تمدید حضوری' })).status).toBe(200);
  });

  test('a verified payment moves it (and the payment’s own status), through the payment plugin', async () => {
    const device = await createDevice(app.strapi, { owner: buyer.documentId, model: model.documentId, installationDate: addDays(tehranDate(), -400), serviceEnd: addDays(tehranDate(), -5) });
    const chosen = await request(app.server).post(`/api/me/devices/${device.documentId}/service`).set(auth(buyerToken)).send({ choice: 'renew', years: 1 });
    expect(chosen.status).toBe(200);
    const contractId = (await app.strapi.db.query(CONTRACT).findOne({ where: { device: { id: device.id }, kind: 'renewal' } })).documentId;
    expect((await stored(CONTRACT, contractId)).contractStatus).toBe('pending_payment');
    const paymentId = chosen.body.data.payment.id;
    expect((await stored(PAYMENT, paymentId)).paymentStatus).toBe('pending');

    // staff cannot mark it paid themselves
    for (const token of [superAdmin, manager]) expectRefusedFor(token, await cmUpdate(token, PAYMENT, paymentId, { paymentStatus: 'paid' }), 'paymentRecord');
    // no API route writes payments
    expect([404, 405]).toContain((await request(app.server).put(`/api/payments/${paymentId}`).set(auth(apiToken)).send({ data: { paymentStatus: 'paid' } })).status);
    const error = await rejectionOf(app.strapi.documents(PAYMENT).update({ documentId: paymentId, data: { paymentStatus: 'paid' } as any }));
    expect(error).toMatchObject({ name: 'PolicyError', message: MESSAGES.paymentRecord.fa, details: { code: 'paymentRecord' } });
    expect((await stored(PAYMENT, paymentId)).paymentStatus).toBe('pending');

    const back = await request(app.server).get(fakes.zarinpal.pay(chosen.body.data.payment.redirectUrl.split('/').pop()));
    expect(back.status).toBe(302);
    expect((await stored(PAYMENT, paymentId)).paymentStatus).toBe('paid');
    expect((await stored(CONTRACT, contractId)).contractStatus).toBe('active');
  });
});

describe("a transfer's status and new owner", () => {
  test('are set only by the review panel; editing the request is refused with that reason', async () => {
    const device = await createDevice(app.strapi, { owner: buyer.documentId, model: model.documentId });
    const asked = await request(app.server)
      .post('/api/me/ownership-transfers')
      .set(auth(buyerToken))
      .send({ deviceId: device.documentId, newOwner: { fullName: 'رضا توکلی', nationalCode: nextNationalCode(), mobile: '09171234500' }, ownershipEndConfirmed: true });
    const id = asked.body.data.id;
    const approveByHand = { transferStatus: 'approved', toSubscriber: { connect: [{ documentId: other.documentId }] } };
    for (const token of [superAdmin, manager]) {
      expectRefusedFor(token, await cmUpdate(token, TRANSFER, id, approveByHand), 'transferRecord');
      expectRefusedFor(token, await request(app.server).delete(`${cm(TRANSFER)}/${id}`).set(auth(token)), 'transferRecord');
    }
    expectRecordRefusal(await cmCreate(superAdmin, TRANSFER, { newOwnerName: 'x', newOwnerNationalCode: '0', newOwnerMobile: '0', ownershipEndConfirmed: true }), 'transferRecord');
    // no API route writes transfers
    expect([404, 405]).toContain((await request(app.server).put(`/api/ownership-transfers/${id}`).set(auth(apiToken)).send({ data: approveByHand })).status);
    const error = await rejectionOf(app.strapi.documents(TRANSFER).update({ documentId: id, data: { transferStatus: 'approved' } as any }));
    expect(error.details.code).toBe('transferRecord');

    const after = await stored(TRANSFER, id, { toSubscriber: true });
    expect(after).toMatchObject({ transferStatus: 'pending', toSubscriber: null });
    expect((await stored(DEVICE, device.documentId, { owner: true })).owner.documentId).toBe(buyer.documentId);
  });
});

describe("the outbox's state", () => {
  test('the messaging worker moves it; the Content Manager API and the Document Service cannot', async () => {
    await app.strapi.plugin('messaging').service('dispatch').notifySubscriber({ subscriberId: buyer.id, templateCode: 'service-changed', params: { device: 'X', change: 'y' }, eventKey: 'locks-test' });
    const row = await app.strapi.db.query(OUTBOX).findOne({ where: { dedupeKey: 'locks-test:sms' } });
    expect(row.status).toBe('queued');
    // hidden from the Content Manager: its API refuses every role (the staff matrix), with a reason
    for (const token of [superAdmin, manager]) {
      expectRefusalWithAReason(await cmUpdate(token, OUTBOX, row.documentId, { status: 'sent' }));
      expectRefusalWithAReason(await request(app.server).delete(`${cm(OUTBOX)}/${row.documentId}`).set(auth(token)));
    }
    const error = await rejectionOf(app.strapi.documents(OUTBOX as any).update({ documentId: row.documentId, data: { status: 'dead' } as any }));
    expect(error.details.code).toBe('outboxRecord');
    expect((await app.strapi.db.query(OUTBOX).findOne({ where: { id: row.id } })).status).toBe('queued');

    await app.strapi.plugin('messaging').service('delivery').runOnce({ now: tehranNoon() });
    expect((await app.strapi.db.query(OUTBOX).findOne({ where: { id: row.id } })).status).toBe('sent');
  });
});

describe('refusals in the admin carry their reason', () => {
  test('a locked installation confirmation: edit, delete, unpublish and discard answer 4xx with the reason', async () => {
    const device = await createDevice(app.strapi, { owner: buyer.documentId, model: model.documentId, installationConfirmedAt: null, installationDate: null });
    await request(app.server)
      .post(`/api/me/devices/${device.documentId}/installation-confirmation`)
      .set(auth(buyerToken))
      .send({ deviceFullyInstalled: true, driverCompressorConnectionsInstalled: true, initialTrainingGiven: true, allItemsDone: true, installationDate: addDays(tehranDate(), -1) });
    const row = await app.strapi.db.query(CONFIRMATION).findOne({ where: { deviceId: device.id } });
    const base = `${cm(CONFIRMATION)}/${row.documentId}`;
    for (const token of [superAdmin, manager]) {
      expectRefusedFor(token, await request(app.server).put(base).set(auth(token)).send({ initialTrainingGiven: false }), 'confirmationImmutable');
      expectRefusedFor(token, await request(app.server).delete(base).set(auth(token)), 'confirmationImmutable');
      expectRefusedFor(token, await request(app.server).post(`${base}/actions/unpublish`).set(auth(token)).send({}), 'confirmationImmutable');
      expectRefusedFor(token, await request(app.server).post(`${base}/actions/discard`).set(auth(token)).send({}), 'confirmationImmutable');
    }
    expect((await app.strapi.db.query(CONFIRMATION).findOne({ where: { id: row.id } })).initialTrainingGiven).toBe(true);
  });

  test('publish, unpublish and discard-draft on a type without drafts: a 400 with the reason, not a 500', async () => {
    const device = await createDevice(app.strapi, { owner: buyer.documentId, model: model.documentId });
    for (const action of ['publish', 'unpublish', 'discard']) {
      const res = await request(app.server).post(`${cm(DEVICE)}/${device.documentId}/actions/${action}`).set(auth(superAdmin)).send({});
      expect({ action, status: res.status, message: res.body.error?.message }).toEqual({ action, status: 400, message: MESSAGES.noDraftAndPublish.fa });
    }
    const bulk = await request(app.server).post(`${cm(DEVICE)}/actions/bulkUnpublish`).set(auth(superAdmin)).send({ documentIds: [device.documentId] });
    expect(bulk.status).toBe(400);
    expect(await stored(DEVICE, device.documentId)).toBeTruthy();
  });

  test('the edit view shows workflow fields read-only: all of a system record, the locked fields of the rest', async () => {
    const editable = async (uid: string) => {
      const res = await request(app.server).get(`/content-manager/content-types/${uid}/configuration`).set(auth(superAdmin));
      return Object.fromEntries(Object.entries(res.body.data.contentType.metadatas as Record<string, any>).map(([field, meta]) => [field, meta.edit?.editable]));
    };
    expect(await editable(DEVICE)).toMatchObject({ installationConfirmedAt: false, serial: true, staffNotes: true, owner: true });
    expect(await editable(SUBSCRIBER)).toMatchObject({ devices: false, fullName: true });
    expect(await editable(CONTRACT)).toMatchObject({ contractStatus: false, staffNotes: true });
    for (const uid of [TRANSFER, PAYMENT, CONFIRMATION]) {
      const fields = await editable(uid);
      const attributes = Object.keys(app.strapi.contentType(uid as any).attributes).filter((f) => !['createdAt', 'updatedAt', 'publishedAt', 'createdBy', 'updatedBy', 'locale', 'localizations'].includes(f));
      expect({ uid, editable: attributes.filter((f) => fields[f] !== false) }).toEqual({ uid, editable: [] });
    }
  });
});
