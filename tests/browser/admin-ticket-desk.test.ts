/**
 * The Ticket desk (issue 12) in Chromium, against the real staff routes: a Support member opens
 * «میز تیکت» from the menu, opens a subscriber's ticket, reads the thread (a body with markup
 * shows as text), inserts a saved reply and sends it, adds an internal note (which the customer
 * API never shows), resolves the billable ticket with difficulty and hours — the invoice preview
 * computed as they type — and opens a ticket for a caller; the ticket's Content Manager page opens
 * the desk; a Finance member, who may read tickets but not answer them, sees no reply box; Support
 * books the on-site visit a subscriber asked for in the Jalali date-time box (a past time refused
 * under the field), and the time shows on the ticket, in its thread and in the customer API.
 * Screenshots: test-results/admin-ticket-desk-*.png (docs/screenshots with UPDATE_DOCS=1).
 */
import fs from 'fs';
import path from 'path';
import request from 'supertest';
import type { Page } from 'playwright-core';
import { adminForFile, shootAdmin } from '../helpers/admin';
import { SHOTS, shotToDocs } from '../helpers/browser';
import { createCustomer, createDevice, createModel, createStaffMember, tokenFor, type StaffMember } from '../helpers/fixtures';
import { addDays, tehranDate } from '../../src/domain/jalali';
import { formatInstantAsJalali, formatIsoDateAsJalali, tehranWallTimeToInstant } from '../../plugins/jalali-date/admin/src/jalali';

const admin = adminForFile();
let support: StaffMember;
let finance: StaffMember;
let page: Page;
let customerToken: string;
let ticket: { id: string; number: string };
let device: any;
let subscriber: any;

const SAVED_REPLY = { title: 'درخواست عکس از خطا', body: 'لطفاً از پیام خطای روی صفحهٔ دستگاه عکس بگیرید و همین‌جا پیوست کنید.' };
const MARKUP = '<b>پررنگ</b> <img src=x onerror="window.__xss=1">';
const NOTE = 'یادداشت داخلی: مشترک پیش‌تر هم همین خرابی را گزارش کرده بود.';

/** a 1×1 PNG */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

const deskUrl = (path = '') => `${admin.baseUrl}/admin/plugins/back-office/tickets${path}`;
const latinDigits = (text: string) => text.replace(/[۰-۹]/g, (d) => String('۰۱۲۳۴۵۶۷۸۹'.indexOf(d))).replace(/[٬,]/g, '');
/** Waits until `read` gives what `done` accepts (the desk updates after the server answers). */
const eventually = async <T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 30_000): Promise<T> => {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > until) return value;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
};
/** Closes the notifications on screen, so a screenshot shows the page under them. */
const dismissNotifications = async (on: Page = page) => {
  // each notification's close button (Strapi's «global.close»); «حل و بستن» is not one of them
  for (const button of await on.getByRole('button', { name: 'بستن', exact: true }).all()) await button.click({ timeout: 2_000 }).catch(() => undefined);
  await on.getByRole('button', { name: 'بستن', exact: true }).first().waitFor({ state: 'detached', timeout: 5_000 }).catch(() => undefined);
};
/**
 * A screenshot of what is on screen while a dialog is open: the open dialog widens the right-to-left
 * document, and Playwright's viewport shot then shows its empty left end; Chromium's own capture
 * shows the screen as staff see it.
 */
const shootDialog = async (on: Page, name: string) => {
  await on.evaluate(() => (globalThis as any).document.fonts.ready);
  // the box's border fades from the error colour: shot once no transition runs
  await on.waitForFunction(() => (globalThis as any).document.getAnimations().every((a: any) => a.constructor.name !== 'CSSTransition'));
  const cdp = await on.context().newCDPSession(on);
  const { data } = await cdp.send('Page.captureScreenshot', { format: 'png' });
  await cdp.detach();
  fs.writeFileSync(path.join(SHOTS, `${name}.png`), Buffer.from(data, 'base64'));
};
const customerView = async (id = ticket.id) =>
  (await request(admin.app.server).get(`/api/me/tickets/${id}`).set('Authorization', `Bearer ${customerToken}`).expect(200)).body.data;

