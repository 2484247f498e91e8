/**
 * Support tickets and pay-per-case invoices on the customer site, against the real API (issue
 * 12). A pay-per-case subscriber opens a ticket from the dashboard with an image attached (the
 * files the form refuses before sending: too large, not an image or PDF), a description with
 * <script> in it that stays text; staff reply through the Ticket desk's admin API (and leave an
 * internal note the subscriber never sees), then resolve the ticket with difficulty and hours;
 * the subscriber sees the reply, downloads the attachment with their login, sees the invoice and
 * the dashboard's payment warning (the debt ceiling is set low here), pays the invoice on the
 * sandbox gateway, comes back to the result page with the way back to the invoice, and sees it
 * paid and the debt at 0. A subscriber whose service has expired cannot choose that device, and
 * when a device expires while the form is open the server's refusal is shown with its link to the
 * renewal choices. Another subscriber cannot open the ticket. When staff book the on-site visit a
 * subscriber asked for, its time shows among the ticket's facts. Screenshots: phone (375 px) and
 * desktop, in test-results/.
 */
import fs from 'fs';
import path from 'path';
import request from 'supertest';
import type { Page } from 'playwright-core';
import type { TestApp } from '../helpers/strapi';
import { DESKTOP, expectNoHorizontalOverflow, shoot, startSiteUnderTest, type SiteUnderTest, failOnPageErrors, pageForBlock } from '../helpers/browser';
import { adminToken, createCustomer, createDevice, createModel, PASSWORD, tokenFor } from '../helpers/fixtures';
import { addDays, tehranDate } from '../../src/domain/jalali';

jest.setTimeout(180_000);

/** the narrowest phone the site is laid out for */
const PHONE = { width: 375, height: 812 };
const SETTINGS = 'api::service-settings.service-settings';
const TICKETS = 'api::ticket.ticket';
const DEVICES = 'api::device.device';
/** a real PNG (the site's favicon): the server reads the type from the file's first bytes */
const IMAGE = fs.readFileSync(path.resolve(__dirname, '../../favicon.png'));
const SCRIPT_BODY = 'دستگاه پس از روشن شدن خطا می‌دهد.\n<script>window.__pwned = 1</script> <img src=x onerror="window.__pwned = 2">';

type Customer = { id: number; documentId: string; subscriberNumber: string; fullName: string };

let site: SiteUnderTest;
let app: TestApp;
let baseUrl: string;
let staff: string;
/** on pay-per-case: billable tickets */
let payer: Customer;
let payerDevice: { documentId: string; serial: string };
/** one expired device, and one active until the test expires it behind the form's back */
let lapsed: Customer;
let expiredDevice: { documentId: string; serial: string };
let expiringDevice: { documentId: string; serial: string };
let other: Customer;
/** what the scenario made */
const made: { ticket?: string; number?: string; invoice?: string; totalRials?: number } = {};

/** A text without the direction isolates t() puts around the values it fills in (names, dates). */
const plain = (text: string) => text.replace(/[\u2066-\u2069]/g, '');

const tomans = (rials: number) => `${new Intl.NumberFormat('fa-IR', { maximumFractionDigits: 1 }).format(rials / 10)} تومان`;

const login = async (page: Page, customer: Customer) => {
  await page.goto(`${baseUrl}/login`);
  await page.locator('input[name="identifier"]').fill(customer.subscriberNumber);
  await page.locator('input[name="password"]').fill(PASSWORD);
  await page.locator('form button[type="submit"]').click();
  await page.waitForURL(`${baseUrl}/`);
  await page.locator('[data-testid="subscriber-number"]').waitFor();
};

/** The Ticket desk's admin API, as the admin panel calls it. */
const desk = () => ({
  reply: (documentId: string, body: string, internal: boolean) =>
    request(app.server).post(`/back-office/tickets/${documentId}/messages`).set('Authorization', `Bearer ${staff}`).field('body', body).field('internal', String(internal)),
  resolve: (documentId: string, input: Record<string, unknown>) =>
    request(app.server).post(`/back-office/tickets/${documentId}/resolve`).set('Authorization', `Bearer ${staff}`).send(input),
  visit: (documentId: string, scheduledAt: string) =>
    request(app.server).post(`/back-office/tickets/${documentId}/visit`).set('Authorization', `Bearer ${staff}`).send({ scheduledAt }),
});

