/**
 * The site's frame in a real browser: the company's contact details (footer, login page, empty
 * device list, warranty lookup for an unregistered serial) with the phone as a tel: link in
 * Persian digits; the phone's bottom tab bar at 390×844 (every main destination, the current one
 * marked, no sideways scrolling) with the top navigation kept on wide screens; and the small
 * defects: the not-found heading once, document titles without direction marks, the cancel
 * dialog without tickets, the sandbox gateway in Vazirmatn. Screenshots of the contact details
 * and the phone navigation are copied to docs/screenshots/ with UPDATE_DOCS=1.
 */
import fs from 'fs';
import path from 'path';
import request from 'supertest';
import type { Page } from 'playwright-core';
import type { TestApp } from '../helpers/strapi';
import { DESKTOP, MOBILE, SHOTS, shoot, shotToDocs, startSiteUnderTest, type SiteUnderTest, failOnPageErrors, pageForBlock } from '../helpers/browser';
import { createCustomer, createDevice, createModel, PASSWORD, tokenFor } from '../helpers/fixtures';
import { addDays, tehranDate } from '../../src/domain/jalali';

jest.setTimeout(120_000);

const PHONE_FA = '۰۲۱ ۹۱۰۰ ۴۲۵۰';
const PHONE_HREF = 'tel:+982191004250';
const BIDI_MARKS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

let site: SiteUnderTest;
let app: TestApp;
let baseUrl: string;
let buyer: { documentId: string; subscriberNumber: string };
let withoutDevices: { subscriberNumber: string };
let expiredDevice: string;
let repairId: string;
let repairCode: string;

const loginAs = async (page: Page, subscriberNumber: string) => {
  await page.goto(`${baseUrl}/login`);
  await page.locator('input[name="identifier"]').fill(subscriberNumber);
  await page.locator('input[name="password"]').fill(PASSWORD);
  await page.locator('form button[type="submit"]').click();
  await page.waitForURL(`${baseUrl}/`);
  await page.locator('[data-testid="subscriber-number"]').waitFor();
};

/** The page's width fits the phone: nothing scrolls sideways. */
const expectNoSidewaysScroll = async (page: Page) => {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.scrollingElement!.scrollWidth, innerWidth: window.innerWidth }));
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
};

beforeAll(async () => {
  site = await startSiteUnderTest();
  ({ app, baseUrl } = site);
  app.strapi.config.set('plugin::payment.publicUrl', baseUrl);
  app.strapi.plugin('payment').service('payments').resetGateway();

  // what staff enter in the admin («اطلاعات تماس»), Persian digits and all
  await app.strapi.documents('api::contact-settings.contact-settings').create({
    data: {
      supportPhone: '۰۲۱-۹۱۰۰۴۲۵۰',
      secondPhone: '09124104250',
      email: 'support@poshtiban.ir',
      workingHoursFa: 'شنبه تا چهارشنبه ۸:۳۰ تا ۱۷، پنج‌شنبه ۸:۳۰ تا ۱۳',
      workingHoursEn: 'Saturday to Wednesday 8:30–17:00, Thursday 8:30–13:00',
      addressFa: 'تهران، خیابان ولیعصر، بالاتر از میدان ونک، کوچهٔ نگار، پلاک ۱۲',
      addressEn: 'No. 12, Negar Alley, Valiasr Street north of Vanak Square, Tehran',
    } as any,
  });

  const model = await createModel(app.strapi, { brand: 'Zig', model: 'ZC-200' });
  buyer = (await createCustomer(app.strapi, { fullName: 'علی رضایی' })) as any;
  withoutDevices = (await createCustomer(app.strapi, { fullName: 'سارا محمدی' })) as any;
  const active = await createDevice(app.strapi, { owner: buyer.documentId, model: model.documentId, serviceEnd: addDays(tehranDate(), 200) });
  expiredDevice = (await createDevice(app.strapi, { owner: buyer.documentId, model: model.documentId, serviceEnd: addDays(tehranDate(), -10) })).documentId;
  const repair = await app.strapi
    .documents('api::repair-order.repair-order')
    .create({ data: { device: active.documentId, reportedFault: 'دستگاه روشن نمی‌شود' } as any });
  repairId = repair.documentId;
  repairCode = (await app.strapi.db.query('api::repair-order.repair-order').findOne({ where: { documentId: repairId }, select: ['trackingCode'] }))
    .trackingCode;
});

