/**
 * What staff enter — through the admin's Content Manager or any Document Service call — is
 * normalised and validated field by field, in Persian and English; a rejected write changes
 * nothing. The database's own unique indexes back the checks.
 */
import request from 'supertest';
import { startApp, type TestApp } from '../helpers/strapi';
import { adminToken, createCustomer, createDevice, createModel, createSubscriber, login, nextNationalCode, PASSWORD } from '../helpers/fixtures';
import { formatJalaliDate } from '../../src/domain/jalali';

let app: TestApp;
let admin: string;

const SUBSCRIBERS = 'api::subscriber.subscriber';
const cm = (uid: string) => `/content-manager/collection-types/${uid}`;
const count = (uid: string) => app.strapi.db.query(uid as any).count();

const rejected = async (promise: Promise<unknown>) => {
  try {
    await promise;
  } catch (error: any) {
    return error;
  }
  throw new Error('expected the write to be rejected');
};

beforeAll(async () => {
  app = await startApp();
  admin = await adminToken(app.strapi, app.server);
});
afterAll(async () => {
  await app?.stop();
});

describe('subscribers', () => {
  test('an invalid national code and mobile are rejected per field through the admin, and nothing is written', async () => {
    const before = await count(SUBSCRIBERS);
    const res = await request(app.server)
      .post(cm(SUBSCRIBERS))
      .set('Authorization', `Bearer ${admin}`)
      .send({ subscriberNumber: '7001', fullName: 'رضا محمدی', nationalCode: '0011000016', mobile: '0212233' });
    expect(res.status).toBe(400);
    const errors = res.body.error.details.errors;
    expect(errors.map((e: any) => e.path.join('.'))).toEqual(['nationalCode', 'mobile']);
    expect(errors[0].message).toBe('کد ملی معتبر نیست (۱۰ رقم با رقم کنترل صحیح).');
    expect(errors[0].messageEn).toMatch(/national code is not valid/);
    expect(await count(SUBSCRIBERS)).toBe(before);
  });

  test('required fields are named', async () => {
    const error = await rejected(app.strapi.documents(SUBSCRIBERS).create({ data: { fullName: 'فقط نام' } as any }));
    expect(error.details.errors.map((e: any) => e.path[0]).sort()).toEqual(['mobile', 'nationalCode', 'subscriberNumber']);
  });

  test('Persian and Arabic digits, +98 mobiles and Arabic letters are normalised', async () => {
    const code = nextNationalCode();
    const persian = code.replace(/[0-9]/g, (d) => String.fromCharCode(0x06f0 + Number(d)));
    const s = await app.strapi.documents(SUBSCRIBERS).create({
      data: { subscriberNumber: '۰۰۷۰۰۲', fullName: '  علي   كريمي ', nationalCode: persian, mobile: '+98 912 765 4321', phone: '۰۲۱-۲۲۳۳۴۴۵۵' } as any,
    });
    expect(s).toMatchObject({ subscriberNumber: '7002', fullName: 'علی کریمی', nationalCode: code, mobile: '09127654321', phone: '02122334455' });
  });

  test('subscriber number and national code are unique, with a clear message', async () => {
    const existing = await createSubscriber(app.strapi);
    const error = await rejected(
      app.strapi.documents(SUBSCRIBERS).create({
        data: { subscriberNumber: existing.subscriberNumber, fullName: 'تکراری', nationalCode: existing.nationalCode, mobile: '09121111111' } as any,
      })
    );
    expect(error.details.errors.map((e: any) => e.code)).toEqual(['subscriberNumberTaken', 'nationalCodeTaken']);
  });

  test('the database itself refuses a duplicate national code', async () => {
    const existing = await createSubscriber(app.strapi);
    const row = await app.strapi.db.connection('subscribers').where({ document_id: existing.documentId }).first('national_code');
    expect(row.national_code).toMatch(/^\d{10}$/);
    const insert = app.strapi.db.connection('subscribers').insert({
      document_id: 'dup0000000000000000000001',
      subscriber_number: '99999',
      full_name: 'x',
      national_code: row.national_code,
      mobile: '09120000000',
      preferred_channel: 'sms',
    });
    // (not `rejects.toThrow`: the driver's error may come from another realm than the test's Error)
    const error = await insert.then(
      () => null,
      (e: unknown) => e
    );
    expect(String((error as Error | null)?.message)).toMatch(/unique|UNIQUE|duplicate/);
  });

  test('an update is validated too, and an invalid one leaves the record as it was', async () => {
    const s = await createSubscriber(app.strapi);
    const error = await rejected(app.strapi.documents(SUBSCRIBERS).update({ documentId: s.documentId, data: { mobile: '123' } as any }));
    expect(error.details.errors[0].code).toBe('mobileInvalid');
    const after = await app.strapi.db.query(SUBSCRIBERS).findOne({ where: { documentId: s.documentId } });
    expect(after.mobile).toBe(s.mobile);
  });

  test('changing the subscriber number renames the portal account; deleting the subscriber removes it', async () => {
    const s = await createCustomer(app.strapi);
    await app.strapi.documents(SUBSCRIBERS).update({ documentId: s.documentId, data: { subscriberNumber: '88001' } as any });
    expect((await login(app.server, '88001')).status).toBe(200);
    expect((await login(app.server, s.subscriberNumber)).status).toBe(400);

    await app.strapi.documents(SUBSCRIBERS).delete({ documentId: s.documentId });
    expect(await app.strapi.db.query('plugin::users-permissions.user').count({ where: { username: '88001' } })).toBe(0);
  });
});