beforeAll(async () => {
  site = await startSiteUnderTest();
  ({ app, baseUrl } = site);
  // the sandbox gateway's page and the callback must be reachable at this server
  app.strapi.config.set('plugin::payment.publicUrl', baseUrl);
  app.strapi.plugin('payment').service('payments').resetGateway();
  staff = await adminToken(app.strapi, app.server);

  const today = tehranDate();
  const model = await createModel(app.strapi, { brand: 'Zig', model: 'ZC-300' });
  payer = (await createCustomer(app.strapi, { fullName: 'رضا کریمی', mobile: '09121000001' })) as unknown as Customer;
  payerDevice = (await createDevice(app.strapi, { owner: payer.documentId, model: model.documentId, installationDate: addDays(today, -500), serviceEnd: addDays(today, -30), serviceMode: 'pay_per_case' })) as unknown as typeof payerDevice;
  lapsed = (await createCustomer(app.strapi, { fullName: 'نرگس صالحی' })) as unknown as Customer;
  expiredDevice = (await createDevice(app.strapi, { owner: lapsed.documentId, model: model.documentId, serviceEnd: addDays(today, -10) })) as unknown as typeof expiredDevice;
  expiringDevice = (await createDevice(app.strapi, { owner: lapsed.documentId, model: model.documentId, serviceEnd: addDays(today, 40) })) as unknown as typeof expiringDevice;
  other = (await createCustomer(app.strapi, { fullName: 'مریم احمدی' })) as unknown as Customer;

  // a debt ceiling of 10,000 toman here, so that one invoice crosses it
  await app.strapi.service(SETTINGS).ensureDefaults();
  await app.strapi.db.query(SETTINGS).updateMany({ where: {}, data: { payPerCaseDebtCeilingRials: '100000' } });
});

afterAll(async () => {
  await site?.close();
});

failOnPageErrors(() => site);

