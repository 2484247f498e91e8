/**
 * Jalali dates in the admin, in Chromium, as a Support staff member (role poshtiban-support):
 * a device's installation, warranty and service dates and the buyer's confirmation time in the
 * Content Manager's list view and edit view; the installation date changed on the Jalali
 * calendar and saved — the database holds the matching ISO day; the date-time in Tehran time
 * (00:15 in Tehran is 20:45 UTC the day before); a day typed in Arabic digits; an impossible day
 * (30 Esfand 1404) refused with a reason; the list view's date filter taking a Jalali day.
 *
 * The admin is opened in Persian (right-to-left: the test sets dir="rtl" on the page itself when
 * the shell does not) and in English (the calendar stays Jalali, Latin digits). Whether the
 * admin offers Persian is read from the field's own Persian label; when it does, the digits must
 * be Persian. Screenshots go to test-results/admin-jalali-*.png.
 */
import type { Page } from 'playwright-core';
import { adminForFile, expectInputValue, shootAdmin } from '../helpers/admin';
import { createDevice, createModel, createStaffMember, createSubscriber, type StaffMember } from '../helpers/fixtures';
import { toPersianDigits } from '../../src/domain/digits';

jest.setTimeout(180_000);

const DEVICES = 'api::device.device';
const PERSIAN_CALENDAR_LABEL = 'باز کردن تقویم شمسی';
const CALENDAR_LABEL = /^(Open the Jalali calendar|باز کردن تقویم شمسی)$/;

/** the device's dates: 30 Esfand 1403 (leap year), 31 Shahrivar 1405, 29 Esfand 1404; 00:15 Tehran on 30 Esfand 1403 */
const DATES = { installationDate: '2025-03-20', warrantyEnd: '2026-09-22', serviceEnd: '2026-03-20' };
const CONFIRMED_AT = new Date('2025-03-19T20:45:00.000Z');
const SHOWN = { installationDate: '1403/12/30', warrantyEnd: '1405/06/31', serviceEnd: '1404/12/29', installationConfirmedAt: '1403/12/30 00:15' };

const admin = adminForFile();
let support: StaffMember;
let device: { id: number; documentId: string; serial: string };
let labels: Record<string, string>;
let repair: { id: number; documentId: string };
const REPAIRS = 'api::repair-order.repair-order';

/** The page right to left, as the admin shell lays it out in Persian (set here in case the shell does not). */
const rightToLeft = (page: Page) => page.evaluate(() => (globalThis as any).document.documentElement.setAttribute('dir', 'rtl'));
const inDigits = (text: string, persian: boolean) => (persian ? toPersianDigits(text) : text);
const calendarButton = (page: Page, field: string) =>
  page.locator(`input[name="${field}"]`).locator('xpath=ancestor::div[1]').getByRole('button', { name: CALENDAR_LABEL });

/** The list view of devices narrowed to the test's device, with the date columns displayed. */
const openList = async (page: Page) => {
  await page.goto(`${admin.baseUrl}/admin/content-manager/collection-types/${DEVICES}?filters[$and][0][serial][$eq]=${device.serial}`);
  await page.locator('table tbody tr', { hasText: device.serial }).waitFor({ timeout: 60_000 });
  // the view settings (the list's last popover button): the date columns displayed, a few others
  // hidden so that the dates fit the screenshot
  await page.locator('main button[aria-haspopup="dialog"]').last().click();
  const picker = page.locator('[data-radix-popper-content-wrapper]');
  const shown = { installationDate: true, warrantyEnd: true, serviceEnd: true, installationConfirmedAt: true, createdAt: true, model: false, owner: false, serviceMode: false };
  for (const [field, wanted] of Object.entries(shown)) {
    const box = picker.getByRole('checkbox', { name: labels[field], exact: true });
    if (((await box.getAttribute('aria-checked')) === 'true') !== wanted) await box.click();
  }
  await page.keyboard.press('Escape');
  await page.locator('h1').click(); // away from the settings button and its tooltip
};

