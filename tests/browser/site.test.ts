/**
 * The customer site in a real browser: builds site/ into public/, boots the app on an ephemeral
 * port, and drives Chromium (playwright-core) through login, dashboard, devices, a device page,
 * the language switch, session reload and logout. Screenshots go to test-results/.
 */
import type { Page } from 'playwright-core';
import type { TestApp } from '../helpers/strapi';
import { DESKTOP, MOBILE, expectNoHorizontalOverflow, shoot, startSiteUnderTest, type SiteUnderTest, failOnPageErrors, pageForBlock } from '../helpers/browser';
import { toPersianDigits } from '../../src/domain/digits';
import { createCustomer, createDevice, createModel, PASSWORD } from '../helpers/fixtures';
import { addDays, formatJalaliDate, formatJalaliDateLong, tehranDate } from '../../src/domain/jalali';

jest.setTimeout(120_000);

type Fixture = { documentId: string; serial: string };

let site: SiteUnderTest;
let app: TestApp;
let baseUrl: string;
let subscriberA: { documentId: string; subscriberNumber: string; fullName: string };
let activeDevice: Fixture & { serviceEnd: string };
let expiredDevice: Fixture;
let deviceOfB: Fixture;
let subscriberWithoutDevices: { subscriberNumber: string };
const htmlAttrs = (page: Page) =>
  page.evaluate(() => ({ dir: document.documentElement.getAttribute('dir'), lang: document.documentElement.getAttribute('lang') }));

const fillLogin = async (page: Page, identifier: string, password: string) => {
  const id = page.getByLabel('شماره اشتراک یا کد ملی', { exact: true });
  await id.fill('');
  await id.pressSequentially(identifier);
  // by role: the password tab's panel is named «رمز عبور» too
  const pw = page.getByRole('textbox', { name: 'رمز عبور', exact: true });
  await pw.fill(password);
  await page.getByRole('button', { name: 'ورود', exact: true }).click();
};

const loginAs = async (page: Page, identifier: string) => {
  await page.goto(`${baseUrl}/login`);
  await fillLogin(page, identifier, PASSWORD);
  await page.waitForURL(`${baseUrl}/`);
  await page.locator('[data-testid="subscriber-number"]').waitFor();
};

beforeAll(async () => {
  site = await startSiteUnderTest();
  ({ app, baseUrl } = site);

  const today = tehranDate();
  const model = await createModel(app.strapi, { brand: 'Zig', model: 'ZC-200' });
  const otherModel = await createModel(app.strapi, { brand: 'Mehr', model: 'MX-10' });

  const a = await createCustomer(app.strapi, {
    fullName: 'علی رضایی',
    phone: '02122000000',
    mobile: '09121000000',
    address: { city: 'تهران', street: 'خیابان آزادی، کوچهٔ ۱۲', building: 'ساختمان نور، واحد ۴', postalCode: '1234567890' },
  });
  subscriberA = a as unknown as typeof subscriberA;
  const b = await createCustomer(app.strapi, { fullName: 'مریم احمدی' });
  subscriberWithoutDevices = (await createCustomer(app.strapi, { fullName: 'سارا محمدی' })) as unknown as { subscriberNumber: string };

  const serviceEnd = addDays(today, 20); // ends soon: an attention item
  const active = await createDevice(app.strapi, { owner: a.documentId, model: model.documentId, dongleOrUserId: 'UID-4001', serviceEnd });
  activeDevice = { documentId: active.documentId, serial: active.serial, serviceEnd };
  const expired = await createDevice(app.strapi, { owner: a.documentId, model: otherModel.documentId, serviceEnd: addDays(today, -10) });
  expiredDevice = { documentId: expired.documentId, serial: expired.serial };
  const ofB = await createDevice(app.strapi, { owner: b.documentId, model: model.documentId });
  deviceOfB = { documentId: ofB.documentId, serial: ofB.serial };

  await app.strapi.documents('api::contract.contract').create({
    data: {
      device: active.documentId,
      subscriber: a.documentId,
      kind: 'initial',
      years: 1,
      startDate: addDays(today, -100),
      endDate: serviceEnd,
      priceRials: '500000000',
      contractStatus: 'active',
    } as any,
  });
});

afterAll(async () => {
  await site?.close();
});

failOnPageErrors(() => site);

