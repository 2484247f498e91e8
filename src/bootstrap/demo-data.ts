/**
 * A believable Persian demo: device types and models, a dozen subscribers with devices in every
 * service status (dates relative to today, so the demo never goes stale), portal accounts for
 * most of them, and staff logins. Seeded on an empty database in development only; never in
 * production. `npm run seed` wipes the portal's records and seeds again (scripts/seed.js).
 */
import type { Core } from '@strapi/strapi';
import { previousQuarter, quarterOf, quarterRange } from '../domain/jalali-quarters';
import { hashSurveyToken, newSurveyToken } from '../domain/survey-token';
import { addDays, jalaliParts, tehranDate } from '../domain/jalali';
import { courseOrderNumber, licenceRequestFor } from '../domain/courses';
import { addJalaliMonths, addJalaliYears } from '../domain/jalali-terms';
import { recordConfirmation } from '../api/installation-confirmation/services/installation-confirmation';
import { seedDemoKnowledgeBase } from './demo-knowledge-base';

export const DEMO_CUSTOMER_PASSWORD = 'demo1234';
export const DEMO_STAFF = [
  { email: 'admin@poshtiban.local', password: 'Poshtiban2026!', firstname: 'مدیر', lastname: 'سامانه', role: 'strapi-super-admin' },
  { email: 'support@poshtiban.local', password: 'Support2026!', firstname: 'کارشناس', lastname: 'پشتیبانی', role: 'poshtiban-support' },
  { email: 'manager@poshtiban.local', password: 'Manager2026!', firstname: 'مدیر', lastname: 'خدمات پس از فروش', role: 'poshtiban-manager' },
];

/** A valid national code from nine digits (check digit per the national code rule). */
export const withNationalCodeCheckDigit = (nine: string): string => {
  const sum = nine.split('').reduce((acc, d, i) => acc + Number(d) * (10 - i), 0);
  const r = sum % 11;
  return `${nine}${r < 2 ? r : 11 - r}`;
};

const DEVICE_TYPES = [
  { name: 'چیلر صنعتی', nameEn: 'Industrial chiller', code: 'industrial-chiller', description: 'چیلرهای تراکمی و جذبی برای خطوط تولید' },
  { name: 'دستگاه تصفیه آب', nameEn: 'Water treatment unit', code: 'water-treatment-unit', description: 'سیستم‌های اسمز معکوس و سختی‌گیر' },
  { name: 'کمپرسور هوا', nameEn: 'Air compressor', code: 'air-compressor', description: 'کمپرسورهای اسکرو و پیستونی' },
];

const DEVICE_MODELS = [
  { brand: 'Zig', model: 'ZC-200', type: 'industrial-chiller', warranty: 18, service: 12 },
  { brand: 'Zig', model: 'ZC-450', type: 'industrial-chiller', warranty: 24, service: 12 },
  { brand: 'Mahan', model: 'RO-5000', type: 'water-treatment-unit', warranty: 12, service: 12 },
  { brand: 'Arvand', model: 'AS-30', type: 'air-compressor', warranty: 18, service: 12 },
];

const SUBSCRIBERS = [
  { fullName: 'علی رضایی', city: 'تهران', street: 'خیابان ولیعصر، کوچهٔ بهار', building: 'ساختمان نگین، طبقهٔ ۳', operator: 'مهندس کامران رضایی' },
  { fullName: 'مریم احمدی', city: 'اصفهان', street: 'خیابان چهارباغ بالا', building: 'مجتمع پارک، واحد ۱۲', operator: 'مریم احمدی' },
  { fullName: 'حسین محمدی', city: 'شیراز', street: 'بلوار زند', building: 'کارخانهٔ لبنیات فارس', operator: 'مهندس سعید نادری' },
  { fullName: 'زهرا کریمی', city: 'مشهد', street: 'بلوار وکیل‌آباد', building: 'ساختمان آفتاب', operator: 'زهرا کریمی' },
  { fullName: 'رضا حسینی', city: 'تبریز', street: 'خیابان امام', building: 'کارگاه حسینی', operator: 'رضا حسینی' },
  { fullName: 'فاطمه موسوی', city: 'کرج', street: 'جادهٔ ملارد', building: 'شهرک صنعتی، قطعهٔ ۴۲', operator: 'مهندس پویا موسوی' },
  { fullName: 'مهدی جعفری', city: 'قم', street: 'خیابان صفاییه', building: 'ساختمان پردیس', operator: 'مهدی جعفری' },
  { fullName: 'نرگس قاسمی', city: 'رشت', street: 'خیابان گلسار', building: 'مجتمع گیلان', operator: 'نرگس قاسمی' },
  { fullName: 'امیر صادقی', city: 'یزد', street: 'بلوار جمهوری', building: 'کارخانهٔ نساجی یزدباف', operator: 'مهندس امیر صادقی' },
  { fullName: 'سارا رحیمی', city: 'اهواز', street: 'کیان‌پارس، خیابان ۱۲', building: 'ساختمان کارون', operator: 'سارا رحیمی' },
  { fullName: 'محمد نوری', city: 'کرمان', street: 'بلوار جمهوری اسلامی', building: 'کارگاه نوری', operator: 'محمد نوری' },
  { fullName: 'لیلا کاظمی', city: 'همدان', street: 'خیابان بوعلی', building: 'ساختمان الوند', operator: 'لیلا کاظمی' },
];

