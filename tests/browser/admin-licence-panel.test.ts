/**
 * The licence panel on a course order's page, in Chromium: Senior support opens a paid order whose
 * SpotPlayer licence was refused, reads the status, attempts and last error, presses «تلاش دوباره»
 * and watches the licence issued (the local provider here); Support sees the same panel without
 * the button.
 */
import type { Page } from 'playwright-core';
import { adminForFile, shootAdmin } from '../helpers/admin';
import { createStaffMember, createSubscriber, type StaffMember } from '../helpers/fixtures';

const admin = adminForFile();
const ORDER = 'api::course-order.course-order';
let senior: StaffMember;
let support: StaffMember;
let order: { documentId: string; number: string };

beforeAll(async () => {
  const { strapi } = admin.app;
  const buyer = await createSubscriber(strapi, { fullName: 'علی رضایی', mobile: '09141112233' });
  const number = `V-1405-${String(900_000 + (process.pid % 1000)).padStart(6, '0')}`;
  const row = await strapi.db.query(ORDER).create({
    data: { number, subscriber: buyer.id, subscriberId: buyer.id, courseDocumentId: 'demoCourse000000000000001', courseTitle: 'آموزش جامع نصب دستگاه‌های زیگ', priceRials: '45000000', orderStatus: 'paid', paidAt: new Date(Date.now() - 3_600_000) },
  });
  order = { documentId: row.documentId, number };
  // SpotPlayer refused it: waiting for staff
  await strapi.db.query('plugin::video-licensing.licence-request').create({
    data: {
      reference: row.documentId,
      payload: number,
      subscriberId: buyer.id,
      request: { courseIds: ['6570a1b2c3d4e5f601234567'], name: 'علی رضایی', payload: number, watermarkTexts: ['علی رضایی 09141112233'] },
      requestStatus: 'failed',
      attempts: 1,
      maxAttempts: 40,
      nextAttemptAt: new Date(),
      lastError: 'spotplayer create 200: Invalid API key',
      lastErrorCode: 'ex',
      provider: 'spotplayer',
    },
  });
  senior = await createStaffMember(strapi, 'poshtiban-senior-support', 'ارشد');
  support = await createStaffMember(strapi, 'poshtiban-support', 'پشتیبان');
}, 600_000);

const openOrder = async (page: Page) => {
  await page.goto(`${admin.baseUrl}/admin/content-manager/collection-types/${ORDER}/${order.documentId}`);
  await page.getByTestId('licence-request').waitFor({ timeout: 60_000 });
};

test('Support sees the panel, without the retry', async () => {
  const { context, page } = await admin.openAs(support);
  try {
    await openOrder(page);
    const panel = page.getByTestId('licence-request');
    await expect(panel.locator('[data-status]').getAttribute('data-status')).resolves.toBe('failed');
    expect(await panel.innerText()).toContain('Invalid API key');
    expect(await panel.getByRole('button', { name: 'تلاش دوباره' }).count()).toBe(0);
  } finally {
    await context.close();
  }
});

test('Senior support reads why the licence failed and retries it: issued', async () => {
  const { context, page } = await admin.openAs(senior);
  try {
    await openOrder(page);
    const panel = page.getByTestId('licence-request');
    await expect(panel.locator('[data-status]').getAttribute('data-status')).resolves.toBe('failed');
    const text = await panel.innerText();
    expect(text).toContain('ناموفق');
    expect(text).toContain('Invalid API key');
    await shootAdmin(page, 'admin-licence-panel-failed');

    await panel.getByRole('button', { name: 'تلاش دوباره' }).click();
    await page.locator('[data-testid="licence-request"] [data-status="issued"]').waitFor({ timeout: 60_000 });
    expect(await panel.innerText()).toContain('لایسنس آزمایشی');
    // the order's own fields follow without a reload
    await page.getByText('لایسنس صادر شد', { exact: true }).first().waitFor({ timeout: 30_000 });
    await shootAdmin(page, 'admin-licence-panel-issued');
    const stored = await admin.app.strapi.db.query(ORDER).findOne({ where: { documentId: order.documentId } });
    expect(stored).toMatchObject({ orderStatus: 'licensed', licenceTest: true, licenceKey: expect.stringMatching(/^TEST-/) });
  } finally {
    await context.close();
  }
});