describe('a pay-per-case subscriber: a ticket, the reply, the invoice paid', () => {
  let page: Page;
  pageForBlock(() => site, DESKTOP, async (opened) => {
    page = opened;
    await login(page, payer);
  });

  test('the dashboard offers «ثبت تیکت جدید»; the form refuses files before sending them', async () => {
    const card = page.locator('[data-testid="dashboard-tickets"]');
    await card.waitFor();
    expect(await card.innerText()).toContain('تیکت در جریانی ندارید.');
    // no debt yet: no debt card, no warning
    expect(await page.locator('[data-testid="dashboard-debt"]').count()).toBe(0);
    await card.getByRole('link', { name: 'ثبت تیکت جدید' }).click();
    await page.waitForURL(`${baseUrl}/tickets/new`);
    await page.locator('[data-testid="ticket-form"]').waitFor();

    // the only device, on pay-per-case, is chosen already
    const option = page.locator(`[data-testid="ticket-device"][data-device-id="${payerDevice.documentId}"]`);
    expect(await option.getAttribute('data-allowed')).toBe('true');
    expect(await option.locator('input[type="radio"]').isChecked()).toBe(true);
    expect(await option.innerText()).toContain('خدمات موردی (Pay Per Case)');

    // a file too large and one that is not an image or PDF are refused by name, before any upload
    const input = page.locator('[data-testid="ticket-attachments-input"]');
    await input.setInputFiles([
      { name: 'big-photo.jpg', mimeType: 'image/jpeg', buffer: Buffer.alloc(5 * 1024 * 1024 + 1, 1) },
      { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') },
    ]);
    const error = page.locator('[data-testid="ticket-attachments-error"]');
    await error.waitFor();
    expect(plain(await error.innerText())).toContain('حجم «big-photo.jpg» بیش از ۵ مگابایت است.');
    expect(plain(await error.innerText())).toContain('«notes.txt» تصویر یا PDF نیست');
    expect(await page.locator('[data-testid="ticket-attachments-list"]').count()).toBe(0);
    // six images: five kept, the sixth refused
    await input.setInputFiles(Array.from({ length: 6 }, (_, i) => ({ name: `photo-${i + 1}.png`, mimeType: 'image/png', buffer: IMAGE })));
    expect(await page.locator('[data-testid="ticket-attachments-list"] li').count()).toBe(5);
    expect(await error.innerText()).toContain('حداکثر ۵ فایل می‌توانید پیوست کنید.');
    // removed down to one
    for (let i = 0; i < 4; i++) await page.getByRole('button', { name: new RegExp(`^حذف پیوست \u2068?photo-${5 - i}\\.png`) }).click();
    expect(await page.locator('[data-testid="ticket-attachments-list"] li').count()).toBe(1);
    expect(await page.locator('[data-testid="ticket-attachments-error"]').count()).toBe(0);

    // an empty title and description are marked before anything is sent
    await page.locator('[data-testid="ticket-submit"]').click();
    await page.waitForFunction(() => document.activeElement?.getAttribute('name') === 'title');
    expect(await page.locator('.field--invalid').count()).toBe(2);
  });

  test('the ticket opens with its image; the script in its description stays text', async () => {
    await page.locator('[data-testid="ticket-kind-fault"]').check({ force: true });
    await page.locator('[data-testid="ticket-priority-high"]').check({ force: true });
    await page.locator('[data-testid="ticket-title"]').fill('دستگاه هنگام چاپ خطا می‌دهد');
    await page.locator('[data-testid="ticket-description"]').fill(SCRIPT_BODY);
    await shoot(page, 'tickets-new-desktop');

    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/api/me/tickets') && r.request().method() === 'POST'),
      page.locator('[data-testid="ticket-submit"]').click(),
    ]);
    expect(response.status()).toBe(201);
    // the image went as a file of a multipart body
    expect(response.request().headers()['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    // from /tickets/new to the new ticket's page
    await page.waitForURL(/\/tickets\/(?!new$)[a-z0-9]+$/);
    made.ticket = new URL(page.url()).pathname.split('/').pop();
    const created = page.locator('[data-testid="ticket-created"]');
    await created.waitFor();
    made.number = (await page.locator('[data-testid="ticket-number"] dd').innerText()).trim();
    expect(made.number).toMatch(/^1[34]\d\d-\d{6}$/);
    expect(await created.innerText()).toContain(made.number);
    expect(await page.locator('.page-header [data-testid="ticket-status"]').innerText()).toBe('باز');

    // the opening message: the description as typed, as text; the script never ran nor became markup
    const messages = page.locator('[data-testid="ticket-message"]');
    expect(await messages.count()).toBe(1);
    expect(await messages.first().locator('[data-testid="ticket-message-body"]').innerText()).toBe(SCRIPT_BODY);
    expect(await page.locator('[data-testid="ticket-thread"] script, [data-testid="ticket-thread"] img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    // when the support team's reply is due
    expect(plain(await page.locator('[data-testid="ticket-reply-due"]').innerText())).toMatch(/پاسخ کارشناسان پشتیبانی تا [۰-۹]{4}\/[۰-۹]{2}\/[۰-۹]{2}/);

    // the attachment: downloaded with the login (the route refuses anyone else) under its name, a
    // PNG still (Strapi's upload plugin may have optimised the image it stored)
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid="attachment-download"]').click()]);
    expect(download.suggestedFilename()).toBe('photo-1.png');
    const saved = fs.readFileSync((await download.path())!);
    expect(saved.subarray(0, 8).equals(IMAGE.subarray(0, 8))).toBe(true);
    // the file's route: nothing without the login, and not found for another subscriber
    const detail = await request(app.server).get(`/api/me/tickets/${made.ticket}`).set('Authorization', `Bearer ${await tokenFor(app.server, payer.subscriberNumber)}`);
    const url: string = detail.body.data.messages[0].attachments[0].url;
    expect((await request(app.server).get(url)).status).toBe(401);
    expect((await request(app.server).get(url).set('Authorization', `Bearer ${await tokenFor(app.server, other.subscriberNumber)}`)).status).toBe(404);
    await shoot(page, 'tickets-opened-desktop');
  });

  test('the list shows the ticket with its number, device, status, priority and reply time', async () => {
    await page.goto(`${baseUrl}/tickets`);
    const row = page.locator(`[data-testid="ticket-row"][data-ticket-id="${made.ticket}"]`);
    await row.waitFor();
    const text = await row.innerText();
    expect(text).toContain(made.number!);
    expect(text).toContain('دستگاه هنگام چاپ خطا می‌دهد');
    expect(text).toContain(payerDevice.serial);
    expect(text).toContain('زیاد');
    expect(await row.locator('[data-testid="ticket-status"]').innerText()).toBe('باز');
    expect(await row.locator('[data-testid="ticket-reply-due"]').innerText()).toMatch(/^پاسخ تا /);
    await shoot(page, 'tickets-list-desktop');
  });

  test('staff reply (an internal note stays theirs) and resolve with difficulty and hours: the invoice follows', async () => {
    const note = await desk().reply(made.ticket!, 'یادداشت داخلی: قطعه در انبار هست.', true);
    expect(note.status).toBe(201);
    const reply = await desk().reply(made.ticket!, 'سلام، کارشناس ما فردا تماس می‌گیرد؛ لطفاً دستگاه را خاموش نگه دارید.', false);
    expect(reply.status).toBe(201);

    await page.goto(`${baseUrl}/tickets/${made.ticket}`);
    await page.locator('[data-testid="ticket-thread"]').waitFor();
    const thread = page.locator('[data-testid="ticket-thread"]');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="ticket-message"]').length === 2);
    const staffMessage = thread.locator('[data-testid="ticket-message"][data-author="staff"]');
    expect(await staffMessage.innerText()).toContain('کارشناس ما فردا تماس می‌گیرد');
    expect(await staffMessage.innerText()).toContain('پاسخ پشتیبانی');
    expect(await page.locator('body').innerText()).not.toContain('یادداشت داخلی');
    expect(await page.locator('.page-header [data-testid="ticket-status"]').innerText()).toBe('پاسخ داده شده');
    // answered: nothing owed by staff now; the buyer is asked for more if they have it
    expect(await page.locator('[data-testid="ticket-reply-due"]').count()).toBe(0);
    await page.locator('[data-testid="ticket-answered-note"]').waitFor();

    const resolved = await desk().resolve(made.ticket!, { difficulty: 'standard', workHours: '1.5' });
    expect(resolved.status).toBe(200);
    expect(resolved.body.invoice).toBeTruthy();

    const mine = await request(app.server).get('/api/me/invoices').set('Authorization', `Bearer ${await tokenFor(app.server, payer.subscriberNumber)}`);
    expect(mine.status).toBe(200);
    expect(mine.body.data).toHaveLength(1);
    made.invoice = mine.body.data[0].id;
    made.totalRials = mine.body.data[0].totalRials;
    expect(made.totalRials).toBeGreaterThan(100_000);

    await page.reload();
    const invoice = page.locator('[data-testid="ticket-invoice"]');
    await invoice.waitFor();
    expect(await page.locator('.page-header [data-testid="ticket-status"]').innerText()).toBe('بسته‌شده');
    expect(await invoice.innerText()).toContain(tomans(made.totalRials!));
    expect(await invoice.locator('[data-testid="invoice-status"]').innerText()).toBe('پرداخت‌نشده');
    await shoot(page, 'tickets-answered-desktop');
  });

  test('the dashboard shows the debt with «هشدار پرداخت»; the invoice page lists its lines', async () => {
    await page.goto(`${baseUrl}/`);
    const debt = page.locator('[data-testid="dashboard-debt"]');
    await debt.waitFor();
    expect(await debt.locator('[data-testid="payment-warning"]').innerText()).toContain('هشدار پرداخت');
    expect(await debt.locator('[data-testid="dashboard-debt-amount"]').innerText()).toBe(tomans(made.totalRials!));
    await shoot(page, 'dashboard-debt-desktop');

    await debt.locator('[data-testid="dashboard-invoices-link"]').click();
    await page.waitForURL(`${baseUrl}/invoices`);
    await page.locator('[data-testid="debt"]').waitFor();
    expect(await page.locator('[data-testid="debt-amount"]').innerText()).toBe(tomans(made.totalRials!));
    expect(await page.locator('[data-testid="debt"] [data-testid="payment-warning"]').count()).toBe(1);
    const row = page.locator(`[data-testid="invoice-row"][data-invoice-id="${made.invoice}"]`);
    expect(await row.getAttribute('data-status')).toBe('unpaid');
    expect(await row.innerText()).toContain(made.number!);
    expect(await row.locator('[data-testid="invoice-row-total"]').innerText()).toBe(tomans(made.totalRials!));
    await shoot(page, 'invoices-desktop');

    await row.locator('[data-testid="invoice-link"]').click();
    await page.waitForURL(`${baseUrl}/invoices/${made.invoice}`);
    const lines = page.locator('[data-testid="invoice-line"]');
    await lines.first().waitFor();
    expect(await lines.count()).toBeGreaterThanOrEqual(1);
    // the lines add up to the total shown
    expect(await page.locator('[data-testid="invoice-total"]').innerText()).toBe(tomans(made.totalRials!));
    expect(await lines.first().innerText()).toMatch(/[۰-۹]/);
    expect(await page.locator('[data-testid="invoice-ticket-link"]').getAttribute('href')).toBe(`/tickets/${made.ticket}`);
    await shoot(page, 'invoice-desktop');
  });

  test('paid on the sandbox gateway: the result page leads back to the invoice, paid; the debt is 0', async () => {
    await page.locator('[data-testid="invoice-pay"]').click();
    await page.waitForURL(/\/api\/payment\/sandbox\/S[A-Z0-9]{35}$/);
    expect(await page.locator('[data-testid="sandbox-amount"]').innerText()).toContain(tomans(made.totalRials!).replace(' تومان', ''));
    await page.getByRole('button', { name: 'پرداخت', exact: true }).click();

    await page.waitForURL(/\/payments\/[a-z0-9]+\?outcome=paid$/);
    const result = page.locator('[data-testid="payment-result"][data-status="paid"]');
    await result.waitFor();
    expect(await result.innerText()).toContain('فاکتور پرداخت‌شده ثبت شد');
    expect(await page.locator('[data-testid="payment-amount"]').innerText()).toBe(tomans(made.totalRials!));
    await shoot(page, 'invoice-payment-paid-desktop');

    await page.locator('[data-testid="payment-to-invoice"]').click();
    await page.waitForURL(`${baseUrl}/invoices/${made.invoice}`);
    await page.locator('[data-testid="invoice-paid-note"]').waitFor();
    expect(await page.locator('.page-header [data-testid="invoice-status"]').innerText()).toBe('پرداخت‌شده');
    expect(await page.locator('[data-testid="invoice-pay"]').count()).toBe(0);

    await page.goto(`${baseUrl}/invoices`);
    await page.locator('[data-testid="debt"]').waitFor();
    expect(await page.locator('[data-testid="debt-amount"]').innerText()).toBe(tomans(0));
    expect(await page.locator('[data-testid="payment-warning"]').count()).toBe(0);
    expect(await page.locator(`[data-testid="invoice-row"][data-invoice-id="${made.invoice}"]`).getAttribute('data-status')).toBe('paid');

    // the dashboard: no debt, no warning
    await page.goto(`${baseUrl}/`);
    await page.locator('[data-testid="dashboard-tickets"]').waitFor();
    expect(await page.locator('[data-testid="dashboard-debt"]').count()).toBe(0);
    expect(await page.locator('[data-testid="payment-warning"]').count()).toBe(0);
  });

  test('a reply opens the closed ticket again', async () => {
    await page.goto(`${baseUrl}/tickets/${made.ticket}`);
    await page.locator('[data-testid="ticket-reply"]').waitFor();
    await page.locator('[data-testid="ticket-reply-body"]').fill('ممنون؛ مشکل دوباره پیش آمد.');
    await page.locator('[data-testid="ticket-reply-attachments-input"]').setInputFiles({ name: 'error.png', mimeType: 'image/png', buffer: IMAGE });
    await page.locator('[data-testid="ticket-reply-submit"]').click();
    await page.locator('[data-testid="ticket-reply-sent"]').waitFor();
    expect(await page.locator('[data-testid="ticket-message"]').count()).toBe(3);
    expect(await page.locator('[data-testid="ticket-message"]').last().innerText()).toContain('error.png');
    expect(await page.locator('.page-header [data-testid="ticket-status"]').innerText()).toBe('باز');
    await page.locator('[data-testid="ticket-reply-due"]').waitFor();
  });
});

describe('on a phone (375 px)', () => {
  let page: Page;
  pageForBlock(
    () => site,
    PHONE,
    async (opened) => {
      page = opened;
      await login(page, payer);
    },
    { mobile: true },
  );

  const tabs = () => page.locator('[data-testid="tab-bar"] .tab-bar__label').allInnerTexts();
  const current = () => page.locator('[data-testid="tab-bar"] [aria-current="page"] .tab-bar__label').allInnerTexts();

  test('the tab bar has «تیکت‌ها»; the pages fit the screen', async () => {
    expect(await tabs()).toEqual(['خانه', 'دستگاه‌ها', 'تیکت‌ها', 'تعمیرات', 'آموزش', 'اطلاعات من']);
    await expectNoHorizontalOverflow(page);
    await shoot(page, 'dashboard-phone');

    await page.locator('[data-testid="tab-bar"]').getByRole('link', { name: 'تیکت‌ها' }).click();
    await page.waitForURL(`${baseUrl}/tickets`);
    await page.locator('[data-testid="ticket-row"]').first().waitFor();
    expect(await current()).toEqual(['تیکت‌ها']);
    await expectNoHorizontalOverflow(page);
    await shoot(page, 'tickets-list-phone');

    await page.goto(`${baseUrl}/tickets/${made.ticket}`);
    await page.locator('[data-testid="ticket-thread"]').waitFor();
    await expectNoHorizontalOverflow(page);
    await shoot(page, 'ticket-phone');

    await page.goto(`${baseUrl}/tickets/new`);
    await page.locator('[data-testid="ticket-form"]').waitFor();
    await page.locator('[data-testid="ticket-kind-visit"]').check({ force: true });
    await page.locator('input[name="preferredVisitDay"]').waitFor();
    await expectNoHorizontalOverflow(page);
    await shoot(page, 'tickets-new-phone');

    await page.goto(`${baseUrl}/invoices`);
    await page.locator('[data-testid="invoice-row"]').first().waitFor();
    expect(await current()).toEqual(['تیکت‌ها']);
    await expectNoHorizontalOverflow(page);
    await shoot(page, 'invoices-phone');

    await page.goto(`${baseUrl}/invoices/${made.invoice}`);
    await page.locator('[data-testid="invoice-line"]').first().waitFor();
    await expectNoHorizontalOverflow(page);
    await shoot(page, 'invoice-phone');
  });
});

describe('a subscriber whose service has expired', () => {
  let page: Page;
  pageForBlock(() => site, DESKTOP, async (opened) => {
    page = opened;
    await login(page, lapsed);
  });

  test('cannot choose the expired device: the reason and the way to its renewal choices', async () => {
    await page.goto(`${baseUrl}/tickets/new`);
    const expired = page.locator(`[data-testid="ticket-device"][data-device-id="${expiredDevice.documentId}"]`);
    await expired.waitFor();
    expect(await expired.getAttribute('data-allowed')).toBe('false');
    expect(await expired.locator('input[type="radio"]').isDisabled()).toBe(true);
    expect(await expired.locator('[data-testid="ticket-device-reason"]').innerText()).toContain('مدت خدمات این دستگاه به پایان رسیده است.');
    expect(await expired.locator('[data-testid="ticket-device-fix"]').getAttribute('href')).toBe(`/devices/${expiredDevice.documentId}#service`);
    // the other device is active: the only one to choose, chosen
    expect(await page.locator(`[data-testid="ticket-device"][data-device-id="${expiringDevice.documentId}"] input`).isChecked()).toBe(true);
  });

  test("the server's refusal when the device's service ends meanwhile, with its link", async () => {
    await page.locator('[data-testid="ticket-title"]').fill('پرسش دربارهٔ کالیبراسیون');
    await page.locator('[data-testid="ticket-description"]').fill('کالیبراسیون دستگاه هر چند وقت یک بار لازم است؟');
    // the service ends behind the form's back
    await app.strapi.db.query(DEVICES).update({ where: { documentId: expiringDevice.documentId }, data: { serviceEnd: addDays(tehranDate(), -1) } });
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/api/me/tickets') && r.request().method() === 'POST'),
      page.locator('[data-testid="ticket-submit"]').click(),
    ]);
    expect(response.status()).toBe(400);
    expect(response.request().headers()['content-type']).toBe('application/json');
    const refusal = page.locator('[data-testid="tickets-not-available"]');
    await refusal.waitFor();
    expect(await refusal.innerText()).toContain('ثبت تیکت فقط برای خدمات فعال، تمدیدشده یا موردی امکان‌پذیر است.');
    const link = refusal.locator('[data-testid="tickets-not-available-link"]');
    expect(await link.getAttribute('href')).toBe(`/devices/${expiringDevice.documentId}#service`);
    expect(await app.strapi.db.query(TICKETS).count({ where: { subscriber: { id: lapsed.id } } })).toBe(0);
    await shoot(page, 'tickets-not-available-desktop');
    await link.click();
    await page.waitForURL(`${baseUrl}/devices/${expiringDevice.documentId}#service`);
    await page.locator('[data-testid="service-choices"]').waitFor();
  });

  test("another subscriber's ticket is not found", async () => {
    await page.goto(`${baseUrl}/tickets/${made.ticket}`);
    await page.getByRole('heading', { name: 'تیکت یافت نشد' }).waitFor();
    expect(await page.locator('body').innerText()).not.toContain('دستگاه هنگام چاپ خطا می‌دهد');
    await page.goto(`${baseUrl}/invoices/${made.invoice}`);
    await page.getByRole('heading', { name: 'فاکتور یافت نشد' }).waitFor();
  });
});

