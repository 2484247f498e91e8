/**
 * Password self-service and honest code answers in a real browser:
 * - «رمز عبور را فراموش کرده‌اید؟» on the login page → /forgot-password: a code by SMS (read from
 *   the fake Kavenegar, through the real client), the server's refusals by their fields, the new
 *   password, then a login with it;
 * - «تغییر رمز عبور» on the profile page: a wrong current password, then the change — the page
 *   stays logged in (fresh session), the old password stops working;
 * - the one-time-code tab when nothing was sent (cool-down): it says so, in Persian and English,
 *   with the wait.
 * Screenshots go to test-results/.
 */
import type { Page } from 'playwright-core';
import type { TestApp } from '../helpers/strapi';
import { DESKTOP, MOBILE, expectNoHorizontalOverflow, shoot, startSiteUnderTest, type SiteUnderTest, failOnPageErrors, pageForBlock } from '../helpers/browser';
import { toPersianDigits } from '../../src/domain/digits';
import { createCustomer, login, PASSWORD } from '../helpers/fixtures';
import { startMessagingFakes, tehranNoon } from '../helpers/messaging';

jest.setTimeout(120_000);

type Customer = { id: number; subscriberNumber: string; nationalCode: string };

let site: SiteUnderTest;
let app: TestApp;
let baseUrl: string;
let fakes: Awaited<ReturnType<typeof startMessagingFakes>>;
let forgetful: Customer;
let careful: Customer;
let texter: Customer;

/** Runs the delivery worker and returns the last code the fake Kavenegar sent to `mobile` with `template`. */
const codeSentTo = async (mobile: string, template: string): Promise<string> => {
  await app.strapi.plugin('messaging').service('delivery').runOnce({ now: tehranNoon() });
  const code = [...fakes.kavenegar.sent].reverse().find((m) => m.receptor === mobile && m.template === template)?.tokens?.token;
  if (!code) throw new Error(`no ${template} code was sent to ${mobile}`);
  return code;
};

const passwordBox = (page: Page, name: string) => page.getByRole('textbox', { name, exact: true });
const fieldError = (page: Page, name: string) => page.locator('.field', { has: page.locator(`input[name="${name}"]`) }).locator('.field__error');

beforeAll(async () => {
  site = await startSiteUnderTest();
  ({ app, baseUrl } = site);
  fakes = await startMessagingFakes(app.strapi);
  forgetful = (await createCustomer(app.strapi, { fullName: 'رضا کریمی', mobile: '09151110001' })) as unknown as Customer;
  careful = (await createCustomer(app.strapi, { fullName: 'نرگس صالحی', mobile: '09151110002' })) as unknown as Customer;
  texter = (await createCustomer(app.strapi, { fullName: 'حسین نوری', mobile: '09151110003' })) as unknown as Customer;
});

afterAll(async () => {
  await fakes?.close();
  await site?.close();
});

failOnPageErrors(() => site);