/** A device's situation relative to today; every service status appears in the demo. */
type Scenario = 'awaiting_installation' | 'active' | 'active_ending_soon' | 'renewed' | 'expired' | 'pay_per_case' | 'cancelled';

/** Subscriber 1 (the first demo login) owns one device in every status. */
const DEVICE_PLAN: Scenario[][] = [
  ['active', 'active_ending_soon', 'renewed', 'expired', 'pay_per_case', 'cancelled', 'awaiting_installation'],
  ['active', 'expired'],
  ['renewed'],
  ['awaiting_installation', 'active'],
  ['pay_per_case'],
  ['active', 'renewed', 'expired'],
  ['cancelled'],
  ['active_ending_soon'],
  ['expired', 'expired'],
  ['active'],
  ['renewed', 'pay_per_case'],
  ['awaiting_installation'],
];

/** Place codes (the first three digits of a national code) of Tehran's registry offices. */
const NATIONAL_CODE_PLACES = ['001', '002', '003', '004', '005', '006', '007', '008', '011', '015', '020', '025'];

/** Subscribers without a portal account yet (staff issue them from the admin). */
const WITHOUT_ACCOUNT = new Set([10, 11]);

const RENEWAL_PRICE_PER_YEAR_RIALS = 250_000_000; // 25,000,000 toman

const confirmedAt = (installationDate: string) => new Date(`${addDays(installationDate, 1)}T06:30:00.000Z`); // 10:00 Tehran

export const demoLogins = () =>
  SUBSCRIBERS.map((s, i) => ({
    fullName: s.fullName,
    subscriberNumber: String(1001 + i),
    nationalCode: withNationalCodeCheckDigit(`${NATIONAL_CODE_PLACES[i]}${String(100_001 + i * 7_301).slice(0, 6)}`),
    legacyCode: `11${String(1001 + i).padStart(9, '0')}${(i * 3) % 10}`,
    hasAccount: !WITHOUT_ACCOUNT.has(i),
  }));

export const seedDemo = async (strapi: Core.Strapi) => {
  const today = tehranDate();
  const docs = strapi.documents;

  const typeIds: Record<string, string> = {};
  for (const t of DEVICE_TYPES) {
    const created = await docs('api::device-type.device-type').create({ data: t as any });
    typeIds[t.code] = created.documentId;
  }
  const modelIds: string[] = [];
  for (const m of DEVICE_MODELS) {
    const created = await docs('api::device-model.device-model').create({
      data: {
        brand: m.brand,
        model: m.model,
        deviceType: typeIds[m.type],
        defaultWarrantyMonths: m.warranty,
        defaultServiceMonths: m.service,
      } as any,
    });
    modelIds.push(created.documentId);
  }

  const accounts = strapi.plugin('customer-accounts').service('accounts');
  const logins = demoLogins();
  let serialCounter = 1;

  for (const [i, s] of SUBSCRIBERS.entries()) {
    const login = logins[i];
    const subscriber = await docs('api::subscriber.subscriber').create({
      data: {
        subscriberNumber: login.subscriberNumber,
        fullName: s.fullName,
        nationalCode: login.nationalCode,
        mainOperatorName: s.operator,
        address: { city: s.city, street: s.street, building: s.building, postalCode: String(1_000_000_000 + i * 1_234_567).slice(0, 10) },
        phone: `0${21 + i}${String(22_000_000 + i * 1_111).slice(0, 8)}`,
        mobile: `0912${String(1_000_000 + i * 137_731).padStart(7, '0').slice(0, 7)}`,
        preferredChannel: i % 3 === 0 ? 'both' : i % 3 === 1 ? 'sms' : 'whatsapp',
      } as any,
    });

    for (const [j, scenario] of DEVICE_PLAN[i].entries()) {
      const modelIndex = (i + j) % DEVICE_MODELS.length;
      const model = DEVICE_MODELS[modelIndex];
      const serial = `${model.brand.slice(0, 2).toUpperCase()}${model.model.replace(/\D/g, '')}${String(24_000 + serialCounter++).padStart(6, '0')}`;
      await createDeviceWithHistory(strapi, {
        serial,
        modelDocumentId: modelIds[modelIndex],
        model,
        ownerDocumentId: subscriber.documentId,
        scenario,
        today,
        dongleOrUserId: j % 2 === 0 ? `UID-${serial.slice(-4)}` : null,
      });
    }

    if (login.hasAccount) {
      await accounts.issueCredentials({
        subscriberDocumentId: subscriber.documentId,
        password: DEMO_CUSTOMER_PASSWORD,
        actor: { label: 'demo seed' },
      });
    }
  }

  await seedDemoHolidays(strapi);
  await seedDemoRepairs(strapi, logins[0].subscriberNumber);
  await seedDemoTransferRequest(strapi, logins[1].subscriberNumber);
  await seedDemoAnnouncement(strapi);
  await seedDemoContactDetails(strapi);
  await ensureDemoStaff(strapi);
  await seedDemoTickets(strapi, logins[0].subscriberNumber);
  await seedDemoVoiceOfCustomer(strapi, logins[0].subscriberNumber);
  // the knowledge base: topics, articles and videos per device type, a draft, the models' documents
  await seedDemoKnowledgeBase(strapi);
  await seedDemoCourses(strapi, logins[0].subscriberNumber);
  // the demo's confirmations and terms are written directly: Didar hears of every device's status once
  await strapi.plugin('crm-sync').service('sync').noticeChanges({ cause: 'demo' });
};

