/**
 * Notifications and the one-time-code login in a real browser: the header's bell and its unread
 * count, the service-terms notice pinned on the dashboard until «خواندم», the notifications page
 * (both kinds, Persian-only texts in English mode, marking one or all read, the unread filter,
 * paging), and logging in with a code sent by SMS — through the real Kavenegar client to the fake
 * server, typed in Persian digits. Screenshots go to test-results/.
 */
import path from 'path';
import type { Page } from 'playwright-core';
import type { TestApp } from '../helpers/strapi';
import { DESKTOP, MOBILE, SHOTS, expectNoHorizontalOverflow, shoot, startSiteUnderTest, type SiteUnderTest, failOnPageErrors, pageForBlock } from '../helpers/browser';
import { toPersianDigits } from '../../src/domain/digits';
import { createCustomer, PASSWORD } from '../helpers/fixtures';
import { startMessagingFakes, tehranNoon } from '../helpers/messaging';

jest.setTimeout(120_000);

const NOTIFICATION = 'api::notification.notification';

type Customer = { id: number; documentId: string; subscriberNumber: string; nationalCode: string };

let site: SiteUnderTest;
let app: TestApp;
let baseUrl: string;
let fakes: Awaited<ReturnType<typeof startMessagingFakes>>;
/** reads the notices on a desktop */
let reader: Customer;
/** logs in with a one-time code on a phone */
let texter: Customer;
/** has more notifications than one page holds */
let busy: Customer;
let announcementId: string;

const TERMS_TITLE = 'به‌روزرسانی شرایط قرارداد خدمات پس از فروش';
const TERMS_BODY = 'از اول مهر، هزینهٔ بازدید حضوری در قراردادهای موردی تغییر می‌کند.\nجزئیات در پیوست قرارداد آمده است.';
const SYSTEM_TITLE = { fa: 'قرارداد خدمات شما تمدید شد', en: 'Your service contract was renewed' };
const SYSTEM_BODY = { fa: 'خدمات دستگاه ZC-200 تا پایان سال آینده تمدید شد.\nشمارهٔ قرارداد: ۴۲', en: 'Service for ZC-200 is renewed until the end of next year.\nContract number: 42' };

const loginWithPassword = async (page: Page, identifier: string) => {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel('شماره اشتراک یا کد ملی', { exact: true }).fill(identifier);
  await page.getByRole('textbox', { name: 'رمز عبور', exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'ورود', exact: true }).click();
  await page.waitForURL(`${baseUrl}/`);
  await page.locator('[data-testid="subscriber-number"]').waitFor();
};

/** The bell's accessible name, once it says `name`. */
const bellNamed = (page: Page, name: string) => page.getByRole('banner').getByRole('link', { name, exact: true }).waitFor();

/** Runs the delivery worker and returns the last code the fake Kavenegar sent to `mobile`. */
const codeSentTo = async (mobile: string): Promise<string> => {
  await app.strapi.plugin('messaging').service('delivery').runOnce({ now: tehranNoon() });
  const sms = [...fakes.kavenegar.sent].reverse().find((m) => m.receptor === mobile);
  const code = sms?.tokens?.token;
  if (!code) throw new Error(`no code was sent to ${mobile}`);
  return code;
};