/** The text of the device's cell under each column label. */
const rowCells = async (page: Page): Promise<Record<string, string>> => {
  // textContent: the headers are upper-cased by CSS only
  const texts = (cells: ReturnType<Page['locator']>) => cells.evaluateAll((elements) => elements.map((element) => (element.textContent ?? '').trim()));
  const headers = await texts(page.locator('table thead th'));
  const cells = await texts(page.locator('table tbody tr', { hasText: device.serial }).locator('td'));
  return Object.fromEntries(headers.map((header, i) => [header, cells[i] ?? '']));
};

const expectValue = (page: Page, field: string, expected: string) => expectInputValue(page.locator(`input[name="${field}"]`), expected);

const openDevice = async (page: Page) => {
  await page.goto(`${admin.baseUrl}/admin/content-manager/collection-types/${DEVICES}/${device.documentId}`);
  await page.locator('input[name="installationDate"]').waitFor({ timeout: 60_000 });
  await expectValue(page, 'serial', device.serial);
};

const storedInstallationDate = async () => (await admin.app.strapi.db.query(DEVICES).findOne({ where: { id: device.id } })).installationDate;

beforeAll(async () => {
  const { strapi } = admin.app;
  support = await createStaffMember(strapi, 'poshtiban-support', 'پشتیبان');
  const owner = await createSubscriber(strapi, { fullName: 'مریم احمدی' });
  const model = await createModel(strapi);
  device = (await createDevice(strapi, { owner: owner.documentId, model: model.documentId, ...DATES, installationConfirmedAt: CONFIRMED_AT })) as any;
  repair = (await strapi.documents(REPAIRS).create({ data: { device: device.documentId, reportedFault: 'دستگاه روشن نمی‌شود', repairStatus: 'received' } as any })) as any;
  const configuration = await strapi.plugin('content-manager').service('content-types').findConfiguration(strapi.contentType(DEVICES));
  labels = Object.fromEntries(Object.entries(configuration.metadatas as Record<string, any>).map(([field, meta]) => [field, meta.list.label]));
}, 900_000);

test('Persian admin, right to left: the dates in Jalali in the list and the edit view; the installation date picked on the calendar is saved as its ISO day', async () => {
  const context = await admin.newContext({ lang: 'fa' });
  const page = await context.newPage();
  await admin.logIn(page, support);

  // the edit view: the field's own label says whether the admin runs in Persian
  await openDevice(page);
  await calendarButton(page, 'installationDate').waitFor();
  const persian = (await page.getByRole('button', { name: PERSIAN_CALENDAR_LABEL, exact: true }).count()) > 0;
  await rightToLeft(page);
  for (const [field, shown] of Object.entries(SHOWN)) {
    await expectValue(page, field, inDigits(shown, persian));
  }
  await shootAdmin(page, 'admin-jalali-edit-fa');

  // the list view: every date column in Jalali, the confirmation in Tehran time
  await openList(page);
  await rightToLeft(page);
  const cells = await rowCells(page);
  for (const [field, shown] of Object.entries(SHOWN)) expect(cells[labels[field]]).toBe(inDigits(shown, persian));
  // Strapi's own createdAt: today, in Tehran, in the Jalali calendar (a 14xx year)
  expect(cells[labels.createdAt]).toMatch(persian ? /^۱۴[۰-۹]{2}\/[۰-۹]{2}\/[۰-۹]{2} [۰-۹]{2}:[۰-۹]{2}$/ : /^14\d{2}\/\d{2}\/\d{2} \d{2}:\d{2}$/);
  await shootAdmin(page, 'admin-jalali-list-fa');

  // back to the device: the calendar opens on Esfand 1403 beside the box; pick 15 Farvardin 1404
  await page.locator('table tbody tr', { hasText: device.serial }).locator('td').nth(2).click();
  await page.locator('input[name="installationDate"]').waitFor();
  await rightToLeft(page);
  await calendarButton(page, 'installationDate').click();
  const calendar = page.locator('.rmdp-wrapper');
  await calendar.waitFor();
  const header = () => calendar.locator('.rmdp-header-values').innerText();
  await expect(header()).resolves.toMatch(persian ? /اسفند.*۱۴۰۳/ : /Esfand.*1403/);
  if (persian) await expect(calendar.locator('.rmdp-rtl').count()).resolves.toBeGreaterThan(0);
  // right to left, the calendar lines up with the box's right edge
  const box = await page.locator('input[name="installationDate"]').locator('xpath=ancestor::div[1]').boundingBox();
  const popup = await calendar.boundingBox();
  expect(Math.abs(box!.x + box!.width - (popup!.x + popup!.width))).toBeLessThan(4);
  await shootAdmin(page, 'admin-jalali-calendar-fa');

  await calendar.locator('.rmdp-right').click(); // the next month
  await expect(header()).resolves.toMatch(persian ? /فروردین.*۱۴۰۴/ : /Farvardin.*1404/);
  await calendar.locator('.rmdp-day:not(.rmdp-deactive) span', { hasText: new RegExp(`^${inDigits('15', persian)}$`) }).click();
  await expectValue(page, 'installationDate', inDigits('1404/01/15', persian));

  const [saved] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'PUT' && r.url().includes(`/content-manager/collection-types/${DEVICES}/`)),
    page.getByRole('button', { name: /^(Save|ذخیره)$/ }).click(),
  ]);
  expect(saved.status()).toBe(200);
  expect(await storedInstallationDate()).toBe('2025-04-04');
  await page.reload();
  await page.locator('input[name="installationDate"]').waitFor();
  await expectValue(page, 'installationDate', inDigits('1404/01/15', persian));
  await context.close();
});

