/**
 * A device's service over time in a real browser: the installation confirmation form (field
 * errors from the server, the signed record with its SHA-256, a form confirmed meanwhile → 409),
 * the service choices once the term ends — a two-year renewal paid on the built-in sandbox
 * gateway and back to the result page, a payment cancelled on the gateway, pay-per-case, and
 * cancelling the service through its confirmation dialog — the result page waiting for a pending
 * payment, and the dashboard's links into the device page's sections. Screenshots (phone and
 * desktop, Persian and English) go to test-results/.
 */
import path from 'path';
import request from 'supertest';
import type { Page } from 'playwright-core';
import type { TestApp } from '../helpers/strapi';
import { DESKTOP, MOBILE, expectNoHorizontalOverflow, shoot, shotToDocs, startSiteUnderTest, type Lang, type SiteUnderTest, failOnPageErrors, pageForBlock } from '../helpers/browser';
import { toPersianDigits } from '../../src/domain/digits';
import { createCustomer, createDevice, createModel, PASSWORD, tokenFor } from '../helpers/fixtures';
import { addDays, formatJalaliDate, formatJalaliDateEnglish, formatJalaliDateLong, jalaliParts, tehranDate } from '../../src/domain/jalali';
import { renewalTerm } from '../../src/domain/service-choices';
import { addJalaliMonths } from '../../src/domain/jalali-terms';

jest.setTimeout(120_000);

const CONFIRMATION = 'api::installation-confirmation.installation-confirmation';

type Customer = { id: number; documentId: string; subscriberNumber: string; fullName: string };

let site: SiteUnderTest;
let app: TestApp;
let baseUrl: string;
let buyer: Customer;
let modelId: string;
const today = tehranDate();
/** devices of `buyer`, one per scenario (documentIds) */
const devices = {} as Record<'confirm' | 'conflict' | 'formShots' | 'serverError' | 'renew' | 'gatewayCancel' | 'payPerCase' | 'stale' | 'poll' | 'choiceShots', string>;
const serials = {} as Record<keyof typeof devices, string>;
/** the payments the scenarios made (ids), for the result page's screenshots */
const payments: { paid?: string; cancelled?: string } = {};
/** Logs in through the login page (in Persian or English, whichever the page is in). */
const login = async (page: Page) => {
  await page.goto(`${baseUrl}/login`);
  await page.locator('input[name="identifier"]').fill(buyer.subscriberNumber);
  await page.locator('input[name="password"]').fill(PASSWORD);
  await page.locator('form button[type="submit"]').click();
  await page.waitForURL(`${baseUrl}/`);
  await page.locator('[data-testid="subscriber-number"]').waitFor();
};

const openDevice = async (page: Page, documentId: string) => {
  await page.goto(`${baseUrl}/devices/${documentId}`);
  await page.locator('[data-testid="service-end"]').waitFor();
};

/** The installation form's date box and its Jalali calendar. */
const dateBox = (page: Page) => page.locator('input[name="installationDate"]');
const calendar = (page: Page) => page.locator('[data-testid="installationDate-calendar"]');

/**
 * Picks a day in the open calendar with the mouse. The calendar names each day "Choose <weekday>
 * <month> <day> of <year>" in the page's language and digits; earlier months are a click on its
 * "previous" arrow away.
 */
const pickDay = async (page: Page, iso: string, lang: Lang = 'fa') => {
  const { year, day } = jalaliParts(iso);
  const monthName = new Intl.DateTimeFormat(`${lang}-u-ca-persian`, { timeZone: 'Asia/Tehran', month: 'long' }).format(new Date(`${iso}T12:00:00Z`));
  const inDigits = (n: number, width: number) => {
    const text = String(n).padStart(width, '0');
    return lang === 'fa' ? toPersianDigits(text) : text;
  };
  const header = calendar(page).locator('.rmdp-header-values');
  for (let i = 0; i < 3 && !(await header.innerText()).includes(monthName); i++) await calendar(page).locator('.rmdp-arrow-container.rmdp-left').click();
  await calendar(page).locator(`.rmdp-day:not(.rmdp-day-hidden)[aria-label$="${monthName} ${inDigits(day, 2)} of ${inDigits(year, 4)}"]`).click();
};

const headerStatus = (page: Page) => page.locator('.page-header [data-testid="service-status"]');
const activeElementId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? null);

/** The buyer's API token, for what the tests do behind the page's back. */
const apiToken = () => tokenFor(app.server, buyer.subscriberNumber);