/**
 * Issue 14: complaints of every source and status (one through the site to the CEO, linked to
 * subscriber 1001; one overdue and escalated; one closed with an outcome last quarter), and
 * satisfaction surveys answered and unanswered in this and the previous Jalali quarter on the
 * demo's confirmations — one dissatisfied answer with its open follow-up.
 */
const seedDemoVoiceOfCustomer = async (strapi: Core.Strapi, subscriberNumber: string) => {
  const now = new Date();
  const docs = strapi.documents('api::complaint.complaint');
  const complaints = strapi.service('api::complaint.complaints');
  const current = quarterRange(quarterOf(now));
  const previous = quarterRange(previousQuarter(quarterOf(now)));
  const inPrevious = (days: number) => new Date(previous.start.getTime() + days * 86_400_000);
  const daysAgo = (days: number) => new Date(Math.max(current.start.getTime() + 3_600_000, now.getTime() - days * 86_400_000));
  const owner = await strapi.db.query('api::subscriber.subscriber').findOne({ where: { subscriberNumber }, select: ['id', 'fullName', 'mobile'] });

  // through the site: to the CEO, linked to the logged-in buyer
  await complaints.submit(
    { name: owner.fullName, mobile: owner.mobile, email: null, subject: 'تأخیر در اعزام کارشناس', description: 'سه بار برای بازدید حضوری وقت گرفته‌ام و هر بار لغو شده است. لطفاً رسیدگی کنید.', addressedTo: 'ceo' },
    { subscriberId: owner.id, now: daysAgo(1) }
  );
  // recorded by staff
  const phone = await docs.create({ data: { name: 'حسین مرادی', mobile: '09351234567', subject: 'برخورد نامناسب پشتیبان تلفنی', description: 'کارشناس پشتیبانی تلفن را قطع کرد.', addressedTo: 'managers', source: 'phone', receivedAt: daysAgo(2) } as any });
  await docs.update({ documentId: phone.documentId, data: { complaintStatus: 'answered', response: 'از شما پوزش می‌خواهیم؛ موضوع با کارشناس مربوط بررسی و در پروندهٔ او ثبت شد.' } as any });
  await docs.create({ data: { name: 'مینا کاظمی', email: 'mina@example.ir', subject: 'هزینهٔ خدمات موردی', description: 'مبلغ فاکتور با برآورد اولیه تفاوت دارد.', addressedTo: 'managers', source: 'email', receivedAt: daysAgo(1) } as any });
  await docs.create({ data: { name: 'رضا احمدی', mobile: '09127654321', subject: 'نصب ناقص', description: 'در برگ شکایت بازدید نوشته شده که اتصالات کامل نصب نشده است.', addressedTo: 'managers', source: 'visit_form', complaintStatus: 'in_progress', receivedAt: daysAgo(3) } as any });
  // past its 48 working hours without an answer: the escalation job marks it
  await docs.create({ data: { name: 'سارا نوری', mobile: '09131112233', subject: 'پاسخ‌ندادن به پیام‌ها', description: 'در صفحهٔ اینستاگرام شرکت پیام دادم و پاسخی نگرفتم.', addressedTo: 'managers', source: 'social', receivedAt: daysAgo(10) } as any });
  await complaints.escalate({ now });
  // last quarter: in person, closed with an outcome
  const visit = await docs.create({ data: { name: 'علی صادقی', mobile: '09191234567', subject: 'تعویض دستگاه', description: 'دستگاه پس از دو بار تعمیر هنوز ایراد دارد.', addressedTo: 'managers', source: 'in_person', receivedAt: inPrevious(20) } as any });
  await docs.update({ documentId: visit.documentId, data: { complaintStatus: 'closed', response: 'دستگاه طبق شرایط گارانتی تعویض شد.', outcome: 'resolved', customerSatisfaction: 4 } as any });

  // surveys on the demo's confirmations: answered and not, this quarter and the last
  const confirmations = await strapi.db.query('api::installation-confirmation.installation-confirmation').findMany({ select: ['id', 'deviceId', 'subscriberId'], orderBy: { id: 'asc' }, limit: 8 });
  const plan: Array<{ sentAt: Date; scores?: [number, number, number, number]; comment?: string }> = [
    { sentAt: inPrevious(10), scores: [5, 4, 5, 4] },
    { sentAt: inPrevious(30), scores: [4, 4, 3, 5], comment: 'آموزش کامل بود.' },
    { sentAt: inPrevious(40) },
    { sentAt: daysAgo(6), scores: [5, 5, 4, 5] },
    { sentAt: daysAgo(4) },
    { sentAt: daysAgo(2) },
  ];
  const surveys = strapi.service('api::survey.surveys');
  for (const [i, c] of confirmations.slice(0, plan.length).entries()) {
    const { sentAt, scores, comment } = plan[i];
    const answered = scores ? { staffConduct: scores[0], salesProcess: scores[1], installationTraining: scores[2], afterSalesSupport: scores[3], comment: comment ?? null, answeredAt: new Date(sentAt.getTime() + 86_400_000), dissatisfied: false } : {};
    await strapi.db.query('api::survey.survey').create({
      data: { installationConfirmationId: c.id, subscriber: c.subscriberId, device: c.deviceId, tokenHash: hashSurveyToken(newSurveyToken()), sentAt, expiresAt: new Date(sentAt.getTime() + 30 * 86_400_000), ...answered },
    });
  }
  // a dissatisfied answer through the survey page's own service: its follow-up and the managers' SMS
  const unhappy = confirmations[plan.length];
  if (unhappy) {
    const token = newSurveyToken();
    await strapi.db.query('api::survey.survey').create({
      data: { installationConfirmationId: unhappy.id, subscriber: unhappy.subscriberId, device: unhappy.deviceId, tokenHash: hashSurveyToken(token), sentAt: daysAgo(3), expiresAt: new Date(now.getTime() + 27 * 86_400_000) },
    });
    await surveys.answer(token, { staffConduct: 2, salesProcess: 4, installationTraining: 1, afterSalesSupport: 3, comment: 'آموزش کار با دستگاه داده نشد و نصاب عجله داشت.' });
  }
};