beforeAll(async () => {
  const { strapi } = admin.app;
  const model = await createModel(strapi);
  subscriber = await createCustomer(strapi, { fullName: 'زهرا محمدی' });
  device = await createDevice(strapi, { owner: subscriber.documentId, model: model.documentId, serviceMode: 'pay_per_case' });
  await createDevice(strapi, { owner: subscriber.documentId, model: model.documentId });
  customerToken = await tokenFor(admin.app.server, subscriber.subscriberNumber);
  const opened = await request(admin.app.server)
    .post('/api/me/tickets')
    .set('Authorization', `Bearer ${customerToken}`)
    .send({ device: device.documentId, kind: 'fault', priority: 'high', title: 'دستگاه روشن نمی‌شود', description: `از دیروز صبح دستگاه روشن نمی‌شود.\n${MARKUP}` });
  expect(opened.status).toBe(201);
  ticket = { id: opened.body.data.id, number: opened.body.data.number };
  // a photo of the error, as the subscriber attaches it
  const photo = await request(admin.app.server)
    .post(`/api/me/tickets/${ticket.id}/messages`)
    .set('Authorization', `Bearer ${customerToken}`)
    .field('body', 'عکس پیام خطا را پیوست کردم.')
    .attach('attachments', PNG, { filename: 'error-screen.png', contentType: 'image/png' });
  expect(photo.status).toBe(201);
  await strapi.documents('api::saved-reply.saved-reply').create({ data: SAVED_REPLY as any });
  support = await createStaffMember(strapi, 'poshtiban-support', 'سارا');
  finance = await createStaffMember(strapi, 'poshtiban-finance', 'امیر');
  ({ page } = await admin.openAs(support));
}, 900_000);

test('Support opens «میز تیکت» from the menu: the open tickets, the due time highlighted', async () => {
  await page.goto(`${admin.baseUrl}/admin`);
  await page.getByRole('link', { name: 'میز تیکت' }).click();
  await page.waitForURL((url) => url.pathname.endsWith('/plugins/back-office/tickets'));
  const row = page.getByTestId(`ticket-row-${ticket.number}`);
  await row.waitFor({ timeout: 30_000 });
  expect(await row.innerText()).toContain('دستگاه روشن نمی‌شود');
  expect(await row.innerText()).toContain('زهرا محمدی');
  expect(await row.getByTestId('ticket-status').innerText()).toBe('باز');
  // right to left, Persian
  expect(await page.evaluate(() => [document.documentElement.dir, document.documentElement.lang])).toEqual(['rtl', 'fa']);
  // search by the subscriber's name, then a search that finds nothing
  await page.getByTestId('ticket-search').fill('محمدی');
  await page.waitForURL((url) => url.searchParams.get('q') === 'محمدی');
  await row.waitFor();
  await shootAdmin(page, 'admin-ticket-desk-list');
  shotToDocs('admin-ticket-desk-list');
  await page.getByTestId('ticket-search').fill('هیچ‌چیز');
  await page.getByText('هیچ تیکتی با این جست‌وجو پیدا نشد.').waitFor();
  await page.getByTestId('view-closed').click();
  await page.waitForURL((url) => url.searchParams.get('view') === 'closed');
});

