/**
 * Licensed training videos on the customer site (issue 13), against the real API with the local
 * licence provider (test licences) and the built-in sandbox gateway (its `publicUrl` pointed at
 * the test server):
 *   - «ویدیوهای آموزشی حرفه‌ای (گروه زیگ)» lists the published courses (never a draft) with their
 *     price in tomans; «خرید و پرداخت» goes to the gateway; paid, the result page names the course
 *     and leads to «ویدیوهای من», where the licence key shows (test licence marked) with a copy
 *     button that copies it, the licence's SpotPlayer page, the app's download and how to watch;
 *   - the course now shows «خریداری شده»; the notification «لایسنس دورهٔ … آماده است» opens «ویدیوهای من»;
 *   - an order paid but not licensed yet says the key is being issued, and the page shows the key
 *     by itself once it is issued;
 *   - a payment cancelled on the gateway leads back to the courses.
 * Screenshots at desktop and 375 px in test-results/.
 */
import type { BrowserContext, Page } from 'playwright-core';
import type { TestApp } from '../helpers/strapi';
import { DESKTOP, expectNoHorizontalOverflow, failOnPageErrors, shoot, startSiteUnderTest, type SiteUnderTest } from '../helpers/browser';
import { createCustomer, PASSWORD } from '../helpers/fixtures';

jest.setTimeout(240_000);

const PHONE = { width: 375, height: 812 };
const COURSE = 'api::course.course';
const ORDER = 'api::course-order.course-order';
const TITLES = { bought: 'دورهٔ جامع طراحی دندان با زیگ', draft: 'دورهٔ پیش‌نویس محرمانه', issuing: 'کارگاه پیشرفتهٔ فرز', cancelled: 'مبانی اسکن داخل دهانی' };

let site: SiteUnderTest;
let app: TestApp;
let baseUrl: string;
let buyer: { id: number; documentId: string; subscriberNumber: string };
const courses = {} as Record<keyof typeof TITLES, string>;

const plain = (text: string) => text.replace(/[\u2066-\u2069]/g, '');

const login = async (page: Page) => {
  await page.goto(`${baseUrl}/login`);
  await page.locator('input[name="identifier"]').fill(buyer.subscriberNumber);
  await page.locator('input[name="password"]').fill(PASSWORD);
  await page.locator('form button[type="submit"]').click();
  await page.waitForURL(`${baseUrl}/`);
  await page.locator('[data-testid="subscriber-number"]').waitFor();
};

const writeCourse = async (title: string, priceRials: string, { draft = false, sortOrder = 0 } = {}) => {
  const created = await app.strapi.documents(COURSE).create({
    data: { title, titleEn: null, summary: 'از نصب نرم‌افزار تا طراحی روکش، گام‌به‌گام', description: 'جلسهٔ اول: آشنایی\nجلسهٔ دوم: طراحی', priceRials, spotPlayerCourseIds: ['5f0c6a1b2c3d4e5f6a7b8c9d'], sortOrder } as any,
  });
  if (!draft) await app.strapi.documents(COURSE).publish({ documentId: created.documentId });
  return created.documentId as string;
};

beforeAll(async () => {
  site = await startSiteUnderTest();
  ({ app, baseUrl } = site);
  // the sandbox gateway's page and the callback must be reachable at this server
  app.strapi.config.set('plugin::payment.publicUrl', baseUrl);
  app.strapi.plugin('payment').service('payments').resetGateway();
  buyer = (await createCustomer(app.strapi, { fullName: 'سارا محمدی', mobile: '09121000077' })) as any;
  courses.bought = await writeCourse(TITLES.bought, '45000000', { sortOrder: 1 });
  courses.issuing = await writeCourse(TITLES.issuing, '28000000', { sortOrder: 2 });
  courses.cancelled = await writeCourse(TITLES.cancelled, '12500000', { sortOrder: 3 });
  courses.draft = await writeCourse(TITLES.draft, '1000000', { draft: true });
});

afterAll(async () => {
  await site?.close();
});

failOnPageErrors(() => site);

