/**
 * The knowledge base on the customer site (issue 13), against the real API: articles and videos
 * written and published by staff through the Document Service, a device model's documents in the
 * Media Library.
 *   - «پایگاه دانش» from the header: the buyer's device type first («دستگاه شما») with its counts,
 *     the topics, the latest articles and videos (never a draft); another type's tile shows that
 *     type's articles with the general ones;
 *   - the search finds an article typed with Arabic letters and a space for the half-space
 *     («مي شود» for «می‌شود»), says how much it found (a live region), and says so when nothing is;
 *   - an article's body is React elements: headings, lists, quote, code, an image with its
 *     alternative text, an https link (new tab) — and a `javascript:` link and `<script>` stay
 *     words; «این مطلب مفید بود؟» saves the answer (shown again on the next visit; a second answer
 *     replaces the first: one row);
 *   - a video file plays in <video controls preload="metadata">; a video on Aparat is a link button;
 *   - the device page lists «مستندات دستگاه» and downloads one with the login;
 *   - while a ticket's title is typed, «شاید این مطالب کمک کند» offers up to three articles;
 *   - in English, an article without an English version is shown in Persian (lang="fa") and says so.
 * Screenshots at desktop and 375 px, Persian and English, in test-results/.
 */
import fs from 'fs';
import type { Page } from 'playwright-core';
import type { TestApp } from '../helpers/strapi';
import { DESKTOP, expectNoHorizontalOverflow, failOnPageErrors, pageForBlock, shoot, startSiteUnderTest, type SiteUnderTest } from '../helpers/browser';
import { createCustomer, createDevice, PASSWORD } from '../helpers/fixtures';
import { MP4_HEAD, PNG_1x1, removeFiles, uploadFile } from '../helpers/uploads';
import { simplePdf } from '../../src/bootstrap/demo-pdf';
import { imageBlock } from '../../src/domain/blocks';

jest.setTimeout(240_000);

/** the narrowest phone the site is laid out for */
const PHONE = { width: 375, height: 812 };
const ARTICLE = 'api::article.article';
const VIDEO = 'api::video.video';
const TOPIC = 'api::knowledge-topic.knowledge-topic';
const FEEDBACK = 'api::article.article-feedback';
const ZWNJ = '\u200c';
const ARABIC_YEH = '\u064a';

let site: SiteUnderTest;
let app: TestApp;
let baseUrl: string;
const files: Array<{ id: number }> = [];
let buyer: { id: number; documentId: string; subscriberNumber: string };
let device: string;
const types = {} as Record<'printer' | 'scanner', { documentId: string; code: string; name: string }>;
let topic: { documentId: string; code: string; name: string };
const articles = {} as Record<'layer' | 'general' | 'scanner' | 'draft', string>;
const videos = {} as Record<'file' | 'link', string>;
const TITLES = {
  layer: `چرا نخستین لایه از سینی جدا می${ZWNJ}شود؟`,
  layerEn: 'Why does the first layer come off the bed?',
  general: 'ثبت تیکت پشتیبانی از صفحهٔ دستگاه',
  scanner: 'کالیبراسیون اسکنر دندانی',
  draft: 'پیش‌نویس محرمانهٔ چاپگر',
  fileVideo: 'آموزش تعویض فیلامنت',
  linkVideo: 'راه‌اندازی اسکنر در پنج دقیقه',
};

/** A text without the direction isolates t() puts around the values it fills in. */
const plain = (text: string) => text.replace(/[\u2066-\u2069]/g, '');
const text = (value: string, marks: Record<string, boolean> = {}) => ({ type: 'text', text: value, ...marks });

const login = async (page: Page) => {
  await page.goto(`${baseUrl}/login`);
  await page.locator('input[name="identifier"]').fill(buyer.subscriberNumber);
  await page.locator('input[name="password"]').fill(PASSWORD);
  await page.locator('form button[type="submit"]').click();
  await page.waitForURL(`${baseUrl}/`);
  await page.locator('[data-testid="subscriber-number"]').waitFor();
};

