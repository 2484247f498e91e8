/**
 * The public warranty lookup, repairs and ownership transfer in a real browser. Logged out: a
 * serial typed with Persian digits and dashes → «گارانتی اصلی» with the Jalali end date and the
 * shareable /warranty/<serial> address; an unknown serial → the server's «not registered» message
 * and how to report it; a shared link opened directly; the hologram checked (verified, mismatch);
 * an expired warranty; a malformed serial; the per-address throttle (429 with the wait). Logged
 * in: the repairs list (tracking code, status, promised date, the 30-working-day flag, a refund in
 * tomans) and a repair's history; an ownership transfer from the device page — a bad national code
 * named by the server, a valid request pending review, then approved by staff: the device leaves
 * the list. Screenshots (phone and desktop, Persian and English) go to test-results/.
 */
import type { Page } from 'playwright-core';
import type { TestApp } from '../helpers/strapi';
import { DESKTOP, MOBILE, expectNoHorizontalOverflow, shoot, startSiteUnderTest, type SiteUnderTest, failOnPageErrors, pageForBlock } from '../helpers/browser';
import { toPersianDigits } from '../../src/domain/digits';
import { createCustomer, createDevice, createModel, nextNationalCode, PASSWORD } from '../helpers/fixtures';
import { addDays, formatJalaliDateLong, tehranDate } from '../../src/domain/jalali';

jest.setTimeout(120_000);

const REPAIRS = 'api::repair-order.repair-order';
const TRANSFERS = 'api::ownership-transfer.ownership-transfer';
const RATE_LIMIT = 'plugin::warranty-lookup.rateLimit';

type Customer = { id: number; documentId: string; subscriberNumber: string; fullName: string };

let site: SiteUnderTest;
let app: TestApp;
let baseUrl: string;
let buyer: Customer;
let buyerWithoutRepairs: Customer;
const today = tehranDate();

/** registered serials: genuine (with a hologram code), without a hologram code, with an expired warranty */
const GENUINE = { serial: 'ZG20240001', hologram: 'HX7781', warrantyEnd: addDays(today, 300) };
const NO_HOLOGRAM = { serial: 'ZG20240002', warrantyEnd: addDays(today, 200) };
const EXPIRED = { serial: 'ZG20230077', warrantyEnd: addDays(today, -20) };
const UNKNOWN = 'NOSUCH-123';

/** the repairs the scenarios look at: one in progress, one overdue for replacement, one refunded */
const repairs = {} as Record<'inProgress' | 'overdue' | 'refunded', { documentId: string; trackingCode: string; promisedByLong: string }>;
let transferDevice: { documentId: string; serial: string };

const loginAs = async (page: Page, customer: { subscriberNumber: string }) => {
  await page.goto(`${baseUrl}/login`);
  await page.locator('input[name="identifier"]').fill(customer.subscriberNumber);
  await page.locator('input[name="password"]').fill(PASSWORD);
  await page.locator('form button[type="submit"]').click();
  await page.waitForURL(`${baseUrl}/`);
  await page.locator('[data-testid="subscriber-number"]').waitFor();
};

/** Types a serial (and a hologram code) on /warranty and submits; resolves with the lookup's HTTP status. */
const lookUp = async (page: Page, serial: string, hologram = ''): Promise<number> => {
  const serialField = page.locator('[data-testid="warranty-serial"]');
  await serialField.fill('');
  await serialField.pressSequentially(serial);
  await page.locator('[data-testid="warranty-hologram"]').fill(hologram);
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.url().includes('/api/warranty/')),
    page.locator('[data-testid="warranty-submit"]').click(),
  ]);
  return response.status();
};

const result = (page: Page) => page.locator('[data-testid="warranty-result"]');

