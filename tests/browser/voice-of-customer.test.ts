/**
 * The voice of the customer on the site (issue 14) in a real browser, against the real routes.
 * A visitor (not logged in, on a phone) goes from the footer's «ارتباط با مدیرعامل» to the complaint
 * form with the CEO chosen, meets the required fields and the server's error on a bad mobile
 * (nothing stored), files the complaint with a mobile in Persian digits, copies the tracking code
 * and sees when a reply is due; the honeypot is out of sight, out of the tab order and hidden from
 * screen readers. The complaint is tracked from the success page (code and mobile handed over),
 * answered by staff, then tracked again by hand — code in lower case without dashes — and a wrong
 * mobile gets the one «not found». A logged-in buyer finds the form prefilled and the complaint
 * linked to them. A survey link from the SMS is answered unhappily (scores 2 and 1): the thanks
 * page says managers will follow up, the survey and its follow-up are stored, and the link then
 * says it was used; an unknown link has its own page. The warranty lookup's unregistered answer
 * leads to the complaint form. Screenshots (phone and desktop, Persian and English) in test-results/.
 */
import type { Page } from 'playwright-core';
import type { TestApp } from '../helpers/strapi';
import { DESKTOP, MOBILE, expectNoHorizontalOverflow, failOnPageErrors, shoot, startSiteUnderTest, type SiteUnderTest } from '../helpers/browser';
import { createCustomer, createDevice, createModel, PASSWORD } from '../helpers/fixtures';
import { hashSurveyToken, newSurveyToken } from '../../src/domain/survey-token';

jest.setTimeout(180_000);

const COMPLAINT = 'api::complaint.complaint';
const SURVEY = 'api::survey.survey';
const FOLLOW_UP = 'api::survey.survey-follow-up';

let site: SiteUnderTest;
let app: TestApp;
let baseUrl: string;
let buyer: { id: number; documentId: string; subscriberNumber: string; fullName: string };
let device: { id: number; documentId: string };

const VISITOR = { name: 'مریم کاظمی', mobile: '09351234567', mobilePersian: '۰۹۳۵۱۲۳۴۵۶۷', subject: 'تأخیر در نصب دستگاه', description: 'دستگاه دو هفته پیش خریداری شد و هنوز کسی برای نصب مراجعه نکرده است.' };
const RESPONSE = 'با پوزش از تأخیر، نصب دستگاه شما برای شنبه هماهنگ شد و کارشناس پیش از مراجعه تماس می‌گیرد.';

const complaintsCount = async () => app.strapi.db.query(COMPLAINT).count({});
const bare = (code: string) => code.replace(/-/g, '');

const loginAs = async (page: Page, subscriberNumber: string) => {
  await page.goto(`${baseUrl}/login`);
  await page.locator('input[name="identifier"]').fill(subscriberNumber);
  await page.locator('input[name="password"]').fill(PASSWORD);
  await page.locator('form button[type="submit"]').click();
  await page.waitForURL(`${baseUrl}/`);
  await page.locator('[data-testid="subscriber-number"]').waitFor();
};

/** Chooses an answer the way a person does: by its visible box (the radio itself is hidden). */
const choose = (page: Page, question: string, score: number) => page.locator(`label:has([data-testid="survey-${question}-${score}"])`).click();

/** A survey as the `surveys.send` job leaves it: the link's token is known only now; the row keeps its hash. */
const sendSurvey = async (confirmationId: number): Promise<string> => {
  const token = newSurveyToken();
  const now = new Date();
  await app.strapi.db.query(SURVEY).create({
    data: {
      installationConfirmationId: confirmationId,
      subscriber: buyer.id,
      device: device.id,
      tokenHash: hashSurveyToken(token),
      sentAt: now,
      expiresAt: new Date(now.getTime() + 30 * 86_400_000),
      dissatisfied: false,
    },
  });
  return token;
};

beforeAll(async () => {
  site = await startSiteUnderTest();
  ({ app, baseUrl } = site);
  const model = await createModel(app.strapi, { brand: 'Zig', model: 'ZC-200' });
  buyer = (await createCustomer(app.strapi, { fullName: 'علی رضایی', mobile: '09121000000' })) as unknown as typeof buyer;
  device = (await createDevice(app.strapi, { owner: buyer.documentId, model: model.documentId, serial: 'ZG20249001' })) as unknown as typeof device;
});

afterAll(async () => {
  await site?.close();
});

failOnPageErrors(() => site);