beforeAll(async () => {
  site = await startSiteUnderTest();
  ({ app, baseUrl } = site);
  fakes = await startMessagingFakes(app.strapi);

  reader = (await createCustomer(app.strapi, { fullName: 'علی رضایی', mobile: '09121110001' })) as unknown as Customer;
  texter = (await createCustomer(app.strapi, { fullName: 'مریم احمدی', mobile: '09121110002' })) as unknown as Customer;
  busy = (await createCustomer(app.strapi, { fullName: 'سارا محمدی', mobile: '09121110003' })) as unknown as Customer;

  // a change in service terms, published to two subscribers, in Persian only (no English version)
  const documents = app.strapi.documents('api::announcement.announcement');
  const draft = await documents.create({
    data: { title: TERMS_TITLE, body: TERMS_BODY, kind: 'service_terms', audience: 'subscribers', subscribers: [reader.documentId, texter.documentId], sendSms: false, sendWhatsapp: false } as any,
    locale: 'fa',
  });
  announcementId = draft.documentId;
  await documents.publish({ documentId: announcementId, locale: 'fa' });
  await app.strapi.service('api::announcement.fan-out').runPending();

  // and a message from the portal itself, in both languages (newer: listed first)
  const notifications = app.strapi.service(NOTIFICATION);
  await notifications.notify({ subscriberId: reader.id, sourceId: 'test:1', title: SYSTEM_TITLE, body: SYSTEM_BODY });
  for (let i = 1; i <= 23; i++) {
    await notifications.notify({ subscriberId: busy.id, sourceId: `test:many:${i}`, title: { fa: `پیام شمارهٔ ${toPersianDigits(String(i))}`, en: `Message ${i}` }, body: { fa: 'متن پیام', en: 'Message text' } });
  }

});

afterAll(async () => {
  await fakes?.close();
  await site?.close();
});

failOnPageErrors(() => site);