beforeAll(async () => {
  site = await startSiteUnderTest();
  ({ app, baseUrl } = site);

  const model = await createModel(app.strapi, { brand: 'Zig', model: 'ZC-200' });
  buyer = (await createCustomer(app.strapi, { fullName: 'علی رضایی', mobile: '09121000000' })) as unknown as Customer;
  buyerWithoutRepairs = (await createCustomer(app.strapi, { fullName: 'سارا محمدی' })) as unknown as Customer;

  const genuine = await createDevice(app.strapi, { owner: buyer.documentId, model: model.documentId, serial: GENUINE.serial, warrantyEnd: GENUINE.warrantyEnd, hologramCode: GENUINE.hologram });
  await createDevice(app.strapi, { owner: buyer.documentId, model: model.documentId, serial: NO_HOLOGRAM.serial, warrantyEnd: NO_HOLOGRAM.warrantyEnd });
  await createDevice(app.strapi, { owner: buyer.documentId, model: model.documentId, serial: EXPIRED.serial, warrantyEnd: EXPIRED.warrantyEnd });
  const invoiced = await createDevice(app.strapi, { owner: buyer.documentId, model: model.documentId, serial: 'ZG20240050', purchasePriceRials: '1200000000' });
  const toTransfer = await createDevice(app.strapi, { owner: buyer.documentId, model: model.documentId, serial: 'ZG20240099' });
  transferDevice = { documentId: toTransfer.documentId, serial: toTransfer.serial };

  const presented = (documentId: string) => app.strapi.service('api::repair-order.repairs').findFor(buyer.id, documentId);
  const remember = async (key: keyof typeof repairs, documentId: string) => {
    const r = await presented(documentId);
    repairs[key] = { documentId, trackingCode: r.trackingCode, promisedByLong: r.promisedBy.jalaliLong };
  };

  // received 70 days ago and still unresolved: more than 30 working days → due a replacement
  const overdue = await app.strapi.documents(REPAIRS).create({
    data: { device: genuine.documentId, reportedFault: 'دستگاه روشن نمی‌شود', receivedAt: new Date(Date.now() - 70 * 86_400_000).toISOString() } as any,
  });
  await app.strapi.service('api::repair-order.repairs').flagOverdue();
  await remember('overdue', overdue.documentId);

  // delivered and refunded at the invoice price
  const refunded = await app.strapi.documents(REPAIRS).create({ data: { device: invoiced.documentId, reportedFault: 'خرابی برد اصلی' } as any });
  await app.strapi.documents(REPAIRS).update({ documentId: refunded.documentId, data: { outcome: 'refunded', repairStatus: 'delivered' } as any });
  await remember('refunded', refunded.documentId);

  // received today, diagnosed, now being repaired (the newest: first in the list)
  const inProgress = await app.strapi.documents(REPAIRS).create({ data: { device: genuine.documentId, reportedFault: 'کمپرسور صدای غیرعادی دارد و خنک نمی‌کند' } as any });
  await app.strapi.documents(REPAIRS).update({ documentId: inProgress.documentId, data: { repairStatus: 'diagnosing' } as any });
  await app.strapi.documents(REPAIRS).update({ documentId: inProgress.documentId, data: { repairStatus: 'repairing' } as any });
  await remember('inProgress', inProgress.documentId);
});

afterAll(async () => {
  await site?.close();
});

failOnPageErrors(() => site);