describe('in English', () => {
  let page: Page;
  pageForBlock(
    () => site,
    DESKTOP,
    async (opened) => {
      page = opened;
      await login(page, payer);
    },
    { lang: 'en' },
  );

  test('the ticket reads left to right with the same thread', async () => {
    await page.goto(`${baseUrl}/tickets/${made.ticket}`);
    await page.locator('[data-testid="ticket-thread"]').waitFor();
    expect(await page.getByRole('heading', { name: 'Correspondence history' }).count()).toBe(1);
    expect(await page.locator('[data-testid="ticket-message-body"]').first().innerText()).toBe(SCRIPT_BODY);
    await shoot(page, 'ticket-desktop-en');
  });
});

describe('an on-site visit staff booked', () => {
  let page: Page;
  pageForBlock(() => site, DESKTOP, async (opened) => {
    page = opened;
    await login(page, payer);
  });

  test('shows «زمان بازدید حضوری» among the ticket’s facts, in Jalali on Tehran’s clock', async () => {
    const token = await tokenFor(app.server, payer.subscriberNumber);
    const day = addDays(tehranDate(), 3);
    const opened = await request(app.server)
      .post('/api/me/tickets')
      .set('Authorization', `Bearer ${token}`)
      .send({ device: payerDevice.documentId, kind: 'visit', priority: 'medium', title: 'درخواست بازدید حضوری', description: 'برای سرویس دوره‌ای دستگاه بازدید حضوری لازم است.', preferredVisitDay: day });
    expect(opened.status).toBe(201);
    const id: string = opened.body.data.id;
    await page.goto(`${baseUrl}/tickets/${id}`);
    await page.locator('[data-testid="ticket-visit-day"]').waitFor();
    expect(await page.locator('[data-testid="ticket-visit-scheduled"]').count()).toBe(0);

    // staff book 10:30 Tehran (07:00 UTC) on the preferred day, through the Ticket desk's admin API
    const at = `${day}T07:00:00.000Z`;
    const booked = await desk().visit(id, at);
    expect(booked.status).toBe(200);
    expect(booked.body.ticket.visitScheduledAt).toBe(at);
    const { visitScheduledAt } = (await request(app.server).get(`/api/me/tickets/${id}`).set('Authorization', `Bearer ${token}`)).body.data;
    expect(visitScheduledAt.iso).toBe(at);

    await page.reload();
    const fact = page.locator('[data-testid="ticket-visit-scheduled"]');
    await fact.waitFor();
    expect(await fact.locator('dt').innerText()).toBe('زمان بازدید حضوری');
    expect(plain(await fact.locator('dd').innerText())).toBe(visitScheduledAt.jalali);
    expect(visitScheduledAt.jalali).toMatch(/۱۰:۳۰/);
    // the staff message saying when is in the thread
    expect(await page.locator('[data-testid="ticket-message"]').last().innerText()).toContain('بازدید حضوری برای');
    await fact.scrollIntoViewIfNeeded();
    await shoot(page, 'ticket-visit-booked-desktop');
  });
});