afterAll(async () => {
  await site?.close();
});

failOnPageErrors(() => site);

describe('contact details', () => {
  let page: Page;
  pageForBlock(
    () => site,
    DESKTOP,
    async (opened) => {
      page = opened;
    },
  );

  test('the footer and the login page give the support phone as a tel: link, in Persian digits', async () => {
    await page.goto(`${baseUrl}/login`);
    const footer = page.locator('[data-testid="footer-contact"]');
    await footer.waitFor();
    const footerText = await footer.innerText();
    expect(footerText).toContain(PHONE_FA);
    expect(footerText).toContain('۰۹۱۲ ۴۱۰ ۴۲۵۰');
    expect(footerText).toContain('شنبه تا چهارشنبه');
    expect(footerText).toContain('support@poshtiban.ir');
    expect(footerText).toContain('میدان ونک');
    expect(await footer.locator(`a[href="${PHONE_HREF}"]`).innerText()).toBe(PHONE_FA);

    const onLogin = page.locator('main [data-testid="support-contact"]');
    await onLogin.waitFor();
    expect(await onLogin.innerText()).toContain('تماس با پشتیبانی');
    const phone = onLogin.locator(`a[href="${PHONE_HREF}"]`);
    expect(await phone.innerText()).toBe(PHONE_FA);
    // the number reads left to right inside the Persian line
    expect(await phone.getAttribute('dir')).toBe('ltr');
    await shoot(page, 'site-contact-details');
    shotToDocs('site-contact-details');
  });

  test('in English: Latin digits, the English hours and address', async () => {
    const context = await site.newContext(DESKTOP, { lang: 'en' });
    try {
      const en = await site.openPage(context);
      await en.goto(`${baseUrl}/login`);
      const footer = en.locator('[data-testid="footer-contact"]');
      await footer.waitFor();
      const text = await footer.innerText();
      expect(text).toContain('021 9100 4250');
      expect(text).toContain('Saturday to Wednesday');
      expect(text).toContain('Negar Alley');
    } finally {
      await context.close();
    }
  });

  test("the warranty lookup's answer for an unregistered serial says which number to call", async () => {
    await page.goto(`${baseUrl}/warranty/NOSUCH-777`);
    const report = page.locator('[data-testid="warranty-report"]');
    await report.waitFor();
    const contact = report.locator('[data-testid="support-contact"]');
    await contact.waitFor();
    expect(await contact.locator(`a[href="${PHONE_HREF}"]`).innerText()).toBe(PHONE_FA);
    expect(await contact.innerText()).toContain('شنبه تا چهارشنبه');
  });

  test('the empty device list and the unknown payment say how to reach support', async () => {
    await loginAs(page, withoutDevices.subscriberNumber);
    await page.goto(`${baseUrl}/devices`);
    await page.getByText('هنوز دستگاهی برای شما ثبت نشده است.').waitFor();
    expect(await page.locator(`main [data-testid="support-contact"] a[href="${PHONE_HREF}"]`).innerText()).toBe(PHONE_FA);

    await page.goto(`${baseUrl}/payments/unknown`);
    await page.locator('[data-testid="payment-result"][data-status="unknown"]').waitFor();
    expect(await page.locator(`[data-testid="payment-result"] a[href="${PHONE_HREF}"]`).innerText()).toBe(PHONE_FA);
    await page.context().clearCookies();
  });
});