const publish = async (uid: string, documentId: string) => app.strapi.documents(uid as any).publish({ documentId, locale: '*' });

beforeAll(async () => {
  site = await startSiteUnderTest();
  ({ app, baseUrl } = site);
  const docs = app.strapi.documents;
  for (const [key, name, nameEn] of [
    ['printer', 'چاپگر سه‌بعدی', '3D printer'],
    ['scanner', 'اسکنر دندانی', 'Dental scanner'],
  ] as const) {
    const code = `kb-site-${key}`;
    const type = await docs('api::device-type.device-type').create({ data: { name, nameEn, code } as any });
    types[key] = { documentId: type.documentId, code, name };
  }
  const printerModel = await docs('api::device-model.device-model').create({ data: { brand: 'Zig', model: 'P-500', deviceType: types.printer.documentId, defaultWarrantyMonths: 18, defaultServiceMonths: 12 } as any });
  const created = await docs(TOPIC).create({ data: { name: 'رفع اشکال', nameEn: 'Troubleshooting', code: 'kb-site-faults', sortOrder: 1 } as any });
  topic = { documentId: created.documentId, code: created.code, name: 'رفع اشکال' };

  buyer = (await createCustomer(app.strapi, { fullName: 'سارا محمدی' })) as any;
  device = (await createDevice(app.strapi, { owner: buyer.documentId, model: printerModel.documentId })).documentId;

  // the model's documents: a user manual (PDF) and the warranty card (an image)
  const manual = await uploadFile(app.strapi, simplePdf('Zig P-500 - user manual', ['Level the bed before the first print.']), 'دفترچهٔ راهنمای P-500.pdf', 'application/pdf');
  const card = await uploadFile(app.strapi, PNG_1x1, 'کارت گارانتی.png', 'image/png');
  files.push(manual, card);
  await docs('api::device-model.device-model').update({ documentId: printerModel.documentId, data: { documents: [manual.id, card.id] } as any });

  const cover = await uploadFile(app.strapi, PNG_1x1, 'سینی چاپ.png', 'image/png', 'سینی چاپ تمیز');
  files.push(cover);
  const layer = await docs(ARTICLE).create({
    locale: 'fa',
    data: {
      title: TITLES.layer,
      summary: 'سه دلیل رایج و راه رفع هر کدام',
      cover: cover.id,
      deviceTypes: [types.printer.documentId],
      topic: topic.documentId,
      body: [
        { type: 'heading', level: 2, children: [text('پیش از شروع')] },
        { type: 'paragraph', children: [text('دستگاه را خاموش کنید و '), text('صبر کنید', { bold: true }), text(' تا نازل خنک شود. '), { type: 'link', url: 'https://example.com/guide', children: [text('راهنمای سازنده')] }] },
        { type: 'paragraph', children: [text('نشانه‌گذاری: <script>window.__pwned=2</script> فقط متن است.')] },
        { type: 'list', format: 'ordered', children: [{ type: 'list-item', children: [text('سینی را تمیز کنید.')] }, { type: 'list-item', children: [text('سینی را دوباره تراز کنید.')] }] },
        { type: 'quote', children: [text('نازل داغ را با دست لمس نکنید.')] },
        { type: 'code', children: [text('G28\nG29')] },
        imageBlock({ ...cover, alternativeText: 'سینی چاپ تمیز' }),
      ],
    } as any,
  });
  await docs(ARTICLE).update({ documentId: layer.documentId, locale: 'en', data: { title: TITLES.layerEn, summary: 'Three common causes', body: [{ type: 'paragraph', children: [text('Clean and level the bed.')] }] } as any });
  await publish(ARTICLE, layer.documentId);
  articles.layer = layer.documentId;
  // a body stored with a javascript: link (Strapi's editor refuses one; a body is never trusted): written as it is
  const stored = await app.strapi.db.query(ARTICLE).findOne({ where: { documentId: layer.documentId, locale: 'fa', publishedAt: { $notNull: true } } });
  const unsafe = { type: 'paragraph', children: [text('پیوند ناامن: '), { type: 'link', url: 'javascript:window.__pwned=1', children: [text('این پیوند نیست')] }] };
  await app.strapi.db.query(ARTICLE).update({ where: { id: stored.id }, data: { body: [...stored.body.slice(0, 2), unsafe, ...stored.body.slice(2)] } });
  const general = await docs(ARTICLE).create({ locale: 'fa', data: { title: TITLES.general, summary: 'گام‌به‌گام', body: [{ type: 'paragraph', children: [text('از صفحهٔ دستگاه «ثبت تیکت» را بزنید.')] }] } as any });
  await publish(ARTICLE, general.documentId);
  articles.general = general.documentId;
  const scanner = await docs(ARTICLE).create({ locale: 'fa', data: { title: TITLES.scanner, body: [{ type: 'paragraph', children: [text('هر ماه اسکنر را کالیبره کنید.')] }], deviceTypes: [types.scanner.documentId] } as any });
  await publish(ARTICLE, scanner.documentId);
  articles.scanner = scanner.documentId;
  const draft = await docs(ARTICLE).create({ locale: 'fa', data: { title: TITLES.draft, body: [{ type: 'paragraph', children: [text('لایه جدا می‌شود')] }], deviceTypes: [types.printer.documentId] } as any });
  articles.draft = draft.documentId;

  const clip = await uploadFile(app.strapi, MP4_HEAD, 'تعویض فیلامنت.mp4', 'video/mp4');
  files.push(clip);
  const fileVideo = await docs(VIDEO).create({ locale: 'fa', data: { title: TITLES.fileVideo, description: 'تعویض فیلامنت بدون آسیب به نازل', file: clip.id, poster: cover.id, durationSeconds: 245, deviceTypes: [types.printer.documentId], topic: topic.documentId } as any });
  await publish(VIDEO, fileVideo.documentId);
  videos.file = fileVideo.documentId;
  const linkVideo = await docs(VIDEO).create({ locale: 'fa', data: { title: TITLES.linkVideo, description: 'راه‌اندازی سریع', externalUrl: 'https://www.aparat.com/v/kbsite1', durationSeconds: 300, deviceTypes: [types.scanner.documentId] } as any });
  await publish(VIDEO, linkVideo.documentId);
  videos.link = linkVideo.documentId;
});