test('English admin: the same calendar, Latin digits; typed Arabic digits are read, an impossible day is refused with a reason; the date filter takes a Jalali day', async () => {
  await admin.app.strapi.db.query(DEVICES).update({ where: { id: device.id }, data: { installationDate: DATES.installationDate } });
  const context = await admin.newContext({ lang: 'en' });
  const page = await context.newPage();
  await admin.logIn(page, support);
  await openDevice(page);
  const field = page.locator('input[name="installationDate"]');
  await expectValue(page, 'installationDate', SHOWN.installationDate);
  await expectValue(page, 'installationConfirmedAt', SHOWN.installationConfirmedAt);

  // 30 Esfand exists in 1403, not in 1404: the reason is shown
  await field.fill('1404/12/30');
  await page.locator('input[name="serial"]').click();
  await page.getByText('Not a Jalali date. Type year/month/day, e.g. 1403/12/30.').waitFor();
  await shootAdmin(page, 'admin-jalali-invalid-en');

  // Arabic-Indic digits: 1 Farvardin 1404
  await field.fill('١٤٠٤/٠١/٠١');
  await page.locator('input[name="serial"]').click();
  await expectValue(page, 'installationDate', '1404/01/01');
  await expect(page.getByText('Not a Jalali date.', { exact: false }).count()).resolves.toBe(0);
  const [saved] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'PUT' && r.url().includes(`/content-manager/collection-types/${DEVICES}/`)),
    page.getByRole('button', { name: 'Save' }).click(),
  ]);
  expect(saved.status()).toBe(200);
  expect(await storedInstallationDate()).toBe('2025-03-21');

  // the list's filter: "installation date is greater than 1403/12/30" keeps the device, "… 1404/01/01" drops it
  for (const [typed, iso, kept] of [
    ['1403/12/30', '2025-03-20', true],
    ['1404/01/01', '2025-03-21', false],
  ] as const) {
    await page.goto(`${admin.baseUrl}/admin/content-manager/collection-types/${DEVICES}?filters[$and][0][serial][$eq]=${device.serial}`);
    await page.locator('table tbody tr', { hasText: device.serial }).waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Filters' }).click();
    const popover = page.locator('[data-radix-popper-content-wrapper]');
    await popover.getByRole('combobox').nth(0).click();
    await page.getByRole('option', { name: labels.installationDate, exact: true }).click();
    await popover.getByRole('combobox').nth(1).click();
    await page.getByRole('option', { name: 'is greater than', exact: true }).click();
    await popover.locator('input[name="value"]').fill(typed);
    await shootAdmin(page, 'admin-jalali-filter-en');
    const [listed] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'GET' && decodeURIComponent(r.url()).includes('[installationDate][$gt]')),
      popover.getByRole('button', { name: 'Add filter' }).click(),
    ]);
    expect(decodeURIComponent(listed.url())).toContain(`[installationDate][$gt]=${iso}`);
    expect((await listed.json()).results.map((row: { serial: string }) => row.serial)).toEqual(kept ? [device.serial] : []);
    await page.locator('table tbody tr', { hasText: device.serial }).waitFor({ state: kept ? 'visible' : 'detached' });
  }
  await context.close();
});