describe('notifications', () => {
  let page: Page;
  pageForBlock(() => site, DESKTOP, async (opened) => {
    page = opened;
  });

  test('the bell shows the unread count and the dashboard pins the service-terms notice', async () => {
    await loginWithPassword(page, reader.subscriberNumber);
    await bellNamed(page, 'اعلان‌ها (۲ خوانده‌نشده)');
    expect(await page.locator('[data-testid="notification-badge"]').innerText()).toBe('۲');

    const region = page.getByRole('region', { name: 'اطلاعیه‌های مهم' });
    await region.waitFor();
    const notice = region.locator('[data-testid="pinned-notice"]');
    expect(await notice.count()).toBe(1);
    expect(await notice.getByRole('heading', { level: 2 }).innerText()).toBe(TERMS_TITLE);
    const text = await notice.innerText();
    expect(text).toContain('تغییر در شرایط خدمات'); // the kind, as the API names it
    expect(text).toContain('از اول مهر، هزینهٔ بازدید حضوری');
    expect(text).toContain('جزئیات در پیوست قرارداد آمده است.');
    expect(text).toMatch(/[۰-۹]{4}\/[۰-۹]{2}\/[۰-۹]{2}/); // the Jalali date
    await shoot(page, 'dashboard-notice-desktop');

    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().includes('/api/me/notifications/') && r.url().endsWith('/read')),
      notice.getByRole('button', { name: 'خواندم' }).click(),
    ]);
    expect(response.status()).toBe(200);
    await region.waitFor({ state: 'detached' });
    await bellNamed(page, 'اعلان‌ها (۱ خوانده‌نشده)');
    const row = await app.strapi.db.query(NOTIFICATION).findOne({ where: { subscriberId: reader.id, sourceId: announcementId } });
    expect(row.readAt).not.toBeNull();

    // it stays read: not pinned after a reload either
    await page.reload();
    await page.locator('[data-testid="subscriber-number"]').waitFor();
    await bellNamed(page, 'اعلان‌ها (۱ خوانده‌نشده)');
    expect(await page.locator('[data-testid="pinned-notices"]').count()).toBe(0);
  });

  test('the notifications page lists both, newest first; marking one read lowers the count', async () => {
    await page.getByRole('banner').getByRole('link', { name: 'اعلان‌ها (۱ خوانده‌نشده)' }).click();
    await page.waitForURL(`${baseUrl}/notifications`);
    await page.getByRole('heading', { level: 1, name: 'اعلان‌ها' }).waitFor();
    const items = page.locator('[data-testid="notification"]');
    await items.first().waitFor();
    expect(await items.count()).toBe(2);

    const system = items.nth(0);
    const terms = items.nth(1);
    expect(await system.getByRole('heading', { level: 2 }).innerText()).toBe(SYSTEM_TITLE.fa);
    expect(await system.getAttribute('data-read')).toBe('false');
    expect(await system.innerText()).toContain('خدمات'); // kind: from the portal
    expect(await system.innerText()).toContain('خوانده‌نشده');
    // the body keeps its line break
    expect(await system.locator('.notice__body').innerText()).toBe(SYSTEM_BODY.fa);
    expect(await terms.getByRole('heading', { level: 2 }).innerText()).toBe(TERMS_TITLE);
    expect(await terms.getAttribute('data-read')).toBe('true');
    expect(await terms.getByRole('button').count()).toBe(0);
    expect(await page.locator('main').innerText()).toContain('۱ اعلان خوانده‌نشده');
    await shoot(page, 'notifications-desktop');

    // only the unread ones
    await page.getByRole('button', { name: 'فقط خوانده‌نشده‌ها' }).click();
    await page.waitForURL(`${baseUrl}/notifications?unread=true`);
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="notification"]').length === 1);
    expect(await items.first().getByRole('heading', { level: 2 }).innerText()).toBe(SYSTEM_TITLE.fa);

    await items.first().getByRole('button', { name: 'خوانده‌شده علامت بزن' }).click();
    await page.waitForFunction(() => document.querySelector('[data-testid="notification"]')?.getAttribute('data-read') === 'true');
    await bellNamed(page, 'اعلان‌ها');
    expect(await page.locator('[data-testid="notification-badge"]').count()).toBe(0);
    expect(await page.locator('main').innerText()).toContain('همهٔ اعلان‌ها را خوانده‌اید.');
    expect(await page.locator('[data-testid="mark-all-read"]').count()).toBe(0);

    // with nothing unread, the filter shows the empty state
    await page.reload();
    await page.getByText('اعلان خوانده‌نشده‌ای ندارید.').waitFor();
    await page.getByRole('button', { name: 'نمایش همهٔ اعلان‌ها' }).click();
    await page.waitForURL(`${baseUrl}/notifications`);
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="notification"]').length === 2);
  });

  test('in English, a text staff wrote only in Persian is shown in Persian', async () => {
    await page.locator('[data-testid="lang-toggle"]').click();
    await page.waitForFunction(() => document.documentElement.dir === 'ltr');
    await page.getByRole('heading', { level: 1, name: 'Notifications' }).waitFor();
    const items = page.locator('[data-testid="notification"]');
    const systemTitle = items.nth(0).getByRole('heading', { level: 2 });
    expect(await systemTitle.innerText()).toBe(SYSTEM_TITLE.en);
    expect(await systemTitle.getAttribute('lang')).toBeNull();
    expect(await items.nth(0).locator('.notice__body').innerText()).toBe(SYSTEM_BODY.en);
    const termsTitle = items.nth(1).getByRole('heading', { level: 2 });
    expect(await termsTitle.innerText()).toBe(TERMS_TITLE);
    expect(await termsTitle.getAttribute('lang')).toBe('fa');
    expect(await termsTitle.getAttribute('dir')).toBe('rtl');
    expect(await items.nth(1).innerText()).toContain('Change in service terms');
    expect(await items.nth(1).innerText()).not.toMatch(/[۰-۹]{4}\//); // the date in Latin digits
    await bellNamed(page, 'Notifications');
    await shoot(page, 'notifications-desktop-en');
    await page.locator('[data-testid="lang-toggle"]').click();
    await page.waitForFunction(() => document.documentElement.dir === 'rtl');
  });

  test('«همه را خوانده‌شده علامت بزن» marks every unread one', async () => {
    const notifications = app.strapi.service(NOTIFICATION);
    await notifications.notify({ subscriberId: reader.id, sourceId: 'test:2', title: { fa: 'تیکت شما پاسخ داده شد', en: 'Your ticket was answered' } });
    await notifications.notify({ subscriberId: reader.id, sourceId: 'test:3', title: { fa: 'فاکتور جدید صادر شد', en: 'A new invoice was issued' } });
    await page.reload();
    await bellNamed(page, 'اعلان‌ها (۲ خوانده‌نشده)');
    const items = page.locator('[data-testid="notification"]');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="notification"]').length === 4);
    // a notification without a body shows its title only
    expect(await items.nth(0).locator('.notice__body').count()).toBe(0);

    await page.getByRole('button', { name: 'همه را خوانده‌شده علامت بزن' }).click();
    await page.getByRole('status').filter({ hasText: 'همهٔ اعلان‌ها خوانده‌شده علامت خورد.' }).waitFor();
    await bellNamed(page, 'اعلان‌ها');
    expect(await page.locator('[data-testid="notification"][data-read="false"]').count()).toBe(0);
    expect(await app.strapi.db.query(NOTIFICATION).count({ where: { subscriberId: reader.id, readAt: null } })).toBe(0);
  });
});