/** Official holidays on fixed solar dates (staff add the lunar ones each year in the admin). */
const DEMO_HOLIDAYS = [
  ['2026-06-04', 'رحلت امام خمینی'],
  ['2026-06-05', 'قیام ۱۵ خرداد'],
  ['2027-02-11', 'پیروزی انقلاب اسلامی'],
  ['2027-03-20', 'ملی شدن صنعت نفت'],
  ['2027-03-21', 'نوروز'],
  ['2027-03-22', 'نوروز'],
  ['2027-03-23', 'نوروز'],
  ['2027-03-24', 'نوروز'],
  ['2027-04-01', 'روز جمهوری اسلامی'],
  ['2027-04-02', 'سیزده‌به‌در'],
];

const seedDemoHolidays = async (strapi: Core.Strapi) => {
  for (const [date, name] of DEMO_HOLIDAYS) {
    if (!(await strapi.db.query('api::holiday.holiday').findOne({ where: { date }, select: ['id'] }))) {
      await strapi.documents('api::holiday.holiday').create({ data: { date, name } as any });
    }
  }
};

/**
 * Two repairs for the first demo subscriber: one in the workshop since twelve days ago (past its
 * seven-working-day promise, so the admin's work queue shows it), one delivered.
 */
const seedDemoRepairs = async (strapi: Core.Strapi, subscriberNumber: string) => {
  const devices = await strapi.db.query('api::device.device').findMany({
    where: { owner: { subscriberNumber } },
    select: ['documentId'],
    orderBy: [{ id: 'asc' }],
    limit: 2,
  });
  if (devices.length < 2) return;
  const repairs = strapi.documents('api::repair-order.repair-order');
  const inWorkshop = await repairs.create({
    data: {
      device: devices[0].documentId,
      reportedFault: 'کمپرسور با صدای زیاد کار می‌کند و دما پایین نمی‌آید.',
      accessoriesReceived: 'کابل برق، ریموت',
      boxReceived: false,
      receivedAt: new Date(Date.now() - 12 * 86_400_000),
    } as any,
  });
  await repairs.update({ documentId: inWorkshop.documentId, data: { repairStatus: 'diagnosing' } as any });
  const delivered = await repairs.create({
    data: { device: devices[1].documentId, reportedFault: 'نمایشگر دستگاه خاموش است.', accessoriesReceived: '—', boxReceived: true, receivedAt: new Date(Date.now() - 20 * 86_400_000) } as any,
  });
  await repairs.update({ documentId: delivered.documentId, data: { repairStatus: 'ready', outcome: 'repaired' } as any });
  await repairs.update({ documentId: delivered.documentId, data: { repairStatus: 'delivered' } as any });
};

