/**
 * What every browser test file shares: the site built into public/ (once per run), the app
 * listening on an ephemeral port, Debian's Chromium through playwright-core, browser contexts for
 * a phone or a desktop in Persian or English, uncaught page errors collected (each file fails the
 * test during which one happened), and screenshots in test-results/.
 */
import fs from 'fs';
import path from 'path';
import type { AddressInfo } from 'net';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startApp, type TestApp } from './strapi';
import { buildSiteOnce } from './site';

export const SHOTS = path.resolve(__dirname, '../..', 'test-results');
export const MOBILE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 800 };
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export type Lang = 'fa' | 'en';
export type Viewport = { width: number; height: number };

export type SiteUnderTest = {
  app: TestApp;
  /** http://127.0.0.1:<port> */
  baseUrl: string;
  browser: Browser;
  /** A fresh browser profile in Tehran's time zone; `lang: 'en'` starts the site in English. */
  newContext(viewport: Viewport, options?: { mobile?: boolean; lang?: Lang }): Promise<BrowserContext>;
  openPage(context: BrowserContext): Promise<Page>;
  /** The uncaught page errors since the last call (and forgets them). */
  takePageErrors(): string[];
  close(): Promise<void>;
};

/**
 * Builds the site (once per run), starts the app on an ephemeral port and launches Chromium.
 * `serveAdminPanel`: the same app serves the admin panel at /admin too (build it first with
 * buildAdminOnce from helpers/admin.ts), for a file that looks at one database from both sides.
 */
export const startSiteUnderTest = async ({ serveAdminPanel = false }: { serveAdminPanel?: boolean } = {}): Promise<SiteUnderTest> => {
  await buildSiteOnce();
  fs.mkdirSync(SHOTS, { recursive: true });
  const app = await startApp({ serveAdminPanel });
  await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', () => resolve()));
  const baseUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });

  const pageErrors: string[] = [];
  const watch = (page: Page) => page.on('pageerror', (e) => pageErrors.push(String(e)));

  return {
    app,
    baseUrl,
    browser,
    async newContext(viewport, { mobile = false, lang = 'fa' } = {}) {
      const context = await browser.newContext({ viewport, deviceScaleFactor: mobile ? 2 : 1, isMobile: mobile, hasTouch: mobile, locale: 'fa-IR', timezoneId: 'Asia/Tehran' });
      if (lang === 'en') {
        await context.addInitScript(() => {
          try {
            window.localStorage.setItem('poshtiban.lang', 'en');
          } catch {
            /* about:blank has no storage */
          }
        });
      }
      context.on('page', watch);
      return context;
    },
    // the context's 'page' event has attached the error watch already
    openPage: (context) => context.newPage(),
    takePageErrors: () => pageErrors.splice(0),
    async close() {
      await browser.close();
      await app.stop();
    },
  };
};

/**
 * One page that the tests of a describe block share, in a browser context of its own: opened before
 * the block's tests and handed to `prepare` (keep it; log in), closed after them. Call it inside
 * `describe`; `site` is read when the block starts, after the file's beforeAll has started it.
 */
export const pageForBlock = (
  site: () => SiteUnderTest,
  viewport: Viewport,
  prepare: (page: Page) => Promise<void> | void,
  options?: { mobile?: boolean; lang?: Lang },
) => {
  let context: BrowserContext | undefined;
  beforeAll(async () => {
    context = await site().newContext(viewport, options);
    await prepare(await site().openPage(context));
  });
  afterAll(async () => {
    await context?.close();
  });
};

/** An uncaught exception in a page fails the test during which it happened. Call it at a file's top level. */
export const failOnPageErrors = (site: () => SiteUnderTest) => {
  afterEach(() => {
    expect(site().takePageErrors()).toEqual([]);
  });
};

/** The whole page from its top (the sticky header stays at the top); `viewport`: what is on screen only (a modal dialog). */
export const shoot = async (page: Page, name: string, { viewport = false } = {}) => {
  await page.evaluate(() => document.fonts.ready);
  if (!viewport) await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: !viewport });
};

/** Nothing on the page is wider than the viewport (no sideways scrolling on a phone). */
export const expectNoHorizontalOverflow = async (page: Page) => {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
};

/**
 * Copies a screenshot this run took (test-results/<name>.png) to docs/screenshots/<docsName>.png,
 * only when asked (`UPDATE_DOCS=1 npx jest …`), so a test run leaves the tracked docs untouched.
 */
export const shotToDocs = (name: string, docsName = name) => {
  if (!process.env.UPDATE_DOCS) return;
  const docs = path.resolve(__dirname, '../..', 'docs', 'screenshots');
  fs.mkdirSync(docs, { recursive: true });
  fs.copyFileSync(path.join(SHOTS, `${name}.png`), path.join(docs, `${docsName}.png`));
};