describe('a long list of notifications', () => {
  test('is paged, twenty to a page, with previous and next', async () => {
    const context = await site.newContext(DESKTOP);
    try {
      const page = await site.openPage(context);
      await loginWithPassword(page, busy.subscriberNumber);
      await bellNamed(page, 'اعلان‌ها (۲۳ خوانده‌نشده)');
      await page.goto(`${baseUrl}/notifications`);
      const items = page.locator('[data-testid="notification"]');
      await items.first().waitFor();
      expect(await items.count()).toBe(20);
      expect(await items.first().getByRole('heading', { level: 2 }).innerText()).toBe('پیام شمارهٔ ۲۳');
      const pager = page.getByRole('navigation', { name: 'صفحه‌های اعلان‌ها' });
      expect(await pager.innerText()).toContain('صفحهٔ ۱ از ۲');
      expect(await pager.getByRole('link', { name: 'صفحهٔ قبل' }).count()).toBe(0);

      await pager.getByRole('link', { name: 'صفحهٔ بعد' }).click();
      await page.waitForURL(`${baseUrl}/notifications?page=2`);
      await page.waitForFunction(() => document.querySelectorAll('[data-testid="notification"]').length === 3);
      expect(await items.last().getByRole('heading', { level: 2 }).innerText()).toBe('پیام شمارهٔ ۱');
      expect(await pager.innerText()).toContain('صفحهٔ ۲ از ۲');

      // marking one read on page 2 lowers the bell
      await items.first().getByRole('button', { name: 'خوانده‌شده علامت بزن' }).click();
      await bellNamed(page, 'اعلان‌ها (۲۲ خوانده‌نشده)');

      await pager.getByRole('link', { name: 'صفحهٔ قبل' }).click();
      await page.waitForURL(`${baseUrl}/notifications`);
      await page.waitForFunction(() => document.querySelectorAll('[data-testid="notification"]').length === 20);
      await shoot(page, 'notifications-paged-desktop');
    } finally {
      await context.close();
    }
  });
});