describe('devices', () => {
  test('the serial is stored in canonical form and is unique', async () => {
    const model = await createModel(app.strapi);
    const owner = await createSubscriber(app.strapi);
    const d = await createDevice(app.strapi, { owner: owner.documentId, model: model.documentId, serial: 'zc-۲۰۰ 9001' });
    expect(d.serial).toBe('ZC2009001');
    const error = await rejected(createDevice(app.strapi, { owner: owner.documentId, model: model.documentId, serial: 'ZC 200-9001' }));
    expect(error.details.errors[0]).toMatchObject({ path: ['serial'], code: 'serialTaken', message: 'این شماره سریال قبلاً ثبت شده است.' });
  });

  test('dates must be real and in order', async () => {
    const model = await createModel(app.strapi);
    const owner = await createSubscriber(app.strapi);
    const bad = await rejected(createDevice(app.strapi, { owner: owner.documentId, model: model.documentId, installationDate: '2026-02-30' }));
    expect(bad.details.errors[0]).toMatchObject({ path: ['installationDate'], code: 'invalidDate' });
    const order = await rejected(
      createDevice(app.strapi, { owner: owner.documentId, model: model.documentId, installationDate: '2026-05-01', warrantyEnd: '2026-04-01' })
    );
    expect(order.details.errors[0]).toMatchObject({ path: ['warrantyEnd'], code: 'dateOrder' });
  });

  test('warranty and service end default from the model’s terms, in Jalali months', async () => {
    const model = await createModel(app.strapi, { defaultWarrantyMonths: 18, defaultServiceMonths: 24 });
    const owner = await createSubscriber(app.strapi);
    // 10 Azar 1405 + 24 months: Gregorian months gave 11 Azar 1407
    const d = await createDevice(app.strapi, { owner: owner.documentId, model: model.documentId, installationDate: '2026-12-01' });
    const stored = await app.strapi.db.query('api::device.device').findOne({ where: { documentId: d.documentId } });
    expect(formatJalaliDate(stored.serviceEnd)).toBe('۱۴۰۷/۰۹/۱۰');
    expect(formatJalaliDate(stored.warrantyEnd)).toBe('۱۴۰۷/۰۳/۱۰');
  });

  test('the admin content manager gets the same rules', async () => {
    const res = await request(app.server).post(cm('api::device.device')).set('Authorization', `Bearer ${admin}`).send({ serial: '#!', serviceMode: 'initial' });
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors[0]).toMatchObject({ path: ['serial'], code: 'serialInvalid' });
  });
});