/** The buyer pays on the sandbox gateway without a browser: pay (or cancel), then the callback. */
const settleOnGateway = async (redirectUrl: string, decision: 'pay' | 'cancel') => {
  const authority = new URL(redirectUrl).pathname.split('/').pop()!;
  const back = await request(app.server).post(`/api/payment/sandbox/${authority}/${decision}`);
  expect(back.status).toBe(303);
  const callback = new URL(back.headers.location);
  const result = await request(app.server).get(`${callback.pathname}${callback.search}`);
  expect(result.status).toBe(302);
  return result.headers.location as string;
};

beforeAll(async () => {
  site = await startSiteUnderTest();
  ({ app, baseUrl } = site);
  // the sandbox gateway's page and the callback must be reachable at this server
  app.strapi.config.set('plugin::payment.publicUrl', baseUrl);
  app.strapi.plugin('payment').service('payments').resetGateway();

  buyer = (await createCustomer(app.strapi, { fullName: 'علی رضایی', mobile: '09121000000' })) as unknown as Customer;
  const model = await createModel(app.strapi, { brand: 'Zig', model: 'ZC-200' });
  modelId = model.documentId;

  const make = async (key: keyof typeof devices, overrides: Record<string, unknown>) => {
    const device = await createDevice(app.strapi, { owner: buyer.documentId, model: model.documentId, ...overrides } as any);
    devices[key] = device.documentId;
    serials[key] = device.serial;
  };
  // awaiting confirmation; the installer recorded the installation four days ago
  for (const key of ['confirm', 'conflict', 'formShots', 'serverError'] as const) await make(key, { installationConfirmedAt: null, installationDate: addDays(today, -4) });
  // the initial term as staff record it with the sale: it waits for the confirmation
  const installed = addDays(today, -100);
  await app.strapi.documents('api::contract.contract').create({
    data: { device: devices.confirm, subscriber: buyer.documentId, kind: 'initial', startDate: installed, endDate: addJalaliMonths(installed, 12), priceRials: '0' } as any,
  });
  for (const key of ['renew', 'gatewayCancel', 'payPerCase', 'stale', 'poll', 'choiceShots'] as const) await make(key, { serviceEnd: addDays(today, -10) });
});

afterAll(async () => {
  await site?.close();
});

failOnPageErrors(() => site);