test('the ticket page: the thread as text, the subscriber’s history beside it', async () => {
  await page.goto(deskUrl());
  await page.getByTestId(`ticket-row-${ticket.number}`).click();
  await page.getByTestId('thread').waitFor({ timeout: 30_000 });
  const first = page.locator('[data-author="subscriber"]').first();
  // the body's markup is text: shown as typed, nothing rendered or run
  expect(await first.getByTestId('message-body').innerText()).toContain(MARKUP);
  expect(await first.locator('b, img').count()).toBe(0);
  expect(await page.evaluate(() => (window as any).__xss)).toBeUndefined();
  // the subscriber's photo downloads through the staff route
  const attachment = page.getByRole('button', { name: 'دریافت error-screen.png' });
  const [download] = await Promise.all([page.waitForEvent('download'), attachment.click()]);
  expect(download.suggestedFilename()).toBe('error-screen.png');
  expect(fs.readFileSync(await download.path()).subarray(0, 8)).toEqual(PNG.subarray(0, 8));
  // beside it: the subscriber, their devices with the service status, links to their pages
  const history = page.getByTestId('history-devices');
  expect(await history.locator('li').count()).toBe(2);
  expect(await history.innerText()).toContain('خدمات موردی');
  expect(await page.getByTestId('subscriber-link').getAttribute('href')).toContain(`/content-manager/collection-types/api::subscriber.subscriber/${subscriber.documentId}`);
  expect(await page.getByTestId('billable').count()).toBe(1);
  await shootAdmin(page, 'admin-ticket-desk-ticket');
  shotToDocs('admin-ticket-desk-ticket');
});

test('a saved reply is inserted, sent, and answers the ticket', async () => {
  await page.getByRole('combobox', { name: 'پاسخ آماده' }).click();
  await page.getByRole('option', { name: SAVED_REPLY.title }).click();
  expect(await page.getByTestId('reply-body').inputValue()).toBe(SAVED_REPLY.body);
  await page.getByTestId('reply-body').fill(`سلام خانم محمدی،\n${SAVED_REPLY.body}`);
  await page.getByTestId('send-reply').click();
  const staff = page.locator('[data-author="staff"][data-internal="false"]');
  await staff.first().waitFor({ timeout: 30_000 });
  expect(await staff.first().getByTestId('message-body').innerText()).toContain(SAVED_REPLY.body);
  await eventually(() => page.getByTestId('ticket-status').innerText(), (s) => s === 'پاسخ داده شده');
  expect(await page.getByTestId('ticket-status').innerText()).toBe('پاسخ داده شده');
  expect(await page.getByTestId('reply-body').inputValue()).toBe('');
  // the subscriber reads it
  const seen = await customerView();
  expect(seen.status).toBe('answered');
  expect(seen.messages.map((m: any) => m.body)).toContain(`سلام خانم محمدی،\n${SAVED_REPLY.body}`);
});

test('an internal note stays with staff', async () => {
  await page.getByTestId('internal-note-toggle').click();
  expect(await page.getByTestId('reply-box').getAttribute('data-internal')).toBe('true');
  expect(await page.getByTestId('send-reply').innerText()).toBe('ثبت یادداشت');
  await page.getByTestId('reply-body').fill(NOTE);
  await page.getByTestId('send-reply').click();
  const note = page.locator('[data-author="staff"][data-internal="true"]');
  await note.first().waitFor({ timeout: 30_000 });
  expect(await note.first().innerText()).toContain('یادداشت داخلی');
  expect(await note.first().getByTestId('message-body').innerText()).toBe(NOTE);
  await note.first().evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await dismissNotifications();
  await shootAdmin(page, 'admin-ticket-desk-note');
  shotToDocs('admin-ticket-desk-note');
  // never in the customer's API
  expect((await customerView()).messages.map((m: any) => m.body)).not.toContain(NOTE);
});