describe('a visitor files a complaint to the CEO and tracks it', () => {
  let page: Page;
  let code = '';
  let context: Awaited<ReturnType<SiteUnderTest['newContext']>>;

  beforeAll(async () => {
    context = await site.newContext(MOBILE, { mobile: true });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
    page = await site.openPage(context);
  });
  afterAll(async () => {
    await context?.close();
  });

  test('the footer’s «ارتباط با مدیرعامل» opens the form with the CEO chosen; the honeypot is hidden from people and screen readers', async () => {
    await page.goto(`${baseUrl}/warranty`);
    await page.locator('[data-testid="footer-ceo"]').click();
    await page.waitForURL(`${baseUrl}/complaints/new?to=ceo`);
    await page.locator('[data-testid="complaint-form"]').waitFor();
    expect(await page.locator('h1').textContent()).toBe('ثبت شکایت');
    expect(await page.locator('[data-testid="complaint-to-ceo"] input').isChecked()).toBe(true);
    expect(await page.locator('[data-testid="complaint-to-managers"] input').isChecked()).toBe(false);

    const trap = page.locator('[data-testid="complaint-website"]');
    const hidden = await trap.evaluate((input: HTMLInputElement) => {
      const box = input.getBoundingClientRect();
      return {
        ariaHidden: Boolean(input.closest('[aria-hidden="true"]')),
        tabIndex: input.tabIndex,
        offScreen: box.right <= 0 || box.left >= window.innerWidth,
      };
    });
    expect(hidden).toEqual({ ariaHidden: true, tabIndex: -1, offScreen: true });
    // nor in the accessibility tree: no text box is named after it
    expect(await page.getByRole('textbox', { name: 'این فیلد را خالی بگذارید' }).count()).toBe(0);
    await expectNoHorizontalOverflow(page);
    await shoot(page, 'complaint-new-mobile');
  });

  test('required fields are named at once; the server’s error on a bad mobile is shown under it and nothing is stored', async () => {
    await page.locator('[data-testid="complaint-submit"]').click();
    expect(await page.locator('.field__error').allTextContents()).toEqual(['این فیلد الزامی است.', 'این فیلد الزامی است.', 'این فیلد الزامی است.', 'این فیلد الزامی است.']);
    // the first invalid field takes the keyboard
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe('name');

    const before = await complaintsCount();
    await page.locator('[data-testid="complaint-name"]').fill(VISITOR.name);
    await page.locator('[data-testid="complaint-mobile"]').fill('0912');
    await page.locator('[data-testid="complaint-subject"]').fill(VISITOR.subject);
    await page.locator('[data-testid="complaint-description"]').fill(VISITOR.description);
    const [response] = await Promise.all([page.waitForResponse((r) => r.url().endsWith('/api/complaints') && r.request().method() === 'POST'), page.locator('[data-testid="complaint-submit"]').click()]);
    expect(response.status()).toBe(400);
    const mobileField = page.locator('.field:has([data-testid="complaint-mobile"])');
    await mobileField.locator('.field__error').waitFor();
    expect(await mobileField.getAttribute('class')).toContain('field--invalid');
    expect(await page.locator('.field__error').count()).toBe(1);
    expect(await complaintsCount()).toBe(before);
    await shoot(page, 'complaint-field-error-mobile');
  });

  test('filed with a mobile in Persian digits: the tracking code (copied), the reply’s due time; stored for the CEO, from the web', async () => {
    await page.locator('[data-testid="complaint-mobile"]').fill(VISITOR.mobilePersian);
    const [response] = await Promise.all([page.waitForResponse((r) => r.url().endsWith('/api/complaints') && r.request().method() === 'POST'), page.locator('[data-testid="complaint-submit"]').click()]);
    expect(response.status()).toBe(201);
    const done = page.locator('[data-testid="complaint-done"]');
    await done.waitFor();
    expect(await done.getAttribute('data-addressed-to')).toBe('ceo');
    expect(await done.textContent()).toContain('شکایت شما مستقیماً برای مدیرعامل فرستاده شد.');
    code = ((await page.locator('[data-testid="complaint-code"]').textContent()) ?? '').trim();
    expect(code).toMatch(/^[2-9A-Z]{3}(-[2-9A-Z]{1,3})+$/);
    const due = ((await page.locator('[data-testid="complaint-due"]').textContent()) ?? '').trim();
    expect(due).toMatch(/[۰-۹]{4}\/[۰-۹]{2}\/[۰-۹]{2}/);
    expect(due).toContain('۴۸ ساعت کاری');

    await page.locator('[data-testid="complaint-copy"]').click();
    await page.locator('[data-testid="complaint-copy"][data-copied="true"]').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);

    const [row] = await app.strapi.db.query(COMPLAINT).findMany({ where: { trackingCode: bare(code) }, populate: { subscriber: true } });
    expect(row).toMatchObject({ name: VISITOR.name, mobile: VISITOR.mobile, subject: VISITOR.subject, addressedTo: 'ceo', source: 'web', complaintStatus: 'received', subscriber: null });
    await expectNoHorizontalOverflow(page);
    await shoot(page, 'complaint-filed-mobile');
  });

  test('«پیگیری این شکایت» shows where it stands at once (the mobile handed over, not in the address)', async () => {
    await page.locator('[data-testid="complaint-track"]').click();
    await page.waitForURL((url) => url.pathname === '/complaints/track');
    expect(page.url()).not.toContain(VISITOR.mobile);
    const result = page.locator('[data-testid="track-result"]');
    await result.waitFor();
    expect(await result.getAttribute('data-status')).toBe('received');
    expect(await page.locator('[data-testid="complaint-status"]').textContent()).toContain('دریافت‌شده');
    expect(await page.locator('[data-testid="track-addressed-to"]').textContent()).toContain('ارتباط با مدیرعامل');
    expect(await page.locator('[data-testid="track-no-response"]').textContent()).toContain('هنوز پاسخی ثبت نشده است.');
  });

  test('answered by staff: the code typed in lower case without dashes and the mobile show the reply; a wrong mobile is «not found»', async () => {
    await app.strapi.db.query(COMPLAINT).update({ where: { trackingCode: bare(code) }, data: { complaintStatus: 'answered', response: RESPONSE, firstAnsweredAt: new Date() } });
    await page.goto(`${baseUrl}/complaints/track`);
    await page.locator('[data-testid="track-code"]').fill(bare(code).toLowerCase());
    await page.locator('[data-testid="track-mobile"]').fill('09120000000');
    await page.locator('[data-testid="track-submit"]').click();
    await page.locator('[data-testid="track-not-found"]').waitFor();
    expect(await page.locator('[data-testid="track-result"]').count()).toBe(0);

    await page.locator('[data-testid="track-mobile"]').fill(VISITOR.mobilePersian);
    await page.locator('[data-testid="track-submit"]').click();
    const result = page.locator('[data-testid="track-result"]');
    await result.waitFor();
    expect(await result.getAttribute('data-status')).toBe('answered');
    expect(await page.locator('[data-testid="track-result-code"]').textContent()).toBe(code);
    expect(await page.locator('[data-testid="track-response"]').textContent()).toContain(RESPONSE);
    await expectNoHorizontalOverflow(page);
    await shoot(page, 'complaint-tracked-mobile');
  });
});