describe('installation confirmation', () => {
  let page: Page;
  pageForBlock(() => site, DESKTOP, async (opened) => {
    page = opened;
    await login(page);
  });

  test("the dashboard's item opens the form on the device page", async () => {
    const link = page.locator(`[data-testid="attention-list"] a[href="/devices/${devices.confirm}#installation"]`);
    expect(await link.count()).toBe(1);
    await link.click();
    await page.waitForURL(`${baseUrl}/devices/${devices.confirm}#installation`);
    const form = page.locator('[data-testid="installation-form"]');
    await form.waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'installation');
    const text = await form.innerText();
    expect(text).toContain('فرم تأییدیهٔ نصب و راه‌اندازی');
    expect(text).toContain('پیش‌نیاز فعال‌سازی خدمات');
    expect(text).toContain('چک‌لیست تأیید نصب سخت‌افزار');
    expect(text).toContain('پس از تأیید، اطلاعات غیرقابل ویرایش است.');
    expect(await headerStatus(page).innerText()).toBe('در انتظار تأیید نصب');
    // the services have not started: no countdown to their end, and the initial term waits
    const serviceEnd = await page.locator('[data-testid="service-end"]').innerText();
    expect(serviceEnd).toContain('در انتظار تأیید نصب');
    expect(serviceEnd).not.toContain('روز مانده');
    expect(await page.locator('[data-testid="contracts"] [data-testid="contract-status"]').allInnerTexts()).toEqual(['در انتظار تأیید نصب']);
    await shoot(page, 'lifecycle-awaiting-installation-desktop');
  });

  test('the button waits for every tick; the server refuses a date in the future', async () => {
    const submit = page.locator('[data-testid="installation-submit"]');
    expect(await submit.isDisabled()).toBe(true);
    for (const item of ['نصب کامل دستگاه', 'نصب درایور / کمپرسور / اتصالات', 'انجام آموزش اولیه']) {
      await page.getByLabel(item, { exact: true }).check();
    }
    expect(await submit.isDisabled()).toBe(true);
    await page.getByLabel('همهٔ موارد انجام شده است', { exact: true }).check();
    expect(await submit.isDisabled()).toBe(false);

    // staff's date is offered
    expect(await dateBox(page).inputValue()).toBe(formatJalaliDate(addDays(today, -4)));
    // typed in Persian digits, year first, as dates are written in Iran
    const future = addDays(today, 3);
    await page.getByLabel('تاریخ نصب', { exact: true }).fill(formatJalaliDate(future));
    expect(await page.locator('[data-testid="installation-date-jalali"]').innerText()).toContain(formatJalaliDateLong(future));
    const [response] = await Promise.all([page.waitForResponse((r) => r.url().endsWith('/installation-confirmation') && r.request().method() === 'POST'), submit.click()]);
    expect(response.status()).toBe(400);
    const dateInput = page.getByLabel('تاریخ نصب', { exact: true });
    await page.waitForFunction(() => document.querySelector('input[name="installationDate"]')?.getAttribute('aria-invalid') === 'true');
    expect(await page.locator('.field--date .field__error').innerText()).toBe('این تاریخ نمی‌تواند در آینده باشد.');
    // the form moves the focus to the field in the next frame
    await page.waitForFunction(() => document.activeElement?.getAttribute('name') === 'installationDate');
    expect(await dateInput.evaluate((el) => el === document.activeElement)).toBe(true);
    // and does not cover the message with the calendar
    expect(await calendar(page).count()).toBe(0);
  });

  test('a server failure is told in Persian, never as the server\'s English text', async () => {
    await page.route('**/installation-confirmation', (route) =>
      route.request().method() === 'POST'
        ? route.fulfill({ status: 500, contentType: 'application/json', body: JSON.stringify({ data: null, error: { status: 500, name: 'InternalServerError', message: 'Internal Server Error', details: {} } }) })
        : route.fallback()
    );
    try {
      await page.locator('[data-testid="installation-submit"]').click();
      const error = page.locator('[data-testid="installation-error"]');
      await error.waitFor();
      expect(await error.innerText()).toBe('سرور در انجام درخواست با خطا روبه‌رو شد. لطفاً چند لحظهٔ دیگر دوباره تلاش کنید.');
      expect(await page.locator('[data-testid="installation-form"]').innerText()).not.toContain('Internal Server Error');
    } finally {
      await page.unroute('**/installation-confirmation');
    }
  });

  test('the date is picked in the Jalali calendar, which opens from the box', async () => {
    await dateBox(page).click();
    await calendar(page).waitFor();
    // Persian month names and digits: the month of the date in the box (today + 3)
    const header = await calendar(page).locator('.rmdp-header-values').innerText();
    expect(header).toContain(new Intl.DateTimeFormat('fa-IR-u-ca-persian', { timeZone: 'Asia/Tehran', month: 'long' }).format(new Date(`${addDays(today, 3)}T12:00:00Z`)));
    expect(header).toMatch(/[۰-۹]{4}/);
    // no day after today can be picked
    const tomorrow = jalaliParts(addDays(today, 1));
    const tomorrowCell = calendar(page).locator(`.rmdp-day:not(.rmdp-day-hidden)[aria-label$=" ${toPersianDigits(String(tomorrow.day).padStart(2, '0'))} of ${toPersianDigits(tomorrow.year)}"]`);
    if (jalaliParts(addDays(today, 3)).month === tomorrow.month) expect(await tomorrowCell.getAttribute('class')).toContain('rmdp-disabled');

    const installed = addDays(today, -5);
    await pickDay(page, installed);
    await calendar(page).waitFor({ state: 'detached' });
    expect(await dateBox(page).inputValue()).toBe(formatJalaliDate(installed));
    expect(await activeElementId(page)).toBe(await dateBox(page).getAttribute('id'));
  });

  test('confirming shows the signed record with its hash, and the device becomes active', async () => {
    const installed = addDays(today, -5);
    expect(await page.locator('[data-testid="installation-date-jalali"]').innerText()).toContain(formatJalaliDateLong(installed));
    // the error of the failed attempt went when the date changed; the field's too
    expect(await page.locator('.field--date .field__error').count()).toBe(0);
    await shoot(page, 'lifecycle-installation-form-filled-desktop');
    await page.locator('[data-testid="installation-submit"]').click();

    const record = page.locator('[data-testid="installation-record"]');
    await record.waitFor();
    expect(await page.locator('[data-testid="installation-form"]').count()).toBe(0);
    expect(await page.locator('[data-testid="installation-notice"]').innerText()).toContain('تأییدیهٔ نصب ثبت شد');
    const hash = (await page.locator('[data-testid="content-hash"]').innerText()).trim();
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    const stored = await app.strapi.db.query(CONFIRMATION).findOne({ where: { deviceDocumentId: devices.confirm } });
    expect(hash).toBe(stored.contentHash);
    expect(await record.innerText()).toContain('اثر انگشت دیجیتال فرم (SHA-256)');
    expect(await page.locator('[data-testid="installation-date"]').innerText()).toContain(formatJalaliDateLong(installed));
    const by = await page.locator('[data-testid="installation-confirmed-by"]').innerText();
    expect(by).toContain('علی رضایی');
    expect(by).toContain(toPersianDigits(buyer.subscriberNumber));
    expect(await page.locator('[data-testid="installation-confirmed-at"]').innerText()).toMatch(/[۰-۹]{4}\/[۰-۹]{2}\/[۰-۹]{2}/);
    expect(await page.locator('[data-testid="installation-checklist"] .tick--done').count()).toBe(4);
    await page.waitForFunction(() => document.querySelector('.page-header [data-testid="service-status"]')?.textContent === 'فعال');
    // the "confirm the installation" item is gone
    expect(await page.locator('.attention--confirm_installation').count()).toBe(0);
    // the services run now: the initial term is active, with the days left to its end
    await page.waitForFunction(() => document.querySelector('[data-testid="contract-status"]')?.textContent === 'فعال');
    expect(await page.locator('[data-testid="service-end"]').innerText()).toMatch(/[۰-۹]+ روز مانده/);
    expect(await page.locator('[data-testid="service-waiting"]').count()).toBe(0);
    await shoot(page, 'lifecycle-installation-confirmed-desktop');
  });

  test('the record stays, read-only, on the next visit', async () => {
    await page.reload();
    await page.locator('[data-testid="installation-record"]').waitFor();
    expect(await page.locator('[data-testid="installation-form"]').count()).toBe(0);
    expect(await page.locator('[data-testid="installation-record"] input').count()).toBe(0);
    expect(await headerStatus(page).innerText()).toBe('فعال');
  });

  test('a form confirmed meanwhile (409) shows the record that counts', async () => {
    await openDevice(page, devices.conflict);
    await page.locator('[data-testid="installation-form"]').waitFor();
    for (const item of ['نصب کامل دستگاه', 'نصب درایور / کمپرسور / اتصالات', 'انجام آموزش اولیه', 'همهٔ موارد انجام شده است']) {
      await page.getByLabel(item, { exact: true }).check();
    }
    // by keyboard: ↓ moves into the calendar, on the offered date; → (right to left: a day earlier); Enter picks
    await dateBox(page).focus();
    await page.keyboard.press('ArrowDown');
    await calendar(page).waitFor();
    await page.waitForFunction(() => document.activeElement?.classList.contains('rmdp-day') ?? false);
    const sameMonth = jalaliParts(addDays(today, -4)).month === jalaliParts(addDays(today, -5)).month;
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await calendar(page).waitFor({ state: 'detached' });
    if (sameMonth) expect(await dateBox(page).inputValue()).toBe(formatJalaliDate(addDays(today, -5)));
    else expect(await dateBox(page).inputValue()).toMatch(/^[۰-۹]{4}\/[۰-۹]{2}\/[۰-۹]{2}$/);
    // Escape closes it and returns to the box
    await page.keyboard.press('ArrowDown');
    await calendar(page).waitFor();
    await page.keyboard.press('Escape');
    await calendar(page).waitFor({ state: 'detached' });
    expect(await activeElementId(page)).toBe(await dateBox(page).getAttribute('id'));
    // someone confirms it first (another tab)
    const res = await request(app.server)
      .post(`/api/me/devices/${devices.conflict}/installation-confirmation`)
      .set('Authorization', `Bearer ${await apiToken()}`)
      .send({ deviceFullyInstalled: true, driverCompressorConnectionsInstalled: true, initialTrainingGiven: true, allItemsDone: true, installationDate: addDays(today, -1) });
    expect(res.status).toBe(201);
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/installation-confirmation') && r.request().method() === 'POST'),
      page.locator('[data-testid="installation-submit"]').click(),
    ]);
    expect(response.status()).toBe(409);
    await page.locator('[data-testid="installation-record"]').waitFor();
    expect(await page.locator('[data-testid="installation-notice"]').innerText()).toContain('نصب این دستگاه قبلاً تأیید شده است');
    // what the record says is what was confirmed first
    expect(await page.locator('[data-testid="installation-date"]').innerText()).toContain(formatJalaliDateLong(addDays(today, -1)));
    expect((await page.locator('[data-testid="content-hash"]').innerText()).trim()).toBe(res.body.data.contentHash);
  });
});