describe('customer site', () => {
  let page: Page;
  pageForBlock(() => site, DESKTOP, async (opened) => {
    page = opened;
  });

  test('serves the Persian RTL login page at / for a visitor without a session', async () => {
    await page.goto(`${baseUrl}/`);
    await page.waitForURL(`${baseUrl}/login`);
    expect(await htmlAttrs(page)).toEqual({ dir: 'rtl', lang: 'fa' });
    await page.getByRole('heading', { name: 'ورود به ناحیهٔ کاربری' }).waitFor();
    expect(await page.locator('body').innerText()).toContain('حساب کاربری توسط پشتیبانی ایجاد می‌شود');
    const input = page.getByLabel('شماره اشتراک یا کد ملی', { exact: true });
    expect(await input.getAttribute('inputmode')).toBe('numeric');
    expect(await input.getAttribute('type')).toBe('text');
    await shoot(page, 'login-desktop');
  });

  test('a wrong password shows the Persian error', async () => {
    await fillLogin(page, toPersianDigits(subscriberA.subscriberNumber), 'wrong-password-1');
    const error = page.locator('[data-testid="login-error"]');
    await error.waitFor();
    expect(await error.innerText()).toContain('نام کاربری یا رمز عبور اشتباه است.');
    expect(page.url()).toBe(`${baseUrl}/login`);
  });

  test('an empty form marks both fields', async () => {
    await page.getByLabel('شماره اشتراک یا کد ملی', { exact: true }).fill('');
    await page.getByRole('textbox', { name: 'رمز عبور', exact: true }).fill('');
    await page.getByRole('button', { name: 'ورود', exact: true }).click();
    const invalid = page.locator('input[aria-invalid="true"]');
    await invalid.first().waitFor();
    expect(await invalid.count()).toBe(2);
    expect(await page.locator('.field__error').first().innerText()).toBe('این فیلد الزامی است.');
  });

  test('logs in with the subscriber number in Persian digits and lands on the dashboard', async () => {
    await fillLogin(page, toPersianDigits(subscriberA.subscriberNumber), PASSWORD);
    await page.waitForURL(`${baseUrl}/`);
    const number = page.locator('[data-testid="subscriber-number"]');
    await number.waitFor();
    expect(await number.innerText()).toBe(toPersianDigits(subscriberA.subscriberNumber));
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toContain('علی رضایی');
    expect(await page.locator('[data-testid="count-active"]').innerText()).toContain('۱');
    expect(await page.locator('[data-testid="count-expired"]').innerText()).toContain('۱');
    // the attention list links to the device pages (the expired one's to its service choices)
    const attention = page.locator('[data-testid="attention-list"]');
    expect(await attention.locator(`a[href="/devices/${expiredDevice.documentId}#service"]`).count()).toBe(1);
    expect(await attention.locator(`a[href="/devices/${activeDevice.documentId}"]`).count()).toBe(1);
    // the quick links: every other section of the site, each with its Persian title
    const quickLinks = page.locator('.quick-links a.link-card');
    expect(await quickLinks.evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual(['/devices', '/tickets', '/invoices', '/repairs', '/transfers', '/knowledge-base', '/courses', '/warranty', '/profile', '/complaints/new']);
    expect(await quickLinks.first().locator('.link-card__title').innerText()).toBe('دستگاه‌های خریداری‌شده');
    expect(await htmlAttrs(page)).toEqual({ dir: 'rtl', lang: 'fa' });
    await shoot(page, 'dashboard-desktop');
  });

  test("the device list shows the subscriber's own devices only", async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'دستگاه‌ها' }).click();
    await page.waitForURL(`${baseUrl}/devices`);
    await page.getByRole('heading', { name: 'دستگاه‌های خریداری‌شده' }).waitFor();
    const cards = page.locator('[data-testid="device-card"]');
    await cards.first().waitFor();
    expect(await cards.count()).toBe(2);
    const text = await page.locator('main').innerText();
    expect(text).toContain(activeDevice.serial);
    expect(text).toContain(expiredDevice.serial);
    expect(text).not.toContain(deviceOfB.serial);
    const statuses = await page.locator('[data-testid="service-status"]').allInnerTexts();
    expect(statuses.sort()).toEqual(['فعال', 'منقضی‌شده'].sort());
    await shoot(page, 'devices-desktop');
  });

  test('the device page shows Jalali dates, the Persian status and the contracts', async () => {
    await page.locator(`[data-device-id="${activeDevice.documentId}"] a`).first().click();
    await page.waitForURL(`${baseUrl}/devices/${activeDevice.documentId}`);
    const serviceEnd = page.locator('[data-testid="service-end"]');
    await serviceEnd.waitFor();
    expect(await serviceEnd.innerText()).toContain(formatJalaliDateLong(activeDevice.serviceEnd));
    expect(await page.locator('[data-testid="device-serial"]').innerText()).toContain(activeDevice.serial);
    const badges = await page.locator('[data-testid="service-status"]').allInnerTexts();
    expect(badges).toContain('فعال');
    const contracts = page.locator('[data-testid="contracts"]');
    const contractsText = await contracts.innerText();
    expect(contractsText).toContain('۵۰٬۰۰۰٬۰۰۰ تومان'); // 500,000,000 rials
    expect(contractsText).toContain(formatJalaliDate(activeDevice.serviceEnd));
    expect(await page.locator('main').innerText()).toContain('روز دیگر به پایان می‌رسد');
    await shoot(page, 'device-desktop');
  });

  test('a reload keeps the session (refresh cookie)', async () => {
    await page.reload();
    await page.locator('[data-testid="service-end"]').waitFor();
    expect(page.url()).toBe(`${baseUrl}/devices/${activeDevice.documentId}`);
  });

  test("another subscriber's device is a friendly not-found", async () => {
    await page.goto(`${baseUrl}/devices/${deviceOfB.documentId}`);
    await page.getByRole('heading', { level: 1, name: 'دستگاه یافت نشد' }).waitFor();
    expect(await page.locator('main').innerText()).not.toContain(deviceOfB.serial);
  });

  test('an unknown address shows the 404 page', async () => {
    await page.goto(`${baseUrl}/no/such/page`);
    await page.getByRole('heading', { level: 1, name: 'صفحه پیدا نشد' }).waitFor();
  });

  test('the profile is read-only with the administrator note (the one form is the password change)', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'اطلاعات من' }).click();
    await page.getByRole('heading', { level: 1, name: 'اطلاعات هویتی خریدار' }).waitFor();
    await page.locator('[data-testid="profile-full-name"]').waitFor();
    const text = await page.locator('main').innerText();
    expect(text).toContain('این اطلاعات توسط مدیر ثبت می‌شود و قابل ویرایش نیست.');
    expect(text).toContain('علی رضایی');
    expect(text).toContain('۱۲۳۴۵۶۷۸۹۰');
    expect(await page.locator('main section:not([data-testid="change-password"]) input').count()).toBe(0);
    expect(await page.locator('[data-testid="change-password"] input[type="password"]').count()).toBe(3);
    await shoot(page, 'profile-desktop');
  });

  test('switches to English (LTR) and remembers it', async () => {
    await page.goto(`${baseUrl}/devices/${activeDevice.documentId}`);
    await page.locator('[data-testid="service-end"]').waitFor();
    await page.locator('[data-testid="lang-toggle"]').click();
    await page.waitForFunction(() => document.documentElement.dir === 'ltr');
    expect(await htmlAttrs(page)).toEqual({ dir: 'ltr', lang: 'en' });
    expect(await page.locator('[data-testid="service-status"]').first().innerText()).toBe('Active');
    const serviceEnd = await page.locator('[data-testid="service-end"]').innerText();
    expect(serviceEnd).toMatch(/\b1[34]\d\d\b/); // a Jalali year, in Latin digits
    expect(serviceEnd).not.toMatch(/[۰-۹]/);
    expect(await page.locator('[data-testid="contracts"]').innerText()).toContain('50,000,000 toman');
    await shoot(page, 'device-desktop-en');

    await page.reload();
    await page.locator('[data-testid="service-end"]').waitFor();
    expect(await htmlAttrs(page)).toEqual({ dir: 'ltr', lang: 'en' });
    await page.getByRole('navigation').getByRole('link', { name: 'Dashboard' }).click();
    await page.locator('[data-testid="subscriber-number"]').waitFor();
    await shoot(page, 'dashboard-desktop-en');

    await page.locator('[data-testid="lang-toggle"]').click();
    await page.waitForFunction(() => document.documentElement.dir === 'rtl');
    expect(await htmlAttrs(page)).toEqual({ dir: 'rtl', lang: 'fa' });
  });

  test('logout returns to /login and ends the session', async () => {
    await page.locator('[data-testid="logout"]').click();
    await page.waitForURL(`${baseUrl}/login`);
    await page.getByRole('heading', { name: 'ورود به ناحیهٔ کاربری' }).waitFor();
    const cookies = await page.context().cookies();
    expect(cookies.find((c) => c.name === 'strapi_up_refresh' && c.value)).toBeUndefined();
  });

  test('a deep link without a session goes through /login and back to the page asked for', async () => {
    await page.goto(`${baseUrl}/devices`);
    await page.waitForURL(`${baseUrl}/login`);
    await fillLogin(page, subscriberA.subscriberNumber, PASSWORD);
    await page.waitForURL(`${baseUrl}/devices`);
    await page.locator('[data-testid="device-card"]').first().waitFor();
  });
});