afterAll(async () => {
  if (app) await removeFiles(app.strapi, files);
  await site?.close();
});

failOnPageErrors(() => site);

describe('a buyer reads the knowledge base (desktop, Persian)', () => {
  let page: Page;
  pageForBlock(() => site, DESKTOP, async (opened) => {
    page = opened;
    await login(page);
  });

  test('«پایگاه دانش» from the header: own device type first, topics, the latest (no draft)', async () => {
    await page.getByRole('navigation', { name: 'منوی اصلی' }).getByRole('link', { name: 'پایگاه دانش' }).click();
    await page.waitForURL(`${baseUrl}/knowledge-base`);
    const tiles = page.locator('[data-testid="kb-device-type"]');
    await tiles.first().waitFor();
    expect(await tiles.first().getAttribute('data-code')).toBe(types.printer.code);
    expect(await tiles.first().innerText()).toContain('دستگاه شما');
    expect(plain(await tiles.first().innerText())).toMatch(/[۱-۹] مقاله، [۱-۹] ویدیو/);
    expect(await page.locator(`[data-testid="kb-device-type"][data-code="${types.scanner.code}"]`).innerText()).not.toContain('دستگاه شما');
    expect(await page.locator('[data-testid="kb-topics"]').innerText()).toContain(topic.name);
    const latest = await page.locator('[data-testid="kb-latest-articles"]').innerText();
    expect(latest).toContain(TITLES.layer);
    expect(latest).not.toContain(TITLES.draft);
    expect(await page.locator('[data-testid="kb-latest-videos"]').innerText()).toContain(TITLES.fileVideo);
    // the header marks the section; Persian digits; nothing sideways
    expect(await page.locator('.site-nav__link.active').innerText()).toBe('پایگاه دانش');
    await expectNoHorizontalOverflow(page);
    await shoot(page, 'kb-home-desktop');
  });

  test("another device type's tile: its articles and the general ones, not mine", async () => {
    await page.locator(`[data-testid="kb-device-type"][data-code="${types.scanner.code}"]`).click();
    await page.waitForURL(`${baseUrl}/knowledge-base?deviceType=${types.scanner.code}`);
    const items = page.locator('[data-testid="kb-type-articles"]');
    await items.waitFor();
    const shown = await items.innerText();
    expect(shown).toContain(TITLES.scanner);
    expect(shown).toContain(TITLES.general);
    expect(shown).not.toContain(TITLES.layer);
    expect(await page.locator('[data-testid="kb-type-videos"]').innerText()).toContain(TITLES.linkVideo);
    expect(await page.locator(`[data-testid="kb-device-type"][data-code="${types.scanner.code}"]`).getAttribute('aria-current')).toBe('page');
    await shoot(page, 'kb-type-desktop');
  });

  test('the search finds «می‌شود» typed with Arabic letters and a space', async () => {
    // searched from the scanner's page: within that type first, where it is not
    const query = `م${ARABIC_YEH} شود لا${ARABIC_YEH}ه`;
    await page.locator('[data-testid="kb-search-input"]').fill(query);
    await page.locator('[data-testid="kb-search-submit"]').click();
    await page.waitForURL(/\/knowledge-base\/search\?/);
    expect(new URL(page.url()).searchParams.get('q')).toBe(query);
    expect(new URL(page.url()).searchParams.get('deviceType')).toBe(types.scanner.code);
    await page.locator('[data-testid="kb-no-results"]').waitFor();
    const filter = page.locator('[data-testid="kb-filter-type"]');
    expect(await filter.inputValue()).toBe(types.scanner.code);
    // every device type
    await filter.selectOption('all');
    await page.waitForURL((url) => url.searchParams.get('deviceType') === 'all');
    const results = page.locator('[data-testid="kb-search-articles"]');
    await results.waitFor();
    expect(await results.locator('[data-testid="article-card"]').count()).toBe(1);
    expect(await results.innerText()).toContain(TITLES.layer);
    // the count is said in a live region
    const summary = page.locator('[data-testid="kb-search-summary"]');
    expect(await summary.getAttribute('aria-live')).toBe('polite');
    expect(plain(await summary.innerText())).toBe(`برای «${query}» ۱ مقاله و ۰ ویدیو یافت شد.`);
    await shoot(page, 'kb-search-desktop');

    // nothing found: said so, with the way to a ticket
    await page.locator('[data-testid="kb-search-input"]').fill('واژه‌ای که هیچ‌جا نیست');
    await page.locator('[data-testid="kb-search-submit"]').click();
    await page.locator('[data-testid="kb-no-results"]').waitFor();
    expect(await page.locator('[data-testid="kb-no-results"]').innerText()).toContain('مطلبی با این عبارت یافت نشد.');
    expect(await page.locator('[data-testid="kb-no-results"] a[href="/tickets/new"]').count()).toBe(1);
  });

  test('an article: blocks as elements, unsafe links and markup stay words', async () => {
    await page.goto(`${baseUrl}/knowledge-base/search?q=${encodeURIComponent('لایه')}`);
    await page.locator('[data-testid="article-card"]').first().waitFor();
    await page.getByRole('link', { name: TITLES.layer }).click();
    await page.waitForURL(`${baseUrl}/knowledge-base/articles/${articles.layer}`);
    const body = page.locator('[data-testid="article-body"]');
    await body.waitFor();
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(TITLES.layer);
    expect(await body.locator('h2').innerText()).toBe('پیش از شروع');
    expect(await body.locator('strong').innerText()).toBe('صبر کنید');
    expect(await body.locator('ol > li').allInnerTexts()).toEqual(['سینی را تمیز کنید.', 'سینی را دوباره تراز کنید.']);
    expect(await body.locator('blockquote').innerText()).toBe('نازل داغ را با دست لمس نکنید.');
    expect(await body.locator('pre').innerText()).toBe('G28\nG29');
    // an https link opens in a new tab; the javascript: one is no link at all
    const links = body.locator('a');
    expect(await links.count()).toBe(1);
    expect(await links.first().getAttribute('href')).toBe('https://example.com/guide');
    expect(await links.first().getAttribute('target')).toBe('_blank');
    expect(await links.first().getAttribute('rel')).toContain('noopener');
    expect(await body.innerText()).toContain('این پیوند نیست');
    expect(await body.innerText()).toContain('<script>window.__pwned=2</script>');
    expect(await page.locator('[data-testid="article"] script').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    // the image: the Media Library's file (fetchable), with its alternative text, loaded
    const image = body.locator('figure img');
    expect(await image.getAttribute('alt')).toBe('سینی چاپ تمیز');
    expect(await image.getAttribute('src')).toMatch(/^\/uploads\//);
    await page.waitForFunction(() => [...document.querySelectorAll<HTMLImageElement>('[data-testid="article-body"] img')].every((i) => i.complete && i.naturalWidth > 0));
    await shoot(page, 'kb-article-desktop');
  });

  test('«این مطلب مفید بود؟»: the answer is saved, shown again, and replaced by a second one', async () => {
    const feedback = page.locator('[data-testid="article-feedback"]');
    expect(await feedback.innerText()).toContain('این مطلب مفید بود؟');
    expect(await feedback.getAttribute('data-saved')).toBe('none');
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith(`/api/me/articles/${articles.layer}/feedback?locale=fa`) && r.request().method() === 'POST'),
      page.locator('[data-testid="feedback-yes"]').click(),
    ]);
    expect(response.status()).toBe(200);
    await page.locator('[data-testid="article-feedback"][data-saved="true"]').waitFor();
    expect(await page.locator('[data-testid="feedback-yes"]').getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('[data-testid="feedback-status"]').innerText()).toContain('از بازخورد شما سپاسگزاریم.');
    await shoot(page, 'kb-article-feedback-desktop');

    // the next visit shows the saved answer
    await page.reload();
    await page.locator('[data-testid="article-feedback"][data-saved="true"]').waitFor();
    expect(await page.locator('[data-testid="feedback-status"]').innerText()).toContain('پاسخ شما: این مطلب مفید بود.');
    // a second answer replaces the first
    await page.locator('[data-testid="feedback-no"]').click();
    await page.locator('[data-testid="article-feedback"][data-saved="false"]').waitFor();
    expect(await page.locator('[data-testid="feedback-no"]').getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('[data-testid="feedback-yes"]').getAttribute('aria-pressed')).toBe('false');
    const rows = await app.strapi.db.query(FEEDBACK as any).findMany({});
    expect(rows).toHaveLength(1);
    expect(rows[0].helpful).toBe(false);
  });

  test('a video file plays here; a video on Aparat opens there', async () => {
    await page.goto(`${baseUrl}/knowledge-base/videos/${videos.file}`);
    const player = page.locator('[data-testid="video-player"]');
    await player.waitFor();
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(TITLES.fileVideo);
    expect(await player.getAttribute('controls')).not.toBeNull();
    expect(await player.getAttribute('preload')).toBe('metadata');
    expect(await player.getAttribute('poster')).toMatch(/^\/uploads\//);
    expect(await player.locator('source').getAttribute('src')).toMatch(/^\/uploads\/.+\.mp4$/);
    expect(await player.locator('source').getAttribute('type')).toBe('video/mp4');
    expect(await page.locator('[data-testid="video"]').innerText()).toContain('۴ دقیقه و ۵ ثانیه');
    await shoot(page, 'kb-video-file-desktop');

    await page.goto(`${baseUrl}/knowledge-base/videos/${videos.link}`);
    const link = page.locator('[data-testid="video-external-link"]');
    await link.waitFor();
    expect(await link.getAttribute('href')).toBe('https://www.aparat.com/v/kbsite1');
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(plain(await link.innerText())).toContain('تماشای ویدیو در aparat.com');
    expect(await page.locator('video').count()).toBe(0);
    await shoot(page, 'kb-video-link-desktop');

    // a draft article is not found
    await page.goto(`${baseUrl}/knowledge-base/articles/${articles.draft}`);
    await page.locator('[data-testid="article-not-found"]').waitFor();
  });

  test("the device page lists its model's documents and downloads one with the login", async () => {
    await page.goto(`${baseUrl}/devices/${device}`);
    const section = page.locator('[data-testid="device-documents"]');
    await section.waitFor();
    expect(await section.innerText()).toContain('مستندات دستگاه');
    const items = section.locator('[data-testid="device-document"]');
    expect(await items.count()).toBe(2);
    expect(await items.allInnerTexts()).toEqual([expect.stringContaining('دفترچهٔ راهنمای P-500.pdf'), expect.stringContaining('کارت گارانتی.png')]);
    const [download] = await Promise.all([page.waitForEvent('download'), items.first().click()]);
    expect(download.suggestedFilename()).toBe('دفترچهٔ راهنمای P-500.pdf');
    expect(fs.readFileSync((await download.path())!).subarray(0, 5).toString()).toBe('%PDF-');
    // the way to this type's articles and videos
    await section.locator('[data-testid="device-kb-link"]').click();
    await page.waitForURL(`${baseUrl}/knowledge-base?deviceType=${types.printer.code}`);
    await page.locator('[data-testid="kb-type-articles"]').waitFor();
    expect(await page.locator('[data-testid="kb-type-articles"]').innerText()).toContain(TITLES.layer);
  });

  test('a new ticket: «شاید این مطالب کمک کند» while the title is typed', async () => {
    await page.goto(`${baseUrl}/tickets/new`);
    const title = page.locator('[data-testid="ticket-title"]');
    await title.waitFor();
    const suggestions = page.locator('[data-testid="ticket-suggestions"]');
    // two characters: nothing asked
    await title.fill('لا');
    await page.waitForTimeout(800);
    expect(await suggestions.getAttribute('data-count')).toBe('0');
    // a title in the buyer's words (a word the article does not have is dropped after the first try)
    await title.fill('نخستین لایه چاپ جدا میشود');
    await page.locator('[data-testid="ticket-suggestion"]').first().waitFor();
    expect(await suggestions.getAttribute('aria-live')).toBe('polite');
    expect(await suggestions.innerText()).toContain('شاید این مطالب کمک کند');
    const link = suggestions.getByRole('link', { name: new RegExp(TITLES.layer.replace('؟', '')) });
    expect(await link.getAttribute('href')).toBe(`/knowledge-base/articles/${articles.layer}`);
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await page.locator('[data-testid="ticket-suggestion"]').count()).toBeLessThanOrEqual(3);
    await shoot(page, 'kb-ticket-suggestions-desktop');
  });
});