describe('navigation on a phone (390×844): the bottom tab bar', () => {
  let page: Page;
  pageForBlock(
    () => site,
    MOBILE,
    async (opened) => {
      page = opened;
    },
    { mobile: true },
  );

  const tabBar = () => page.locator('[data-testid="tab-bar"]');
  const tabLabels = () => tabBar().locator('.tab-bar__label').allInnerTexts();
  const current = () => tabBar().locator('[aria-current="page"] .tab-bar__label').allInnerTexts();
  /** The tab bar once it settles on `expected` (it follows the session check and the route). */
  const expectSoon = async (read: () => Promise<string[]>, expected: string[]) => {
    for (let tries = 0; tries < 50 && JSON.stringify(await read()) !== JSON.stringify(expected); tries += 1) await page.waitForTimeout(100);
    expect(await read()).toEqual(expected);
  };

  test('a visitor without a session: login and the warranty lookup, no top navigation', async () => {
    await page.goto(`${baseUrl}/login`);
    await tabBar().waitFor();
    await expectSoon(tabLabels, ['ورود', 'گارانتی']);
    await expectSoon(current, ['ورود']);
    expect(await page.locator('.site-nav').isVisible()).toBe(false);
    await tabBar().getByRole('link', { name: 'گارانتی' }).click();
    await page.waitForURL(`${baseUrl}/warranty`);
    await expectSoon(current, ['گارانتی']);
    await expectNoSidewaysScroll(page);
  });

  test('logged in: every main destination from the tab bar, the current one marked, in right-to-left order', async () => {
    await loginAs(page, buyer.subscriberNumber);
    await expectSoon(tabLabels, ['خانه', 'دستگاه‌ها', 'تیکت‌ها', 'تعمیرات', 'آموزش', 'اطلاعات من']);
    await expectSoon(current, ['خانه']);

    // the bar lies along the bottom of the screen; the first tab at the right (Persian reads from there)
    const box = await tabBar().boundingBox();
    expect(box!.y + box!.height).toBeCloseTo(MOBILE.height, 0);
    const xs = await tabBar()
      .locator('li')
      .evaluateAll((items) => items.map((li) => li.getBoundingClientRect().left));
    expect(xs).toEqual([...xs].sort((a, b) => b - a));

    // each tab, the page it opens and what shows that page has loaded
    const destinations: Array<[string, string, string]> = [
      ['دستگاه‌ها', '/devices', '[data-testid="device-card"]'],
      ['تیکت‌ها', '/tickets', '[data-testid="new-ticket-link"]'],
      ['تعمیرات', '/repairs', '[data-testid="repair-card"]'],
      ['آموزش', '/knowledge-base', '[data-testid="kb-search"]'],
      ['اطلاعات من', '/profile', '[data-testid="profile-full-name"]'],
      ['خانه', '/', '[data-testid="subscriber-number"]'],
    ];
    for (const [tab, url, loaded] of destinations) {
      await tabBar().getByRole('link', { name: tab, exact: true }).click();
      await page.waitForURL(`${baseUrl}${url}`);
      await page.locator(loaded).first().waitFor();
      await expectSoon(current, [tab]);
      await expectNoSidewaysScroll(page);
    }
    // the page's last line is not hidden under the bar
    await page.evaluate(() => window.scrollTo(0, document.scrollingElement!.scrollHeight));
    const footerBottom = await page.locator('.site-footer__brand').evaluate((el) => el.getBoundingClientRect().bottom);
    expect(footerBottom).toBeLessThanOrEqual((await tabBar().boundingBox())!.y + 1);
  });

  test("a device's page keeps «دستگاه‌ها» marked", async () => {
    await page.goto(`${baseUrl}/devices/${expiredDevice}`);
    await page.locator('[data-testid="service-end"]').waitFor();
    await expectSoon(current, ['دستگاه‌ها']);
    await expectNoSidewaysScroll(page);
  });

  test('screenshot: the dashboard with the tab bar', async () => {
    await page.goto(`${baseUrl}/`);
    await page.locator('[data-testid="subscriber-number"]').waitFor();
    await page.evaluate(() => document.fonts.ready);
    await shoot(page, 'site-phone-navigation', { viewport: true });
    shotToDocs('site-phone-navigation');
  });

  test('in English the bar reads left to right', async () => {
    await page.locator('[data-testid="lang-toggle"]').click();
    await page.waitForFunction(() => document.documentElement.dir === 'ltr');
    await expectSoon(tabLabels, ['Home', 'Devices', 'Tickets', 'Repairs', 'Learn', 'My details']);
    const xs = await tabBar()
      .locator('li')
      .evaluateAll((items) => items.map((li) => li.getBoundingClientRect().left));
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    await expectNoSidewaysScroll(page);
    await shoot(page, 'site-phone-navigation-en', { viewport: true });
    await page.locator('[data-testid="lang-toggle"]').click();
    await page.waitForFunction(() => document.documentElement.dir === 'rtl');
  });

  test('wide screens keep the top navigation and no tab bar', async () => {
    await page.setViewportSize(DESKTOP);
    try {
      expect(await page.locator('.site-nav').isVisible()).toBe(true);
      expect(await tabBar().isVisible()).toBe(false);
      expect(await page.getByRole('navigation', { name: 'منوی اصلی' }).count()).toBe(1);
    } finally {
      await page.setViewportSize(MOBILE);
    }
  });
});

