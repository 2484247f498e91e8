/**
 * Readable values in the admin, as a Senior support member meets them (issue 10): enumeration
 * values by their Persian labels in the repair list, its filter and a repair's status select; a
 * repair's status history as a timeline with Jalali dates; money with thousands separators, its
 * unit and the toman amount — typed in Persian digits and stored as the whole number.
 * Persian first (the admin's default); English stays selectable and shows the English labels.
 */
import fs from 'fs';
import path from 'path';
import type { Page } from 'playwright-core';
import { adminForFile, expectInputValue, shootAdmin } from '../helpers/admin';
import { SHOTS } from '../helpers/browser';
import { createDevice, createModel, createStaffMember, createSubscriber, type StaffMember } from '../helpers/fixtures';
import { REPAIR_STATUS_LABELS } from '../../src/domain/repairs';

type Language = 'fa' | 'en';
/** What staff read, in each admin language (the labels are src/domain/vocabulary.ts's). */
const TEXT = {
  fa: {
    ready: 'آمادهٔ تحویل',
    received: 'پذیرش شد',
    outcomePending: 'در جریان',
    initialTerm: 'دورهٔ اولیه (همراه خرید)',
    paymentPending: 'در انتظار پرداخت',
    receivedAt: '۲ آذر ۱۴۰۵، ساعت ۱۰:۳۰',
    current: 'وضعیت فعلی',
    price: '۱۲۵٬۰۰۰٬۰۰۰',
    priceTomans: 'معادل ۱۲٬۵۰۰٬۰۰۰ تومان',
    unit: 'ریال',
    typedPrice: '۹۸۷٬۶۵۴٬۳۲۱',
    payment: '۲۵۰٬۰۰۰٬۰۰۰ ریال',
    paymentTomans: '۲۵٬۰۰۰٬۰۰۰ تومان',
  },
  en: {
    ready: 'Ready for collection',
    received: 'Received',
    outcomePending: 'In progress',
    initialTerm: 'Initial term',
    paymentPending: 'Awaiting payment',
    receivedAt: '2 Azar 1405 AP, 10:30',
    current: 'current',
    price: '125,000,000',
    priceTomans: '= 12,500,000 tomans',
    unit: 'rials',
    typedPrice: '987,654,321',
    payment: '250,000,000 rials',
    paymentTomans: '25,000,000 tomans',
  },
} satisfies Record<Language, Record<string, string>>;

const REPAIRS = 'api::repair-order.repair-order';
const DEVICES = 'api::device.device';
const PAYMENTS = 'api::payment.payment';
const listUrl = (uid: string) => `/admin/content-manager/collection-types/${uid}`;

const admin = adminForFile();
let member: StaffMember;
let device: any;
let movedRepair: any;
let freshRepair: any;

beforeAll(async () => {
  const { strapi } = admin.app;
  member = await createStaffMember(strapi, 'poshtiban-senior-support', 'سارا');
  const model = await createModel(strapi);
  const owner = await createSubscriber(strapi, { fullName: 'نرگس کاظمی' });
  device = await createDevice(strapi, { owner: owner.documentId, model: model.documentId, purchasePriceRials: '125000000' });

  // a repair whose status changed a few times (each change appends to its history), and one just received
  movedRepair = await strapi.documents(REPAIRS).create({ data: { device: device.documentId, reportedFault: 'کمپرسور روشن نمی‌شود', receivedAt: '2026-11-23T07:00:00.000Z' } as any });
  for (const repairStatus of ['diagnosing', 'repairing', 'ready']) {
    await strapi.documents(REPAIRS).update({ documentId: movedRepair.documentId, data: { repairStatus } as any });
  }
  freshRepair = await strapi.documents(REPAIRS).create({ data: { device: device.documentId, reportedFault: 'صدای غیرعادی' } as any });

  // payments are written by the payment plugin only, below the Document Service
  await strapi.db.query(PAYMENTS).create({
    data: { purpose: 'contract-renewal', referenceId: 'test-1', amountRials: '250000000', gateway: 'sandbox', paymentStatus: 'pending', callbackCount: 0 },
  });
}, 600_000);

const openList = async (page: Page, uid: string, search = '') => {
  await page.goto(`${admin.baseUrl}${listUrl(uid)}${search}`);
  await page.locator('tbody tr').first().waitFor({ timeout: 60_000 });
};