describe('a logged-in buyer', () => {
  test('finds the form prefilled from the profile (dashboard link); the complaint is linked to them', async () => {
    const context = await site.newContext(DESKTOP);
    const page = await site.openPage(context);
    try {
      await loginAs(page, buyer.subscriberNumber);
      await page.locator('a.link-card[href="/complaints/new"]').click();
      await page.locator('[data-testid="complaint-prefilled"]').waitFor();
      expect(await page.locator('[data-testid="complaint-name"]').inputValue()).toBe(buyer.fullName);
      expect(await page.locator('[data-testid="complaint-mobile"]').inputValue()).toBe('09121000000');
      expect(await page.locator('[data-testid="complaint-to-managers"] input').isChecked()).toBe(true);
      await page.locator('[data-testid="complaint-subject"]').fill('برخورد نامناسب کارشناس');
      await page.locator('[data-testid="complaint-description"]').fill('کارشناس اعزامی بدون هماهنگی دیر رسید و برخورد مناسبی نداشت.');
      await shoot(page, 'complaint-new-desktop');
      await page.locator('[data-testid="complaint-submit"]').click();
      await page.locator('[data-testid="complaint-done"]').waitFor();
      const code = ((await page.locator('[data-testid="complaint-code"]').textContent()) ?? '').trim();
      const [row] = await app.strapi.db.query(COMPLAINT).findMany({ where: { trackingCode: bare(code) }, populate: { subscriber: true } });
      expect(row).toMatchObject({ addressedTo: 'managers', source: 'web', name: buyer.fullName });
      expect(row.subscriber?.id).toBe(buyer.id);
      await shoot(page, 'complaint-filed-desktop');
    } finally {
      await context.close();
    }
  });
});