describe('forgot password: a code by SMS, then a new password', () => {
  let page: Page;
  pageForBlock(() => site, MOBILE, async (opened) => {
    page = opened;
  }, { mobile: true });

  test('from the login page to a new password and a login with it', async () => {
    await page.goto(`${baseUrl}/login`);
    await page.getByRole('link', { name: 'رمز عبور را فراموش کرده‌اید؟' }).waitFor();
    await shoot(page, 'login-forgot-password-link-mobile');
    await page.getByRole('link', { name: 'رمز عبور را فراموش کرده‌اید؟' }).click();
    await page.waitForURL(`${baseUrl}/forgot-password`);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('بازیابی رمز عبور');

    await page.getByLabel('شماره اشتراک یا کد ملی', { exact: true }).fill(toPersianDigits(forgetful.nationalCode));
    const [asked] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/api/auth/password-reset/request')),
      page.getByRole('button', { name: 'دریافت کد بازیابی' }).click(),
    ]);
    expect(asked.status()).toBe(200);
    const sent = page.locator('[data-testid="reset-code-sent"]');
    await sent.waitFor();
    expect(await sent.innerText()).toBe('اگر این حساب در سامانه باشد، کد بازیابی رمز عبور به تلفن همراه ثبت‌شده پیامک شد.');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('code');
    expect(await page.locator('[data-testid="reset-resend"]').isDisabled()).toBe(true);
    await shoot(page, 'reset-code-mobile');
    await expectNoHorizontalOverflow(page);

    const code = await codeSentTo('09151110001', 'poshtiban-reset');
    await page.getByLabel('کد بازیابی ۶ رقمی', { exact: true }).pressSequentially(toPersianDigits(code));

    // the repeat differs: the page says so without asking the server
    await passwordBox(page, 'رمز عبور جدید').fill('Golestan-۱۴۰۵');
    await passwordBox(page, 'تکرار رمز عبور جدید').fill('Golestan-1406');
    await page.getByRole('button', { name: 'ثبت رمز عبور تازه' }).click();
    expect(await fieldError(page, 'repeatPassword').innerText()).toBe('تکرار رمز عبور با رمز جدید یکسان نیست.');

    // a password built on the mobile: the server's reason under the field, the code still usable
    await passwordBox(page, 'رمز عبور جدید').fill('ab09151110001');
    await passwordBox(page, 'تکرار رمز عبور جدید').fill('ab09151110001');
    const [weak] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/api/auth/password-reset/confirm')),
      page.getByRole('button', { name: 'ثبت رمز عبور تازه' }).click(),
    ]);
    expect(weak.status()).toBe(400);
    await fieldError(page, 'newPassword').waitFor();
    expect(await fieldError(page, 'newPassword').innerText()).toBe('رمز عبور نباید شمارهٔ اشتراک، کد ملی یا شمارهٔ همراه شما را در خود داشته باشد.');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('newPassword');
    await shoot(page, 'reset-weak-password-mobile');

    await passwordBox(page, 'رمز عبور جدید').fill('Golestan-۱۴۰۵');
    await passwordBox(page, 'تکرار رمز عبور جدید').fill('Golestan-۱۴۰۵');
    const [done] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/api/auth/password-reset/confirm')),
      page.getByRole('button', { name: 'ثبت رمز عبور تازه' }).click(),
    ]);
    expect(done.status()).toBe(200);
    const success = page.locator('[data-testid="reset-done"]');
    await success.waitFor();
    expect(await success.innerText()).toBe('رمز عبور تازه ثبت شد و همهٔ نشست‌های قبلی بسته شد. اکنون با رمز تازه وارد شوید.');
    await shoot(page, 'reset-done-mobile');

    await page.getByRole('link', { name: 'ورود با رمز تازه' }).click();
    await page.waitForURL(`${baseUrl}/login`);
    await page.getByLabel('شماره اشتراک یا کد ملی', { exact: true }).fill(forgetful.subscriberNumber);
    await passwordBox(page, 'رمز عبور').fill('Golestan-۱۴۰۵');
    await page.getByRole('button', { name: 'ورود', exact: true }).click();
    await page.waitForURL(`${baseUrl}/`);
    await page.locator('[data-testid="subscriber-number"]').waitFor();
    expect((await login(app.server, forgetful.subscriberNumber, PASSWORD)).status).toBe(400);
  });
});