const DEMO_SAVED_REPLIES = [
  { title: 'خاموش و روشن کردن دستگاه', body: 'لطفاً دستگاه را خاموش کنید، ده دقیقه صبر کنید و دوباره روشن کنید. اگر مشکل ادامه داشت، همین‌جا خبر دهید.' },
  { title: 'هماهنگی بازدید حضوری', body: 'درخواست بازدید شما ثبت شد. کارشناس ما برای هماهنگی روز و ساعت بازدید با شما تماس می‌گیرد.' },
  { title: 'ارسال عکس پلاک دستگاه', body: 'لطفاً از پلاک مشخصات دستگاه (شماره سریال و مدل) عکس بگیرید و در پاسخ همین تیکت پیوست کنید.' },
];

/**
 * Subscriber 1001's tickets: a question staff answered, a fault on the pay-per-case device resolved
 * and billed (an unpaid invoice on the site), and an urgent on-site visit request still waiting for
 * support. Written through the ticket services, as the site and the Ticket desk write them.
 */
const seedDemoTickets = async (strapi: Core.Strapi, subscriberNumber: string) => {
  for (const reply of DEMO_SAVED_REPLIES) await strapi.documents('api::saved-reply.saved-reply').create({ data: reply as any });
  const subscriber = await strapi.db.query('api::subscriber.subscriber').findOne({ where: { subscriberNumber }, select: ['id', 'fullName'] });
  const staffUser = await strapi.db.query('admin::user').findOne({ where: { email: DEMO_STAFF[1].email }, select: ['id', 'firstname', 'lastname'] });
  if (!subscriber || !staffUser) return;
  const devices = await strapi.db.query('api::device.device').findMany({ where: { owner: { id: subscriber.id } }, select: ['documentId', 'serviceMode', 'serviceEnd'], orderBy: [{ id: 'asc' }] });
  const active = devices[0];
  const payPerCase = devices.find((d: { serviceMode: string }) => d.serviceMode === 'pay_per_case');
  if (!active || !payPerCase) return;
  const tickets = strapi.service('api::ticket.tickets');
  const staff = { id: staffUser.id, name: `${staffUser.firstname} ${staffUser.lastname}` };
  const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000);

  const question = await tickets.open(
    subscriber,
    { device: active.documentId, kind: 'question', priority: 'medium', title: 'تنظیم دمای خروجی', description: 'دمای آب خروجی چیلر را چطور روی ۷ درجه تنظیم کنیم؟', preferredVisitDay: null },
    [],
    hoursAgo(30)
  );
  await tickets.replyAsStaff(staff, question.id, { body: 'از منوی تنظیمات، گزینهٔ «نقطهٔ تنظیم» را روی ۷ بگذارید و تأیید کنید. دستگاه ظرف چند دقیقه به این دما می‌رسد.', internal: false }, [], hoursAgo(28));

  const fault = await tickets.open(
    subscriber,
    { device: payPerCase.documentId, kind: 'fault', priority: 'high', title: 'نشتی روغن کمپرسور', description: 'زیر کمپرسور لکهٔ روغن دیده می‌شود و فشار کار پایین آمده است.', preferredVisitDay: null },
    [],
    hoursAgo(50)
  );
  await tickets.replyAsStaff(staff, fault.id, { body: 'مشترک تلفنی تأیید کرد که دستگاه پس از تعویض واشر بدون نشتی کار می‌کند.', internal: true }, [], hoursAgo(26));
  await tickets.resolve(staff, fault.id, { difficulty: 'standard', workHours: 2.5, reply: 'واشر کمپرسور تعویض و نشتی برطرف شد. فاکتور خدمات موردی در بخش فاکتورها آمده است.' }, hoursAgo(25));

  await tickets.open(
    subscriber,
    { device: active.documentId, kind: 'visit', priority: 'urgent', title: 'درخواست بازدید حضوری', description: 'دستگاه هنگام راه‌اندازی خطای فشار بالا می‌دهد و خاموش می‌شود.', preferredVisitDay: addDays(tehranDate(), 3) },
    [],
    hoursAgo(2)
  );
};

