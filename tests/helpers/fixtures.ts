/**
 * Test data through the same paths staff use: the Document Service (so the record rules run)
 * and the customer-accounts plugin for portal credentials.
 */
import type { Core } from '@strapi/strapi';
import request from 'supertest';
import { addDays, tehranDate } from '../../src/domain/jalali';

let sequence = 0;
const PLACES = ['001', '002', '003', '004', '005', '006', '007', '008', '011', '015'];

/** A valid national code, different on every call. */
export const nextNationalCode = (): string => {
  sequence += 1;
  const nine = `${PLACES[sequence % PLACES.length]}${String(100_000 + sequence * 7_919 + (process.pid % 1000)).slice(-6)}`;
  const sum = nine.split('').reduce((acc, d, i) => acc + Number(d) * (10 - i), 0);
  const r = sum % 11;
  return `${nine}${r < 2 ? r : 11 - r}`;
};

let subscriberNumber = 5000;
let serialNumber = 0;

export const createModel = async (strapi: Core.Strapi, overrides: Record<string, unknown> = {}) => {
  const type = await strapi.documents('api::device-type.device-type').create({
    data: { name: `نوع ${++serialNumber}`, nameEn: `Type ${serialNumber}`, code: `type-${serialNumber}` } as any,
  });
  return strapi.documents('api::device-model.device-model').create({
    data: { brand: 'Zig', model: `ZC-${serialNumber}`, deviceType: type.documentId, defaultWarrantyMonths: 18, defaultServiceMonths: 12, ...overrides } as any,
  });
};

export const createSubscriber = async (strapi: Core.Strapi, overrides: Record<string, unknown> = {}) =>
  strapi.documents('api::subscriber.subscriber').create({
    data: {
      subscriberNumber: String(++subscriberNumber),
      fullName: 'مشترک آزمایشی',
      nationalCode: nextNationalCode(),
      mobile: '09121234567',
      mainOperatorName: 'اپراتور آزمایشی',
      address: { city: 'تهران', street: 'خیابان آزادی', building: 'ساختمان ۱' },
      ...overrides,
    } as any,
  });

/**
 * A device as staff register it. `installationConfirmedAt` (default: now) stands for a buyer's
 * confirmation already made — set directly, since only the confirmation form may set it; pass
 * null for a device awaiting installation.
 */
export const createDevice = async (
  strapi: Core.Strapi,
  { owner, model, installationConfirmedAt = new Date(), ...overrides }: { owner: string; model: string; installationConfirmedAt?: Date | null } & Record<string, unknown>
) => {
  const installationDate = addDays(tehranDate(), -100);
  const device = await strapi.documents('api::device.device').create({
    data: {
      serial: `SN${String(++serialNumber).padStart(6, '0')}${process.pid % 1000}`,
      owner,
      model,
      installationDate,
      serviceMode: 'initial',
      ...overrides,
    } as any,
  });
  if (installationConfirmedAt) {
    await strapi.db.query('api::device.device').update({ where: { id: device.id }, data: { installationConfirmedAt } });
  }
  return { ...device, installationConfirmedAt };
};

export const PASSWORD = 'correct-horse-42';

/** A subscriber with a portal account (password PASSWORD). */
export const createCustomer = async (strapi: Core.Strapi, overrides: Record<string, unknown> = {}) => {
  const subscriber = await createSubscriber(strapi, overrides);
  await strapi.plugin('customer-accounts').service('accounts').issueCredentials({
    subscriberDocumentId: subscriber.documentId,
    password: PASSWORD,
    actor: { label: 'test' },
  });
  return subscriber;
};

export const login = async (server: any, identifier: string, password = PASSWORD) =>
  request(server).post('/api/auth/local').send({ identifier, password });

