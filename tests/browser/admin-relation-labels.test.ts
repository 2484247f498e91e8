/**
 * Relations in the Content Manager as staff see them: a contract's device and subscriber by their
 * labels, the contract titled by its kind and Jalali dates; the service settings page titled by
 * its name, not an id.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { adminForFile, shootAdmin } from '../helpers/admin';
import { createDevice, createModel, createStaffMember, createSubscriber, type StaffMember } from '../helpers/fixtures';

const admin = adminForFile();
let context: BrowserContext;
let page: Page;
let manager: StaffMember;
let contract: any;
let device: any;
let owner: any;

beforeAll(async () => {
  const { strapi } = admin.app;
  const model = await createModel(strapi, { brand: 'Zima', model: 'ZI-200' });
  owner = await createSubscriber(strapi, { fullName: 'علی رضایی' });
  device = await createDevice(strapi, { owner: owner.documentId, model: model.documentId, serial: 'ZI200024001' });
  contract = await strapi.documents('api::contract.contract').create({
    data: { device: device.documentId, subscriber: owner.documentId, kind: 'renewal', years: 2, startDate: '2026-12-01', endDate: '2028-11-30', priceRials: '450000000' } as any,
  });
  manager = await createStaffMember(strapi, 'poshtiban-manager', 'مدیر');
  context = await admin.newContext();
  page = await context.newPage();
  await admin.logIn(page, manager);
}, 600_000);

test("a contract shows its device and subscriber by what staff know, and is titled by kind and dates", async () => {
  await page.goto(`${admin.baseUrl}/admin/content-manager/collection-types/api::contract.contract/${contract.documentId}`);
  await page.getByRole('heading', { level: 1 }).filter({ hasText: 'تمدید دوساله' }).waitFor({ timeout: 30_000 });
  expect(await page.getByRole('heading', { level: 1 }).innerText()).toContain('تمدید دوساله ۱۴۰۵/۰۹/۱۰ تا ۱۴۰۷/۰۹/۱۰');
  await page.getByText('ZI200024001 — Zima ZI-200').first().waitFor({ timeout: 30_000 });
  await page.getByText(`${owner.subscriberNumber} — علی رضایی`).first().waitFor({ timeout: 30_000 });
  expect(await page.locator('body').innerText()).not.toContain(device.documentId);
  // the label is not a field staff can edit
  expect(await page.locator('input[name="label"]').count()).toBe(0);
  await shootAdmin(page, 'admin-contract-relations');
});

test('the service settings page is titled by its name', async () => {
  await page.goto(`${admin.baseUrl}/admin/content-manager/single-types/api::service-settings.service-settings`);
  const heading = page.getByRole('heading', { level: 1 });
  await heading.filter({ hasText: /Service settings|تنظیمات خدمات/ }).waitFor({ timeout: 30_000 });
  expect(await heading.innerText()).toMatch(/تنظیمات خدمات/);
  await shootAdmin(page, 'admin-service-settings-title');
});
