/**
 * «گزارش فصلی» (Quarterly report, issue 14) in Chromium against the real report route: a Manager
 * sees the current quarter's headline figures on the home page, opens the report from the menu —
 * the figures beside the previous quarter's, four SVG bar charts whose bars carry the counts —
 * chooses the previous quarter in the picker (kept in the address), and downloads the CSV. A
 * Support member has no menu link, no widget, no page and no route. Screenshots at desktop and
 * phone width: test-results/admin-quarter-report-*.png.
 */
import fs from 'fs';
import { randomBytes } from 'crypto';
import request from 'supertest';
import type { BrowserContext, Page } from 'playwright-core';
import { adminForFile, shootAdmin } from '../helpers/admin';
import path from 'path';
import { MOBILE, SHOTS } from '../helpers/browser';
import { adminToken, createStaffMember, type StaffMember } from '../helpers/fixtures';
import { previousQuarter, quarterLabel, quarterOf, quarterRange } from '../../src/domain/jalali-quarters';

jest.setTimeout(180_000);

const COMPLAINT = 'api::complaint.complaint';
const SURVEY = 'api::survey.survey';
const HOUR = 3_600_000;

const admin = adminForFile();
let manager: StaffMember;
let support: StaffMember;
let context: BrowserContext;
let page: Page;

const now = new Date();
const current = quarterOf(now);
const previous = previousQuarter(current);
const latinDigits = (text: string) => text.replace(/[۰-۹]/g, (d) => String('۰۱۲۳۴۵۶۷۸۹'.indexOf(d)));

let codeSequence = 0;
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';
const nextCode = () => `T${String(++codeSequence).padStart(3, '0')}${Array.from(randomBytes(6), (b) => ALPHABET[b % ALPHABET.length]).join('')}`;

/** A moment early in a quarter (and not after now): the complaints and surveys of the fixtures fall there. */
const earlyIn = (q: typeof current, hours: number) => new Date(Math.min(quarterRange(q).start.getTime() + hours * HOUR, now.getTime() - 60_000));

const complaint = (at: Date, data: Record<string, unknown>) =>
  admin.app.strapi.db.query(COMPLAINT).create({
    data: {
      trackingCode: nextCode(),
      name: 'شاکی آزمایشی',
      mobile: '09120000000',
      subject: 'موضوع آزمایشی',
      description: 'شرح آزمایشی',
      addressedTo: 'managers',
      source: 'phone',
      complaintStatus: 'received',
      receivedAt: at,
      replyDueAt: new Date(at.getTime() + 48 * HOUR),
      ...data,
    },
  });

let confirmationSequence = 800_000;
const survey = (at: Date, scores: Record<string, number> | null) =>
  admin.app.strapi.db.query(SURVEY).create({
    data: {
      installationConfirmationId: ++confirmationSequence,
      tokenHash: randomBytes(32).toString('hex'),
      sentAt: at,
      expiresAt: new Date(at.getTime() + 30 * 24 * HOUR),
      dissatisfied: scores ? Object.values(scores).some((s) => s <= 2) : false,
      ...(scores ? { ...scores, answeredAt: new Date(at.getTime() + HOUR) } : {}),
    },
  });

beforeAll(async () => {
  const at = earlyIn(current, 2);
  const answered = (hours: number) => new Date(at.getTime() + hours * HOUR);
  // this quarter: 6 complaints — 3 from the website (1 to the CEO), 2 by phone, 1 by e-mail; 2 resolved and 1 unfounded (closed), 3 open
  await complaint(at, { source: 'web', addressedTo: 'ceo', complaintStatus: 'closed', outcome: 'resolved', firstAnsweredAt: answered(5), closedAt: answered(6) });
  await complaint(at, { source: 'web', complaintStatus: 'closed', outcome: 'resolved', firstAnsweredAt: answered(10), closedAt: answered(11) });
  await complaint(at, { source: 'web', complaintStatus: 'closed', outcome: 'unfounded', firstAnsweredAt: answered(60), closedAt: answered(61) });
  await complaint(at, { source: 'phone', complaintStatus: 'answered', firstAnsweredAt: answered(1) });
  await complaint(at, { source: 'phone' });
  await complaint(at, { source: 'email', complaintStatus: 'in_progress' });
  // this quarter: 4 surveys sent, 2 answered — one of them unhappy
  await survey(at, { staffConduct: 5, salesProcess: 4, installationTraining: 4, afterSalesSupport: 5 });
  await survey(at, { staffConduct: 2, salesProcess: 3, installationTraining: 1, afterSalesSupport: 3 });
  await survey(at, null);
  await survey(at, null);
  // the previous quarter: 1 complaint by phone, not resolved; 1 survey sent and answered
  const before = earlyIn(previous, 30);
  await complaint(before, { source: 'phone', complaintStatus: 'closed', outcome: 'not_resolved', firstAnsweredAt: new Date(before.getTime() + 2 * HOUR), closedAt: new Date(before.getTime() + 3 * HOUR) });
  await survey(before, { staffConduct: 4, salesProcess: 4, installationTraining: 4, afterSalesSupport: 4 });

  manager = await createStaffMember(admin.app.strapi, 'poshtiban-manager', 'مدیر');
  support = await createStaffMember(admin.app.strapi, 'poshtiban-support', 'پشتیبان');
  context = await admin.newContext();
  page = await context.newPage();
  await admin.logIn(page, manager);
}, 600_000);

