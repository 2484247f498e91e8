/**
 * Where the site's results and notices lead, in a real browser: the payments page (پرداخت‌ها)
 * from the profile and a device's page, a paid payment's printable receipt (and none for an
 * unpaid one), the payment result page's way back to the device with its new end date and «try
 * again» into the device's service section, the dashboard items named for their action,
 * notifications that open the repair or device they are about, a repair delivered late marked
 * «با تأخیر» with its working days, and the buyer's own print of their repair receipt.
 * Screenshots go to test-results/.
 */
import request from 'supertest';
import type { Page } from 'playwright-core';
import type { TestApp } from '../helpers/strapi';
import { DESKTOP, MOBILE, expectNoHorizontalOverflow, shoot, startSiteUnderTest, type SiteUnderTest, failOnPageErrors, pageForBlock } from '../helpers/browser';
import { createCustomer, createDevice, createModel, PASSWORD, tokenFor } from '../helpers/fixtures';
import { addDays, formatJalaliDateLong, tehranDate } from '../../src/domain/jalali';
import { renewalTerm } from '../../src/domain/service-choices';
import { workingDaysBetween } from '../../src/domain/working-days';
import { toPersianDigits } from '../../src/domain/digits';

jest.setTimeout(120_000);

const REPAIRS = 'api::repair-order.repair-order';
type Customer = { id: number; documentId: string; subscriberNumber: string; fullName: string };

let site: SiteUnderTest;
let app: TestApp;
let baseUrl: string;
let buyer: Customer;
let stranger: Customer;
const today = tehranDate();
const ids = {} as { renewed: string; renewedSerial: string; retry: string; awaiting: string; paid: string; paidRef: string; cancelled: string; newEnd: string; lateRepair: string; lateCode: string; lateDays: number };

/** Text without the bidi isolates the site puts around inserted values. */
const plain = (text: string) => text.replace(/[\u2066-\u2069]/g, '');

const login = async (page: Page, who: Customer) => {
  await page.goto(`${baseUrl}/login`);
  await page.locator('input[name="identifier"]').fill(who.subscriberNumber);
  await page.locator('input[name="password"]').fill(PASSWORD);
  await page.locator('form button[type="submit"]').click();
  await page.waitForURL(`${baseUrl}/`);
  await page.locator('[data-testid="subscriber-number"]').waitFor();
};

/** Renews a device through the API and pays (or cancels) on the built-in sandbox gateway. */
const renewAndSettle = async (token: string, deviceId: string, years: number, decision: 'pay' | 'cancel') => {
  const res = await request(app.server).post(`/api/me/devices/${deviceId}/service`).set({ Authorization: `Bearer ${token}` }).send({ choice: 'renew', years });
  expect(res.status).toBe(200);
  const authority = new URL(res.body.data.payment.redirectUrl).pathname.split('/').pop()!;
  const back = await request(app.server).post(`/api/payment/sandbox/${authority}/${decision}`);
  const callback = new URL(back.headers.location);
  await request(app.server).get(`${callback.pathname}${callback.search}`);
  return res.body.data.payment.id as string;
};

beforeAll(async () => {
  site = await startSiteUnderTest();
  ({ app, baseUrl } = site);
  app.strapi.config.set('plugin::payment.publicUrl', baseUrl);
  app.strapi.plugin('payment').service('payments').resetGateway();

  buyer = (await createCustomer(app.strapi, { fullName: 'علی رضایی', mobile: '09121000077' })) as unknown as Customer;
  stranger = (await createCustomer(app.strapi, { fullName: 'سارا محمدی' })) as unknown as Customer;
  const model = await createModel(app.strapi, { brand: 'Zig', model: 'ZC-500' });
  const renewed = await createDevice(app.strapi, { owner: buyer.documentId, model: model.documentId, serviceEnd: addDays(today, -10) });
  const retry = await createDevice(app.strapi, { owner: buyer.documentId, model: model.documentId, serviceEnd: addDays(today, -3) });
  const awaiting = await createDevice(app.strapi, { owner: buyer.documentId, model: model.documentId, installationConfirmedAt: null });
  Object.assign(ids, { renewed: renewed.documentId, renewedSerial: renewed.serial, retry: retry.documentId, awaiting: awaiting.documentId });

  const token = await tokenFor(app.server, buyer.subscriberNumber);
  ids.cancelled = await renewAndSettle(token, retry.documentId, 1, 'cancel');
  ids.paid = await renewAndSettle(token, renewed.documentId, 2, 'pay');
  ids.newEnd = renewalTerm(today, addDays(today, -10), 2).end;
  ids.paidRef = (await app.strapi.db.query('api::payment.payment').findOne({ where: { documentId: ids.paid } })).refId;

  // a repair received two months ago and delivered today: late against its promise
  const receivedAt = new Date(Date.now() - 60 * 86_400_000).toISOString();
  const repair = await app.strapi.documents(REPAIRS).create({ data: { device: renewed.documentId, reportedFault: 'کمپرسور صدا می‌دهد', accessoriesReceived: 'کابل برق', boxReceived: true, receivedAt } as any });
  await app.strapi.documents(REPAIRS).update({ documentId: repair.documentId, data: { repairStatus: 'delivered', outcome: 'repaired' } as any });
  const row = await app.strapi.db.query(REPAIRS).findOne({ where: { documentId: repair.documentId } });
  Object.assign(ids, { lateRepair: repair.documentId, lateCode: row.trackingCode, lateDays: workingDaysBetween(row.promisedBy, today, await app.strapi.service('api::holiday.holiday').dates()) });
});