describe('one-time-code login', () => {
  let page: Page;
  pageForBlock(() => site, MOBILE, async (opened) => {
    page = opened;
  }, { mobile: true });

  test('asks for a code by SMS and shows the server message, the code field and the resend countdown', async () => {
    await page.goto(`${baseUrl}/login`);
    const tab = page.getByRole('tab', { name: 'کد یک‌بارمصرف (پیامک)' });
    await tab.click();
    expect(await tab.getAttribute('aria-selected')).toBe('true');
    expect(await page.getByRole('tab', { name: 'رمز عبور' }).getAttribute('aria-selected')).toBe('false');
    await page.getByRole('tabpanel').getByLabel('شماره اشتراک یا کد ملی', { exact: true }).fill(toPersianDigits(texter.subscriberNumber));
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/api/auth/otp/request')),
      page.getByRole('button', { name: 'دریافت کد ورود' }).click(),
    ]);
    expect(response.status()).toBe(200);

    const sent = page.locator('[data-testid="otp-sent"]');
    await sent.waitFor();
    expect(await sent.innerText()).toBe('اگر این حساب در سامانه باشد، کد ورود به تلفن همراه ثبت‌شده پیامک شد.');
    const code = page.getByLabel('کد ورود ۶ رقمی', { exact: true });
    expect(await code.getAttribute('inputmode')).toBe('numeric');
    expect(await code.getAttribute('autocomplete')).toBe('one-time-code');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('code');
    const resend = page.locator('[data-testid="otp-resend"]');
    expect(await resend.isDisabled()).toBe(true);
    expect(await resend.innerText()).toMatch(/^ارسال دوباره کد تا [۰-۹]+ ثانیهٔ دیگر$/);
    // it counts down
    await page.waitForFunction(() => /تا ۵[۰-۹] ثانیه/.test(document.querySelector('[data-testid="otp-resend"]')?.textContent ?? ''));
    expect(await page.locator('main').innerText()).toContain('کد تا ۵ دقیقه معتبر است');
    await shoot(page, 'login-otp-mobile');
    await expectNoHorizontalOverflow(page);
  });

  test('a wrong code shows the Persian error and stays on the page', async () => {
    const right = await codeSentTo('09121110002');
    const wrong = right === '111111' ? '222222' : '111111';
    await page.getByLabel('کد ورود ۶ رقمی', { exact: true }).fill(toPersianDigits(wrong));
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/api/auth/otp/verify')),
      page.getByRole('button', { name: 'ورود', exact: true }).click(),
    ]);
    expect(response.status()).toBe(400);
    const error = page.locator('[data-testid="login-error"]');
    await error.waitFor();
    expect(await error.innerText()).toBe('کد ورود نادرست یا منقضی است. کد تازه‌ای درخواست کنید.');
    expect(page.url()).toBe(`${baseUrl}/login`);
    await shoot(page, 'login-otp-error-mobile');
  });

  test('the right code, typed in Persian digits, logs in to the dashboard with its pinned notice', async () => {
    const code = [...fakes.kavenegar.sent].reverse().find((m) => m.receptor === '09121110002')!.tokens!.token;
    const field = page.getByLabel('کد ورود ۶ رقمی', { exact: true });
    await field.fill('');
    await field.pressSequentially(toPersianDigits(code));
    expect(await field.inputValue()).toBe(toPersianDigits(code));
    await page.getByRole('button', { name: 'ورود', exact: true }).click();
    await page.waitForURL(`${baseUrl}/`);
    expect(await page.locator('[data-testid="subscriber-number"]').innerText()).toBe(toPersianDigits(texter.subscriberNumber));

    await page.getByRole('region', { name: 'اطلاعیه‌های مهم' }).waitFor();
    await bellNamed(page, 'اعلان‌ها (۱ خوانده‌نشده)');
    await shoot(page, 'dashboard-notice-mobile');
    await expectNoHorizontalOverflow(page);

    // a 375 px phone: the header's brand, bell, language and logout all fit, nothing cut short
    await page.setViewportSize({ width: 375, height: 812 });
    await expectNoHorizontalOverflow(page);
    const cut = await page.evaluate(() =>
      ['.brand__name', '.brand__area', '.site-header__tools'].filter((s) => {
        const el = document.querySelector(s)!;
        return el.scrollWidth > el.clientWidth;
      })
    );
    expect(cut).toEqual([]);
    await page.screenshot({ path: path.join(SHOTS, 'header-375-mobile.png'), clip: { x: 0, y: 0, width: 375, height: 120 } });
    await page.setViewportSize(MOBILE);

    // the session is the same as after a password login: a reload resumes it from the cookie
    await page.reload();
    await page.locator('[data-testid="subscriber-number"]').waitFor();
    expect(page.url()).toBe(`${baseUrl}/`);

    await page.getByRole('banner').getByRole('link', { name: 'اعلان‌ها (۱ خوانده‌نشده)' }).click();
    await page.waitForURL(`${baseUrl}/notifications`);
    await page.locator('[data-testid="notification"]').first().waitFor();
    await shoot(page, 'notifications-mobile');
    await expectNoHorizontalOverflow(page);

    await page.locator('[data-testid="lang-toggle"]').click();
    await page.waitForFunction(() => document.documentElement.dir === 'ltr');
    await shoot(page, 'notifications-mobile-en');
    await expectNoHorizontalOverflow(page);
    await page.locator('[data-testid="lang-toggle"]').click();
    await page.waitForFunction(() => document.documentElement.dir === 'rtl');
  });
});