afterAll(async () => {
  await context?.close();
});

/**
 * The whole report in one picture: the admin scrolls inside its own frame, not the document, so
 * the window is made as tall as the page for the shot, then put back.
 */
const shootWhole = async (on: Page, name: string, width: number) => {
  const height = await on.evaluate(() => {
    const doc = (globalThis as any).document;
    const main = doc.querySelector('main');
    return Math.max(800, Math.ceil((main?.scrollHeight ?? 0) + (main?.getBoundingClientRect().top ?? 0) + 40));
  });
  await on.setViewportSize({ width, height: Math.min(height, 6000) });
  await on.evaluate(() => (globalThis as any).document.fonts.ready);
  await on.screenshot({ path: path.join(SHOTS, `${name}.png`) });
  await on.setViewportSize({ width, height: 800 });
};

const figure = async (id: string, which: 'current' | 'previous') => latinDigits((await page.getByTestId(`report-figure-${id}-${which}`).innerText()).trim());

test('the Manager’s home page shows this quarter’s headline figures', async () => {
  await page.goto(`${admin.baseUrl}/admin`);
  const widget = page.getByTestId('report-widget');
  await widget.waitFor({ timeout: 30_000 });
  expect(await widget.innerText()).toContain(quarterLabel(current));
  expect(latinDigits(await page.getByTestId('report-widget-complaints-value').innerText())).toBe('6');
  expect(latinDigits(await page.getByTestId('report-widget-responseRate-value').innerText())).toBe('50٪');
  expect(latinDigits(await page.getByTestId('report-widget-dissatisfiedShare-value').innerText())).toBe('50٪');
  await shootAdmin(page, 'admin-quarter-report-widget');
});

test('«گزارش فصلی» from the menu: the figures beside the previous quarter and four bar charts', async () => {
  await page.getByRole('link', { name: 'گزارش فصلی' }).click();
  await page.waitForURL((url) => url.pathname === '/admin/plugins/back-office/reports');
  await page.getByTestId('report').waitFor({ timeout: 30_000 });
  expect(await page.getByTestId('report-quarter-title').innerText()).toBe(quarterLabel(current));

  expect(await figure('complaints', 'current')).toBe('6');
  expect(await figure('complaints', 'previous')).toBe('1');
  expect(await figure('addressedToCeo', 'current')).toBe('1');
  expect(await figure('sent', 'current')).toBe('4');
  expect(await figure('answered', 'current')).toBe('2');
  expect(await figure('responseRate', 'current')).toBe('50٪');
  expect(await figure('responseRate', 'previous')).toBe('100٪');
  // 3.5 (5 and 2), one decimal in Persian digits
  expect(await figure('average-staffConduct', 'current')).toBe('3٫5');

  // the charts: SVG drawn by the page, one bar per quarter and category, its length by its value
  for (const id of ['averages', 'rates', 'by-source', 'by-outcome']) {
    const chart = page.getByTestId(`report-chart-${id}`);
    expect(await chart.locator('svg[role="img"]').count()).toBe(1);
    expect(await chart.locator('svg rect').count()).toBeGreaterThan(0);
  }
  const bar = async (key: string, which: 'current' | 'previous') => {
    const rect = page.getByTestId(`report-bar-${key}-${which}`);
    return { value: await rect.getAttribute('data-value'), width: Number(await rect.getAttribute('width')) };
  };
  const web = await bar('web', 'current');
  const phone = await bar('phone', 'current');
  const phoneBefore = await bar('phone', 'previous');
  expect([web.value, phone.value, phoneBefore.value]).toEqual(['3', '2', '1']);
  expect(web.width).toBeGreaterThan(phone.width);
  expect(phone.width).toBeGreaterThan(phoneBefore.width);
  expect((await bar('social', 'current')).width).toBe(0);
  expect((await bar('open', 'current')).value).toBe('3');
  expect((await bar('not_resolved', 'previous')).value).toBe('1');
  // read out to screen readers
  expect(await page.getByTestId('report-chart-by-source').locator('desc').textContent()).toContain('وب‌سایت: ۳');

  await shootWhole(page, 'admin-quarter-report-desktop', 1280);
});