describe('a buyer buys a course and watches it with the licence key (desktop)', () => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await site.newContext(DESKTOP);
    // the copy button writes the clipboard; the test reads it back
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
    page = await site.openPage(context);
    await login(page);
  });
  afterAll(async () => {
    await context?.close();
  });

  test('the courses: published only, priced in tomans, from the learning section', async () => {
    await page.goto(`${baseUrl}/knowledge-base`);
    await page.locator('[data-testid="learning-nav"]').getByRole('link', { name: 'ویدیوهای حرفه‌ای' }).click();
    await page.waitForURL(`${baseUrl}/courses`);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('ویدیوهای آموزشی حرفه‌ای (گروه زیگ)');
    const cards = page.locator('[data-testid="course"]');
    await cards.first().waitFor();
    expect(await cards.locator('h2').allInnerTexts()).toEqual([TITLES.bought, TITLES.issuing, TITLES.cancelled]);
    const card = page.locator(`[data-testid="course"][data-id="${courses.bought}"]`);
    expect(await card.locator('[data-testid="course-price"]').innerText()).toBe('۴٬۵۰۰٬۰۰۰ تومان');
    expect(await card.getAttribute('data-owned')).toBe('false');
    expect(await page.locator('.site-nav__link.active').innerText()).toBe('پایگاه دانش');
    await expectNoHorizontalOverflow(page);
    await shoot(page, 'courses-desktop');
  });

  test('«خرید و پرداخت» → the sandbox gateway → paid → «ویدیوهای من» with the licence key', async () => {
    const card = page.locator(`[data-testid="course"][data-id="${courses.bought}"]`);
    await card.locator('[data-testid="course-buy"]').click();
    await page.waitForURL(/\/api\/payment\/sandbox\/S[A-Z0-9]{35}$/);
    expect(await page.locator('[data-testid="sandbox-amount"]').innerText()).toContain('۴٬۵۰۰٬۰۰۰');
    await page.getByRole('button', { name: 'پرداخت', exact: true }).click();

    await page.waitForURL(/\/payments\/[a-z0-9]+\?outcome=paid$/);
    const result = page.locator('[data-testid="payment-result"][data-status="paid"]');
    await result.waitFor();
    expect(await result.innerText()).toContain('کلید لایسنس دوره در حال صدور است');
    expect(plain(await page.locator('[data-testid="payment-course"]').innerText())).toContain(TITLES.bought);
    expect(await page.locator('[data-testid="payment-amount"]').innerText()).toBe('۴٬۵۰۰٬۰۰۰ تومان');
    await shoot(page, 'courses-payment-paid-desktop');

    await page.locator('[data-testid="payment-to-my-videos"]').click();
    await page.waitForURL(`${baseUrl}/my-videos`);
    const order = page.locator('[data-testid="course-order"]').filter({ hasText: TITLES.bought });
    await order.waitFor();
    // the local provider issues at once after the payment; the page asks again until it has
    const key = order.locator('[data-testid="licence-key"]');
    await key.waitFor({ timeout: 30_000 });
    expect(await key.innerText()).toMatch(/^TEST-[0-9A-F]{4}(-[0-9A-F]{4}){3}$/);
    expect(await key.getAttribute('dir')).toBe('ltr');
    expect(await order.getAttribute('data-status')).toBe('licensed');
    expect(await order.locator('[data-testid="licence-test"]').innerText()).toBe('لایسنس آزمایشی');
    expect(await order.locator('[data-testid="course-order-number"]').innerText()).toMatch(/V-[۰-۹]{4}-[۰-۹]{6}/);
    expect(await order.locator('[data-testid="licence-url"]').getAttribute('href')).toMatch(/^https:\/\/dl\.spotplayer\.ir\//);
    expect(await order.locator('[data-testid="spotplayer-download"]').getAttribute('href')).toBe('https://spotplayer.ir/');
    const howTo = page.locator('[data-testid="how-to-watch"]');
    expect(await howTo.innerText()).toContain('تماشا در اسپات‌پلیر');
    expect(await howTo.locator('li').count()).toBe(3);

    // «کپی کلید» copies it, and says so
    await order.locator('[data-testid="licence-copy"]').click();
    await page.locator('[data-testid="licence-copy-status"]', { hasText: 'کلید لایسنس کپی شد.' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await key.innerText());
    await expectNoHorizontalOverflow(page);
    await shoot(page, 'my-videos-desktop');
  });

  test('the course now shows «خریداری شده»; the notification opens «ویدیوهای من»', async () => {
    await page.goto(`${baseUrl}/courses`);
    const card = page.locator(`[data-testid="course"][data-id="${courses.bought}"]`);
    await card.waitFor();
    expect(await card.getAttribute('data-owned')).toBe('true');
    expect(await card.locator('[data-testid="course-owned"]').innerText()).toContain('خریداری شده');
    expect(await card.locator('[data-testid="course-buy"]').count()).toBe(0);
    expect(await card.locator('[data-testid="course-my-videos"]').getAttribute('href')).toBe('/my-videos');

    await page.goto(`${baseUrl}/notifications`);
    const link = page.locator('[data-testid="notification-link"][href="/my-videos"]');
    await link.waitFor();
    expect(await link.innerText()).toContain('مشاهدهٔ ویدیوهای من');
    await link.click();
    await page.waitForURL(`${baseUrl}/my-videos`);
    await page.locator('[data-testid="licence-key"]').first().waitFor();
  });

  test('paid, not yet licensed: «لایسنس در حال صدور است», then the key by itself', async () => {
    // an order the gateway paid whose licence SpotPlayer has not issued yet (as the portal records it)
    const row = await app.strapi.db.query(ORDER).create({
      data: {
        number: 'V-1405-990001',
        subscriber: buyer.id,
        subscriberId: buyer.id,
        course: (await app.strapi.db.query(COURSE).findOne({ where: { documentId: courses.issuing, publishedAt: { $notNull: true } } })).id,
        courseDocumentId: courses.issuing,
        courseTitle: TITLES.issuing,
        priceRials: '28000000',
        orderStatus: 'paid',
        paidAt: new Date(),
      },
    });
    await page.goto(`${baseUrl}/my-videos`);
    const order = page.locator(`[data-testid="course-order"][data-id="${row.documentId}"]`);
    await order.waitFor();
    const issuing = order.locator('[data-testid="licence-issuing"]');
    expect(await issuing.getAttribute('role')).toBe('status');
    expect(await issuing.innerText()).toContain('لایسنس در حال صدور است');
    expect(await order.locator('[data-testid="licence-key"]').count()).toBe(0);
    await shoot(page, 'my-videos-issuing-desktop');

    // the licence arrives: the page shows it on its next check (every few seconds), no reload
    await app.strapi.db.query(ORDER).update({ where: { id: row.id }, data: { orderStatus: 'licensed', licensedAt: new Date(), licenceKey: 'TEST-ABCD-EF01-2345-6789', licenceUrl: 'https://dl.spotplayer.ir/', licenceTest: true } });
    await order.locator('[data-testid="licence-key"]').waitFor({ timeout: 15_000 });
    expect(await order.locator('[data-testid="licence-key"]').innerText()).toBe('TEST-ABCD-EF01-2345-6789');
    expect(await order.locator('[data-testid="licence-issuing"]').count()).toBe(0);
  });

  test('a payment cancelled on the gateway leads back to the courses', async () => {
    await page.goto(`${baseUrl}/courses`);
    await page.locator(`[data-testid="course"][data-id="${courses.cancelled}"] [data-testid="course-buy"]`).click();
    await page.waitForURL(/\/api\/payment\/sandbox\//);
    await page.getByRole('button', { name: 'انصراف', exact: true }).click();
    await page.waitForURL(/\/payments\/[a-z0-9]+\?outcome=cancelled$/);
    const result = page.locator('[data-testid="payment-result"][data-status="cancelled"]');
    await result.waitFor();
    expect(await result.innerText()).toContain('دوره خریداری نشد');
    const again = page.locator('[data-testid="payment-try-again"]');
    expect(await again.getAttribute('href')).toBe('/courses');
    await again.click();
    await page.waitForURL(`${baseUrl}/courses`);
    expect(await page.locator(`[data-testid="course"][data-id="${courses.cancelled}"]`).getAttribute('data-owned')).toBe('false');
  });
});

describe('on a phone (375 px)', () => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await site.newContext(PHONE, { mobile: true });
    page = await site.openPage(context);
    await login(page);
  });
  afterAll(async () => {
    await context?.close();
  });

  test('the courses and «ویدیوهای من» fit the screen, under the «آموزش» tab', async () => {
    for (const [path, ready, name] of [
      ['/courses', '[data-testid="course"]', 'courses-phone'],
      ['/my-videos', '[data-testid="licence-key"]', 'my-videos-phone'],
      [`/courses/${courses.cancelled}`, '[data-testid="course-buy"]', 'course-phone'],
    ] as const) {
      await page.goto(`${baseUrl}${path}`);
      await page.locator(ready).first().waitFor();
      await expectNoHorizontalOverflow(page);
      expect(await page.locator('[data-testid="tab-bar"] [aria-current="page"]').innerText()).toBe('آموزش');
      await shoot(page, name);
    }
    await page.goto(`${baseUrl}/my-videos`);
    await page.locator('[data-testid="licence"]').first().scrollIntoViewIfNeeded();
    await shoot(page, 'my-videos-phone-screen', { viewport: true });
  });
});
