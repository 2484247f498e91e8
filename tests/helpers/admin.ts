/**
 * The admin panel in a real browser: the panel built into dist/build (rebuilt only when its
 * inputs changed — scripts/admin-build-stamp.js — under a lock, so parallel files build once), the
 * app serving it on an ephemeral port, Debian's Chromium through playwright-core, and staff members
 * of any role logged in through the panel's own login form.
 */
import fs from 'fs';
import path from 'path';
import type { AddressInfo } from 'net';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { startApp, type TestApp } from './strapi';
import type { StaffMember } from './fixtures';
import { runBuild, withBuildLock } from './build-lock';
import { SHOTS, DESKTOP, type Lang, type Viewport } from './browser';

const ROOT = path.resolve(__dirname, '../..');
// eslint-disable-next-line @typescript-eslint/no-var-requires
const adminBuild = require(path.join(ROOT, 'scripts', 'admin-build-stamp.js'));
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export const buildAdminOnce = async (): Promise<void> => {
  await withBuildLock('admin-build', async () => {
    if (adminBuild.isCurrent()) return;
    await runBuild('npx strapi build', { ...process.env, NODE_ENV: 'production' });
    adminBuild.write();
  });
};

export type AdminUnderTest = {
  app: TestApp;
  baseUrl: string;
  browser: Browser;
  /**
   * A browser profile in Tehran's time zone with the admin language chosen as `lang`; `null`: none
   * chosen yet (a staff member's first visit).
   */
  newContext(options?: { lang?: Lang | null; viewport?: Viewport }): Promise<BrowserContext>;
  /** Logs `member` in through the panel's login form and waits for the home page. */
  logIn(page: Page, member: StaffMember): Promise<void>;
  /** A fresh browser profile (`newContext` options) with `member` logged in on its page. */
  openAs(member: StaffMember, options?: { lang?: Lang | null; viewport?: Viewport }): Promise<{ context: BrowserContext; page: Page }>;
  takePageErrors(): string[];
  close(): Promise<void>;
};

export const startAdminUnderTest = async (): Promise<AdminUnderTest> => {
  await buildAdminOnce();
  fs.mkdirSync(SHOTS, { recursive: true });
  const app = await startApp({ serveAdminPanel: true });
  await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', () => resolve()));
  const baseUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const pageErrors: string[] = [];

  const newContext: AdminUnderTest['newContext'] = async ({ lang = 'fa', viewport = DESKTOP } = {}) => {
    const context = await browser.newContext({ viewport, locale: lang === 'en' ? 'en-US' : 'fa-IR', timezoneId: 'Asia/Tehran' });
    if (lang) {
      await context.addInitScript((language) => {
        try {
          const storage = (globalThis as any).localStorage;
          if (!storage.getItem('strapi-admin-language')) storage.setItem('strapi-admin-language', language);
        } catch {
          /* about:blank has no storage */
        }
      }, lang);
    }
    context.on('page', (page) => page.on('pageerror', (e) => pageErrors.push(String(e))));
    return context;
  };
  const logIn: AdminUnderTest['logIn'] = async (page, member) => {
    await page.goto(`${baseUrl}/admin/auth/login`);
    await page.fill('input[name=email]', member.email);
    await page.fill('input[name=password]', member.password);
    await page.click('button[type=submit]');
    await page.waitForURL((url) => !url.pathname.includes('/auth/'), { timeout: 30_000 });
  };

  return {
    app,
    baseUrl,
    browser,
    newContext,
    logIn,
    async openAs(member, options) {
      const context = await newContext(options);
      const page = await context.newPage();
      await logIn(page, member);
      return { context, page };
    },
    takePageErrors: () => pageErrors.splice(0),
    async close() {
      await browser.close();
      await app.stop();
    },
  };
};

/**
 * The admin under test for one test file: started before the file's tests (building the panel
 * first if its inputs changed), closed after them, and an uncaught page error fails the test
 * during which it happened. Call it at the file's top level, before the file's own beforeAll; the
 * object it returns stands for the running admin once that has started.
 */
export const adminForFile = (): AdminUnderTest => {
  let running: AdminUnderTest | undefined;
  beforeAll(async () => {
    running = await startAdminUnderTest();
  }, 600_000);
  afterAll(async () => {
    await running?.close();
  });
  afterEach(() => {
    expect(running?.takePageErrors() ?? []).toEqual([]);
  });
  return new Proxy({} as AdminUnderTest, {
    get: (_target, key) => {
      if (!running) throw new Error('the admin under test has not started yet (use it inside hooks and tests)');
      const value = (running as any)[key];
      return typeof value === 'function' ? value.bind(running) : value;
    },
  });
};

/** A screenshot in test-results/ (the admin is a single scrolling page: what is on screen). */
export const shootAdmin = async (page: Page, name: string) => {
  await page.evaluate(() => (globalThis as any).document.fonts.ready);
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
};

/** An input's value, once it settles on `expected`: the edit view fills its form after the document loads. */
export const expectInputValue = async (input: Locator, expected: string) => {
  for (let tries = 0; tries < 100 && (await input.inputValue()) !== expected; tries += 1) await input.page().waitForTimeout(200);
  expect(await input.inputValue()).toBe(expected);
};