describe('the public warranty lookup (logged out)', () => {
  let page: Page;
  pageForBlock(() => site, DESKTOP, async (opened) => {
    page = opened;
  });

  test('is in the navigation for a visitor without a session', async () => {
    await page.goto(`${baseUrl}/login`);
    const link = page.getByRole('navigation').getByRole('link', { name: 'استعلام گارانتی' });
    await link.click();
    await page.waitForURL(`${baseUrl}/warranty`);
    await page.getByRole('heading', { level: 1, name: 'اعتبارسنجی گارانتی' }).waitFor();
    expect(await page.getByLabel('کد هولوگرام کارت گارانتی (اختیاری)').count()).toBe(1);
  });

  test('a serial typed with Persian digits and dashes → genuine, with the Jalali end date and a shareable address', async () => {
    expect(await lookUp(page, 'zg-۲۰۲۴ ۰۰۰۱')).toBe(200);
    await result(page).waitFor();
    expect(await result(page).getAttribute('data-registered')).toBe('true');
    expect(await page.locator('[data-testid="warranty-verdict"]').innerText()).toBe('گارانتی اصلی');
    const validity = await page.locator('[data-testid="warranty-validity"]').innerText();
    expect(validity).toContain('معتبر تا');
    expect(validity).toContain(formatJalaliDateLong(GENUINE.warrantyEnd));
    const text = await result(page).innerText();
    expect(text).toContain('Zig ZC-200');
    expect(text).toContain(GENUINE.serial);
    expect(await result(page).locator('[data-testid="warranty-status"]').innerText()).toBe('گارانتی معتبر');
    // nothing about the owner, and no hologram verdict when none was asked
    expect(text).not.toContain(buyer.fullName);
    expect(await page.locator('[data-testid="warranty-hologram-result"]').count()).toBe(0);
    expect(page.url()).toBe(`${baseUrl}/warranty/${GENUINE.serial}`);
    await shoot(page, 'warranty-genuine-desktop');
  });

  test('an unknown serial → the server’s «not registered» message and how to report it', async () => {
    expect(await lookUp(page, UNKNOWN)).toBe(200);
    await page.waitForFunction(() => document.querySelector('[data-testid="warranty-result"]')?.getAttribute('data-registered') === 'false');
    expect(await page.locator('[data-testid="warranty-verdict"]').innerText()).toBe('گارانتی تأیید نشد');
    expect(await page.locator('[data-testid="warranty-message"]').innerText()).toContain('این شماره سریال در سامانه ثبت نشده است.');
    expect(await page.locator('[data-testid="warranty-report"]').innerText()).toContain('فرم شکایات');
    expect(page.url()).toBe(`${baseUrl}/warranty/NOSUCH123`);
    await shoot(page, 'warranty-unregistered-desktop');

    // back to the previous answer with the browser's back button
    await page.goBack();
    await page.waitForURL(`${baseUrl}/warranty/${GENUINE.serial}`);
    await page.waitForFunction(() => document.querySelector('[data-testid="warranty-result"]')?.getAttribute('data-registered') === 'true');
  });

  test('a shared link opens with the answer', async () => {
    const other = await site.openPage(page.context());
    try {
      await other.goto(`${baseUrl}/warranty/${GENUINE.serial}`);
      await result(other).waitFor();
      expect(await other.locator('[data-testid="warranty-verdict"]').innerText()).toBe('گارانتی اصلی');
      expect(await other.locator('[data-testid="warranty-serial"]').inputValue()).toBe(GENUINE.serial);
      expect(await other.locator('[data-testid="warranty-validity"]').innerText()).toContain(formatJalaliDateLong(GENUINE.warrantyEnd));
    } finally {
      await other.close();
    }
  });

  test('the hologram code: verified, a mismatch (warning), none on record', async () => {
    expect(await lookUp(page, GENUINE.serial, 'hx-7781')).toBe(200);
    const hologram = page.locator('[data-testid="warranty-hologram-result"]');
    await hologram.waitFor();
    expect(await hologram.getAttribute('data-hologram')).toBe('verified');

    expect(await lookUp(page, GENUINE.serial, 'ZZ0000')).toBe(200);
    await page.waitForFunction(() => document.querySelector('[data-testid="warranty-hologram-result"]')?.getAttribute('data-hologram') === 'mismatch');
    expect(await hologram.innerText()).toContain('هولوگرام مطابقت ندارد');
    expect(await hologram.getAttribute('class')).toContain('alert--warn');
    // the code that proves the card is not put in the shared address
    expect(page.url()).toBe(`${baseUrl}/warranty/${GENUINE.serial}`);
    await shoot(page, 'warranty-hologram-mismatch-desktop');

    expect(await lookUp(page, NO_HOLOGRAM.serial, 'HX7781')).toBe(200);
    await page.waitForFunction(() => document.querySelector('[data-testid="warranty-hologram-result"]')?.getAttribute('data-hologram') === 'not-available');
  });

  test('an expired warranty: genuine, «منقضی از …»', async () => {
    expect(await lookUp(page, EXPIRED.serial)).toBe(200);
    await page.waitForFunction(() => document.querySelector('[data-testid="warranty-validity"]')?.textContent?.includes('منقضی از'));
    expect(await page.locator('[data-testid="warranty-validity"]').innerText()).toContain(formatJalaliDateLong(EXPIRED.warrantyEnd));
    expect(await result(page).locator('[data-testid="warranty-status"]').innerText()).toBe('گارانتی منقضی‌شده');
  });

  test('a malformed serial: the server’s message under the field; an empty one: required', async () => {
    expect(await lookUp(page, 'a')).toBe(400);
    const error = page.locator('.field--serial .field__error');
    await error.waitFor();
    expect(await error.innerText()).toContain('شماره سریال فقط می‌تواند شامل حروف لاتین و ارقام باشد');
    expect(await page.locator('[data-testid="warranty-serial"]').getAttribute('aria-invalid')).toBe('true');
    expect(await result(page).count()).toBe(0);

    await page.locator('[data-testid="warranty-serial"]').fill('');
    await page.locator('[data-testid="warranty-submit"]').click();
    await page.waitForFunction(() => document.querySelector('.field--serial .field__error')?.textContent === 'این فیلد الزامی است.');
  });

  describe('too many lookups from one address', () => {
    let saved: unknown;
    beforeAll(async () => {
      saved = app.strapi.config.get(RATE_LIMIT);
      await app.strapi.plugin('warranty-lookup').service('rate-limit').reset();
      app.strapi.config.set(RATE_LIMIT, { enabled: true, windowMs: 60_000, max: 3 });
    });
    afterAll(async () => {
      await app.strapi.plugin('warranty-lookup').service('rate-limit').reset();
      app.strapi.config.set(RATE_LIMIT, { ...(saved as object), enabled: false });
    });

    test('the 429 message with the wait, and no new lookup meanwhile', async () => {
      await page.goto(`${baseUrl}/warranty`);
      for (let i = 0; i < 3; i += 1) expect(await lookUp(page, GENUINE.serial)).toBe(200);
      expect(await lookUp(page, GENUINE.serial)).toBe(429);
      const error = page.locator('[data-testid="warranty-error"]');
      await error.waitFor();
      const text = await error.innerText();
      expect(text).toContain('تعداد درخواست‌ها بیش از حد مجاز است');
      expect(text).toContain('زمان باقی‌مانده تا تلاش دوباره');
      const submit = page.locator('[data-testid="warranty-submit"]');
      expect(await submit.isDisabled()).toBe(true);
      expect(await submit.innerText()).toContain('استعلام دوباره تا');
      await shoot(page, 'warranty-throttled-desktop');
    });
  });
});