describe('a survey link answered unhappily', () => {
  let token: string;
  beforeAll(async () => {
    token = await sendSurvey(900_001);
  });

  test('four questions of five answers each; all required; scores 2 and 1 → thanks, managers will follow up; stored with its follow-up', async () => {
    const context = await site.newContext(MOBILE, { mobile: true });
    const page = await site.openPage(context);
    try {
      await page.goto(`${baseUrl}/survey/${token}`);
      await page.locator('[data-testid="survey-form"]').waitFor();
      expect(await page.locator('h1').textContent()).toBe('نظرسنجی رضایت مشتری');
      // the name is bidi-isolated inside the sentence
      expect(((await page.locator('#survey-intro').textContent()) ?? '').replace(/[\u2066-\u2069]/g, '')).toContain('علی گرامی');
      expect(await page.locator('[data-testid="survey-device"]').textContent()).toContain('Zig ZC-200');
      expect(await page.locator('fieldset.survey-question').count()).toBe(4);
      const labels = await page.locator('[data-testid="survey-q-staffConduct"] .scale__label').allTextContents();
      expect(labels).toEqual(['خیلی ناراضی', 'ناراضی', 'متوسط', 'راضی', 'خیلی راضی']);
      expect(await page.locator('[data-testid="survey-q-staffConduct"] [role="radiogroup"] input[type="radio"]').count()).toBe(5);

      await page.locator('[data-testid="survey-submit"]').click();
      expect(await page.locator('.survey-question .field__error').count()).toBe(4);

      await choose(page, 'staffConduct', 2);
      await choose(page, 'salesProcess', 4);
      await choose(page, 'installationTraining', 1);
      await choose(page, 'afterSalesSupport', 3);
      expect(await page.locator('.survey-question .field__error').count()).toBe(0);
      await page.locator('[data-testid="survey-comment"]').fill('نصب دستگاه دو بار عقب افتاد و آموزشی داده نشد.');
      await expectNoHorizontalOverflow(page);
      await shoot(page, 'survey-mobile');

      const [response] = await Promise.all([page.waitForResponse((r) => r.url().includes('/api/surveys/') && r.request().method() === 'POST'), page.locator('[data-testid="survey-submit"]').click()]);
      expect(response.status()).toBe(201);
      await page.locator('[data-testid="survey-thanks"]').waitFor();
      expect(await page.locator('[data-testid="survey-follow-up"]').textContent()).toContain('مدیران ما موضوع را بررسی می‌کنند');
      await shoot(page, 'survey-thanks-mobile');

      const survey = await app.strapi.db.query(SURVEY).findOne({ where: { installationConfirmationId: 900_001 } });
      expect(survey).toMatchObject({ staffConduct: 2, salesProcess: 4, installationTraining: 1, afterSalesSupport: 3, dissatisfied: true });
      expect(survey.answeredAt).toBeTruthy();
      expect(await app.strapi.db.query(FOLLOW_UP).count({ where: { surveyId: survey.id, followUpStatus: 'open' } })).toBe(1);

      // the link is used: opened again, it says so
      await page.reload();
      await page.locator('[data-testid="survey-used"]').waitFor();
      expect(await page.locator('[data-testid="survey-form"]').count()).toBe(0);
      await shoot(page, 'survey-used-mobile');
    } finally {
      await context.close();
    }
  });

  test('an unknown link has its own page, on a desktop and in English', async () => {
    const context = await site.newContext(DESKTOP, { lang: 'en' });
    const page = await site.openPage(context);
    try {
      await page.goto(`${baseUrl}/survey/${newSurveyToken()}`);
      await page.locator('[data-testid="survey-unknown"]').waitFor();
      expect(await page.locator('[data-testid="survey-unknown"] h2').textContent()).toBe('This survey link is not valid');
      await shoot(page, 'survey-unknown-desktop-en');
    } finally {
      await context.close();
    }
  });

  test('in English on a phone the five answers fit side by side', async () => {
    const other = await sendSurvey(900_002);
    const context = await site.newContext(MOBILE, { mobile: true, lang: 'en' });
    const page = await site.openPage(context);
    try {
      await page.goto(`${baseUrl}/survey/${other}`);
      await page.locator('[data-testid="survey-form"]').waitFor();
      await expectNoHorizontalOverflow(page);
      // no answer's box is wider than its column
      const spill = await page.locator('.scale__box').evaluateAll((boxes) => boxes.filter((b) => b.scrollWidth > b.clientWidth + 1).length);
      expect(spill).toBe(0);
      await shoot(page, 'survey-mobile-en');
    } finally {
      await context.close();
    }
  });
});

test('the warranty lookup’s unregistered answer leads to the complaint form', async () => {
  const context = await site.newContext(MOBILE, { mobile: true });
  const page = await site.openPage(context);
  try {
    await page.goto(`${baseUrl}/warranty/NOSUCH-777`);
    await page.locator('[data-testid="warranty-complaint-link"]').click();
    await page.waitForURL(`${baseUrl}/complaints/new`);
    await page.locator('[data-testid="complaint-form"]').waitFor();
    expect(await page.locator('[data-testid="complaint-to-managers"] input').isChecked()).toBe(true);
  } finally {
    await context.close();
  }
});