describe('installation form in English', () => {
  let page: Page;
  pageForBlock(() => site, DESKTOP, async (opened) => {
    page = opened;
    await login(page);
  }, { lang: 'en' });

  test('the Jalali calendar with English month names; server and network failures in English', async () => {
    await openDevice(page, devices.serverError);
    await page.locator('[data-testid="installation-form"]').waitFor();
    for (const box of await page.locator('.check__input').all()) await box.check();
    // typed in Latin digits, still Jalali
    const installed = addDays(today, -6);
    await dateBox(page).fill(formatJalaliDate(installed).replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x06f0)));
    expect(await page.locator('[data-testid="installation-date-jalali"]').innerText()).toContain(formatJalaliDateEnglish(installed));

    await page.route('**/installation-confirmation', (route) =>
      route.request().method() === 'POST' ? route.fulfill({ status: 502, contentType: 'text/html', body: '<html><body>Bad Gateway</body></html>' }) : route.fallback()
    );
    try {
      await page.locator('[data-testid="installation-submit"]').click();
      const error = page.locator('[data-testid="installation-error"]');
      await error.waitFor();
      expect(await error.innerText()).toBe('The server could not complete the request. Please try again in a moment.');
    } finally {
      await page.unroute('**/installation-confirmation');
    }
    await page.route('**/installation-confirmation', (route) => (route.request().method() === 'POST' ? route.abort('connectionreset') : route.fallback()));
    try {
      await page.locator('[data-testid="installation-submit"]').click();
      await page.waitForFunction(() => document.querySelector('[data-testid="installation-error"]')?.textContent?.includes('Could not reach the server') ?? false);
    } finally {
      await page.unroute('**/installation-confirmation');
    }
  });
});