describe('change password on the profile page', () => {
  let page: Page;
  pageForBlock(() => site, DESKTOP, async (opened) => {
    page = opened;
  });

  test('a wrong current password is named by its field; the change keeps this page logged in', async () => {
    await page.goto(`${baseUrl}/login`);
    await page.getByLabel('شماره اشتراک یا کد ملی', { exact: true }).fill(careful.subscriberNumber);
    await passwordBox(page, 'رمز عبور').fill(PASSWORD);
    await page.getByRole('button', { name: 'ورود', exact: true }).click();
    await page.waitForURL(`${baseUrl}/`);
    // another device, logged in before the change
    const elsewhere = await login(app.server, careful.subscriberNumber);

    await page.goto(`${baseUrl}/profile`);
    const section = page.getByRole('region', { name: 'تغییر رمز عبور' });
    await section.waitFor();
    await section.getByRole('textbox', { name: 'رمز عبور فعلی' }).fill('not-my-pass-1');
    await section.getByRole('textbox', { name: 'رمز عبور جدید', exact: true }).fill('Baharan-۲۰۲۶');
    await section.getByRole('textbox', { name: 'تکرار رمز عبور جدید' }).fill('Baharan-۲۰۲۶');
    await section.getByRole('button', { name: 'تغییر رمز عبور' }).click();
    await fieldError(page, 'currentPassword').waitFor();
    expect(await fieldError(page, 'currentPassword').innerText()).toBe('رمز عبور فعلی درست نیست.');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('currentPassword');
    await shoot(page, 'profile-password-error-desktop');

    await section.getByRole('textbox', { name: 'رمز عبور فعلی' }).fill(PASSWORD);
    const [changed] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/api/me/password')),
      section.getByRole('button', { name: 'تغییر رمز عبور' }).click(),
    ]);
    expect(changed.status()).toBe(200);
    const ok = page.locator('[data-testid="password-changed"]');
    await ok.waitFor();
    expect(await ok.innerText()).toBe('رمز عبور شما تغییر کرد. از همهٔ دستگاه‌های دیگر خارج شدید.');
    expect(await section.getByRole('textbox', { name: 'رمز عبور فعلی' }).inputValue()).toBe('');
    await shoot(page, 'profile-password-changed-desktop');

    // this page carries on with its new session (the refresh cookie was replaced) …
    await page.reload();
    await page.locator('[data-testid="profile-full-name"]').waitFor();
    expect(page.url()).toBe(`${baseUrl}/profile`);
    // … the other device's session is over, and the new password is the one that works
    const cookie = ((elsewhere.headers['set-cookie'] as unknown as string[]) ?? [])
      .filter((c) => c.startsWith('strapi_up_refresh'))
      .map((c) => c.split(';')[0])
      .join('; ');
    const request = (await import('supertest')).default;
    expect((await request(app.server).post('/api/auth/refresh').set('Cookie', cookie)).status).toBe(401);
    expect((await login(app.server, careful.subscriberNumber, 'Baharan-۲۰۲۶')).status).toBe(200);

    // English: the same section, left to right
    await page.locator('[data-testid="lang-toggle"]').click();
    await page.waitForFunction(() => document.documentElement.dir === 'ltr');
    await page.getByRole('region', { name: 'Change password' }).waitFor();
    await shoot(page, 'profile-password-desktop-en');
    await page.locator('[data-testid="lang-toggle"]').click();
    await page.waitForFunction(() => document.documentElement.dir === 'rtl');
  });
});

describe('the one-time-code tab when no code was sent', () => {
  let page: Page;
  pageForBlock(() => site, MOBILE, async (opened) => {
    page = opened;
  }, { mobile: true });

  test('a second request inside the cool-down says no code went and when to ask again, in Persian and English', async () => {
    await page.goto(`${baseUrl}/login`);
    await page.getByRole('tab', { name: 'کد یک‌بارمصرف (پیامک)' }).click();
    await page.getByLabel('شماره اشتراک یا کد ملی', { exact: true }).fill(texter.subscriberNumber);
    await page.getByRole('button', { name: 'دریافت کد ورود' }).click();
    await page.locator('[data-testid="otp-sent"]').waitFor();

    // back to the identifier (as after a page reload) and ask again at once
    await page.getByRole('button', { name: 'تغییر' }).click();
    const [again] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/api/auth/otp/request')),
      page.getByRole('button', { name: 'دریافت کد ورود' }).click(),
    ]);
    expect(again.status()).toBe(200);
    const notSent = page.locator('[data-testid="otp-not-sent"]');
    await notSent.waitFor();
    expect(await page.locator('[data-testid="otp-sent"]').count()).toBe(0);
    const text = await notSent.innerText();
    expect(text).toContain('کد تازه‌ای فرستاده نشد');
    expect(text).toMatch(/[۰-۹]+ ثانیهٔ دیگر دوباره تلاش کنید/);
    // the code sent a moment ago can still be typed, and the resend button waits
    await page.getByLabel('کد ورود ۶ رقمی', { exact: true }).waitFor();
    expect(await page.locator('[data-testid="otp-resend"]').isDisabled()).toBe(true);
    expect(await page.locator('[data-testid="otp-resend"]').innerText()).toMatch(/^ارسال دوباره کد تا [۰-۹]+ ثانیهٔ دیگر$/);
    await shoot(page, 'login-otp-not-sent-mobile');
    await expectNoHorizontalOverflow(page);

    await page.locator('[data-testid="lang-toggle"]').click();
    await page.waitForFunction(() => document.documentElement.dir === 'ltr');
    expect(await notSent.innerText()).toMatch(/^No new code was sent: .* try again in \d+ seconds\.$/);
    await shoot(page, 'login-otp-not-sent-mobile-en');
    await page.locator('[data-testid="lang-toggle"]').click();
    await page.waitForFunction(() => document.documentElement.dir === 'rtl');

    // and that code logs in
    const code = await codeSentTo('09151110003', 'poshtiban-login');
    await page.getByLabel('کد ورود ۶ رقمی', { exact: true }).fill(code);
    await page.getByRole('button', { name: 'ورود', exact: true }).click();
    await page.waitForURL(`${baseUrl}/`);
  });
});