describe('warranty screenshots', () => {
  test.each([
    ['fa', 'phone', MOBILE, true],
    ['en', 'phone', MOBILE, true],
    ['en', 'desktop', DESKTOP, false],
  ] as const)('genuine, hologram mismatch and not registered (%s, %s)', async (lang, _name, viewport, mobile) => {
    const context = await site.newContext(viewport, { mobile, lang });
    const suffix = `${mobile ? 'mobile' : 'desktop'}${lang === 'en' ? '-en' : ''}`;
    try {
      const page = await site.openPage(context);
      await page.goto(`${baseUrl}/warranty/${GENUINE.serial}`);
      await result(page).waitFor();
      if (lang === 'en') {
        expect(await page.locator('[data-testid="warranty-verdict"]').innerText()).toBe('Genuine warranty');
        expect(await page.locator('[data-testid="warranty-validity"]').innerText()).toMatch(/^Valid until .*\b1[34]\d\d\b/);
      }
      await shoot(page, `warranty-genuine-${suffix}`);
      await expectNoHorizontalOverflow(page);

      expect(await lookUp(page, GENUINE.serial, 'ZZ0000')).toBe(200);
      await page.locator('[data-testid="warranty-hologram-result"]').waitFor();
      await shoot(page, `warranty-hologram-mismatch-${suffix}`);
      await expectNoHorizontalOverflow(page);

      await page.goto(`${baseUrl}/warranty/${UNKNOWN}`);
      await page.waitForFunction(() => document.querySelector('[data-testid="warranty-result"]')?.getAttribute('data-registered') === 'false');
      await shoot(page, `warranty-unregistered-${suffix}`);
      await expectNoHorizontalOverflow(page);
    } finally {
      await context.close();
    }
  });
});

