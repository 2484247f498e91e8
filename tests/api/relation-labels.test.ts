/**
 * Relations labelled by what staff know: the stored label of subscribers, devices, device models
 * and contracts on create and update (admin API, Document Service, the services below it), never
 * taken from input, following a model's rename in one statement, filled by the migration for
 * existing rows; the Content Manager shows it in relations (its relations endpoint answers it),
 * once configured even on an installation set up before it; single types titled by name.
 */
import path from 'path';
import request from 'supertest';
import { startApp, countQueries, settleQueries, type TestApp } from '../helpers/strapi';
import { adminToken, createDevice, createModel, createSubscriber, nextNationalCode } from '../helpers/fixtures';
import { addDays, formatJalaliDate, tehranDate } from '../../src/domain/jalali';
import { applyRelationLabels } from '../../src/bootstrap/relation-labels';

let app: TestApp;
let admin: string;

const SUBSCRIBER = 'api::subscriber.subscriber';
const DEVICE = 'api::device.device';
const MODEL = 'api::device-model.device-model';
const CONTRACT = 'api::contract.contract';
const auth = (t: string) => ({ Authorization: `Bearer ${t}` });
const cm = (uid: string, documentId = '') => `/content-manager/collection-types/${uid}${documentId ? `/${documentId}` : ''}`;
const labelOf = async (uid: string, where: Record<string, unknown>) => (await app.strapi.db.query(uid as any).findOne({ where, select: ['label'] }))?.label;
let number = 7000;

beforeAll(async () => {
  app = await startApp();
  admin = await adminToken(app.strapi, app.server);
}, 180_000);
afterAll(async () => {
  await app?.stop();
});