describe('smaller defects', () => {
  let page: Page;
  pageForBlock(
    () => site,
    DESKTOP,
    async (opened) => {
      page = opened;
      await loginAs(page, buyer.subscriberNumber);
    },
  );

  test('a device that is not found says so once', async () => {
    await page.goto(`${baseUrl}/devices/nosuchdevice0000000000000`);
    await page.getByRole('heading', { level: 1, name: 'دستگاه یافت نشد' }).waitFor();
    expect((await page.locator('main').innerText()).split('دستگاه یافت نشد').length - 1).toBe(1);
  });

  test('page titles carry no invisible direction marks', async () => {
    await page.goto(`${baseUrl}/repairs/${repairId}`);
    await page.locator('[data-testid="repair-code"]').waitFor();
    const title = await page.title();
    expect(title).toContain(repairCode);
    expect(title).not.toMatch(BIDI_MARKS);
    for (const url of ['/devices', `/devices/${expiredDevice}`, '/warranty']) {
      await page.goto(`${baseUrl}${url}`);
      await page.locator('h1').first().waitFor();
      expect(await page.title()).not.toMatch(BIDI_MARKS);
    }
  });

  test('the cancel dialog speaks of the services there are (no tickets yet)', async () => {
    await page.goto(`${baseUrl}/devices/${expiredDevice}#service`);
    await page.locator('[data-testid="choice-cancel"] button').click();
    const dialog = page.locator('[data-testid="cancel-dialog"]');
    await dialog.waitFor({ state: 'visible' });
    const text = await dialog.innerText();
    expect(text).toContain('پشتیبانی و بازدید حضوری');
    expect(text).not.toContain('تیکت');
    await dialog.getByRole('button', { name: 'بازگشت' }).click();
  });

  test('the sandbox payment gateway is set in Vazirmatn, the site’s font', async () => {
    const token = await tokenFor(app.server, buyer.subscriberNumber);
    const res = await request(app.server)
      .post(`/api/me/devices/${expiredDevice}/service`)
      .set('Authorization', `Bearer ${token}`)
      .send({ choice: 'renew', years: 1 });
    expect(res.status).toBe(200);
    await page.goto(res.body.data.payment.redirectUrl);
    await page.locator('[data-testid="sandbox-amount"]').waitFor();
    const loaded = await page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts].filter((f) => f.family.replace(/["']/g, '') === 'Vazirmatn' && f.status === 'loaded').length;
    });
    expect(loaded).toBeGreaterThan(0);
    expect(await page.locator('h1').evaluate((el) => getComputedStyle(el).fontFamily)).toMatch(/^"?Vazirmatn/);
  });
});