test('the previous quarter chosen in the picker (kept in the address)', async () => {
  // the design system's selects: a combobox named by its label, a listbox of options
  await page.getByRole('combobox', { name: 'فصل (سه‌ماهه)' }).click();
  await page.getByRole('option', { name: new RegExp(`^${quarterLabel(previous).split(' ')[0]}`) }).click();
  if (previous.year !== current.year) {
    await page.getByRole('combobox', { name: 'سال' }).click();
    await page.getByRole('option', { name: quarterLabel(previous).split(' ')[1], exact: true }).click();
  }
  await page.waitForURL((url) => url.searchParams.get('quarter') === String(previous.quarter) && url.searchParams.get('year') === String(previous.year));
  await page.getByTestId('report-quarter-title').filter({ hasText: quarterLabel(previous) }).waitFor();
  await page.getByTestId('report-figure-complaints-current').filter({ hasText: '۱' }).waitFor();
  expect(await figure('complaints', 'current')).toBe('1');

  await page.getByTestId('report-current').click();
  await page.getByTestId('report-quarter-title').filter({ hasText: quarterLabel(current) }).waitFor();
});

test('the CSV download: UTF-8 with a BOM, Persian headers, both quarters', async () => {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('report-csv').click()]);
  const text = fs.readFileSync((await download.path()) as string, 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const [header] = text.slice(1).split(/\r?\n/);
  expect(header).toContain(quarterLabel(current));
  expect(header).toContain(quarterLabel(previous));
  expect(text).toContain('شکایات');
});

test('at phone width the page stays usable', async () => {
  await page.setViewportSize(MOBILE);
  await page.reload();
  await page.getByTestId('report').waitFor({ timeout: 30_000 });
  await shootWhole(page, 'admin-quarter-report-mobile', MOBILE.width);
  await page.setViewportSize({ width: 1280, height: 800 });
});

test('Support sees no menu link, no widget, no page — and the route answers 403', async () => {
  const { context: other, page: supportPage } = await admin.openAs(support);
  try {
    await supportPage.goto(`${admin.baseUrl}/admin`);
    await supportPage.getByTestId('work-queue').or(supportPage.locator('[data-strapi-widget-id]').first()).first().waitFor({ timeout: 30_000 });
    // the widgets' permission checks have answered
    await supportPage.waitForTimeout(1_500);
    expect(await supportPage.getByTestId('report-widget').count()).toBe(0);
    expect(await supportPage.getByRole('link', { name: 'گزارش فصلی' }).count()).toBe(0);

    await supportPage.goto(`${admin.baseUrl}/admin/plugins/back-office/reports`);
    // the admin's own «no permission» page in place of the report
    await supportPage.getByText('شما مجوز دسترسی به این محتوا را ندارید').waitFor({ timeout: 30_000 });
    expect(await supportPage.getByTestId('report').count()).toBe(0);
    expect(await supportPage.getByTestId('report-figures').count()).toBe(0);
    await shootAdmin(supportPage, 'admin-quarter-report-support');
  } finally {
    await other.close();
  }
  const token = await adminToken(admin.app.strapi, admin.app.server, 'poshtiban-support');
  await request(admin.app.server).get('/back-office/reports/quarter').set('Authorization', `Bearer ${token}`).expect(403);
  const ceo = await adminToken(admin.app.strapi, admin.app.server, 'poshtiban-ceo');
  await request(admin.app.server).get('/back-office/reports/quarter').set('Authorization', `Bearer ${ceo}`).expect(200);
});