describe('login throttling', () => {
  const THROTTLE = 'plugin::customer-accounts.loginThrottle';
  let saved: unknown;
  beforeAll(() => {
    saved = app.strapi.config.get(THROTTLE);
    app.strapi.config.set(THROTTLE, { enabled: true, windowMs: 60_000, maxFailuresPerAccount: 2, maxFailuresPerIp: 1000 });
  });
  afterAll(() => {
    app.strapi.config.set(THROTTLE, saved);
  });

  test('repeated failures show the Persian 429 message with the wait', async () => {
    const context = await site.newContext(DESKTOP);
    try {
      const page = await site.openPage(context);
      await page.goto(`${baseUrl}/login`);
      const attempt = async () => {
        const [response] = await Promise.all([
          page.waitForResponse((r) => r.url().endsWith('/api/auth/local')),
          fillLogin(page, '۹۹۹۸۸۸', 'not-the-password'),
        ]);
        return response.status();
      };
      expect(await attempt()).toBe(400);
      expect(await attempt()).toBe(400);
      expect(await attempt()).toBe(429);
      const error = page.locator('[data-testid="login-error"]');
      await page.waitForFunction(() => document.querySelector('[data-testid="login-error"]')?.textContent?.includes('تلاش‌های ناموفق زیادی'));
      const text = await error.innerText();
      expect(text).toContain('تلاش‌های ناموفق زیادی انجام شده است');
      expect(text).toContain('زمان باقی‌مانده تا تلاش دوباره');
      await shoot(page, 'login-throttled-desktop');
    } finally {
      await context.close();
    }
  });
});