describe('service after expiry', () => {
  let page: Page;
  pageForBlock(() => site, DESKTOP, async (opened) => {
    page = opened;
    await login(page);
  });

  test('a two-year renewal paid on the gateway renews the device', async () => {
    const link = page.locator(`[data-testid="attention-list"] a[href="/devices/${devices.renew}#service"]`);
    expect(await link.count()).toBe(1);
    await link.click();
    await page.waitForURL(`${baseUrl}/devices/${devices.renew}#service`);
    const section = page.locator('[data-testid="service-choices"]');
    await section.waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'service');
    const text = await section.innerText();
    expect(text).toContain('ادامهٔ خدمات');
    expect(text).toContain('تمدید قرارداد خدمات (یک‌ساله، دوساله، سه‌ساله)');
    expect(text).toContain('ادامهٔ خدمات به‌صورت موردی');
    expect(text).toContain('انصراف از خدمات');

    const term = renewalTerm(today, addDays(today, -10), 2);
    const plan = page.locator('[data-testid="plan-2"]');
    expect(await plan.innerText()).toContain('دوساله');
    expect(await plan.innerText()).toContain('۴۵٬۰۰۰٬۰۰۰ تومان');
    expect(await plan.innerText()).toContain(formatJalaliDateLong(term.end));
    expect(await page.locator('[data-testid="plan-1"]').innerText()).toContain('۲۵٬۰۰۰٬۰۰۰ تومان');
    expect(await page.locator('[data-testid="plan-3"]').innerText()).toContain('۶۰٬۰۰۰٬۰۰۰ تومان');
    const pay = page.locator('[data-testid="renew-pay"]');
    expect(await pay.isDisabled()).toBe(true);
    await page.getByRole('radio', { name: /دوساله/ }).check();
    expect(await page.locator('[data-testid="renewal-summary"]').innerText()).toContain('۴۵٬۰۰۰٬۰۰۰ تومان');
    await shoot(page, 'lifecycle-service-chosen-desktop');

    await pay.click();
    await page.waitForURL(/\/api\/payment\/sandbox\/S[A-Z0-9]{35}$/);
    expect(await page.locator('[data-testid="sandbox-amount"]').innerText()).toContain('۴۵٬۰۰۰٬۰۰۰');
    await shoot(page, 'lifecycle-gateway-desktop');
    await page.getByRole('button', { name: 'پرداخت', exact: true }).click();

    await page.waitForURL(/\/payments\/[a-z0-9]+\?outcome=paid$/);
    payments.paid = new URL(page.url()).pathname.split('/').pop();
    const result = page.locator('[data-testid="payment-result"][data-status="paid"]');
    await result.waitFor();
    expect(await result.locator('h2').innerText()).toBe('پرداخت موفق');
    expect(await result.innerText()).toContain('کد پیگیری');
    expect(await page.locator('[data-testid="payment-ref-id"]').innerText()).toMatch(/^[۰-۹]{8}$/);
    expect(await page.locator('[data-testid="payment-amount"]').innerText()).toBe('۴۵٬۰۰۰٬۰۰۰ تومان');
    await shoot(page, 'lifecycle-payment-paid-desktop');

    // the result leads back to the renewed device itself
    await page.getByRole('link', { name: 'مشاهدهٔ دستگاه', exact: true }).click();
    await page.waitForURL(`${baseUrl}/devices/${devices.renew}`);
    await page.locator('[data-testid="service-end"]').waitFor();
    expect(await headerStatus(page).innerText()).toBe('تمدیدشده');
    expect(await page.locator('[data-testid="service-end"]').innerText()).toContain(formatJalaliDateLong(term.end));
    // nothing left to choose for two years
    expect(await page.locator('[data-testid="service-choices"]').count()).toBe(0);
    const contracts = await page.locator('[data-testid="contracts"]').innerText();
    expect(contracts).toContain('تمدید قرارداد خدمات');
    expect(contracts).toContain('۴۵٬۰۰۰٬۰۰۰ تومان');
  });

  test('pay-per-case takes effect at once; cancelling asks first', async () => {
    await openDevice(page, devices.payPerCase);
    const section = page.locator('[data-testid="service-choices"]');
    await section.waitFor();
    // the page's own attention item leads to the choices too
    await page.locator('.attention--choose_service').getByRole('link', { name: 'انتخاب گزینه' }).click();
    await page.waitForURL(`${baseUrl}/devices/${devices.payPerCase}#service`);
    await page.waitForFunction(() => document.activeElement?.id === 'service');
    await page.getByRole('button', { name: 'انتخاب خدمات موردی', exact: true }).click();
    await page.locator('[data-testid="service-done"]').waitFor();
    expect(await page.locator('[data-testid="service-done"]').innerText()).toContain('به‌صورت موردی');
    expect(await headerStatus(page).innerText()).toBe('خدمات موردی (Pay Per Case)');
    // pay-per-case is now the mode: that choice is closed, with the reason
    await page.waitForFunction(() => document.querySelector('[data-testid="choice-pay_per_case"]')?.textContent?.includes('هم‌اکنون به‌صورت موردی است'));
    expect(await page.locator('[data-testid="choice-pay_per_case"] button').count()).toBe(0);
    expect(await page.locator('[data-testid="contracts"]').innerText()).toContain('خدمات موردی');
    await shoot(page, 'lifecycle-service-pay-per-case-desktop');

    // the dialog: «بازگشت» changes nothing
    const dialog = page.locator('[data-testid="cancel-dialog"]');
    await page.locator('[data-testid="choice-cancel"] button').click();
    await dialog.waitFor({ state: 'visible' });
    expect(await dialog.innerText()).toContain('از خدمات این دستگاه انصراف می‌دهید؟');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('بازگشت');
    await shoot(page, 'lifecycle-cancel-dialog-desktop', { viewport: true });
    await dialog.getByRole('button', { name: 'بازگشت' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await headerStatus(page).innerText()).toBe('خدمات موردی (Pay Per Case)');

    await page.locator('[data-testid="choice-cancel"] button').click();
    await dialog.getByRole('button', { name: 'بله، انصراف می‌دهم' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.waitForFunction(() => document.querySelector('.page-header [data-testid="service-status"]')?.textContent === 'انصراف از خدمات');
    expect(await page.locator('[data-testid="service-done"]').innerText()).toContain('انصراف از خدمات این دستگاه');
    // the choices are fetched again after the answer: wait for the closed choice and its reason
    await page.waitForFunction(() => document.querySelector('[data-testid="choice-cancel"]')?.textContent?.includes('پیش‌تر ثبت شده است'));
    expect(await page.locator('[data-testid="choice-cancel"] button').count()).toBe(0);
  });

  test("a choice made meanwhile elsewhere: the server's refusal is shown and the choices follow", async () => {
    await openDevice(page, devices.stale);
    await page.locator('[data-testid="service-choices"]').waitFor();
    const res = await request(app.server).post(`/api/me/devices/${devices.stale}/service`).set('Authorization', `Bearer ${await apiToken()}`).send({ choice: 'pay_per_case' });
    expect(res.status).toBe(200);
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith(`/devices/${devices.stale}/service`) && r.request().method() === 'POST'),
      page.getByRole('button', { name: 'انتخاب خدمات موردی', exact: true }).click(),
    ]);
    expect(response.status()).toBe(400);
    const error = page.locator('[data-testid="service-error"]');
    await error.waitFor();
    expect(await error.innerText()).toContain('خدمات این دستگاه هم‌اکنون در همین وضعیت است.');
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'service-error', undefined, { timeout: 5_000 });
    // the page catches up: the device's status, and what is open now (pay-per-case closed, with the reason)
    await page.waitForFunction(() => document.querySelector('.page-header [data-testid="service-status"]')?.textContent === 'خدمات موردی (Pay Per Case)');
    await page.waitForFunction(() => document.querySelector('[data-testid="choice-pay_per_case"]')?.textContent?.includes('هم‌اکنون به‌صورت موردی است'));
  });

  test('the result page waits for a payment still pending, then shows it paid', async () => {
    const res = await request(app.server).post(`/api/me/devices/${devices.poll}/service`).set('Authorization', `Bearer ${await apiToken()}`).send({ choice: 'renew', years: 1 });
    expect(res.status).toBe(200);
    const { id, redirectUrl } = res.body.data.payment;
    await page.goto(`${baseUrl}/payments/${id}?outcome=pending`);
    const pending = page.locator('[data-testid="payment-result"][data-status="pending"]');
    await pending.waitFor();
    expect(await pending.locator('h2').innerText()).toBe('در انتظار نتیجهٔ پرداخت');
    expect(await pending.innerText()).toContain('نتیجهٔ پرداخت هنوز از درگاه نرسیده است؛ تا چند دقیقهٔ دیگر خودکار بررسی می‌شود');
    await page.locator('[data-testid="payment-polling"]').waitFor();
    await shoot(page, 'lifecycle-payment-pending-desktop');

    // the gateway's answer arrives: the page sees it without a reload
    expect(await settleOnGateway(redirectUrl, 'pay')).toBe(`/payments/${id}?outcome=paid`);
    await page.locator('[data-testid="payment-result"][data-status="paid"]').waitFor({ timeout: 15_000 });
    expect(page.url()).toBe(`${baseUrl}/payments/${id}?outcome=pending`);
    expect(await page.locator('[data-testid="payment-ref-id"]').innerText()).toMatch(/^[۰-۹]{8}$/);
  });

  test('a replaced renewal paid after all: the result page says it will be refunded, not renewed', async () => {
    const d = await createDevice(app.strapi, { owner: buyer.documentId, model: modelId, serviceEnd: addDays(today, -10) });
    const start = async () => {
      const res = await request(app.server).post(`/api/me/devices/${d.documentId}/service`).set('Authorization', `Bearer ${await apiToken()}`).send({ choice: 'renew', years: 1 });
      expect(res.status).toBe(200);
      return res.body.data.payment as { id: string; redirectUrl: string };
    };
    const older = await start();
    const newer = await start();
    expect(await settleOnGateway(newer.redirectUrl, 'pay')).toBe(`/payments/${newer.id}?outcome=paid`);
    expect(await settleOnGateway(older.redirectUrl, 'pay')).toBe(`/payments/${older.id}?outcome=refund-due`);

    await page.goto(`${baseUrl}/payments/${older.id}?outcome=refund-due`);
    const result = page.locator('[data-testid="payment-result"][data-status="refund_due"]');
    await result.waitFor();
    expect(await result.locator('h2').innerText()).toBe('در انتظار استرداد');
    const text = await result.innerText();
    expect(text).toContain('قرارداد تمدید نشد');
    expect(text).toContain('این مبلغ به حساب شما بازگردانده می‌شود');
    expect(text).not.toContain('تاریخ جدید اتمام خدمات');
    expect(text).toContain('زمان پرداخت');
    expect(await page.locator('[data-testid="payment-ref-id"]').innerText()).toMatch(/^[۰-۹]{8}$/);
    expect(await page.locator('[data-testid="payment-receipt-link"]').count()).toBe(0);
    expect(await page.locator('[data-testid="payment-try-again"]').count()).toBe(0);
    await shoot(page, 'lifecycle-payment-refund-due-desktop');
  });

  test('a payment the portal does not know', async () => {
    await page.goto(`${baseUrl}/payments/unknown?outcome=unknown`);
    const result = page.locator('[data-testid="payment-result"][data-status="unknown"]');
    await result.waitFor();
    expect(await result.innerText()).toContain('پرداخت پیدا نشد');
    expect(await page.getByRole('link', { name: 'بازگشت به داشبورد' }).getAttribute('href')).toBe('/');
  });
});