test('resolving the billable ticket: difficulty and hours, the invoice shown, then closed', async () => {
  const form = page.getByTestId('resolve-form');
  await form.scrollIntoViewIfNeeded();
  expect(await form.getAttribute('data-billable')).toBe('true');
  await page.getByRole('combobox', { name: 'سختی کار' }).click();
  await page.getByRole('option', { name: 'معمولی' }).click();
  await page.getByTestId('resolve-hours').fill('۱٫۵');
  // standard: 8,000,000 rials an hour (the settings' default) × 1.5 h
  const total = page.getByTestId('preview-total');
  await total.waitFor();
  expect(await total.innerText()).toContain('۱۲٬۰۰۰٬۰۰۰ ریال');
  expect(await total.innerText()).toContain('۱٬۲۰۰٬۰۰۰ تومان');
  await page.getByTestId('invoice-preview').evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await dismissNotifications();
  await shootAdmin(page, 'admin-ticket-desk-resolve');
  shotToDocs('admin-ticket-desk-resolve');
  await page.getByTestId('resolve-submit').click();
  await eventually(() => page.getByTestId('ticket-status').innerText(), (s) => s === 'بسته‌شده');
  expect(await page.getByTestId('ticket-status').innerText()).toBe('بسته‌شده');
  const stored = await admin.app.strapi.db.query('api::ticket.ticket').findOne({ where: { documentId: ticket.id } });
  expect([stored.ticketStatus, stored.difficulty, Number(stored.workHours)]).toEqual(['closed', 'standard', 1.5]);
  // the invoice the resolve issued, as the desk shows it
  const invoice = page.getByTestId('ticket-invoice');
  await invoice.waitFor({ timeout: 30_000 });
  expect(latinDigits(await invoice.innerText())).toContain('12000000');
  expect(await page.getByTestId('resolve-form').count()).toBe(0);
});

test('Support opens a ticket for a caller', async () => {
  await page.goto(deskUrl());
  await page.getByTestId('new-ticket').click();
  await page.waitForURL((url) => url.pathname.endsWith('/tickets/new'));
  await page.getByTestId('subscriber-search').fill(subscriber.subscriberNumber);
  await page.getByTestId('subscriber-hits').getByRole('button').first().click();
  await page.getByTestId('chosen-subscriber').waitFor();
  await page.getByRole('combobox', { name: 'دستگاه' }).click();
  await page.getByRole('option', { name: new RegExp(device.serial) }).click();
  await page.getByTestId('new-title').fill('تماس تلفنی: صدای غیرعادی');
  await page.getByTestId('new-description').fill('مشترک تماس گرفت و گفت دستگاه هنگام کار صدای غیرعادی می‌دهد.');
  await shootAdmin(page, 'admin-ticket-desk-new');
  shotToDocs('admin-ticket-desk-new');
  await page.getByTestId('new-submit').click();
  await page.getByTestId('ticket-page').waitFor({ timeout: 30_000 });
  expect(await page.getByText('تماس تلفنی', { exact: true }).count()).toBeGreaterThan(0);
  const created = await admin.app.strapi.db.query('api::ticket.ticket').findOne({ where: { title: 'تماس تلفنی: صدای غیرعادی' }, populate: { subscriber: true } });
  expect([created.channel, created.subscriber.documentId]).toEqual(['phone', subscriber.documentId]);
});

test('the ticket’s Content Manager page opens it in the desk', async () => {
  await page.goto(`${admin.baseUrl}/admin/content-manager/collection-types/api::ticket.ticket/${ticket.id}`);
  await page.getByTestId('ticket-desk-panel').waitFor({ timeout: 60_000 });
  await page.getByTestId('open-in-desk').click();
  await page.waitForURL((url) => url.pathname.endsWith(`/plugins/back-office/tickets/${ticket.id}`));
  await page.getByTestId('thread').waitFor({ timeout: 30_000 });
});

test('Finance reads the ticket but has no reply box and cannot change it', async () => {
  const { context, page: financePage } = await admin.openAs(finance);
  try {
    await financePage.goto(deskUrl(`/${ticket.id}`));
    await financePage.getByTestId('thread').waitFor({ timeout: 30_000 });
    expect(await financePage.getByTestId('reply-box').count()).toBe(0);
    expect(await financePage.getByTestId('resolve').count()).toBe(0);
    await financePage.getByTestId('no-answer-permission').waitFor();
    expect(await financePage.getByRole('combobox', { name: 'وضعیت' }).isDisabled()).toBe(true);
    // the internal note is for all staff
    expect(await financePage.locator('[data-internal="true"]').count()).toBeGreaterThan(0);
    await shootAdmin(financePage, 'admin-ticket-desk-read-only');
    shotToDocs('admin-ticket-desk-read-only');
  } finally {
    await context.close();
  }
});