describe('contracts and models', () => {
  test('money must be whole rials; the end cannot precede the start', async () => {
    const error = await rejected(
      app.strapi.documents('api::contract.contract').create({
        data: { kind: 'renewal', years: 4, startDate: '2026-05-01', endDate: '2026-04-01', priceRials: '12.5' } as any,
      })
    );
    expect(error.details.errors.map((e: any) => e.code)).toEqual(['amountInvalid', 'yearsInvalid', 'endBeforeStart']);
  });

  test('model terms are whole months', async () => {
    const error = await rejected(createModel(app.strapi, { defaultWarrantyMonths: -1 }));
    expect(error.details.errors[0]).toMatchObject({ path: ['defaultWarrantyMonths'], code: 'monthsInvalid' });
  });
});

describe('what staff keep in the Content Manager', () => {
  /**
   * The Content Manager takes `status` for Strapi's own draft/published switch: it refuses any
   * other value on save and drops the field from what it reads. No content type it shows may have
   * an attribute of that name (ours say what they are the status of: repairStatus, …).
   */
  test('no content type the Content Manager shows has an attribute named status', () => {
    const offenders = Object.entries(app.strapi.contentTypes as Record<string, any>)
      .filter(([uid]) => uid.startsWith('api::') || ['plugin::payment', 'plugin::messaging', 'plugin::crm-sync', 'plugin::customer-accounts'].some((p) => uid.startsWith(`${p}.`)))
      .filter(([, ct]) => ct.pluginOptions?.['content-manager']?.visible !== false)
      .filter(([, ct]) => 'status' in ct.attributes)
      .map(([uid]) => uid);
    expect(offenders).toEqual([]);
  });

  test('a repair order is received, moved on and read back through the Content Manager', async () => {
    const owner = await createSubscriber(app.strapi);
    const device = await createDevice(app.strapi, { owner: owner.documentId, model: (await createModel(app.strapi)).documentId });
    const uid = 'api::repair-order.repair-order';
    const created = await request(app.server)
      .post(cm(uid))
      .set('Authorization', `Bearer ${admin}`)
      .send({ device: { connect: [{ documentId: device.documentId }] }, reportedFault: 'دستگاه روشن نمی‌شود', repairStatus: 'received' });
    expect(created.status).toBe(201);
    const documentId = created.body.data.documentId;
    expect(created.body.data).toMatchObject({ repairStatus: 'received' });

    const moved = await request(app.server).put(`${cm(uid)}/${documentId}`).set('Authorization', `Bearer ${admin}`).send({ repairStatus: 'diagnosing' });
    expect(moved.status).toBe(200);
    const read = await request(app.server).get(`${cm(uid)}/${documentId}`).set('Authorization', `Bearer ${admin}`);
    expect(read.body.data).toMatchObject({ repairStatus: 'diagnosing' });
    expect(read.body.data.statusHistory.map((h: any) => h.status)).toEqual(['received', 'diagnosing']);

    const list = await request(app.server).get(`${cm(uid)}?page=1&pageSize=10`).set('Authorization', `Bearer ${admin}`);
    expect(list.body.results.find((r: any) => r.documentId === documentId)).toMatchObject({ repairStatus: 'diagnosing' });

    // what the portal sets is shown read-only in the edit view
    const view = await request(app.server).get(`/content-manager/content-types/${uid}/configuration`).set('Authorization', `Bearer ${admin}`);
    const metadatas = view.body.data.contentType.metadatas;
    expect(['trackingCode', 'promisedBy', 'statusHistory'].map((f) => metadatas[f].edit.editable)).toEqual([false, false, false]);
    expect(metadatas.repairStatus.edit).toMatchObject({ editable: true, label: 'وضعیت' });

    const bad = await request(app.server).put(`${cm(uid)}/${documentId}`).set('Authorization', `Bearer ${admin}`).send({ repairStatus: 'lost' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.errors[0]).toMatchObject({ path: ['repairStatus'] });
  });

  test('contracts and payments show their status in the Content Manager', async () => {
    const owner = await createSubscriber(app.strapi);
    const device = await createDevice(app.strapi, { owner: owner.documentId, model: (await createModel(app.strapi)).documentId });
    const contract = await app.strapi.documents('api::contract.contract').create({
      data: { device: device.documentId, subscriber: owner.documentId, kind: 'pay_per_case', startDate: '2026-05-01', priceRials: '0', contractStatus: 'active' } as any,
    });
    const read = await request(app.server).get(`${cm('api::contract.contract')}/${contract.documentId}`).set('Authorization', `Bearer ${admin}`);
    expect(read.status).toBe(200);
    expect(read.body.data).toMatchObject({ contractStatus: 'active' });
  });
});

describe('portal credentials issued from the admin', () => {
  const issue = (documentId: string, token: string, body: object = {}) =>
    request(app.server).post(`/customer-accounts/subscribers/${documentId}/credentials`).set('Authorization', `Bearer ${token}`).send(body);

  test('a generated password is shown once and works; a reset ends the old password', async () => {
    const s = await createSubscriber(app.strapi);
    const status = await request(app.server).get(`/customer-accounts/subscribers/${s.documentId}/account`).set('Authorization', `Bearer ${admin}`);
    expect(status.body.data).toMatchObject({ hasAccount: false, username: null });

    const first = await issue(s.documentId, admin);
    expect(first.status).toBe(200);
    expect(first.body.data).toMatchObject({ username: s.subscriberNumber, accountCreated: true, sentTo: '0912•••4567' });
    // SMS goes through the local provider in tests, so the password is also shown to staff once
    expect(first.body.data.generatedPassword).toMatch(/^[A-Za-z2-9]{10}$/);
    const sms = await app.strapi.db.query('plugin::messaging.outbound-message').findMany({ where: { subscriberId: s.id, templateCode: 'portal-credentials' } });
    expect(sms).toHaveLength(1);
    expect(sms[0]).toMatchObject({ channel: 'sms', recipient: '09121234567', status: 'queued' });
    expect(JSON.stringify(sms[0])).not.toContain(first.body.data.generatedPassword);
    expect((await login(app.server, s.nationalCode, first.body.data.generatedPassword)).status).toBe(200);

    const reset = await issue(s.documentId, admin, { password: 'typed-by-staff-1' });
    expect(reset.body.data).toEqual({ username: s.subscriberNumber, accountCreated: false });
    expect((await login(app.server, s.subscriberNumber, first.body.data.generatedPassword)).status).toBe(400);
    expect((await login(app.server, s.subscriberNumber, 'typed-by-staff-1')).status).toBe(200);

    const audit = await app.strapi.db.query('api::audit-event.audit-event').findMany({ where: { subjectId: s.documentId }, orderBy: { id: 'asc' } });
    expect(audit.map((e: any) => e.action)).toEqual(['portal-account.created', 'portal-account.password-reset']);
    expect(JSON.stringify(audit)).not.toContain('typed-by-staff-1');
  });

  test('a too-short password is refused and nothing changes', async () => {
    const s = await createCustomer(app.strapi);
    const res = await issue(s.documentId, admin, { password: 'short' });
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors[0]).toMatchObject({ path: ['password'], code: 'passwordTooShort' });
    expect((await login(app.server, s.subscriberNumber, PASSWORD)).status).toBe(200);
  });

  test('staff without the permission, and anonymous callers, cannot issue credentials', async () => {
    const s = await createSubscriber(app.strapi);
    const editor = await adminToken(app.strapi, app.server, 'poshtiban-technical-editor');
    expect((await issue(s.documentId, editor)).status).toBe(403);
    expect((await request(app.server).post(`/customer-accounts/subscribers/${s.documentId}/credentials`).send({})).status).toBe(401);
    const support = await adminToken(app.strapi, app.server, 'poshtiban-support');
    expect((await issue(s.documentId, support)).status).toBe(200);
  });

  test('an unknown subscriber is 404', async () => {
    expect((await issue('nosuchdocument00000000000', admin)).status).toBe(404);
  });
});

