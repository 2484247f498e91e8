/**
 * The knowledge base in the admin (issue 13), as a technical editor meets it in Chromium: an
 * article's edit view in Persian shows the panel «بازخورد خوانندگان» with the helpful / not
 * helpful counts per locale (Persian digits), and no searchText field (the portal writes it).
 */
import type { Page } from 'playwright-core';
import { adminForFile, shootAdmin } from '../helpers/admin';
import { createCustomer, createStaffMember, type StaffMember } from '../helpers/fixtures';
import { STAFF_ROLES } from '../../src/domain/staff-matrix';
import { articleFeedbackTranslations } from '../../plugins/back-office/admin/src/article-feedback/translations';

const ARTICLE = 'api::article.article';
const fa = articleFeedbackTranslations.fa;

const admin = adminForFile();
let editor: StaffMember;
let page: Page;
let documentId: string;

beforeAll(async () => {
  const { strapi } = admin.app;
  editor = await createStaffMember(strapi, STAFF_ROLES.technicalEditor.code, 'کارشناس فنی');
  const created = await strapi.documents(ARTICLE).create({
    locale: 'fa',
    data: { title: 'راه‌اندازی چیلر پس از نصب', summary: 'گام‌به‌گام', body: [{ type: 'paragraph', children: [{ type: 'text', text: 'شیر آب را باز کنید.' }] }] } as any,
  });
  await strapi.documents(ARTICLE).update({ documentId: created.documentId, locale: 'en', data: { title: 'Starting the chiller' } as any });
  await strapi.documents(ARTICLE).publish({ documentId: created.documentId, locale: '*' });
  documentId = created.documentId;
  const kb = strapi.service('api::article.knowledge-base');
  const readers = await Promise.all([1, 2, 3].map(() => createCustomer(strapi)));
  await kb.recordFeedback(readers[0].id, documentId, 'fa', true);
  await kb.recordFeedback(readers[1].id, documentId, 'fa', true);
  await kb.recordFeedback(readers[2].id, documentId, 'en', false);
  const context = await admin.newContext();
  page = await context.newPage();
  await admin.logIn(page, editor);
}, 900_000);

test('an article’s page: the readers’ feedback per locale, and no searchText field', async () => {
  await page.goto(`${admin.baseUrl}/admin/content-manager/collection-types/${ARTICLE}/${documentId}?plugins[i18n][locale]=fa`);
  await page.locator('main [name="title"]').first().waitFor({ timeout: 60_000 });
  const panel = page.getByTestId('article-feedback-panel');
  await panel.waitFor({ timeout: 30_000 });
  await page.getByText(fa['back-office.article-feedback.title']).first().waitFor();
  await page.getByTestId('helpful-fa').filter({ hasText: '۲' }).waitFor({ timeout: 30_000 });
  expect(await page.getByTestId('helpful-fa').innerText()).toBe(`${fa['back-office.article-feedback.helpful']}: ۲`);
  expect(await page.getByTestId('not-helpful-fa').innerText()).toBe(`${fa['back-office.article-feedback.notHelpful']}: ۰`);
  expect(await page.getByTestId('not-helpful-en').innerText()).toBe(`${fa['back-office.article-feedback.notHelpful']}: ۱`);
  expect(await page.getByTestId('helpful-total').innerText()).toBe(`${fa['back-office.article-feedback.helpful']}: ۲`);
  await panel.getByText(fa['back-office.article-feedback.locale.en']).waitFor();
  expect(await page.locator('main [name="searchText"]').count()).toBe(0);
  expect(await page.locator('main [name="summary"]').count()).toBe(1);
  await shootAdmin(page, 'admin-article-feedback');
});