// ── licensed training videos (issue 13) ─────────────────────────────────────────────────────

/** Two «گروه زیگ» courses on sale (prices in rials); their SpotPlayer ids are placeholders for the local provider. */
export const DEMO_COURSES = [
  {
    title: 'آموزش جامع نصب و راه‌اندازی دستگاه‌های زیگ',
    titleEn: 'Installing and commissioning Zig devices: the complete course',
    summary: 'نصب، اتصالات، راه‌اندازی اولیه و آموزش کاربر، گام‌به‌گام در دوازده قسمت.',
    summaryEn: 'Installation, connections, first start-up and user training, step by step in twelve episodes.',
    description:
      'این دوره ویژهٔ نصاب‌ها و کارشناسان فنی است: از بازکردن بسته‌بندی و انتخاب محل نصب تا اتصال لوله‌ها و برق، راه‌اندازی اولیه، تنظیم نقطهٔ کار و آموزش کاربر. هر قسمت با نمونهٔ واقعی روی دستگاه‌های سری ZC ضبط شده است.',
    descriptionEn: 'For installers and technicians: from unpacking and choosing the site to piping and power, first start-up, set points and user training, filmed on real ZC-series devices.',
    priceRials: '45000000',
    spotPlayerCourseIds: ['6570a1b2c3d4e5f601234567'],
    sortOrder: 1,
  },
  {
    title: 'عیب‌یابی و نگهداری پیشرفتهٔ دستگاه‌های زیگ',
    titleEn: 'Advanced troubleshooting and maintenance of Zig devices',
    summary: 'خطاهای رایج، خواندن کدهای خطا، سرویس دوره‌ای کمپرسور و مدار تبرید.',
    summaryEn: 'Common faults, reading error codes, periodic service of the compressor and the refrigerant circuit.',
    description:
      'در این دوره کدهای خطای دستگاه، روش اندازه‌گیری فشار و دما، تعویض قطعات پرمصرف و برنامهٔ سرویس دوره‌ای را می‌آموزید تا بسیاری از خرابی‌ها پیش از توقف دستگاه برطرف شود.',
    descriptionEn: 'Error codes, measuring pressure and temperature, replacing wear parts and a periodic service plan, so most faults are fixed before the device stops.',
    priceRials: '68000000',
    spotPlayerCourseIds: ['6570a1b2c3d4e5f601234568', '6570a1b2c3d4e5f601234569'],
    episodesLimit: '0-',
    sortOrder: 2,
  },
];

/**
 * The demo courses, published; subscriber 1001 owns the first one with a test licence from the
 * local provider (written as a paid order, then issued through the licence queue as after a real
 * payment — only when the local provider is configured, so a demo never asks SpotPlayer).
 */
const seedDemoCourses = async (strapi: Core.Strapi, subscriberNumber: string) => {
  const courses: Array<{ documentId: string }> = [];
  for (const data of DEMO_COURSES) {
    const course = await strapi.documents('api::course.course').create({ data: data as any });
    await strapi.documents('api::course.course').publish({ documentId: course.documentId });
    courses.push(course);
  }
  if (strapi.config.get('plugin::video-licensing.provider') !== 'local') return;
  const subscriber = await strapi.db.query('api::subscriber.subscriber').findOne({ where: { subscriberNumber }, select: ['id', 'fullName', 'mobile'] });
  const published = await strapi.db.query('api::course.course').findOne({ where: { documentId: courses[0].documentId, publishedAt: { $notNull: true } }, select: ['id'] });
  if (!subscriber || !published) return;
  const paidAt = new Date(Date.now() - 5 * 86_400_000);
  const order = await strapi.db.query('api::course-order.course-order').create({
    data: {
      subscriber: subscriber.id,
      subscriberId: subscriber.id,
      course: published.id,
      courseDocumentId: courses[0].documentId,
      courseTitle: DEMO_COURSES[0].title,
      priceRials: DEMO_COURSES[0].priceRials,
      orderStatus: 'paid',
      paidAt,
      ownedKey: `${subscriber.id}:${courses[0].documentId}`,
    },
  });
  const number = courseOrderNumber(jalaliParts(paidAt).year, order.id);
  await strapi.db.query('api::course-order.course-order').update({ where: { id: order.id }, data: { number } });
  const licences = strapi.plugin('video-licensing').service('licences');
  await licences.enqueue({ reference: order.documentId, subscriberId: subscriber.id, request: licenceRequestFor({ number }, DEMO_COURSES[0], subscriber) });
  await licences.issueNow(order.documentId);
};