/**
 * A screenshot while a select's list is open. In the right-to-left admin an open list makes the
 * document wider than the window, and playwright's screenshot of the window then comes out blank;
 * Chromium's own capture (DevTools protocol) shows what staff see.
 */
const shootOpenList = async (page: Page, name: string) => {
  const cdp = await page.context().newCDPSession(page);
  const { data } = await cdp.send('Page.captureScreenshot', { format: 'png' });
  fs.writeFileSync(path.join(SHOTS, `${name}.png`), Buffer.from(data, 'base64'));
  await cdp.detach();
};

/** The device's stored purchase price once it is `expected` (or what it is after 30 s). */
const storedPrice = async (expected: string) => {
  let stored: unknown;
  for (const until = Date.now() + 30_000; Date.now() < until; await new Promise((r) => setTimeout(r, 250))) {
    stored = (await admin.app.strapi.db.query(DEVICES).findOne({ where: { documentId: device.documentId } }))?.purchasePriceRials;
    if (stored === expected) break;
  }
  return stored;
};

/** The text of each cell of the column whose cells carry enumeration values, by row. */
const enumCells = (page: Page) => page.locator('tbody [data-enum-value]');

describe('a Senior support member reads values, not codes', () => {
  let page: Page;
  const language: Language = 'fa';
  const text = TEXT[language];

  beforeAll(async () => {
    const context = await admin.newContext({ lang: 'fa' });
    page = await context.newPage();
    await admin.logIn(page, member);
  }, 120_000);

  test('the repair list shows status and outcome labels', async () => {
    await openList(page, REPAIRS);
    expect(await enumCells(page).first().getAttribute('lang')).toBe(language);
    const values = await enumCells(page).evaluateAll((els) => els.map((el) => [el.getAttribute('data-enum-value'), el.textContent]));
    expect(values).toEqual(
      expect.arrayContaining([
        ['ready', text.ready],
        ['received', text.received],
        ['pending', text.outcomePending],
      ])
    );
    // no cell shows a raw value
    const table = await page.locator('tbody').innerText();
    for (const raw of ['ready', 'received', 'diagnosing', 'pending']) expect(table).not.toMatch(new RegExp(`\\b${raw}\\b`));
    await shootAdmin(page, 'admin-readable-repair-list');
  });

  test('the status filter offers labelled options, and the applied filter is named by its label', async () => {
    await openList(page, REPAIRS);
    await page.getByRole('button', { name: /^(Filters|فیلتر)/ }).click();
    const popover = page.locator('[role=dialog]').last();
    // the field select: choose the repair's status (labelled «وضعیت» in src/bootstrap/admin-labels.ts)
    await popover.getByRole('combobox').first().click();
    await page.getByRole('option', { name: 'وضعیت', exact: true }).click();
    // the value select: the repair statuses by their labels
    await popover.getByRole('combobox').last().click();
    const options = await page.getByRole('option').allInnerTexts();
    expect(options).toEqual(expect.arrayContaining(Object.values(REPAIR_STATUS_LABELS).map((label) => label[language])));
    expect(options).not.toContain('diagnosing');
    await page.waitForTimeout(300); // the list's opening animation, for the screenshot
    await shootOpenList(page, 'admin-readable-repair-filter');
    await page.getByRole('option', { name: text.ready }).click();
    await popover.locator('button[type=submit]').click();

    await page.waitForURL(/repairStatus/);
    await page.waitForFunction(() => (globalThis as any).document.querySelectorAll('tbody tr').length === 1, undefined, { timeout: 30_000 });
    expect(await enumCells(page).evaluateAll((els) => els.map((el) => el.getAttribute('data-enum-value')))).toEqual(['ready', 'pending']);
    // the chip of the applied filter: «وضعیت … آمادهٔ تحویل», not «ready»
    expect(await page.getByRole('button', { name: new RegExp(`^وضعیت .* ${text.ready}$`) }).count()).toBe(1);
    await shootAdmin(page, 'admin-readable-repair-filtered');
  });

  test('a repair: the status select is labelled, the history is a timeline with Jalali dates', async () => {
    await page.goto(`${admin.baseUrl}${listUrl(REPAIRS)}/${movedRepair.documentId}`);
    const timeline = page.getByTestId('status-history');
    await timeline.waitFor({ timeout: 60_000 });

    // the status select shows the label of the current value; its options are labelled too
    const status = page.getByRole('combobox', { name: /^وضعیت/ }).first();
    await expect(status.innerText()).resolves.toContain(text.ready);

    const steps = timeline.locator('li');
    expect(await steps.evaluateAll((els) => els.map((el) => el.getAttribute('data-status')))).toEqual(['received', 'diagnosing', 'repairing', 'ready']);
    const texts = await steps.allInnerTexts();
    expect(texts[0]).toContain(text.received);
    // received 23 Nov 2026 07:00 UTC = 2 Azar 1405, 10:30 in Tehran
    expect(texts[0]).toContain(text.receivedAt);
    expect(texts[1]).toContain(REPAIR_STATUS_LABELS.diagnosing[language]);
    expect(texts[3]).toContain(text.ready);
    expect(texts[3].toLowerCase()).toContain(text.current.toLowerCase()); // a badge, upper-cased in English
    expect(await page.locator('.cm-editor').count()).toBe(0); // no JSON editor (Strapi's is CodeMirror)
    await timeline.scrollIntoViewIfNeeded();
    await shootAdmin(page, 'admin-readable-repair-edit');

    await status.click();
    await page.getByRole('option').last().waitFor();
    expect(await page.getByRole('option').allInnerTexts()).toEqual(expect.arrayContaining(Object.values(REPAIR_STATUS_LABELS).map((label) => label[language])));
    await page.waitForTimeout(300); // the list's opening animation, for the screenshot
    await shootOpenList(page, 'admin-readable-repair-status-select');
    await page.keyboard.press('Escape');
  });

  test('a repair just received: its timeline has one step', async () => {
    await page.goto(`${admin.baseUrl}${listUrl(REPAIRS)}/${freshRepair.documentId}`);
    const timeline = page.getByTestId('status-history');
    await timeline.waitFor({ timeout: 60_000 });
    expect(await timeline.locator('li').count()).toBe(1);
    await expect(timeline.innerText()).resolves.toContain(text.received);
  });

  test('a device: the purchase price with separators, its unit and tomans; typed in Persian digits, stored as the number', async () => {
    await openList(page, DEVICES);
    expect(await enumCells(page).allInnerTexts()).toContain(text.initialTerm);

    await page.goto(`${admin.baseUrl}${listUrl(DEVICES)}/${device.documentId}`);
    const price = page.getByRole('textbox', { name: /قیمت فاکتور خرید/ });
    await price.waitFor({ timeout: 60_000 });
    await expectInputValue(price, text.price);
    const field = page.locator('div', { has: price }).filter({ hasText: text.priceTomans }).last();
    await expect(field.innerText()).resolves.toContain(text.unit);
    await price.scrollIntoViewIfNeeded();
    await shootAdmin(page, 'admin-readable-device-price');

    await price.fill('');
    await price.pressSequentially('۹۸۷۶۵۴۳۲۱');
    await expect(price.inputValue()).resolves.toBe(text.typedPrice);
    await page.getByRole('button', { name: /^(Save|ذخیره)$/ }).click();
    expect(await storedPrice('987654321')).toBe('987654321');
  });

  test('the payment list shows amounts with separators, the unit and tomans, and statuses by label', async () => {
    await openList(page, PAYMENTS);
    const table = await page.locator('tbody').innerText();
    expect(table).toContain(text.payment);
    expect(table).toContain(text.paymentTomans);
    expect(table).toContain(text.paymentPending);
    await shootAdmin(page, 'admin-readable-payment-list');
  });
});

describe('English stays selectable', () => {
  test('the same lists in the English admin: English labels, Latin digits, rials and tomans', async () => {
    const text = TEXT.en;
    const context = await admin.newContext({ lang: 'en' });
    const page = await context.newPage();
    await admin.logIn(page, member);
    await openList(page, REPAIRS);
    expect(await enumCells(page).first().getAttribute('lang')).toBe('en');
    expect(await enumCells(page).allInnerTexts()).toEqual(expect.arrayContaining([text.ready, text.received, text.outcomePending]));
    await openList(page, PAYMENTS);
    const table = await page.locator('tbody').innerText();
    expect(table).toContain(text.payment);
    expect(table).toContain(text.paymentTomans);
    expect(table).toContain(text.paymentPending);
    await shootAdmin(page, 'admin-readable-payment-list-en');
    await context.close();
  });
});