describe('repairs and ownership transfer (logged in)', () => {
  let page: Page;
  pageForBlock(() => site, DESKTOP, async (opened) => {
    page = opened;
    await loginAs(page, buyer);
  });

  test('the dashboard tells of the repairs in progress', async () => {
    const open = page.locator('[data-testid="open-repairs"]');
    await open.waitFor();
    expect(await open.innerText()).toContain('۲'); // in progress + overdue; the refunded one is delivered
    expect(await page.getByRole('navigation').getByRole('link', { name: 'استعلام گارانتی' }).count()).toBe(1);
    await shoot(page, 'dashboard-repairs-desktop');
  });

  test('the repairs list: tracking code, status, promised date with the 7-working-day note, the replacement flag, the refund', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'تعمیرات' }).click();
    await page.waitForURL(`${baseUrl}/repairs`);
    const cards = page.locator('[data-testid="repair-card"]');
    await cards.first().waitFor();
    expect(await cards.count()).toBe(3);

    const inProgress = page.locator(`[data-repair-id="${repairs.inProgress.documentId}"]`);
    expect(await inProgress.locator('[data-testid="repair-tracking-code"]').innerText()).toBe(repairs.inProgress.trackingCode);
    expect(await inProgress.locator('[data-testid="repair-status"]').innerText()).toBe('در حال تعمیر');
    const promised = await inProgress.locator('[data-testid="repair-promised"]').innerText();
    expect(promised).toContain(repairs.inProgress.promisedByLong);
    expect(promised).toContain('نتیجه ظرف ۷ روز کاری');
    expect(await inProgress.locator('[data-testid="repair-due-replacement"]').count()).toBe(0);

    const overdue = page.locator(`[data-repair-id="${repairs.overdue.documentId}"]`);
    expect(await overdue.locator('[data-testid="repair-due-replacement"]').innerText()).toContain('مشمول تعویض دستگاه');

    const refunded = page.locator(`[data-repair-id="${repairs.refunded.documentId}"]`);
    expect(await refunded.locator('[data-testid="repair-status"]').innerText()).toBe('تحویل داده شد');
    expect(await refunded.locator('[data-testid="repair-outcome"] dd').innerText()).toBe('استرداد وجه مطابق فاکتور');
    expect(await refunded.locator('[data-testid="repair-refund"]').innerText()).toContain('۱۲۰٬۰۰۰٬۰۰۰ تومان'); // 1,200,000,000 rials
    await shoot(page, 'repairs-desktop');
  });

  test('a repair’s page: the status history, newest last', async () => {
    await page.locator(`[data-repair-id="${repairs.inProgress.documentId}"] [data-testid="repair-tracking-code"]`).click();
    await page.waitForURL(`${baseUrl}/repairs/${repairs.inProgress.documentId}`);
    const history = page.locator('[data-testid="repair-history"] li');
    await history.first().waitFor();
    expect(await history.evaluateAll((items) => items.map((li) => li.getAttribute('data-status')))).toEqual(['received', 'diagnosing', 'repairing']);
    expect(await history.last().getAttribute('aria-current')).toBe('step');
    expect(await page.locator('main').innerText()).toContain('کمپرسور صدای غیرعادی دارد');
    await shoot(page, 'repair-detail-desktop');

    await page.goto(`${baseUrl}/repairs/${repairs.overdue.documentId}`);
    await page.locator('[data-testid="repair-replacement-note"]').waitFor();
  });

  test('the printed receipt staff give the buyer: set in Vazirmatn, A5, no browser header or footer', async () => {
    // The admin writes the receipt into a blank window of its own origin; a page of the app's
    // origin with the receipt written into it is the same thing.
    const html: string = await app.strapi.service('api::repair-order.repairs').receiptHtml(repairs.inProgress.documentId);
    const receiptContext = await site.newContext({ width: 560, height: 800 });
    try {
      const receipt = await site.openPage(receiptContext);
      await receipt.goto(`${baseUrl}/robots.txt`);
      await receipt.setContent(html);
      const fonts = await receipt.evaluate(async () => {
        await document.fonts.ready;
        return [...document.fonts].map((f) => ({ family: f.family.replace(/"/g, ''), status: f.status }));
      });
      expect(fonts).toContainEqual({ family: 'Vazirmatn', status: 'loaded' });
      expect(await receipt.locator('.code').innerText()).toBe(repairs.inProgress.trackingCode);
      expect(await receipt.locator('.promise').innerText()).toContain(repairs.inProgress.promisedByLong);
      // margin 0 on @page is what keeps Chromium from printing its own title / address header
      expect(html).toMatch(/@page\{size:A5;margin:0\}/);
      await receipt.emulateMedia({ media: 'print' });
      expect(await receipt.locator('button').isVisible()).toBe(false);
      await shoot(receipt, 'repair-receipt-print');
    } finally {
      await receiptContext.close();
    }
  });

  test('a transfer request from the device page: the server names a bad national code', async () => {
    await page.goto(`${baseUrl}/devices/${transferDevice.documentId}`);
    await page.locator('[data-testid="device-transfer-link"]').click();
    await page.waitForURL(`${baseUrl}/transfers?device=${transferDevice.documentId}`);
    const form = page.locator('[data-testid="transfer-form"]');
    await form.locator('[data-testid="transfer-device"]').waitFor();
    expect(await form.locator('[data-testid="transfer-device"]').inputValue()).toBe(transferDevice.documentId);

    await form.locator('[data-testid="transfer-full-name"]').fill('کاوه نوری');
    await form.locator('[data-testid="transfer-national-code"]').fill('۱۲۳۴۵۶۷۸۹۰');
    await form.locator('[data-testid="transfer-mobile"]').fill('۰۹۱۷ ۱۲۳ ۴۵۶۷');
    await form.locator('[data-testid="transfer-confirm"]').check();
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/api/me/ownership-transfers') && r.request().method() === 'POST'),
      form.locator('[data-testid="transfer-submit"]').click(),
    ]);
    expect(response.status()).toBe(400);
    const error = form.locator('.field--invalid .field__error');
    await error.waitFor();
    expect(await error.allInnerTexts()).toEqual(['کد ملی معتبر نیست (۱۰ رقم با رقم کنترل صحیح).']);
    expect(await form.locator('[data-testid="transfer-national-code"]').getAttribute('aria-invalid')).toBe('true');
    await shoot(page, 'transfer-error-desktop');
  });

  test('a valid request is pending review; approved by staff, the device leaves the list', async () => {
    const form = page.locator('[data-testid="transfer-form"]');
    await form.locator('[data-testid="transfer-national-code"]').fill(toPersianDigits(nextNationalCode()));
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/api/me/ownership-transfers') && r.request().method() === 'POST'),
      form.locator('[data-testid="transfer-submit"]').click(),
    ]);
    expect(response.status()).toBe(201);
    await page.locator('[data-testid="transfer-done"]').waitFor();
    const item = page.locator(`[data-testid="transfer"][data-device-id="${transferDevice.documentId}"]`);
    await item.waitFor();
    expect(await item.locator('[data-testid="transfer-status"]').innerText()).toBe('در انتظار بررسی');
    expect(await item.innerText()).toContain('کاوه نوری');
    // the device cannot be chosen again while its request is pending
    expect(await form.locator(`option[value="${transferDevice.documentId}"]`).isDisabled()).toBe(true);
    await shoot(page, 'transfer-desktop');

    // the device's page says so too
    await page.goto(`${baseUrl}/devices/${transferDevice.documentId}`);
    const section = page.locator('[data-testid="device-transfer"]');
    await section.locator('[data-testid="transfer-status"]').waitFor();
    expect(await section.innerText()).toContain('در انتظار بررسی');

    const row = await app.strapi.db.query(TRANSFERS).findOne({ where: { device: { documentId: transferDevice.documentId }, transferStatus: 'pending' } });
    await app.strapi.service('api::ownership-transfer.transfers').approve(row.documentId, { id: 1, label: 'test' });

    await page.goto(`${baseUrl}/devices`);
    await page.locator('[data-testid="device-card"]').first().waitFor();
    expect(await page.locator('[data-testid="device-card"]').count()).toBe(4);
    expect(await page.locator(`[data-device-id="${transferDevice.documentId}"]`).count()).toBe(0);
    expect(await page.locator('main').innerText()).not.toContain(transferDevice.serial);

    await page.goto(`${baseUrl}/transfers`);
    const approved = page.locator('[data-testid="transfer"]').first();
    await approved.waitFor();
    expect(await approved.locator('[data-testid="transfer-status"]').innerText()).toBe('تأییدشده');
    // no longer the buyer's, the device is still named by the request itself
    expect(await approved.locator('.transfer__title').innerText()).toBe('Zig ZC-200');
    expect(await approved.locator('.transfer__serial').innerText()).toBe(transferDevice.serial);
    expect(await page.locator(`[data-testid="transfer-device"] option[value="${transferDevice.documentId}"]`).count()).toBe(0);
  });
});

