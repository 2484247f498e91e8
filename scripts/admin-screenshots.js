#!/usr/bin/env node
/**
 * Screenshots of the staff admin for docs/screenshots, taken from a running portal with the demo
 * data (`npm run dev`, or `npm start` on a database the demo seeded):
 *   node scripts/admin-screenshots.js [baseUrl]        (default http://localhost:1337)
 * Logs in as the demo Manager through the admin's form, in Persian, with Debian's Chromium.
 */
const path = require('path');
const { chromium } = require('playwright-core');

const BASE = process.argv[2] || 'http://localhost:1337';
const OUT = path.resolve(__dirname, '..', 'docs', 'screenshots');
const MANAGER = { email: process.env.ADMIN_EMAIL || 'manager@poshtiban.local', password: process.env.ADMIN_PASSWORD || 'Manager2026!' };
const CM = `${BASE}/admin/content-manager/collection-types`;

const firstDocumentId = async (page, uid, query = '') => {
  const answer = await page.evaluate(
    async ({ url }) => {
      const token = JSON.parse(localStorage.getItem('jwtToken') || 'null') || decodeURIComponent((document.cookie.match(/jwtToken=([^;]+)/) || [])[1] || '');
      const res = await fetch(url, { headers: { Authorization: `Bearer ${token}` } });
      return res.json();
    },
    { url: `${BASE}/content-manager/collection-types/${uid}?page=1&pageSize=1${query}` }
  );
  return answer.results?.[0]?.documentId;
};

(async () => {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'fa-IR', timezoneId: 'Asia/Tehran' });
  await context.addInitScript(() => localStorage.setItem('strapi-admin-language', 'fa'));
  const page = await context.newPage();
  await page.goto(`${BASE}/admin/auth/login`);
  await page.fill('input[name=email]', MANAGER.email);
  await page.fill('input[name=password]', MANAGER.password);
  await page.click('button[type=submit]');
  await page.waitForURL((url) => !url.pathname.includes('/auth/'));

  const shoot = async (name, url, waitFor) => {
    await page.goto(url);
    await page.locator(waitFor).first().waitFor();
    await page.waitForTimeout(1500);
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: path.join(OUT, `${name}.png`) });
    console.log(`docs/screenshots/${name}.png`);
  };

  await shoot('admin-home', `${BASE}/admin`, '[data-testid="work-queue"]');
  const device = await firstDocumentId(page, 'api::device.device', '&sort=id:ASC');
  await shoot('admin-device', `${CM}/api::device.device/${device}`, 'input[name="installationDate"]');
  const repair = await firstDocumentId(page, 'api::repair-order.repair-order', '&sort=id:ASC');
  await shoot('admin-repair', `${CM}/api::repair-order.repair-order/${repair}`, 'input[name="receivedAt"]');
  await page.goto(`${CM}/api::repair-order.repair-order/${repair}`);
  await shoot('admin-repair-list', `${CM}/api::repair-order.repair-order`, 'table');
  const announcement = await firstDocumentId(page, 'api::announcement.announcement', '&locale=fa');
  await shoot(
    'admin-announcement',
    announcement ? `${CM}/api::announcement.announcement/${announcement}?plugins[i18n][locale]=fa` : `${CM}/api::announcement.announcement/create?plugins[i18n][locale]=fa`,
    'textarea[name="body"]'
  );
  await browser.close();
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