/** The company's contact details the site shows (footer, login page, warranty lookup). */
export const DEMO_CONTACT_DETAILS = {
  supportPhone: '021-9100 4250',
  secondPhone: '0912 410 4250',
  email: 'support@poshtiban.ir',
  workingHoursFa: 'شنبه تا چهارشنبه ۸:۳۰ تا ۱۷، پنج‌شنبه ۸:۳۰ تا ۱۳',
  workingHoursEn: 'Saturday to Wednesday 8:30–17:00, Thursday 8:30–13:00',
  addressFa: 'تهران، خیابان ولیعصر، بالاتر از میدان ونک، کوچهٔ نگار، پلاک ۱۲، طبقهٔ دوم',
  addressEn: 'No. 12, 2nd floor, Negar Alley, Valiasr Street north of Vanak Square, Tehran',
};

const seedDemoContactDetails = async (strapi: Core.Strapi) => {
  const contact = strapi.documents('api::contact-settings.contact-settings');
  if (await contact.findFirst({})) return;
  await contact.create({ data: DEMO_CONTACT_DETAILS as any });
};

/** A software-update notice, written in Persian and English and published to everyone. */
const seedDemoAnnouncement = async (strapi: Core.Strapi) => {
  const announcements = strapi.documents('api::announcement.announcement');
  const fa = await announcements.create({
    locale: 'fa',
    data: {
      title: 'به‌روزرسانی نرم‌افزار دستگاه‌های زیگ',
      summary: 'نسخهٔ تازهٔ نرم‌افزار زیگ منتشر شد.',
      body: 'نسخهٔ تازهٔ نرم‌افزار دستگاه‌های زیگ منتشر شد. دستگاه شما در نخستین شب پس از اتصال به اینترنت خودکار به‌روز می‌شود؛ کاری لازم نیست.',
      kind: 'software_update',
      audience: 'everyone',
    } as any,
  });
  await announcements.update({
    documentId: fa.documentId,
    locale: 'en',
    data: {
      title: 'Software update for Zig devices',
      summary: 'A new Zig software version is out.',
      body: 'A new software version for Zig devices is out. Your device updates itself on the first night it is online; nothing to do.',
    } as any,
  });
  await announcements.publish({ documentId: fa.documentId, locale: '*' });
};

/** The second demo subscriber has asked to transfer a device: it waits for staff review. */
const seedDemoTransferRequest = async (strapi: Core.Strapi, subscriberNumber: string) => {
  const subscriber = await strapi.db.query('api::subscriber.subscriber').findOne({ where: { subscriberNumber }, select: ['id'] });
  const device = await strapi.db.query('api::device.device').findOne({
    where: { owner: { subscriberNumber }, serviceMode: 'initial' },
    select: ['documentId'],
    orderBy: [{ id: 'asc' }],
  });
  if (!subscriber || !device) return;
  await strapi.service('api::ownership-transfer.transfers').request(
    subscriber.id,
    {
      deviceId: device.documentId,
      newOwner: { fullName: 'کامران صادقی', nationalCode: withNationalCodeCheckDigit('004500123'), mobile: '09129876543' },
      ownershipEndConfirmed: true,
    },
    'demo-seed'
  );
};