test('Support books the on-site visit a subscriber asked for: the time on the ticket, a message in the thread, the customer API has it', async () => {
  const day = addDays(tehranDate(), 2);
  const opened = await request(admin.app.server)
    .post('/api/me/tickets')
    .set('Authorization', `Bearer ${customerToken}`)
    .send({ device: device.documentId, kind: 'visit', priority: 'medium', title: 'درخواست بازدید حضوری', description: 'لطفاً برای سرویس دوره‌ای دستگاه بازدید حضوری هماهنگ کنید.', preferredVisitDay: day });
  expect(opened.status).toBe(201);
  const visit = opened.body.data as { id: string };
  await page.goto(deskUrl(`/${visit.id}`));
  await page.getByTestId('thread').waitFor({ timeout: 30_000 });
  expect(await page.getByTestId('visit-scheduled').count()).toBe(0);
  const staffMessages = page.locator('[data-author="staff"][data-internal="false"]');
  expect(await staffMessages.count()).toBe(0);

  await page.getByTestId('visit-button').click();
  const box = page.getByTestId('visit-form').locator('input[name="scheduledAt"]');
  await box.waitFor();
  // started from the subscriber's preferred day, at 10:00 Tehran
  const jalaliDay = formatIsoDateAsJalali(day, 'persian');
  expect(await box.inputValue()).toBe(`${jalaliDay} ۱۰:۰۰`);
  // a time already past: the server's reason under the field, nothing booked
  await box.fill(`${formatIsoDateAsJalali(addDays(tehranDate(), -1), 'persian')} ۱۰:۰۰`);
  await page.getByTestId('visit-submit').click();
  const reason = page.getByTestId('visit-form').getByText(/زمان بازدید باید از اکنون تا .* روز آینده باشد/);
  await reason.waitFor({ timeout: 30_000 });
  await shootDialog(page, 'admin-ticket-desk-visit-refused');
  expect((await customerView(visit.id)).visitScheduledAt).toBeNull();

  // the agreed time: the preferred day at 11:30, typed in Persian digits
  await box.fill(`${jalaliDay} ۱۱:۳۰`);
  await shootDialog(page, 'admin-ticket-desk-visit');
  shotToDocs('admin-ticket-desk-visit');
  await page.getByTestId('visit-submit').click();
  const booked = page.getByTestId('visit-scheduled');
  await booked.waitFor({ timeout: 30_000 });
  const at = tehranWallTimeToInstant(day, { hour: 11, minute: 30 })!;
  const shown = formatInstantAsJalali(at, 'persian')!;
  expect(shown).toBe(`${jalaliDay} ۱۱:۳۰`);
  expect(await booked.innerText()).toContain(shown);
  // the thread read again: the staff message saying when, and the ticket answered
  await staffMessages.first().waitFor({ timeout: 30_000 });
  expect(await staffMessages.last().getByTestId('message-body').innerText()).toContain('بازدید حضوری برای');
  await eventually(() => page.getByTestId('ticket-status').innerText(), (s) => s === 'پاسخ داده شده');
  expect(await page.getByTestId('ticket-status').innerText()).toBe('پاسخ داده شده');
  expect(await page.getByTestId('visit-button').innerText()).toBe('تغییر زمان بازدید');
  await dismissNotifications();
  await booked.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await shootAdmin(page, 'admin-ticket-desk-visit-booked');
  shotToDocs('admin-ticket-desk-visit-booked');

  // the subscriber's ticket has the time, and the message names it
  const seen = await customerView(visit.id);
  expect(seen.visitScheduledAt.iso).toBe(at);
  expect(seen.messages.at(-1)).toMatchObject({ author: 'staff', body: expect.stringContaining(seen.visitScheduledAt.jalali) });
});