/** Logs in and returns the bearer token (fails the test on a bad login). */
export const tokenFor = async (server: any, identifier: string, password = PASSWORD): Promise<string> => {
  const res = await login(server, identifier, password);
  if (res.status !== 200 || !res.body.jwt) throw new Error(`login failed for ${identifier}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.jwt;
};

export type StaffMember = { email: string; password: string; id: number };
let staffSequence = 0;

/** A staff member of the admin role `roleCode`, as the super admin would create them. */
export const createStaffMember = async (strapi: Core.Strapi, roleCode: string, name = 'کارمند'): Promise<StaffMember> => {
  const role = await strapi.service('admin::role').findOne({ code: roleCode });
  if (!role) throw new Error(`no admin role ${roleCode}`);
  const email = `staff${++staffSequence}-${process.pid}-${Date.now()}@poshtiban.test`;
  const password = 'Staff-Passw0rd!';
  const user = await strapi
    .service('admin::user')
    .create({ email, firstname: name, lastname: String(staffSequence), password, isActive: true, registrationToken: null, roles: [role.id] });
  return { email, password, id: user.id };
};

/** A staff member with one of the admin roles, logged in to the admin API. */
export const adminToken = async (strapi: Core.Strapi, server: any, roleCode = 'strapi-super-admin'): Promise<string> => {
  const { email, password } = await createStaffMember(strapi, roleCode);
  const res = await request(server).post('/admin/login').send({ email, password });
  if (res.status !== 200) throw new Error(`admin login failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.data.token;
};

/**
 * For every content type in the staff matrix (src/domain/staff-matrix.ts), what
 * tests/api/staff-matrix.test.ts needs to do each task through the Content Manager:
 *   body(strapi) — a valid body for creating one (relations as `connect`, as the admin sends them);
 *   edit         — one field to change, and its new value;
 *   seed(strapi, locales) — a record made the way its usual writer makes it: staff records through
 *                  the Document Service (its rules run), portal records through the portal's own
 *                  write (the query engine, as their services do). Localized types get every locale.
 * A type added to the matrix without an entry here fails that test.
 */
export type MatrixFixture = {
  body: (strapi: Core.Strapi) => Promise<Record<string, unknown>>;
  edit: Record<string, unknown>;
  seed: (strapi: Core.Strapi, locales: string[]) => Promise<{ documentId: string }>;
};

let matrixSequence = 0;
const connect = (documentId: string) => ({ connect: [{ documentId }] });
const unique = () => `${++matrixSequence}${process.pid % 1000}`;

/** A staff record: the body through the Document Service, then each further locale. */
const staffSeed =
  (uid: string, body: MatrixFixture['body']) =>
  async (strapi: Core.Strapi, locales: string[]) => {
    const [first, ...others] = locales.length ? locales : [undefined];
    const created = await strapi.documents(uid as any).create({ data: (await body(strapi)) as any, ...(first ? { locale: first } : {}) });
    for (const locale of others) await strapi.documents(uid as any).update({ documentId: created.documentId, locale, data: (await body(strapi)) as any });
    return created;
  };

/** A portal record: written with the query engine, as the portal's services write it. */
const portalSeed =
  (uid: string, body: MatrixFixture['body']) =>
  async (strapi: Core.Strapi) =>
    strapi.db.query(uid as any).create({ data: await body(strapi) });

const deviceBody = async (strapi: Core.Strapi) => {
  const model = await createModel(strapi);
  const owner = await createSubscriber(strapi);
  return { serial: `MX${unique()}`, model: connect(model.documentId), owner: connect(owner.documentId), installationDate: addDays(tehranDate(), -30), serviceMode: 'initial' };
};

const bodies: Record<string, MatrixFixture['body']> = {
  'api::subscriber.subscriber': async () => ({
    subscriberNumber: `8${unique()}`,
    fullName: 'مشترک جدول نقش‌ها',
    nationalCode: nextNationalCode(),
    mobile: '09121234567',
    address: { city: 'تهران', street: 'خیابان آزادی', building: 'ساختمان ۲' },
  }),
  'api::device.device': deviceBody,
  'api::device-type.device-type': async () => ({ name: `نوع ماتریس ${unique()}`, nameEn: 'Matrix type', code: `matrix-${unique()}` }),
  'api::device-model.device-model': async (strapi) => {
    const model = await createModel(strapi);
    const deviceType = await strapi.db.query('api::device-model.device-model').findOne({ where: { id: model.id }, populate: { deviceType: { select: ['documentId'] } } });
    return { brand: 'Zig', model: `MX-${unique()}`, deviceType: connect(deviceType.deviceType.documentId), defaultWarrantyMonths: 18, defaultServiceMonths: 12 };
  },
  'api::contract.contract': async (strapi) => {
    const device = await createDevice(strapi, { owner: (await createSubscriber(strapi)).documentId, model: (await createModel(strapi)).documentId });
    return { device: connect(device.documentId), kind: 'initial', years: 1, startDate: '2026-01-01', endDate: '2027-01-01', priceRials: '12000000', contractStatus: 'active' };
  },
  'api::repair-order.repair-order': async (strapi) => {
    const device = await createDevice(strapi, { owner: (await createSubscriber(strapi)).documentId, model: (await createModel(strapi)).documentId });
    return { device: connect(device.documentId), reportedFault: 'دستگاه روشن نمی‌شود', repairStatus: 'received' };
  },
  'api::holiday.holiday': async () => ({ date: addDays('2030-01-01', ++matrixSequence), name: 'تعطیل آزمایشی' }),
  'api::announcement.announcement': async () => ({ title: `اطلاعیهٔ فنی ${unique()}`, body: 'نسخهٔ تازهٔ نرم‌افزار دستگاه منتشر شد.', kind: 'software_update', audience: 'everyone' }),
  'plugin::messaging.message-template': async () => ({ code: `matrix_${unique()}`, smsText: 'متن آزمایشی {name}', description: 'قالب آزمایشی' }),
  'api::payment.payment': async () => ({ purpose: 'contract-renewal', referenceId: `ref-${unique()}`, amountRials: '12000000', gateway: 'sandbox', paymentStatus: 'paid' }),
  'api::installation-confirmation.installation-confirmation': async () => ({
    deviceId: 900_000 + ++matrixSequence,
    deviceDocumentId: `dev${unique()}`,
    subscriberId: 1,
    serial: `IC${unique()}`,
    subscriberNumber: '1001',
    nationalCode: nextNationalCode(),
    deviceFullyInstalled: true,
    driverCompressorConnectionsInstalled: true,
    initialTrainingGiven: true,
    allItemsDone: true,
    installationDate: '2026-01-01',
    confirmedAt: new Date(),
    confirmedByUserId: 1,
    contentHash: 'a'.repeat(64),
  }),
  'api::audit-event.audit-event': async () => ({ action: 'matrix.test', actorType: 'system', actorLabel: 'test' }),
  'api::announcement.announcement-fanout': async () => ({ announcementDocumentId: `ann${unique()}`, title: 'اطلاعیه', fanoutStatus: 'done' }),
  'api::ownership-transfer.ownership-transfer': async () => ({
    newOwnerName: 'سارا کریمی',
    newOwnerNationalCode: nextNationalCode(),
    newOwnerMobile: '09171234567',
    ownershipEndConfirmed: true,
    transferStatus: 'rejected',
    rejectionReason: 'آزمایشی',
  }),
  'api::ownership-transfer.device-ownership': async () => ({ deviceId: 1, serial: 'SN1', subscriberId: 1, subscriberNumber: '1001', fullName: 'مشترک', ownedFrom: new Date() }),
  'plugin::users-permissions.user': async () => ({ username: `u${unique()}`, email: `u${unique()}@poshtiban.test`, password: PASSWORD, confirmed: true, blocked: false, provider: 'local' }),
};

export const STAFF_MATRIX_FIXTURES: Record<string, MatrixFixture> = {
  'api::subscriber.subscriber': { body: bodies['api::subscriber.subscriber'], edit: { staffNotes: 'ویرایش در آزمون نقش‌ها' }, seed: staffSeed('api::subscriber.subscriber', bodies['api::subscriber.subscriber']) },
  'api::device.device': { body: deviceBody, edit: { staffNotes: 'ویرایش در آزمون نقش‌ها' }, seed: staffSeed('api::device.device', deviceBody) },
  'api::device-type.device-type': { body: bodies['api::device-type.device-type'], edit: { description: 'ویرایش در آزمون نقش‌ها' }, seed: staffSeed('api::device-type.device-type', bodies['api::device-type.device-type']) },
  'api::device-model.device-model': { body: bodies['api::device-model.device-model'], edit: { defaultWarrantyMonths: 24 }, seed: staffSeed('api::device-model.device-model', bodies['api::device-model.device-model']) },
  'api::contract.contract': { body: bodies['api::contract.contract'], edit: { staffNotes: 'ویرایش در آزمون نقش‌ها' }, seed: staffSeed('api::contract.contract', bodies['api::contract.contract']) },
  'api::repair-order.repair-order': { body: bodies['api::repair-order.repair-order'], edit: { staffNotes: 'ویرایش در آزمون نقش‌ها' }, seed: staffSeed('api::repair-order.repair-order', bodies['api::repair-order.repair-order']) },
  'api::holiday.holiday': { body: bodies['api::holiday.holiday'], edit: { name: 'تعطیل ویرایش‌شده' }, seed: staffSeed('api::holiday.holiday', bodies['api::holiday.holiday']) },
  'api::announcement.announcement': { body: bodies['api::announcement.announcement'], edit: { summary: 'خلاصهٔ ویرایش‌شده' }, seed: staffSeed('api::announcement.announcement', bodies['api::announcement.announcement']) },
  'plugin::messaging.message-template': { body: bodies['plugin::messaging.message-template'], edit: { description: 'ویرایش در آزمون نقش‌ها' }, seed: staffSeed('plugin::messaging.message-template', bodies['plugin::messaging.message-template']) },
  // the single type exists from the first start (service-settings ensureDefaults)
  'api::service-settings.service-settings': {
    body: async () => ({}),
    edit: { renewalWindowDays: 21 },
    seed: async (strapi) => (await strapi.documents('api::service-settings.service-settings').findFirst({}))!,
  },
  // the single type may not exist yet: the first member allowed to save creates it
  'api::contact-settings.contact-settings': {
    body: async () => ({ supportPhone: '021-9100 1234' }),
    edit: { workingHoursFa: 'شنبه تا چهارشنبه ۸ تا ۱۷' },
    seed: async (strapi) =>
      (await strapi.documents('api::contact-settings.contact-settings').findFirst({})) ??
      (await strapi.documents('api::contact-settings.contact-settings').create({ data: { supportPhone: '02191001234' } as any })),
  },
  ...Object.fromEntries(
    [
      ['api::payment.payment', { description: 'ویرایش دستی' }],
      ['api::installation-confirmation.installation-confirmation', { initialTrainingGiven: false }],
      ['api::audit-event.audit-event', { actorLabel: 'ویرایش دستی' }],
      ['api::announcement.announcement-fanout', { title: 'ویرایش دستی' }],
      ['api::ownership-transfer.ownership-transfer', { rejectionReason: 'ویرایش دستی' }],
      ['api::ownership-transfer.device-ownership', { fullName: 'ویرایش دستی' }],
      ['plugin::users-permissions.user', { blocked: true }],
    ].map(([uid, edit]) => [uid as string, { body: bodies[uid as string], edit: edit as Record<string, unknown>, seed: portalSeed(uid as string, bodies[uid as string]) }])
  ),
  // issue 12 (tickets, billing): the ticket desk's types
  ...ticketFixtures(),
  // issue 14: complaints (staff records), surveys (portal records), follow-ups (made by the portal, edited by managers)
  ...voiceOfCustomerFixtures(),
  // issue 13: the knowledge base
  ...knowledgeBaseFixtures(),
  // issue 13 (licensed training videos): courses and course orders
  ...courseFixtures(),
};

/** Issue 14's types. */
function voiceOfCustomerFixtures(): Record<string, MatrixFixture> {
  const complaint = async () => ({ name: 'شاکی جدول نقش‌ها', mobile: '09121234567', subject: 'شکایت تلفنی', description: 'شرح شکایت تلفنی', addressedTo: 'managers', source: 'phone' });
  const survey = async () => ({ installationConfirmationId: 900_000 + ++matrixSequence, tokenHash: `${unique()}`.padStart(64, 'e'), sentAt: new Date(), expiresAt: new Date(Date.now() + 30 * 86_400_000) });
  const followUp = async () => ({ surveyId: 950_000 + ++matrixSequence, followUpStatus: 'open' });
  return {
    'api::complaint.complaint': { body: complaint, edit: { internalNotes: 'ویرایش در آزمون نقش‌ها' }, seed: staffSeed('api::complaint.complaint', complaint) },
    'api::survey.survey': { body: survey, edit: { comment: 'ویرایش دستی' }, seed: portalSeed('api::survey.survey', survey) },
    'api::survey.survey-follow-up': { body: followUp, edit: { actionTaken: 'اقدام در آزمون نقش‌ها' }, seed: portalSeed('api::survey.survey-follow-up', followUp) },
  };
}

/** Issue 12's types: tickets and escalations, invoices and debt alerts (portal-written), saved replies, the support settings. */
function ticketFixtures(): Record<string, MatrixFixture> {
  const portal = (uid: string, body: MatrixFixture['body'], edit: Record<string, unknown>): [string, MatrixFixture] => [uid, { body, edit, seed: portalSeed(uid, body) }];
  const savedReply = async () => ({ title: `پاسخ آماده ${unique()}`, body: 'درخواست شما دریافت شد و بررسی می‌شود.' });
  return Object.fromEntries([
    portal('api::ticket.ticket', async () => ({ number: `T-${unique()}`, title: 'تیکت آزمایشی', description: 'متن تیکت', kind: 'question', priority: 'medium', ticketStatus: 'open', channel: 'site', escalationLevel: 0 }), { title: 'ویرایش دستی' }),
    portal('api::ticket.ticket-escalation', async () => ({ ticketId: 900_000 + ++matrixSequence, level: 1, reason: 'first_response', dueAt: new Date(), escalatedAt: new Date() }), { reason: 'resolution' }),
    portal('api::invoice.invoice', async () => ({ number: `F-${unique()}`, subscriberId: 1, lines: [], totalRials: '1000000', invoiceStatus: 'unpaid', issuedAt: new Date() }), { paymentId: 5 }),
    portal('api::invoice.debt-alert', async () => ({ subscriberId: 1, outstandingRials: '120000000', ceilingRials: '100000000', crossedAt: new Date(), clearedAt: new Date(), openKey: null }), { subscriberId: 2 }),
    ['api::saved-reply.saved-reply', { body: savedReply, edit: { body: 'متن ویرایش‌شده' }, seed: staffSeed('api::saved-reply.saved-reply', savedReply) }],
    // the single type exists from the first start (support-settings ensureDefaults)
    [
      'api::support-settings.support-settings',
      { body: async () => ({}), edit: { firstResponseHoursLow: 30 }, seed: async (strapi: Core.Strapi) => (await strapi.documents('api::support-settings.support-settings').findFirst({}))! },
    ],
  ]);
}

/** Issue 13's types: knowledge topics, articles and videos (localized, draft & publish). */
function knowledgeBaseFixtures(): Record<string, MatrixFixture> {
  const topic = async () => ({ name: `موضوع ماتریس ${unique()}`, nameEn: 'Matrix topic', code: `matrix-topic-${unique()}`, sortOrder: 1 });
  const typeAndTopic = async (strapi: Core.Strapi) => {
    const type = await strapi.documents('api::device-type.device-type').create({ data: (await bodies['api::device-type.device-type'](strapi)) as any });
    const created = await strapi.documents('api::knowledge-topic.knowledge-topic').create({ data: (await topic()) as any });
    return { deviceTypes: connect(type.documentId), topic: connect(created.documentId) };
  };
  const article = async (strapi: Core.Strapi) => ({
    title: `راه‌اندازی دستگاه ${unique()}`,
    summary: 'گام‌های راه‌اندازی پس از نصب',
    body: [{ type: 'paragraph', children: [{ type: 'text', text: 'پیش از روشن کردن، شیر آب ورودی را باز کنید.' }] }],
    ...(await typeAndTopic(strapi)),
  });
  const video = async (strapi: Core.Strapi) => ({
    title: `آموزش تعویض فیلتر ${unique()}`,
    description: 'تعویض فیلتر در پنج دقیقه',
    externalUrl: 'https://www.aparat.com/v/matrix1',
    durationSeconds: 300,
    ...(await typeAndTopic(strapi)),
  });
  return {
    'api::knowledge-topic.knowledge-topic': { body: topic, edit: { sortOrder: 10 }, seed: staffSeed('api::knowledge-topic.knowledge-topic', topic) },
    'api::article.article': { body: article, edit: { summary: 'خلاصهٔ ویرایش‌شده' }, seed: staffSeed('api::article.article', article) },
    'api::video.video': { body: video, edit: { description: 'توضیح ویرایش‌شده' }, seed: staffSeed('api::video.video', video) },
  };
}

/** Issue 13's licensed training videos: courses (staff write and publish them) and course orders (portal-written). */
function courseFixtures(): Record<string, MatrixFixture> {
  const course = async () => ({
    title: `دورهٔ آموزشی ${unique()}`,
    summary: 'آموزش کار با دستگاه',
    priceRials: '25000000',
    spotPlayerCourseIds: ['5f0c6a1b2c3d4e5f6a7b8c9d'],
  });
  const order = async () => ({
    number: `V-${unique()}`,
    subscriberId: 1,
    courseDocumentId: `course${unique()}`,
    courseTitle: 'دورهٔ آموزشی',
    priceRials: '25000000',
    orderStatus: 'licensed',
  });
  return {
    'api::course.course': { body: course, edit: { summary: 'خلاصهٔ ویرایش‌شده' }, seed: staffSeed('api::course.course', course) },
    'api::course-order.course-order': { body: order, edit: { courseTitle: 'ویرایش دستی' }, seed: portalSeed('api::course-order.course-order', order) },
  };
}