describe('on a phone', () => {
  let page: Page;
  pageForBlock(() => site, MOBILE, async (opened) => {
    page = opened;
    await login(page);
  }, { mobile: true });

  test('a payment cancelled on the gateway leaves the device expired', async () => {
    await openDevice(page, devices.gatewayCancel);
    await page.locator('[data-testid="service-choices"]').waitFor();
    await page.getByRole('radio', { name: /یک‌ساله/ }).check();
    await shoot(page, 'lifecycle-service-chosen-mobile');
    await expectNoHorizontalOverflow(page);
    await page.locator('[data-testid="renew-pay"]').click();
    await page.waitForURL(/\/api\/payment\/sandbox\//);
    await shoot(page, 'lifecycle-gateway-mobile');
    await page.getByRole('button', { name: 'انصراف', exact: true }).click();

    await page.waitForURL(/\/payments\/[a-z0-9]+\?outcome=cancelled$/);
    payments.cancelled = new URL(page.url()).pathname.split('/').pop();
    const result = page.locator('[data-testid="payment-result"][data-status="cancelled"]');
    await result.waitFor();
    expect(await result.locator('h2').innerText()).toBe('پرداخت لغو شد');
    expect(await result.innerText()).toContain('قرارداد تمدید نشد');
    expect(await page.locator('[data-testid="payment-ref-id"]').count()).toBe(0);
    await shoot(page, 'lifecycle-payment-cancelled-mobile');
    await expectNoHorizontalOverflow(page);

    await openDevice(page, devices.gatewayCancel);
    expect(await headerStatus(page).innerText()).toBe('منقضی‌شده');
    await page.locator('[data-testid="service-choices"]').waitFor();
    // a renewal not paid is not a contract, let alone one the buyer cancelled
    expect(await page.locator('[data-testid="contracts"]').count()).toBe(0);
    const history = await page.locator('section[aria-labelledby="contracts-title"]').innerText();
    expect(history).toContain('هنوز قراردادی برای این دستگاه ثبت نشده است.');
    expect(history).not.toContain('لغوشده');
  });
});

describe('screenshots', () => {
  const variants = [
    { name: 'mobile', viewport: MOBILE, mobile: true },
    { name: 'desktop', viewport: DESKTOP, mobile: false },
  ];
  for (const lang of ['fa', 'en'] as const) {
    for (const v of variants) {
      test(`${v.name}, ${lang}: the form, the record, the choices and the result`, async () => {
        const context = await site.newContext(v.viewport, { mobile: v.mobile, lang });
        try {
          const page = await site.openPage(context);
          await login(page);
          const suffix = `${v.name}${lang === 'en' ? '-en' : ''}`;

          await openDevice(page, devices.formShots);
          await page.locator('[data-testid="installation-form"]').waitFor();
          await page.locator('.check__input').first().check();
          await dateBox(page).click();
          await calendar(page).waitFor();
          await pickDay(page, addDays(today, -3), lang);
          await shoot(page, `lifecycle-installation-form-${suffix}`);
          await expectNoHorizontalOverflow(page);
          // the calendar open: Jalali in both languages, month names in the page's language
          await dateBox(page).click();
          await calendar(page).waitFor();
          const month = new Intl.DateTimeFormat(`${lang}-u-ca-persian`, { timeZone: 'Asia/Tehran', month: 'long' }).format(new Date(`${addDays(today, -3)}T12:00:00Z`));
          expect(await calendar(page).locator('.rmdp-header-values').innerText()).toContain(month);
          if (lang === 'en') expect(await dateBox(page).inputValue()).toBe(formatJalaliDate(addDays(today, -3)).replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x06f0)));
          await calendar(page).scrollIntoViewIfNeeded();
          await shoot(page, `lifecycle-installation-date-picker-${suffix}`, { viewport: true });
          if (lang === 'fa' && v.mobile) shotToDocs(`lifecycle-installation-date-picker-${suffix}`, 'site-installation-date-picker');
          await expectNoHorizontalOverflow(page);

          await openDevice(page, devices.confirm);
          await page.locator('[data-testid="installation-record"]').waitFor();
          if (lang === 'en') expect(await page.locator('[data-testid="installation-record"]').innerText()).toContain("The form's digital fingerprint (SHA-256)");
          await shoot(page, `lifecycle-installation-record-${suffix}`);
          await expectNoHorizontalOverflow(page);

          await openDevice(page, devices.choiceShots);
          await page.locator('[data-testid="service-choices"]').waitFor();
          await page.locator('[data-testid="plan-2"]').click();
          if (lang === 'en') expect(await page.locator('[data-testid="plan-2"]').innerText()).toContain('45,000,000 toman');
          await shoot(page, `lifecycle-service-choices-${suffix}`);
          await expectNoHorizontalOverflow(page);

          for (const [kind, id] of Object.entries(payments)) {
            await page.goto(`${baseUrl}/payments/${id}?outcome=${kind}`);
            await page.locator(`[data-testid="payment-result"][data-status="${kind}"]`).waitFor();
            await shoot(page, `lifecycle-payment-${kind}-${suffix}`);
            await expectNoHorizontalOverflow(page);
          }
        } finally {
          await context.close();
        }
      });
    }
  }
});