test('a date-time typed, then moved on the calendar, in Tehran time: stored as the UTC instant', async () => {
  const context = await admin.newContext({ lang: 'fa' });
  const page = await context.newPage();
  await admin.logIn(page, support);
  await page.goto(`${admin.baseUrl}/admin/content-manager/collection-types/${REPAIRS}/${repair.documentId}`);
  const field = page.locator('input[name="receivedAt"]');
  await field.waitFor({ timeout: 60_000 });
  await rightToLeft(page);
  await calendarButton(page, 'receivedAt').waitFor();
  const persian = (await page.getByRole('button', { name: PERSIAN_CALENDAR_LABEL, exact: true }).count()) > 0;
  const save = async () => {
    const [saved] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'PUT' && r.url().includes(`/content-manager/collection-types/${REPAIRS}/`)),
      page.getByRole('button', { name: /^(Save|ذخیره)$/ }).click(),
    ]);
    expect(saved.status()).toBe(200);
    return (await admin.app.strapi.db.query(REPAIRS).findOne({ where: { id: repair.id } })).receivedAt;
  };

  // the promised date is set by the intake rule, read-only here: no typing, no calendar, no clear button
  const promised = page.locator('input[name="promisedBy"]');
  await expect(promised.isDisabled()).resolves.toBe(true);
  await expect(calendarButton(page, 'promisedBy').isDisabled()).resolves.toBe(true);
  await expect(promised.locator('xpath=ancestor::div[1]').getByRole('button', { name: /^(Clear|پاک کردن)$/ }).count()).resolves.toBe(0);

  // typed in Persian digits: 00:10 on 1 Farvardin 1404 in Tehran is 20:40 UTC on 20 March
  await field.fill('۱۴۰۴/۰۱/۰۱ ۰۰:۱۰');
  await page.locator('textarea[name="reportedFault"]').click();
  await expectValue(page, 'receivedAt', inDigits('1404/01/01 00:10', persian));
  expect(new Date(await save()).toISOString()).toBe('2025-03-20T20:40:00.000Z');

  // on the calendar: the time picker shows Tehran's 00:10; another day keeps the time, the hour moves it
  await calendarButton(page, 'receivedAt').click();
  const calendar = page.locator('.rmdp-wrapper');
  await calendar.waitFor();
  await expect(calendar.locator('.rmdp-time-picker input').evaluateAll((inputs) => inputs.map((input) => (input as any).value))).resolves.toEqual([
    inDigits('00', persian),
    inDigits('10', persian),
  ]);
  await calendar.locator('.rmdp-day:not(.rmdp-deactive) span', { hasText: new RegExp(`^${inDigits('2', persian)}$`) }).click();
  await expectValue(page, 'receivedAt', inDigits('1404/01/02 00:10', persian));
  await calendar.locator('.rmdp-time-picker input').first().fill(inDigits('14', persian));
  await expectValue(page, 'receivedAt', inDigits('1404/01/02 14:10', persian));
  await shootAdmin(page, 'admin-jalali-datetime-fa');
  await page.keyboard.press('Escape');
  expect(new Date(await save()).toISOString()).toBe('2025-03-22T10:40:00.000Z');
  await context.close();
});
