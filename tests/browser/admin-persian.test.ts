/**
 * Staff work in a Persian admin: the panel opens in Persian, right-to-left, in Vazirmatn, without
 * Strapi's tours and banners; text boxes follow what is typed; English stays selectable in the
 * profile. A Manager writes an announcement in Persian and English and publishes both.
 */
import type { Page } from 'playwright-core';
import { adminForFile, shootAdmin } from '../helpers/admin';
import { createStaffMember } from '../helpers/fixtures';

const admin = adminForFile();
// each test drives the admin through several screens; under a loaded CI machine that outgrows jest's 60 s default
jest.setTimeout(180_000);

/** After «انتشار»: the document's status badge reads «منتشرشده» and there is nothing left to publish. */
const publishedNow = async (page: Page) => {
  await page.getByText('منتشرشده', { exact: true }).first().waitFor();
  await page.waitForFunction(() =>
    Array.from(document.querySelectorAll('button')).some((b) => b.textContent === 'انتشار' && (b as HTMLButtonElement).disabled)
  );
};

const documentDirection = (page: Page) => page.evaluate(() => ({ dir: document.documentElement.dir, lang: document.documentElement.lang }));

describe('the admin shell', () => {
  test('a staff member’s first visit is Persian and right-to-left, set in Vazirmatn, without tours or marketing', async () => {
    const member = await createStaffMember(admin.app.strapi, 'poshtiban-support', 'سارا');
    const context = await admin.newContext({ lang: null });
    const page = await context.newPage();

    await page.goto(`${admin.baseUrl}/admin/auth/login`);
    await page.getByText('ورود کارکنان').waitFor();
    expect(await documentDirection(page)).toEqual({ dir: 'rtl', lang: 'fa' });
    await shootAdmin(page, 'admin-login-fa');

    await admin.logIn(page, member);
    await page.getByRole('heading', { name: /سلام سارا/ }).waitFor();
    expect(await documentDirection(page)).toEqual({ dir: 'rtl', lang: 'fa' });
    const font = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
    expect(font).toMatch(/^Vazirmatn/);
    await page.evaluate(() => document.fonts.load('16px Vazirmatn', 'سلام'));
    expect(await page.evaluate(() => document.fonts.check('16px Vazirmatn', 'سلام'))).toBe(true);
    // Strapi's guided tour, its "new Media Library" banner and cloud prompts are gone
    expect(await page.getByText(/guided tour|Media Library|Strapi Cloud|راهنمای گام‌به‌گام/i).count()).toBe(0);
    await shootAdmin(page, 'admin-home-fa');
    await context.close();
  });

  test('a text box takes the direction of what is typed: Persian right-to-left, a serial left-to-right', async () => {
    const member = await createStaffMember(admin.app.strapi, 'poshtiban-support');
    const context = await admin.newContext();
    const page = await context.newPage();
    await admin.logIn(page, member);
    await page.goto(`${admin.baseUrl}/admin/content-manager/collection-types/api::device.device/create`);
    const serial = page.getByLabel('شماره سریال');
    await serial.fill('ZI-200/ABC');
    const notes = page.getByLabel('یادداشت کارکنان (محرمانه)');
    await notes.fill('دستگاه سالم تحویل شد.');
    expect(await serial.getAttribute('dir')).toBe('auto');
    expect(await notes.getAttribute('dir')).toBe('auto');
    // the browser resolves "auto" from the text itself
    expect(await serial.evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
    expect(await notes.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    await context.close();
  });

  test('English stays selectable in the profile, and the page turns left-to-right', async () => {
    const member = await createStaffMember(admin.app.strapi, 'poshtiban-finance');
    const context = await admin.newContext();
    const page = await context.newPage();
    await admin.logIn(page, member);
    await page.goto(`${admin.baseUrl}/admin/me`);
    await page.getByRole('combobox', { name: 'زبان رابط کاربری' }).click();
    await page.getByRole('option', { name: 'English' }).click();
    await page.getByRole('button', { name: 'ذخیره' }).click();
    await page.getByRole('button', { name: 'Save' }).waitFor();
    expect(await documentDirection(page)).toEqual({ dir: 'ltr', lang: 'en' });

    await page.goto(`${admin.baseUrl}/admin/content-manager`);
    // our content types carry the English half of their names in the English admin
    await page.getByRole('link', { name: 'Device', exact: true }).waitFor();
    await page.goto(`${admin.baseUrl}/admin/me`);
    await page.getByRole('combobox', { name: 'Interface language' }).click();
    await page.getByRole('option', { name: 'فارسی' }).click();
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('button', { name: 'ذخیره' }).waitFor();
    expect(await documentDirection(page)).toEqual({ dir: 'rtl', lang: 'fa' });
    await context.close();
  });
});

describe('a Manager’s announcement', () => {
  test('is written and published in Persian and in English from the admin, and listed', async () => {
    const member = await createStaffMember(admin.app.strapi, 'poshtiban-manager', 'مریم');
    const context = await admin.newContext();
    const page = await context.newPage();
    await admin.logIn(page, member);

    const list = (locale: string) => `${admin.baseUrl}/admin/content-manager/collection-types/api::announcement.announcement?plugins[i18n][locale]=${locale}`;
    await page.goto(`${admin.baseUrl}/admin/content-manager/collection-types/api::announcement.announcement/create?plugins[i18n][locale]=fa`);
    await page.getByLabel('عنوان').fill('به‌روزرسانی نرم‌افزار دستگاه‌های زیما');
    await page.getByLabel('متن اطلاعیه').fill('نسخهٔ تازهٔ نرم‌افزار منتشر شد؛ دستگاه شما شب هنگام به‌روز می‌شود.');
    await page.getByRole('button', { name: 'ذخیره' }).click();
    await page.waitForURL((url) => !url.pathname.endsWith('/create'));
    await page.getByRole('button', { name: 'انتشار' }).click();
    await publishedNow(page);
    await shootAdmin(page, 'admin-announcement-fa');

    const documentId = page.url().split('/').pop()!.split('?')[0];
    await page.goto(
      `${admin.baseUrl}/admin/content-manager/collection-types/api::announcement.announcement/${documentId}?plugins[i18n][locale]=en`
    );
    await page.getByLabel('عنوان').fill('Zima device software update');
    await page.getByLabel('متن اطلاعیه').fill('A new software version is out; your device updates overnight.');
    await page.getByRole('button', { name: 'ذخیره' }).click();
    await page.getByRole('button', { name: 'انتشار' }).click();
    await publishedNow(page);

    for (const [locale, title] of [
      ['fa', 'به‌روزرسانی نرم‌افزار دستگاه‌های زیما'],
      ['en', 'Zima device software update'],
    ]) {
      await page.goto(list(locale));
      await page.getByRole('gridcell', { name: title }).waitFor();
    }
    const published = await admin.app.strapi
      .documents('api::announcement.announcement')
      .findMany({ filters: { documentId }, status: 'published', locale: '*' } as any);
    expect(published.map((a: any) => a.locale).sort()).toEqual(['en', 'fa']);
    await context.close();
  });
});