describe('a subscriber without devices', () => {
  test('sees zero counts and the empty device list', async () => {
    const context = await site.newContext(MOBILE, { mobile: true });
    try {
      const page = await site.openPage(context);
      await loginAs(page, subscriberWithoutDevices.subscriberNumber);
      expect(await page.locator('main').innerText()).toContain('در حال حاضر موردی نیاز به اقدام شما ندارد.');
      await page.getByRole('navigation').getByRole('link', { name: 'دستگاه‌ها' }).click();
      await page.getByText('هنوز دستگاهی برای شما ثبت نشده است.').waitFor();
      expect(await page.locator('[data-testid="device-card"]').count()).toBe(0);
      await shoot(page, 'devices-empty-mobile');
    } finally {
      await context.close();
    }
  });
});

describe('screenshots on a phone', () => {
  test('dashboard, device list, device page and profile at 390×844', async () => {
    const context = await site.newContext(MOBILE, { mobile: true });
    try {
      const page = await site.openPage(context);
      await page.goto(`${baseUrl}/login`);
      await page.getByRole('heading', { name: 'ورود به ناحیهٔ کاربری' }).waitFor();
      await shoot(page, 'login-mobile');
      await loginAs(page, subscriberA.subscriberNumber);
      await shoot(page, 'dashboard-mobile');
      await expectNoHorizontalOverflow(page);

      await page.goto(`${baseUrl}/devices`);
      await page.locator('[data-testid="device-card"]').first().waitFor();
      expect(await page.locator('[data-testid="device-card"]').count()).toBe(2);
      await shoot(page, 'devices-mobile');
      await expectNoHorizontalOverflow(page);

      await page.goto(`${baseUrl}/devices/${activeDevice.documentId}`);
      await page.locator('[data-testid="contracts"]').waitFor();
      await shoot(page, 'device-mobile');
      await expectNoHorizontalOverflow(page);

      await page.goto(`${baseUrl}/profile`);
      await page.locator('[data-testid="profile-full-name"]').waitFor();
      await shoot(page, 'profile-mobile');
      await expectNoHorizontalOverflow(page);

      // English on a phone: left-to-right, still no sideways scrolling
      await page.goto(`${baseUrl}/devices/${activeDevice.documentId}`);
      await page.locator('[data-testid="contracts"]').waitFor();
      await page.locator('[data-testid="lang-toggle"]').click();
      await page.waitForFunction(() => document.documentElement.dir === 'ltr');
      await shoot(page, 'device-mobile-en');
      await expectNoHorizontalOverflow(page);
    } finally {
      await context.close();
    }
  });
});
