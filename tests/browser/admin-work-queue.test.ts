/**
 * The admin's home page in Chromium: a Manager sees «کارهای امروز» first among the widgets, with
 * each count; clicking an item opens the filtered list with that many rows.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { adminForFile, shootAdmin } from '../helpers/admin';
import { createDevice, createModel, createStaffMember, createSubscriber, type StaffMember } from '../helpers/fixtures';
import { addDays, tehranDate } from '../../src/domain/jalali';

const admin = adminForFile();
let context: BrowserContext;
let page: Page;
let manager: StaffMember;

const TRANSFER = 'api::ownership-transfer.ownership-transfer';
const REPAIR = 'api::repair-order.repair-order';
const latinDigits = (text: string) => text.replace(/[۰-۹]/g, (d) => String('۰۱۲۳۴۵۶۷۸۹'.indexOf(d)));

beforeAll(async () => {
  const { strapi } = admin.app;
  const today = tehranDate();
  const model = await createModel(strapi);
  const owner = await createSubscriber(strapi, { fullName: 'علی رضایی' });
  for (let i = 0; i < 3; i += 1) {
    const device = await createDevice(strapi, { owner: owner.documentId, model: model.documentId });
    if (i < 2) {
      // one CRM job retrying, one given up
      await strapi.db.query('plugin::crm-sync.sync-job').create({
        data: { deviceId: device.id, subscriberId: owner.id, event: `test:${i}`, payload: { statusLabel: 'فعال' }, status: i ? 'dead' : 'failed', attempts: 3, nextAttemptAt: new Date(), lastError: 'Didar: 503 Service Unavailable', dedupeKey: `test:${i}` },
      });
    }
    await strapi.db.query(TRANSFER).create({
      data: { device: device.id, fromSubscriber: owner.id, newOwnerName: `خریدار ${i + 1}`, newOwnerNationalCode: '0012345679', newOwnerMobile: '09120000000', ownershipEndConfirmed: true, transferStatus: 'pending', pendingDeviceId: device.id },
    });
  }
  await strapi.db.query(TRANSFER).create({
    data: { newOwnerName: 'خریدار ردشده', newOwnerNationalCode: '0012345679', newOwnerMobile: '09120000000', ownershipEndConfirmed: true, transferStatus: 'rejected' },
  });
  for (const promisedBy of [addDays(today, -2), addDays(today, -1), addDays(today, 3)]) {
    await strapi.db.query(REPAIR).create({ data: { reportedFault: 'روشن نمی‌شود', repairStatus: 'repairing', outcome: 'pending', promisedBy } });
  }
  manager = await createStaffMember(strapi, 'poshtiban-manager', 'مدیر');
  context = await admin.newContext();
  page = await context.newPage();
  await admin.logIn(page, manager);
}, 600_000);

const openHome = async () => {
  await page.goto(`${admin.baseUrl}/admin`);
  await page.getByTestId('work-queue').waitFor({ timeout: 30_000 });
};

const countOf = async (id: string) => Number(latinDigits((await page.getByTestId(`work-queue-count-${id}`).innerText()).trim()));

test("a Manager's home page starts with today's work, counted", async () => {
  await openHome();
  // the first widget on the page is ours
  const first = await page.locator('[data-strapi-widget-id]').first().getAttribute('data-strapi-widget-id');
  expect(first).toBe('plugin::back-office.work-queue');
  // laid out in the page's direction (Persian: right to left), though Strapi sets widgets' content left to right
  const directions = await page.evaluate(() => [
    (globalThis as any).document.documentElement.dir || 'ltr',
    (globalThis as any).getComputedStyle((globalThis as any).document.querySelector('[data-testid="work-queue"]')).direction,
  ]);
  expect(directions).toEqual(['rtl', 'rtl']);
  await expect(countOf('transfers-to-review')).resolves.toBe(3);
  await expect(countOf('repairs-past-promise')).resolves.toBe(2);
  // nothing waits there: greyed, in its place, not a link
  await expect(countOf('messages-dead')).resolves.toBe(0);
  expect(await page.getByTestId('work-queue-item-messages-dead').locator('a').count()).toBe(0);
  await shootAdmin(page, 'admin-work-queue-home');
});

test.each([
  ['transfers-to-review', TRANSFER, 3],
  ['repairs-past-promise', REPAIR, 2],
])('clicking %s opens its filtered list with that many rows', async (id, uid, rows) => {
  await openHome();
  await page.getByTestId(`work-queue-item-${id}`).locator('a').click();
  await page.waitForURL((url) => url.pathname.includes(`/content-manager/collection-types/${uid}`) && url.search.includes('filters'));
  await page.locator('table tbody tr').first().waitFor({ timeout: 30_000 });
  await page.waitForLoadState('networkidle');
  expect(await page.locator('table tbody tr').count()).toBe(rows);
  await shootAdmin(page, `admin-work-queue-${id}`);
});

test('clicking the failing CRM jobs opens the CRM sync page listing them, with retry', async () => {
  await openHome();
  await expect(countOf('crm-jobs-failing')).resolves.toBe(2);
  await page.getByTestId('work-queue-item-crm-jobs-failing').locator('a').click();
  await page.waitForURL((url) => url.pathname.endsWith('/plugins/crm-sync'));
  await page.locator('[data-testid^="crm-job-"]').first().waitFor({ timeout: 30_000 });
  expect(await page.locator('[data-testid^="crm-job-"]').count()).toBe(2);
  expect(await page.locator('[data-testid^="crm-job-"] button').count()).toBe(2);
  await shootAdmin(page, 'admin-crm-sync-failing');
});