describe('in English', () => {
  let page: Page;
  pageForBlock(
    () => site,
    DESKTOP,
    async (opened) => {
      page = opened;
      await login(page);
    },
    { lang: 'en' },
  );

  test('an article with an English version is in English; one without is shown in Persian, marked', async () => {
    await page.goto(`${baseUrl}/knowledge-base/articles/${articles.layer}`);
    await page.locator('[data-testid="article-body"]').waitFor();
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(TITLES.layerEn);
    expect(await page.locator('[data-testid="article"]').getAttribute('data-locale')).toBe('en');
    expect(await page.locator('[data-testid="article-not-translated"]').count()).toBe(0);
    expect(await page.locator('[data-testid="article-feedback"]').innerText()).toContain('Was this article helpful?');
    // the answer counts for the English version read (it replaces the Persian one given earlier)
    await page.locator('[data-testid="feedback-yes"]').click();
    await page.locator('[data-testid="article-feedback"][data-saved="true"]').waitFor();
    const rows = await app.strapi.db.query(FEEDBACK as any).findMany({ where: { articleDocumentId: articles.layer } });
    expect(rows.map((r: { readerLocale: string; helpful: boolean }) => [r.readerLocale, r.helpful])).toEqual([['en', true]]);

    await page.goto(`${baseUrl}/knowledge-base/articles/${articles.general}`);
    await page.locator('[data-testid="article-body"]').waitFor();
    const heading = page.getByRole('heading', { level: 1 });
    expect(await heading.innerText()).toBe(TITLES.general);
    expect(await heading.getAttribute('lang')).toBe('fa');
    expect(await heading.getAttribute('dir')).toBe('rtl');
    expect(await page.locator('[data-testid="article-body"]').getAttribute('lang')).toBe('fa');
    expect(await page.locator('[data-testid="article-not-translated"]').innerText()).toContain('shown in Persian');
    await shoot(page, 'kb-article-fallback-en');

    await page.goto(`${baseUrl}/knowledge-base`);
    await page.locator('[data-testid="kb-device-type"]').first().waitFor();
    expect(await page.locator('[data-testid="kb-device-type"]').first().innerText()).toContain('3D printer');
    expect(await page.locator('[data-testid="kb-device-type"]').first().innerText()).toContain('Your device');
    await shoot(page, 'kb-home-en');
  });
});