afterAll(async () => {
  await site?.close();
});

failOnPageErrors(() => site);

describe('payments and receipts', () => {
  let page: Page;
  pageForBlock(() => site, DESKTOP, async (opened) => {
    page = opened;
    await login(page, buyer);
  });

  test('the profile leads to «پرداخت‌ها»: newest first, device, plan, period, tomans, Persian status', async () => {
    await page.goto(`${baseUrl}/profile`);
    await page.locator('[data-testid="profile-payments-link"]').click();
    await page.waitForURL(`${baseUrl}/payments`);
    const rows = page.locator('[data-testid="payment-row"]');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(2);
    expect(await rows.nth(0).getAttribute('data-payment-id')).toBe(ids.paid);
    const paid = plain(await rows.nth(0).innerText());
    expect(paid).toContain('تمدید قرارداد خدمات (دوساله)');
    expect(paid).toContain(ids.renewedSerial);
    expect(paid).toContain('پرداخت موفق');
    expect(paid).toContain('۴۵٬۰۰۰٬۰۰۰ تومان');
    expect(paid).toContain(toPersianDigits(ids.paidRef));
    expect(paid).toMatch(/[۰-۹]{4}\/[۰-۹]{2}\/[۰-۹]{2} تا [۰-۹]{4}\/[۰-۹]{2}\/[۰-۹]{2}/);
    const cancelled = await rows.nth(1).innerText();
    expect(cancelled).toContain('پرداخت لغو شد');
    expect(await rows.nth(1).locator('[data-testid="payment-receipt-link"]').count()).toBe(0);
    await shoot(page, 'payments-list-desktop-fa');
  });

  test('a paid payment’s receipt: tracking code, tomans and rials, device, period, Jalali Tehran time; printed alone', async () => {
    await page.locator('[data-testid="payment-row"]').first().locator('[data-testid="payment-receipt-link"]').click();
    await page.waitForURL(`${baseUrl}/payments/${ids.paid}/receipt`);
    const receipt = page.locator('[data-testid="payment-receipt"]');
    await receipt.waitFor();
    expect(await page.locator('[data-testid="receipt-refId"]').innerText()).toContain(toPersianDigits(ids.paidRef));
    expect(await page.locator('[data-testid="receipt-amountTomans"]').innerText()).toContain('۴۵٬۰۰۰٬۰۰۰ تومان');
    expect(await page.locator('[data-testid="receipt-amountRials"]').innerText()).toContain('۴۵۰٬۰۰۰٬۰۰۰ ریال');
    expect(await page.locator('[data-testid="receipt-device"]').innerText()).toContain(ids.renewedSerial);
    expect(await page.locator('[data-testid="receipt-period"]').innerText()).toContain(formatJalaliDateLong(ids.newEnd));
    expect(plain(await page.locator('[data-testid="receipt-paidAt"]').innerText())).toMatch(/^[^\n]*[۰-۹]{4}\/[۰-۹]{2}\/[۰-۹]{2}، [۰-۹]{2}:[۰-۹]{2} به وقت تهران/);
    expect(await page.locator('[data-testid="receipt-payer"]').innerText()).toContain('علی رضایی');
    const style = await receipt.evaluate((el) => ({ dir: getComputedStyle(el).direction, font: getComputedStyle(el).fontFamily }));
    expect(style.dir).toBe('rtl');
    expect(style.font).toMatch(/Vazirmatn/);
    await shoot(page, 'payment-receipt-desktop-fa');
    // on paper: the sheet only
    await page.emulateMedia({ media: 'print' });
    try {
      const visible = await page.evaluate(() => ({
        header: getComputedStyle(document.querySelector('.site-header')!).visibility,
        title: getComputedStyle(document.querySelector('.page-header')!).visibility,
        sheet: getComputedStyle(document.querySelector('[data-testid="payment-receipt"]')!).visibility,
      }));
      expect(visible).toEqual({ header: 'hidden', title: 'hidden', sheet: 'visible' });
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });

  test('no receipt for an unpaid payment, and none for another subscriber’s', async () => {
    await page.goto(`${baseUrl}/payments/${ids.cancelled}/receipt`);
    const refused = page.locator('[data-testid="receipt-refused"]');
    await refused.waitFor();
    expect(await refused.getAttribute('data-reason')).toBe('not-paid');
    expect(await refused.innerText()).toContain('رسید فقط برای پرداخت موفق صادر می‌شود');
    expect(await page.locator('[data-testid="payment-receipt"]').count()).toBe(0);
  });

  test('the device page links to the payments', async () => {
    await page.goto(`${baseUrl}/devices/${ids.renewed}`);
    await page.locator('[data-testid="device-payments-link"]').click();
    await page.waitForURL(`${baseUrl}/payments`);
  });

  test('the result of a paid renewal shows the new end date and leads back to the device', async () => {
    await page.goto(`${baseUrl}/payments/${ids.paid}?outcome=paid`);
    await page.locator('[data-testid="payment-result"][data-status="paid"]').waitFor();
    expect(await page.locator('[data-testid="payment-new-service-end"]').innerText()).toBe(formatJalaliDateLong(ids.newEnd));
    expect(await page.locator('[data-testid="payment-receipt-link"]').getAttribute('href')).toBe(`/payments/${ids.paid}/receipt`);
    await page.locator('[data-testid="payment-to-device"]').click();
    await page.waitForURL(`${baseUrl}/devices/${ids.renewed}`);
    await page.locator('[data-testid="service-end"]').waitFor();
  });

  test('«try again from the device page» opens that device’s service section, not the device list', async () => {
    await page.goto(`${baseUrl}/payments/${ids.cancelled}?outcome=cancelled`);
    await page.locator('[data-testid="payment-result"][data-status="cancelled"]').waitFor();
    await page.locator('[data-testid="payment-try-again"]').click();
    await page.waitForURL(`${baseUrl}/devices/${ids.retry}#service`);
    await page.locator('[data-testid="choice-renew"]').waitFor();
  });
});

describe('another subscriber', () => {
  let page: Page;
  pageForBlock(() => site, DESKTOP, async (opened) => {
    page = opened;
    await login(page, stranger);
  });

  test('finds neither the first one’s payments nor their receipt', async () => {
    await page.goto(`${baseUrl}/payments`);
    await page.locator('.state--empty').waitFor();
    expect(await page.locator('[data-testid="payment-row"]').count()).toBe(0);
    await page.goto(`${baseUrl}/payments/${ids.paid}/receipt`);
    await page.locator('[data-testid="receipt-refused"][data-reason="not-found"]').waitFor();
  });
});

describe('dashboard and notifications lead to the action', () => {
  let page: Page;
  pageForBlock(() => site, MOBILE, async (opened) => {
    page = opened;
    await login(page, buyer);
  }, { mobile: true });

  test('dashboard items are named for their action', async () => {
    await page.goto(`${baseUrl}/`);
    const install = page.locator(`[data-testid="attention-list"] a[href="/devices/${ids.awaiting}#installation"]`);
    await install.waitFor();
    expect((await install.innerText()).trim()).toBe('تکمیل فرم تأییدیهٔ نصب');
    const service = page.locator(`[data-testid="attention-list"] a[href="/devices/${ids.retry}#service"]`);
    expect((await service.innerText()).trim()).toBe('انتخاب نحوهٔ ادامهٔ خدمات');
    await expectNoHorizontalOverflow(page);
  });

  test('on a phone the payments and the receipt fit the screen', async () => {
    await page.goto(`${baseUrl}/payments`);
    await page.locator('[data-testid="payment-row"]').first().waitFor();
    await expectNoHorizontalOverflow(page);
    await shoot(page, 'payments-list-mobile-fa');
    await page.goto(`${baseUrl}/payments/${ids.paid}/receipt`);
    await page.locator('[data-testid="payment-receipt"]').waitFor();
    await expectNoHorizontalOverflow(page);
    await shoot(page, 'payment-receipt-mobile-fa');
  });

  test('a repair notification opens the repair and is marked read', async () => {
    await page.goto(`${baseUrl}/notifications`);
    const link = page.locator(`[data-testid="notification-link"][href="/repairs/${ids.lateRepair}"]`).first();
    await link.waitFor();
    expect((await link.innerText()).trim()).toBe('مشاهدهٔ تعمیر');
    await shoot(page, 'notifications-links-mobile-fa');
    const notice = page.locator('[data-testid="notification"]', { has: link });
    const noticeId = (await notice.getAttribute('id'))!.replace('notification-', '');
    await link.click();
    await page.waitForURL(`${baseUrl}/repairs/${ids.lateRepair}`);
    const token = await tokenFor(app.server, buyer.subscriberNumber);
    const list = await request(app.server).get('/api/me/notifications?pageSize=50').set({ Authorization: `Bearer ${token}` });
    expect(list.body.data.find((n: any) => n.id === noticeId).read).toBe(true);
  });

  test('the renewal notification opens the device', async () => {
    await page.goto(`${baseUrl}/notifications`);
    const link = page.locator(`[data-testid="notification-link"][href="/devices/${ids.renewed}"]`).first();
    await link.click();
    await page.waitForURL(`${baseUrl}/devices/${ids.renewed}`);
    await page.locator('[data-testid="service-end"]').waitFor();
  });
});

describe('repairs: late mark and the printed receipt', () => {
  let page: Page;
  pageForBlock(() => site, DESKTOP, async (opened) => {
    page = opened;
    await login(page, buyer);
  });

  test('a repair delivered after its promised date is marked «با تأخیر» with its working days', async () => {
    expect(ids.lateDays).toBeGreaterThan(0);
    await page.goto(`${baseUrl}/repairs`);
    const card = page.locator(`[data-testid="repair-card"][data-repair-id="${ids.lateRepair}"]`);
    await card.waitFor();
    expect((await card.locator('[data-testid="repair-late"]').innerText()).trim()).toBe('با تأخیر');
    expect(await card.locator('[data-testid="repair-delay"]').innerText()).toBe(`با تأخیر: ${toPersianDigits(ids.lateDays)} روز کاری پس از موعد`);
    await page.goto(`${baseUrl}/repairs/${ids.lateRepair}`);
    await page.locator('.page-header [data-testid="repair-late"]').waitFor();
    expect(await page.locator('[data-testid="repair-delay"]').innerText()).toContain(toPersianDigits(ids.lateDays));
    await shoot(page, 'repair-late-desktop-fa');
  });

  test('the buyer prints their own repair receipt: the content staff print, in Persian', async () => {
    await page.locator('[data-testid="repair-print-link"]').click();
    await page.waitForURL(`${baseUrl}/repairs/${ids.lateRepair}/receipt`);
    const sheet = page.locator('[data-testid="repair-receipt"]');
    await sheet.waitFor();
    expect(await page.locator('[data-testid="repair-receipt-code"]').innerText()).toBe(ids.lateCode);
    // the same rows as the receipt staff print from the admin
    const html: string = await app.strapi.service('api::repair-order.repairs').receiptHtml(ids.lateRepair);
    const rows = await sheet.locator('tr').evaluateAll((trs) => trs.map((tr) => [tr.querySelector('th')!.textContent, tr.querySelector('td')!.textContent]));
    expect(rows.map((r) => r[0])).toEqual(['تاریخ و ساعت پذیرش', 'مشترک', 'دستگاه', 'شماره سریال', 'ایراد اعلام‌شده', 'لوازم جانبی تحویل‌شده', 'جعبه']);
    for (const [label, value] of rows) expect(html).toContain(`<tr><th>${label}</th><td>${value}</td></tr>`);
    expect(await sheet.innerText()).toContain('یعنی ۷ روز کاری پس از پذیرش');
    expect(await sheet.evaluate((el) => getComputedStyle(el).fontFamily)).toMatch(/Vazirmatn/);
    await shoot(page, 'repair-receipt-desktop-fa');
    await page.emulateMedia({ media: 'print' });
    try {
      expect(await page.evaluate(() => getComputedStyle(document.querySelector('.site-header')!).visibility)).toBe('hidden');
      expect(await sheet.evaluate((el) => getComputedStyle(el).visibility)).toBe('visible');
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });
});