describe('the one-time-code tab on a desktop, and throttling', () => {
  const THROTTLE = 'plugin::customer-accounts.loginThrottle';
  const PER_IP = 'plugin::customer-accounts.otp.maxRequestsPerIp';
  let savedThrottle: unknown;
  let savedPerIp: unknown;
  beforeAll(() => {
    savedThrottle = app.strapi.config.get(THROTTLE);
    savedPerIp = app.strapi.config.get(PER_IP);
  });
  afterAll(() => {
    app.strapi.config.set(THROTTLE, savedThrottle);
    app.strapi.config.set(PER_IP, savedPerIp);
    app.strapi.plugin('customer-accounts').service('login-throttle').clear();
  });

  test('too many requests show the Persian 429 message with the wait', async () => {
    const context = await site.newContext(DESKTOP);
    try {
      const page = await site.openPage(context);
      await page.goto(`${baseUrl}/login`);
      await page.getByRole('tab', { name: 'کد یک‌بارمصرف (پیامک)' }).click();
      await page.getByLabel('شماره اشتراک یا کد ملی', { exact: true }).fill(reader.nationalCode);
      await page.getByRole('button', { name: 'دریافت کد ورود' }).click();
      await page.locator('[data-testid="otp-sent"]').waitFor();
      await shoot(page, 'login-otp-desktop');

      // English: the server's message in English, the same layout left to right
      await page.locator('[data-testid="lang-toggle"]').click();
      await page.waitForFunction(() => document.documentElement.dir === 'ltr');
      expect(await page.locator('[data-testid="otp-sent"]').innerText()).toBe('If this account exists, a login code has been sent by SMS to its registered mobile.');
      await shoot(page, 'login-otp-desktop-en');
      await page.locator('[data-testid="lang-toggle"]').click();
      await page.waitForFunction(() => document.documentElement.dir === 'rtl');

      // throttled: the next request from this address is refused with Retry-After
      app.strapi.plugin('customer-accounts').service('login-throttle').clear();
      app.strapi.config.set(THROTTLE, { ...(savedThrottle as object), enabled: true });
      app.strapi.config.set(PER_IP, 1);
      await page.getByRole('button', { name: 'تغییر' }).click();
      const [first] = await Promise.all([
        page.waitForResponse((r) => r.url().endsWith('/api/auth/otp/request')),
        page.getByRole('button', { name: 'دریافت کد ورود' }).click(),
      ]);
      expect(first.status()).toBe(200);
      await page.getByRole('button', { name: 'تغییر' }).click();
      const [limited] = await Promise.all([
        page.waitForResponse((r) => r.url().endsWith('/api/auth/otp/request')),
        page.getByRole('button', { name: 'دریافت کد ورود' }).click(),
      ]);
      expect(limited.status()).toBe(429);
      const error = page.locator('[data-testid="login-error"]');
      await error.waitFor();
      const text = await error.innerText();
      expect(text).toMatch(/[\u0600-\u06FF]/);
      expect(text).toContain('زمان باقی‌مانده تا تلاش دوباره');
      // and the button waits as long as the server said
      const button = page.locator('form button[type="submit"]');
      expect(await button.isDisabled()).toBe(true);
      expect(await button.innerText()).toMatch(/[۰-۹]+/);
      await shoot(page, 'login-otp-throttled-desktop');
    } finally {
      await context.close();
    }
  });
});