const createDeviceWithHistory = async (
  strapi: Core.Strapi,
  d: {
    serial: string;
    modelDocumentId: string;
    model: { warranty: number; service: number };
    ownerDocumentId: string;
    scenario: Scenario;
    today: string;
    dongleOrUserId: string | null;
  }
) => {
  const installedDaysAgo: Record<Scenario, number> = {
    awaiting_installation: 18, // installed over two weeks ago and still unconfirmed: in the admin's work queue
    active: 200,
    active_ending_soon: 350,
    renewed: 500,
    expired: 420,
    pay_per_case: 800,
    cancelled: 900,
  };
  const installationDate = addDays(d.today, -installedDaysAgo[d.scenario]);
  const initialEnd = addJalaliMonths(installationDate, d.model.service);
  const warrantyEnd = addJalaliMonths(installationDate, d.model.warranty);

  let serviceMode: 'initial' | 'renewed' | 'pay_per_case' | 'cancelled' = 'initial';
  let serviceEnd = initialEnd;
  const contracts: Array<Record<string, unknown>> = [
    { kind: 'initial', startDate: installationDate, endDate: initialEnd, priceRials: '0', contractStatus: initialEnd < d.today ? 'ended' : 'active' },
  ];
  if (d.scenario === 'renewed') {
    serviceMode = 'renewed';
    serviceEnd = addJalaliYears(initialEnd, 2);
    contracts.push({ kind: 'renewal', years: 2, startDate: initialEnd, endDate: serviceEnd, priceRials: String(2 * RENEWAL_PRICE_PER_YEAR_RIALS), contractStatus: 'active' });
  }
  if (d.scenario === 'pay_per_case') {
    serviceMode = 'pay_per_case';
    contracts.push({ kind: 'pay_per_case', startDate: addDays(initialEnd, 10), priceRials: '0', contractStatus: 'active' });
  }
  if (d.scenario === 'cancelled') {
    serviceMode = 'cancelled';
    contracts.push({ kind: 'cancellation', startDate: addDays(initialEnd, 5), priceRials: '0', contractStatus: 'active' });
  }

  const device = await strapi.documents('api::device.device').create({
    data: {
      serial: d.serial,
      dongleOrUserId: d.dongleOrUserId,
      model: d.modelDocumentId,
      owner: d.ownerDocumentId,
      // sold a few days before the installer came (the invoice date staff enter)
      saleDate: addDays(installationDate, -4),
      installationDate,
      warrantyEnd,
      serviceEnd,
      serviceMode,
    } as any,
  });
  if (d.scenario !== 'awaiting_installation') await recordDemoConfirmation(strapi, Number(device.id), installationDate);
  for (const { contractStatus, ...c } of contracts) {
    // staff-recorded contracts start active; the term that has run out is ended the way the
    // service lifecycle ends it (its status is a workflow field: validation/rules/workflow-fields.ts)
    const contract = await strapi.documents('api::contract.contract').create({
      data: { ...c, device: device.documentId, subscriber: d.ownerDocumentId } as any,
    });
    if (contractStatus !== 'active') await strapi.db.query('api::contract.contract').update({ where: { id: contract.id }, data: { contractStatus } });
  }
};

/**
 * The demo's past installation confirmations, as if each buyer had confirmed the day after
 * installation (written directly: the real form is only for the buyer, on the site).
 */
const recordDemoConfirmation = async (strapi: Core.Strapi, deviceId: number, installationDate: string) => {
  const device = await strapi.db.query('api::device.device').findOne({
    where: { id: deviceId },
    select: ['id', 'documentId', 'serial'],
    populate: { owner: { select: ['id', 'subscriberNumber', 'nationalCode', 'fullName'], populate: { user: { select: ['id'] } } }, model: { select: ['brand', 'model'] } },
  });
  await recordConfirmation(strapi, device, { installationDate, confirmedAt: confirmedAt(installationDate), userId: device.owner.user?.id ?? 0, ip: 'demo-seed', userAgent: 'demo-seed' });
};

const ensureDemoStaff = async (strapi: Core.Strapi) => {
  for (const staff of DEMO_STAFF) {
    const existing = await strapi.db.query('admin::user').findOne({ where: { email: staff.email } });
    if (existing) continue;
    const role = await strapi.service('admin::role').findOne({ code: staff.role });
    if (!role) continue;
    await strapi.service('admin::user').create({
      email: staff.email,
      firstname: staff.firstname,
      lastname: staff.lastname,
      password: staff.password,
      isActive: true,
      registrationToken: null,
      roles: [role.id],
    });
  }
};

/** Prints the demo logins (development only). */
export const printDemoLogins = (strapi: Core.Strapi) => {
  const lines = [
    '',
    '──────────── Poshtiban demo data ────────────',
    'Customer site:  /        (password for every demo subscriber: ' + DEMO_CUSTOMER_PASSWORD + ')',
    ...demoLogins().map(
      (l) =>
        `  ${l.subscriberNumber.padEnd(6)} national code ${l.nationalCode}  ${l.hasAccount ? '' : '(no portal account yet — issue it in the admin)'}  ${l.fullName}`
    ),
    `  legacy 12-digit code of subscriber 1001: ${demoLogins()[0].legacyCode}`,
    'Admin panel:    /admin',
    ...DEMO_STAFF.map((s) => `  ${s.email.padEnd(26)} ${s.password.padEnd(16)} (${s.role})`),
    '─────────────────────────────────────────────',
    '',
  ];
  strapi.log.info(lines.join('\n'));
};

/** On an empty database in development: seed and print the logins. Never in production. */
export const seedDemoIfEmpty = async (strapi: Core.Strapi) => {
  const environment = process.env.NODE_ENV ?? 'development';
  const enabled = process.env.DEMO_DATA ? process.env.DEMO_DATA !== 'false' : environment === 'development';
  if (environment === 'production' || environment === 'test' || !enabled) return;
  if ((await strapi.db.query('api::subscriber.subscriber').count()) > 0) return;
  strapi.log.info('Empty database: seeding the Persian demo data…');
  await seedDemo(strapi);
  printDemoLogins(strapi);
};