describe('on a phone (375 px)', () => {
  let page: Page;
  pageForBlock(
    () => site,
    PHONE,
    async (opened) => {
      page = opened;
      await login(page);
    },
    { mobile: true },
  );

  test('the learning tab, the home, a search, an article, a video and the documents fit the screen', async () => {
    await page.locator('[data-testid="tab-bar"]').getByRole('link', { name: 'آموزش' }).click();
    await page.waitForURL(`${baseUrl}/knowledge-base`);
    await page.locator('[data-testid="kb-device-type"]').first().waitFor();
    expect(await page.locator('[data-testid="tab-bar"] [aria-current="page"]').innerText()).toBe('آموزش');
    // the section's three parts fit side by side
    const parts = await page.locator('[data-testid="learning-nav"] a').evaluateAll((links) => links.map((a) => a.getBoundingClientRect()));
    expect(parts).toHaveLength(3);
    for (const box of parts) expect(box.left).toBeGreaterThanOrEqual(0);
    for (const box of parts) expect(box.right).toBeLessThanOrEqual(PHONE.width);
    await expectNoHorizontalOverflow(page);
    await shoot(page, 'kb-home-phone');
    await shoot(page, 'kb-home-phone-screen', { viewport: true });

    for (const [path, ready, name] of [
      [`/knowledge-base/search?q=${encodeURIComponent('لایه')}`, '[data-testid="kb-search-articles"]', 'kb-search-phone'],
      [`/knowledge-base/articles/${articles.layer}`, '[data-testid="article-feedback"]', 'kb-article-phone'],
      [`/knowledge-base/videos/${videos.file}`, '[data-testid="video-player"]', 'kb-video-phone'],
      [`/devices/${device}`, '[data-testid="device-documents"]', 'kb-device-documents-phone'],
    ] as const) {
      await page.goto(`${baseUrl}${path}`);
      await page.locator(ready).waitFor();
      await expectNoHorizontalOverflow(page);
      expect(await page.locator('[data-testid="tab-bar"] [aria-current="page"]').count()).toBe(1);
      await shoot(page, name);
    }
    // the section's tab is marked on its pages; the device page keeps «دستگاه‌ها»
    expect(await page.locator('[data-testid="tab-bar"] [aria-current="page"]').innerText()).toBe('دستگاه‌ها');
    await page.locator('[data-testid="device-documents"]').scrollIntoViewIfNeeded();
    await shoot(page, 'kb-device-documents-phone-screen', { viewport: true });
  });
});
