/**
 * Workflow fields in the admin (issue 10 §5), as the super admin meets them in Chromium: a
 * transfer's fields are all read-only beside its review panel; a device's owner and installation
 * time are read-only, each with a hint saying where they change; the owner can be chosen while
 * a new device is created and is read-only once it is saved (the page moves from …/create to the
 * record without reloading); and a save the server refuses shows its Persian reason.
 */
import request from 'supertest';
import type { Page } from 'playwright-core';
import { adminForFile, shootAdmin } from '../helpers/admin';
import { createCustomer, createDevice, createModel, createStaffMember, nextNationalCode, tokenFor, type StaffMember } from '../helpers/fixtures';
import { addDays, tehranDate } from '../../src/domain/jalali';
import { MESSAGES } from '../../src/validation/messages';
import { lockedFieldsTranslations } from '../../plugins/back-office/admin/src/locked-fields/translations';

const TRANSFER = 'api::ownership-transfer.ownership-transfer';
const DEVICE = 'api::device.device';

const admin = adminForFile();
let superAdmin: StaffMember;
let page: Page;
let model: any;
let buyer: any;
let buyerToken: string;
let transferId: string;

const editView = (uid: string, id: string) => `${admin.baseUrl}/admin/content-manager/collection-types/${uid}/${id}`;
/** The form control of a field (a text input, a relation's combobox or an enumeration's). */
const control = (name: string) => page.locator(`main [name="${name}"]`).first();
const isLocked = (name: string) => control(name).evaluate((el: any) => el.disabled === true || el.getAttribute('aria-disabled') === 'true');
/**
 * A hint of the locked-fields part, shown in Persian or — while the admin shell has no Persian
 * translation to go with it — in English.
 */
const hint = (id: string) => {
  const key = `back-office.locked-fields.${id}`;
  return page.getByText(lockedFieldsTranslations.fa[key]).or(page.getByText(lockedFieldsTranslations.en[key])).first();
};
/** Waits until `read` gives what `done` accepts (the admin updates after the server answers). */
const eventually = async <T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 30_000): Promise<T> => {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > until) return value;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
};
const saveButton = () => page.getByRole('button', { name: /^(Save|ذخیره)$/ });

beforeAll(async () => {
  const { strapi } = admin.app;
  superAdmin = await createStaffMember(strapi, 'strapi-super-admin', 'مدیر سامانه');
  model = await createModel(strapi);
  buyer = await createCustomer(strapi, { fullName: 'مریم احمدی' });
  buyerToken = await tokenFor(admin.app.server, buyer.subscriberNumber);
  const device = await createDevice(strapi, { owner: buyer.documentId, model: model.documentId, serial: 'ZG20240017' });
  const asked = await request(admin.app.server)
    .post('/api/me/ownership-transfers')
    .set('Authorization', `Bearer ${buyerToken}`)
    .send({ deviceId: device.documentId, newOwner: { fullName: 'کاوه نوری', nationalCode: nextNationalCode(), mobile: '09171234567' }, ownershipEndConfirmed: true });
  transferId = asked.body.data.id;
  const context = await admin.newContext();
  page = await context.newPage();
  await admin.logIn(page, superAdmin);
}, 900_000);

test('a transfer: every field is read-only beside the review panel', async () => {
  await page.goto(editView(TRANSFER, transferId));
  await control('newOwnerName').waitFor({ timeout: 60_000 });
  for (const field of ['device', 'fromSubscriber', 'toSubscriber', 'newOwnerName', 'newOwnerNationalCode', 'newOwnerMobile', 'transferStatus', 'rejectionReason', 'reviewedAt']) {
    expect({ field, locked: await isLocked(field) }).toEqual({ field, locked: true });
  }
  await hint('transfer-decision').waitFor();
  await shootAdmin(page, 'admin-locked-transfer');
});

test('a device: the owner and the installation time are read-only, with where they change', async () => {
  const device = await admin.app.strapi.db.query(DEVICE).findOne({ where: { serial: 'ZG20240017' } });
  await page.goto(editView(DEVICE, device.documentId));
  await control('serial').waitFor({ timeout: 60_000 });
  expect(await isLocked('owner')).toBe(true);
  expect(await isLocked('installationConfirmedAt')).toBe(true);
  expect(await isLocked('serial')).toBe(false);
  expect(await isLocked('staffNotes')).toBe(false);
  await hint('device-owner').waitFor();
  await hint('installation-confirmed-at').waitFor();
  await shootAdmin(page, 'admin-locked-device');
});

test('a new device: the owner is chosen while creating, and read-only once saved', async () => {
  await page.goto(`${admin.baseUrl}/admin/content-manager/collection-types/${DEVICE}/create`);
  await control('serial').waitFor({ timeout: 60_000 });
  expect(await isLocked('owner')).toBe(false);
  expect(await isLocked('installationConfirmedAt')).toBe(true);
  await control('serial').fill('ZG20240101');
  await control('owner').click();
  await control('owner').fill(buyer.subscriberNumber);
  await page.getByRole('option').filter({ hasText: buyer.subscriberNumber }).first().click();
  await shootAdmin(page, 'admin-locked-device-new');
  await saveButton().click();
  await page.waitForURL((url) => !url.pathname.endsWith('/create'), { timeout: 60_000 });
  await control('serial').waitFor();
  expect(await eventually(() => isLocked('owner'), (locked) => locked)).toBe(true);
  const saved = await admin.app.strapi.db.query(DEVICE).findOne({ where: { serial: 'ZG20240101' }, populate: { owner: true } });
  expect(saved.owner.documentId).toBe(buyer.documentId);
  expect(page.url()).toContain(saved.documentId);
  await shootAdmin(page, 'admin-locked-device-saved');
});

test('a refused save shows its Persian reason: the buyer confirmed the installation while the device was open', async () => {
  const device = await createDevice(admin.app.strapi, { owner: buyer.documentId, model: model.documentId, serial: 'ZG20240202', installationConfirmedAt: null, installationDate: addDays(tehranDate(), -3) });
  await page.goto(editView(DEVICE, device.documentId));
  await control('staffNotes').waitFor({ timeout: 60_000 });
  const confirmed = await request(admin.app.server)
    .post(`/api/me/devices/${device.documentId}/installation-confirmation`)
    .set('Authorization', `Bearer ${buyerToken}`)
    .send({ deviceFullyInstalled: true, driverCompressorConnectionsInstalled: true, initialTrainingGiven: true, allItemsDone: true, installationDate: addDays(tehranDate(), -1) });
  expect(confirmed.status).toBe(201);

  await control('staffNotes').fill('نصب در طبقهٔ دوم');
  await saveButton().click();
  const reason = MESSAGES.installationConfirmedByBuyer.fa;
  // the notification and the field's own error
  expect(await eventually(() => page.getByText(reason).count(), (n) => n >= 1)).toBeGreaterThanOrEqual(1);
  await shootAdmin(page, 'admin-locked-refused-save');
  const after = await admin.app.strapi.db.query(DEVICE).findOne({ where: { id: device.id } });
  expect(after.staffNotes).toBeNull();
});