describe('labels are written on every path', () => {
  test('a subscriber through the admin API: «number — name», whatever label is sent, and after a rename', async () => {
    const subscriberNumber = String(++number);
    const created = await request(app.server)
      .post(cm(SUBSCRIBER))
      .set(auth(admin))
      .send({ subscriberNumber, fullName: 'علی رضایی', nationalCode: nextNationalCode(), mobile: '09121112233', label: 'برچسب دلخواه' });
    expect(created.status).toBe(201);
    expect(created.body.data.label).toBe(`${subscriberNumber} — علی رضایی`);
    expect(await labelOf(SUBSCRIBER, { documentId: created.body.data.documentId })).toBe(`${subscriberNumber} — علی رضایی`);

    const renamed = await request(app.server)
      .put(cm(SUBSCRIBER, created.body.data.documentId))
      .set(auth(admin))
      .send({ fullName: 'علی رضائی نیا', subscriberNumber: '۹۹' + subscriberNumber, label: 'دستکاری' });
    expect(renamed.status).toBe(200);
    expect(await labelOf(SUBSCRIBER, { documentId: created.body.data.documentId })).toBe(`99${subscriberNumber} — علی رضائی نیا`);
  });

  test('a device model and its device through the Document Service; renaming the model relabels its devices in one statement', async () => {
    const model = await createModel(app.strapi, { brand: 'Zima', model: 'ZI-200' });
    expect(await labelOf(MODEL, { id: model.id })).toBe('Zima ZI-200');
    const owner = await createSubscriber(app.strapi);
    const device = await createDevice(app.strapi, { owner: owner.documentId, model: model.documentId, serial: 'zi-2000-24001' });
    expect(await labelOf(DEVICE, { id: device.id })).toBe('ZI200024001 — Zima ZI-200');

    // a device moved to another model, through the admin
    const other = await createModel(app.strapi, { brand: 'Zima', model: 'ZI-300' });
    const moved = await request(app.server).put(cm(DEVICE, device.documentId)).set(auth(admin)).send({ model: { connect: [{ documentId: other.documentId }] } });
    expect(moved.status).toBe(200);
    expect(await labelOf(DEVICE, { id: device.id })).toBe('ZI200024001 — Zima ZI-300');

    // the same statements to rename a model of one device as of five
    const rename = async (documentId: string, name: string) => {
      await settleQueries(app.strapi);
      return countQueries(app.strapi, () => request(app.server).put(cm(MODEL, documentId)).set(auth(admin)).send({ model: name }));
    };
    await rename(other.documentId, 'ZI-300 Plus'); // the first admin edit also records who edited
    const one = await rename(other.documentId, 'ZI-300 Pro');
    expect(one.result.status).toBe(200);
    expect(await labelOf(DEVICE, { id: device.id })).toBe('ZI200024001 — Zima ZI-300 Pro');
    for (let i = 0; i < 4; i += 1) await createDevice(app.strapi, { owner: owner.documentId, model: other.documentId });
    const five = await rename(other.documentId, 'ZI-300 Max');
    // the writes (Strapi's reads after a write returns may fall inside or outside the window on a
    // loaded machine): the same for one device as for five, and the devices relabelled by one UPDATE
    const writes = (sql: string[]) => sql.filter((statement) => /^\s*(insert|update|delete)\b/i.test(statement));
    expect(writes(five.sql)).toEqual(writes(one.sql));
    expect(writes(five.sql).filter((statement) => /^\s*update\s+["`]?devices["`]?\s/i.test(statement))).toHaveLength(1);
    const labels = await app.strapi.db.query(DEVICE).findMany({ where: { model: { id: other.id } }, select: ['serial', 'label'] });
    expect(labels).toHaveLength(5);
    for (const d of labels) expect(d.label).toBe(`${d.serial} — Zima ZI-300 Max`);

    // a model that goes leaves its devices labelled by serial
    const lone = await createModel(app.strapi, { brand: 'Tak', model: 'T1' });
    const orphan = await createDevice(app.strapi, { owner: owner.documentId, model: lone.documentId });
    await app.strapi.documents(MODEL).delete({ documentId: lone.documentId });
    expect(await labelOf(DEVICE, { id: orphan.id })).toBe(orphan.serial);
  });

  test('a contract through the admin API: kind and Jalali dates, following a change of dates', async () => {
    const owner = await createSubscriber(app.strapi);
    const device = await createDevice(app.strapi, { owner: owner.documentId, model: (await createModel(app.strapi)).documentId });
    const created = await request(app.server)
      .post(cm(CONTRACT))
      .set(auth(admin))
      .send({ device: { connect: [{ documentId: device.documentId }] }, kind: 'renewal', years: 2, startDate: '2026-12-01', endDate: '2028-11-30', priceRials: '450000000' });
    expect(created.status).toBe(201);
    expect(await labelOf(CONTRACT, { documentId: created.body.data.documentId })).toBe('تمدید دوساله ۱۴۰۵/۰۹/۱۰ تا ۱۴۰۷/۰۹/۱۰');
    await request(app.server).put(cm(CONTRACT, created.body.data.documentId)).set(auth(admin)).send({ kind: 'pay_per_case', years: null, endDate: null }).expect(200);
    expect(await labelOf(CONTRACT, { documentId: created.body.data.documentId })).toBe('خدمات موردی از تاریخ ۱۴۰۵/۰۹/۱۰');
  });

  test('contracts the service lifecycle writes below the Document Service', async () => {
    const lifecycle = app.strapi.service('api::contract.service-lifecycle');
    const owner = await createSubscriber(app.strapi);
    const installationDate = addDays(tehranDate(), -400);
    const device = await createDevice(app.strapi, { owner: owner.documentId, model: (await createModel(app.strapi)).documentId, installationDate, serviceEnd: addDays(tehranDate(), -35) });
    await lifecycle.openInitialTerm(device.id, owner.id);
    const initial = await app.strapi.db.query(CONTRACT).findOne({ where: { device: { id: device.id }, kind: 'initial' }, select: ['label'] });
    expect(initial.label).toBe(`خدمات اولیه (همراه خرید) ${formatJalaliDate(installationDate)} تا ${formatJalaliDate(addDays(tehranDate(), -35))}`);

    // the service ended: the buyer cancels
    await lifecycle.choose(owner.id, device.documentId, { choice: 'cancel' });
    const cancelled = await app.strapi.db.query(CONTRACT).findOne({ where: { device: { id: device.id }, kind: 'cancellation' }, select: ['label'] });
    expect(cancelled.label).toBe(`انصراف از خدمات از تاریخ ${formatJalaliDate(tehranDate())}`);
  });
});

describe('the Content Manager shows the labels', () => {
  test('its relations endpoint answers each related record by its label', async () => {
    const model = await createModel(app.strapi, { brand: 'Ariya', model: 'A-10' });
    const owner = await createSubscriber(app.strapi, { fullName: 'مریم احمدی' });
    const device = await createDevice(app.strapi, { owner: owner.documentId, model: model.documentId });
    const contract = await app.strapi.documents(CONTRACT).create({ data: { device: device.documentId, subscriber: owner.documentId, kind: 'renewal', years: 1, startDate: '2026-12-01', endDate: '2027-12-01' } as any });

    const existing = async (uid: string, documentId: string, field: string) => {
      const res = await request(app.server).get(`/content-manager/relations/${uid}/${documentId}/${field}`).set(auth(admin));
      expect(res.status).toBe(200);
      return res.body.results;
    };
    expect((await existing(CONTRACT, contract.documentId, 'device'))[0].label).toBe(`${device.serial} — Ariya A-10`);
    expect((await existing(CONTRACT, contract.documentId, 'subscriber'))[0].label).toBe(`${owner.subscriberNumber} — مریم احمدی`);
    expect((await existing(DEVICE, device.documentId, 'model'))[0].label).toBe('Ariya A-10');
    expect((await existing(DEVICE, device.documentId, 'owner'))[0].label).toBe(`${owner.subscriberNumber} — مریم احمدی`);
    expect((await existing(DEVICE, device.documentId, 'contracts'))[0].label).toBe('تمدید یک‌ساله ۱۴۰۵/۰۹/۱۰ تا ۱۴۰۶/۰۹/۱۰');

    // what staff pick from when connecting: searched by the label
    const available = await request(app.server)
      .get(`/content-manager/relations/${'api::repair-order.repair-order'}/device`)
      .query({ _q: device.serial })
      .set(auth(admin));
    expect(available.status).toBe(200);
    expect(available.body.results.map((r: any) => r.label)).toEqual([`${device.serial} — Ariya A-10`]);
  });

  test('the label is the main field, hidden from the edit view; a single type is titled by its name', async () => {
    for (const uid of [SUBSCRIBER, DEVICE, MODEL, CONTRACT]) {
      const res = await request(app.server).get(`/content-manager/content-types/${uid}/configuration`).set(auth(admin));
      expect([uid, res.body.data.contentType.settings.mainField]).toEqual([uid, 'label']);
      expect(res.body.data.contentType.metadatas.label.edit).toMatchObject({ visible: false, editable: false });
      expect(res.body.data.contentType.layouts.edit.flat().map((f: any) => f.name)).not.toContain('label');
    }
    const settings = await request(app.server).get('/content-manager/content-types/api::service-settings.service-settings/configuration').set(auth(admin));
    expect(settings.body.data.contentType.settings.mainField).toBe('id');
  });

  test('an installation configured before labels gets them once; a later choice of staff is kept', async () => {
    const service = app.strapi.plugin('content-manager').service('content-types');
    const store = app.strapi.store({ type: 'core', name: 'poshtiban' });
    const configure = async (uid: string, change: (c: any) => void) => {
      const ct = app.strapi.contentType(uid as any);
      const c = await service.findConfiguration(ct);
      change(c);
      await service.updateConfiguration(ct, { settings: c.settings, metadatas: c.metadatas, layouts: c.layouts, options: c.options });
    };
    // as it was: contracts by kind, their device by serial; labels never applied
    await configure(CONTRACT, (c) => {
      c.settings.mainField = 'kind';
      c.metadatas.device.edit.mainField = 'serial';
    });
    await store.delete({ key: `relation-labels:v1:${CONTRACT}` });
    await applyRelationLabels(app.strapi);
    let conf = await service.findConfiguration(app.strapi.contentType(CONTRACT as any));
    expect([conf.settings.mainField, conf.metadatas.device.edit.mainField]).toEqual(['label', 'label']);

    // staff then choose the serial for a contract's device: the next start keeps it
    await configure(CONTRACT, (c) => {
      c.metadatas.device.edit.mainField = 'serial';
    });
    await applyRelationLabels(app.strapi);
    conf = await service.findConfiguration(app.strapi.contentType(CONTRACT as any));
    expect(conf.metadatas.device.edit.mainField).toBe('serial');
  });
});

describe('existing rows', () => {
  test('the migration labels rows written before labels existed', async () => {
    const model = await createModel(app.strapi, { brand: 'Sahand', model: 'S-5' });
    const owner = await createSubscriber(app.strapi, { fullName: 'رضا کریمی' });
    const device = await createDevice(app.strapi, { owner: owner.documentId, model: model.documentId });
    const contract = await app.strapi.documents(CONTRACT).create({ data: { device: device.documentId, kind: 'initial', startDate: '2026-03-21', endDate: '2027-03-21' } as any });
    const written = {
      subscriber: await labelOf(SUBSCRIBER, { id: owner.id }),
      model: await labelOf(MODEL, { id: model.id }),
      device: await labelOf(DEVICE, { id: device.id }),
      contract: await labelOf(CONTRACT, { id: contract.id }),
    };
    const knex = app.strapi.db.connection;
    for (const table of ['subscribers', 'device_models', 'devices', 'contracts']) await knex(table).update({ label: null });

    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const migration = require(path.resolve(__dirname, '../../database/migrations/2026.12.02T00.00.00.record-labels.js'));
    await knex.transaction((trx: any) => migration.up(trx));

    expect({
      subscriber: await labelOf(SUBSCRIBER, { id: owner.id }),
      model: await labelOf(MODEL, { id: model.id }),
      device: await labelOf(DEVICE, { id: device.id }),
      contract: await labelOf(CONTRACT, { id: contract.id }),
    }).toEqual(written);
    expect(written).toEqual({
      subscriber: `${owner.subscriberNumber} — رضا کریمی`,
      model: 'Sahand S-5',
      device: `${device.serial} — Sahand S-5`,
      contract: 'خدمات اولیه (همراه خرید) ۱۴۰۵/۰۱/۰۱ تا ۱۴۰۶/۰۱/۰۱',
    });
    for (const table of ['subscribers', 'device_models', 'devices', 'contracts']) {
      expect([table, Number((await knex(table).whereNull('label').count({ n: '*' }))[0].n)]).toEqual([table, 0]);
    }
  });
});