describe('set-up from the first start', () => {
  test('staff roles exist with the permissions their names imply', async () => {
    const roles = await app.strapi.db.query('admin::role').findMany({ populate: ['permissions'] });
    const byCode = Object.fromEntries(roles.map((r: any) => [r.code, r]));
    for (const code of ['poshtiban-support', 'poshtiban-senior-support', 'poshtiban-technical-editor', 'poshtiban-finance', 'poshtiban-manager', 'poshtiban-ceo']) {
      expect(byCode[code]).toBeDefined();
    }
    const has = (code: string, action: string, subject: string | null = null) =>
      byCode[code].permissions.some((p: any) => p.action === action && (subject === null || p.subject === subject));
    expect(has('poshtiban-support', 'plugin::content-manager.explorer.create', SUBSCRIBERS)).toBe(true);
    expect(has('poshtiban-support', 'plugin::customer-accounts.credentials.issue')).toBe(true);
    expect(has('poshtiban-support', 'plugin::content-manager.explorer.delete', SUBSCRIBERS)).toBe(false);
    expect(has('poshtiban-technical-editor', 'plugin::content-manager.explorer.update', SUBSCRIBERS)).toBe(false);
    expect(has('poshtiban-technical-editor', 'plugin::content-manager.explorer.update', 'api::device-model.device-model')).toBe(true);
    expect(has('poshtiban-finance', 'plugin::content-manager.explorer.update', 'api::contract.contract')).toBe(true);
    expect(has('poshtiban-finance', 'plugin::customer-accounts.credentials.issue')).toBe(false);
    expect(has('poshtiban-manager', 'plugin::content-manager.explorer.delete', 'api::device.device')).toBe(true);
    // the outbox page and the message templates
    const TEMPLATES = 'plugin::messaging.message-template';
    expect(has('poshtiban-support', 'plugin::messaging.outbox.read')).toBe(true);
    expect(has('poshtiban-support', 'plugin::messaging.outbox.resend')).toBe(false);
    expect(has('poshtiban-support', 'plugin::content-manager.explorer.read', TEMPLATES)).toBe(true);
    expect(has('poshtiban-support', 'plugin::content-manager.explorer.update', TEMPLATES)).toBe(false);
    expect(has('poshtiban-senior-support', 'plugin::messaging.outbox.resend')).toBe(true);
    expect(has('poshtiban-finance', 'plugin::messaging.outbox.read')).toBe(false);
    expect(has('poshtiban-technical-editor', 'plugin::messaging.outbox.read')).toBe(false);
    expect(has('poshtiban-manager', 'plugin::messaging.outbox.resend')).toBe(true);
    expect(has('poshtiban-manager', 'plugin::content-manager.explorer.update', TEMPLATES)).toBe(true);
  });

  test('Persian is the default locale, English the second', async () => {
    const locales = app.strapi.plugin('i18n').service('locales');
    expect(await locales.getDefaultLocale()).toBe('fa');
    expect(await locales.findByCode('en')).toBeTruthy();
  });

  test('fields carry Persian labels in the admin', async () => {
    const conf = await app.strapi.plugin('content-manager').service('content-types').findConfiguration(app.strapi.contentType(SUBSCRIBERS));
    expect(conf.metadatas.nationalCode.edit.label).toBe('کد ملی');
    expect(conf.settings.mainField).toBe('label');
  });
});
