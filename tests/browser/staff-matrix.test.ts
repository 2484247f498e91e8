/**
 * A refusal in the admin panel shows staff the staff matrix's reason — which role does the task
 * instead — where Strapi alone says "Forbidden". In Chromium, in the Persian admin.
 */
import { adminForFile, shootAdmin } from '../helpers/admin';
import { createStaffMember } from '../helpers/fixtures';

const ANNOUNCEMENT = 'api::announcement.announcement';
const admin = adminForFile();

test('a technical editor publishing a general notice is told why not, and who publishes it', async () => {
  const notice = await admin.app.strapi
    .documents(ANNOUNCEMENT)
    .create({ locale: 'fa', data: { title: 'تغییر ساعت کاری پشتیبانی', body: 'از شنبه، پشتیبانی از ساعت ۸ تا ۱۸ پاسخ می‌دهد.', kind: 'general', audience: 'everyone' } as any });
  const editor = await createStaffMember(admin.app.strapi, 'poshtiban-technical-editor', 'رضا');
  const context = await admin.newContext();
  const page = await context.newPage();
  await admin.logIn(page, editor);

  await page.goto(`${admin.baseUrl}/admin/content-manager/collection-types/${ANNOUNCEMENT}/${notice.documentId}?plugins[i18n][locale]=fa`);
  await page.getByRole('button', { name: 'انتشار', exact: true }).click();

  const reason = 'نقش «کارشناس فنی» اجازهٔ انتشار این «اطلاعیه» را ندارد (فقط اطلاعیه‌های فنی)؛ این کار با نقش «مدیر» انجام می‌شود.';
  await page.getByText(reason, { exact: true }).waitFor();
  // laid out right to left, like the rest of the Persian admin
  const direction = await page.getByText(reason, { exact: true }).evaluate((el) => getComputedStyle(el).direction);
  expect(direction).toBe('rtl');
  expect(await page.getByText(/Forbidden|Policy Failed/).count()).toBe(0);
  await shootAdmin(page, 'admin-refusal-reason');

  const published = await admin.app.strapi.documents(ANNOUNCEMENT).findOne({ documentId: notice.documentId, locale: 'fa', status: 'published' });
  expect(published).toBeNull();
  await context.close();
}, 120_000);