describe('a buyer without repairs', () => {
  test('sees the empty state', async () => {
    const context = await site.newContext(MOBILE, { mobile: true });
    try {
      const page = await site.openPage(context);
      await loginAs(page, buyerWithoutRepairs);
      expect(await page.locator('[data-testid="open-repairs"]').count()).toBe(0);
      await page.goto(`${baseUrl}/repairs`);
      await page.getByText('هنوز سفارش تعمیری برای شما ثبت نشده است.').waitFor();
      await shoot(page, 'repairs-empty-mobile');
      await page.goto(`${baseUrl}/transfers`);
      await page.getByText('دستگاهی برای انتقال ندارید.').waitFor();
    } finally {
      await context.close();
    }
  });
});

describe('screenshots of repairs and the transfer form', () => {
  test.each([
    ['fa', 'phone', MOBILE, true],
    ['en', 'phone', MOBILE, true],
    ['en', 'desktop', DESKTOP, false],
  ] as const)('%s, %s', async (lang, _name, viewport, mobile) => {
    const context = await site.newContext(viewport, { mobile, lang });
    const suffix = `${mobile ? 'mobile' : 'desktop'}${lang === 'en' ? '-en' : ''}`;
    try {
      const page = await site.openPage(context);
      await loginAs(page, buyer);
      if (mobile) await shoot(page, `dashboard-repairs-${suffix}`);

      await page.goto(`${baseUrl}/repairs`);
      await page.locator('[data-testid="repair-card"]').first().waitFor();
      await shoot(page, `repairs-${suffix}`);
      await expectNoHorizontalOverflow(page);

      await page.goto(`${baseUrl}/repairs/${repairs.overdue.documentId}`);
      await page.locator('[data-testid="repair-history"]').waitFor();
      await shoot(page, `repair-detail-${suffix}`);
      await expectNoHorizontalOverflow(page);

      await page.goto(`${baseUrl}/transfers`);
      await page.locator('[data-testid="transfer-device"]').waitFor();
      await page.locator('[data-testid="transfer-list"]').waitFor();
      await shoot(page, `transfer-${suffix}`);
      await expectNoHorizontalOverflow(page);
    } finally {
      await context.close();
    }
  });
});
