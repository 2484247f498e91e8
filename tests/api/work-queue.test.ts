/**
 * The work queue on the admin's home page (GET /back-office/work-queue): each item's count on
 * known data, with Tehran's day as "today"; each staff role sees only what it may act on; the
 * statements a request runs do not grow with the data; the widget is put first in layouts staff
 * saved before it existed.
 */
import request from 'supertest';
import { startApp, countQueries, settleQueries, type TestApp } from '../helpers/strapi';
import { adminToken, createDevice, createModel, createStaffMember, createSubscriber } from '../helpers/fixtures';
import { addDays, tehranDate } from '../../src/domain/jalali';
import { placeWorkQueueWidget, WORK_QUEUE_WIDGET_UID } from '../../plugins/back-office/server/src/work-queue/homepage-layout';

let app: TestApp;
let model: any;
let owner: any;
let agent: { id: number };
let seq = 0;

const REPAIR = 'api::repair-order.repair-order';
const TRANSFER = 'api::ownership-transfer.ownership-transfer';
const OUTBOX = 'plugin::messaging.outbound-message';
const CRM_JOB = 'plugin::crm-sync.sync-job';
const PAYMENT = 'api::payment.payment';
const TICKET = 'api::ticket.ticket';
const DEBT_ALERT = 'api::invoice.debt-alert';
const COURSE_ORDER = 'api::course-order.course-order';
const auth = (t: string) => ({ Authorization: `Bearer ${t}` });

const ALL_ITEMS = [
  'transfers-to-review',
  'repairs-past-promise',
  'repairs-due-for-replacement',
  'messages-dead',
  'messages-failed',
  'devices-awaiting-confirmation',
  'services-ending-this-week',
  'payments-to-refund',
  'payments-unverified',
  'crm-jobs-failing',
  'tickets-past-due',
  'tickets-unassigned',
  'tickets-escalated',
  'debt-alerts-open',
  // issue 14
  'complaints-overdue',
  'survey-follow-ups-open',
  'course-licences-late',
];
const ISSUE_14_ITEMS = ['complaints-overdue', 'survey-follow-ups-open'];

// test data written below the record rules, in the states the counts look for
const repair = (data: Record<string, unknown>) =>
  app.strapi.db.query(REPAIR).create({ data: { reportedFault: 'ایراد آزمایشی', repairStatus: 'received', outcome: 'pending', promisedBy: addDays(tehranDate(), 30), ...data } });
const transfer = (transferStatus: string) =>
  app.strapi.db.query(TRANSFER).create({
    data: { newOwnerName: 'مالک جدید', newOwnerNationalCode: '0012345679', newOwnerMobile: '09120000000', ownershipEndConfirmed: true, transferStatus },
  });
const message = (status: string) =>
  app.strapi.db.query(OUTBOX).create({ data: { channel: 'sms', recipient: '09121234567', templateCode: 'announcement', status, nextAttemptAt: new Date(), dedupeKey: `wq:${++seq}` } });
const crmJob = (status: string) =>
  app.strapi.db.query(CRM_JOB).create({ data: { deviceId: 1, subscriberId: owner.id, event: `wq:${++seq}`, payload: {}, status, nextAttemptAt: new Date(), dedupeKey: `wq:${seq}` } });
const payment = (paymentStatus: string, lastError: string | null = null) =>
  app.strapi.db.query(PAYMENT).create({ data: { purpose: 'contract-renewal', referenceId: `wq${++seq}`, amountRials: '250000000', gateway: 'zarinpal', paymentStatus, subscriberId: owner.id, lastError } });
const ticket = (data: Record<string, unknown>) =>
  app.strapi.db.query(TICKET).create({ data: { number: `wq-${++seq}`, title: 'تیکت آزمایشی', description: 'شرح', priority: 'high', ticketStatus: 'open', escalationLevel: 0, ...data } });
// open (openKey = the subscriber, UNIQUE — a distinct number per row here) or cleared (openKey NULL)
const debtAlert = (open: boolean) =>
  app.strapi.db.query(DEBT_ALERT).create({
    data: { subscriberId: owner.id, outstandingRials: '120000000', ceilingRials: '100000000', crossedAt: new Date(), clearedAt: open ? null : new Date(), openKey: open ? 1_000_000 + ++seq : null },
  });
const complaint = (data: Record<string, unknown>) =>
  app.strapi.db.query('api::complaint.complaint').create({
    data: { trackingCode: `WQ${String(++seq).padStart(8, '0')}`, name: 'شاکی', subject: 'موضوع', description: 'شرح', addressedTo: 'managers', source: 'phone', complaintStatus: 'received', receivedAt: new Date(), ...data },
  });
const followUp = (followUpStatus: string) => app.strapi.db.query('api::survey.survey-follow-up').create({ data: { surveyId: 500_000 + ++seq, followUpStatus } });
// a course order in a state, paid `minutesAgo` (portal-written, as the payment grant writes it)
const courseOrder = (orderStatus: string, minutesAgo: number) =>
  app.strapi.db.query(COURSE_ORDER).create({
    data: { number: `V-wq-${++seq}`, subscriberId: owner.id, courseDocumentId: `course${seq}`, priceRials: '45000000', orderStatus, paidAt: new Date(Date.now() - minutesAgo * 60_000) },
  });
const device = (data: Record<string, unknown>) => createDevice(app.strapi, { owner: owner.documentId, model: model.documentId, ...data });

const queue = async (token: string) => {
  const res = await request(app.server).get('/back-office/work-queue').set(auth(token));
  expect(res.status).toBe(200);
  return res.body.data as Array<{ id: string; title: { fa: string; en: string }; count: number; link: string }>;
};
const countsOf = (items: Awaited<ReturnType<typeof queue>>) => Object.fromEntries(items.map((i) => [i.id, i.count]));

/** One of each thing the queue counts, and its near misses. */
const addData = async () => {
  const today = tehranDate();
  await transfer('pending');
  await transfer('pending');
  await transfer('approved');
  await transfer('rejected');

  // past their promise: promised yesterday (received), 3 days ago (ready, not delivered yet)
  await repair({ promisedBy: addDays(today, -1) });
  await repair({ promisedBy: addDays(today, -3), repairStatus: 'ready' });
  await repair({ promisedBy: today }); // promised today: not late yet
  await repair({ promisedBy: addDays(today, -5), repairStatus: 'delivered', outcome: 'repaired' });
  // due for replacement: flagged and unresolved; flagged but replaced, or ready, is done
  await repair({ flaggedForReplacementAt: new Date(), repairStatus: 'repairing' });
  await repair({ flaggedForReplacementAt: new Date(), outcome: 'replaced', repairStatus: 'repairing' });
  await repair({ flaggedForReplacementAt: new Date(), repairStatus: 'ready', outcome: 'repaired' });

  await message('dead');
  await message('dead');
  await message('failed');
  await message('sent');
  await message('queued');

  // paid for a renewal no longer on offer: to refund; the other statuses are not
  await payment('refund_due');
  await payment('paid');
  await payment('failed');
  await payment('pending');
  // back from the gateway, but the gateway could not be reached to verify it: neither granted nor failed
  await payment('pending', 'verify-failed: zarinpal: ECONNREFUSED');
  await payment('failed', 'cancelled by the buyer or the gateway');

  await crmJob('failed');
  await crmJob('dead');
  await crmJob('done');

  // subscribers over the debt ceiling: open alerts; a cleared one is not
  await debtAlert(true);
  await debtAlert(true);
  await debtAlert(false);

  // awaiting confirmation: installed exactly 14 days ago counts; 13 days ago, cancelled or confirmed do not
  await device({ installationDate: addDays(today, -14), installationConfirmedAt: null });
  await device({ installationDate: addDays(today, -13), installationConfirmedAt: null });
  await device({ installationDate: addDays(today, -40), installationConfirmedAt: null, serviceMode: 'cancelled' });
  await device({ installationDate: addDays(today, -40) });

  // services ending from today to today + 7, active or renewed
  await device({ serviceEnd: today });
  await device({ serviceEnd: addDays(today, 7) });
  await device({ serviceEnd: addDays(today, 1), serviceMode: 'renewed' });
  await device({ serviceEnd: addDays(today, 8) });
  await device({ serviceEnd: addDays(today, -1) });
  await device({ serviceEnd: addDays(today, 3), serviceMode: 'pay_per_case' });
  await device({ serviceEnd: addDays(today, 2), installationDate: addDays(today, -5), installationConfirmedAt: null });

  // tickets: past due = not closed and marked overdue by the escalation job; unassigned and
  // escalated = not closed, nobody assigned / level 1 or 2
  await ticket({ overdueAt: new Date(), escalationLevel: 1, assignee: agent.id });
  await ticket({ ticketStatus: 'in_review', overdueAt: new Date() });
  await ticket({ ticketStatus: 'answered', escalationLevel: 2 });
  await ticket({ ticketStatus: 'closed', overdueAt: new Date(), escalationLevel: 2 });
  await ticket({ assignee: agent.id });

  // issue 14: overdue and unanswered (the CEO line counts too), and near misses
  await complaint({ overdueAt: new Date(), escalatedAt: new Date() });
  await complaint({ overdueAt: new Date(), escalatedAt: new Date(), addressedTo: 'ceo', complaintStatus: 'in_progress' });
  await complaint({ overdueAt: new Date(), firstAnsweredAt: new Date(), complaintStatus: 'answered' });
  await complaint({ overdueAt: new Date(), complaintStatus: 'closed', outcome: 'resolved' });
  await complaint({});
  await followUp('open');
  await followUp('open');
  await followUp('closed');
  // course orders paid over 15 minutes ago still without their licence; a fresh one, a licensed one do not count
  await courseOrder('paid', 20);
  await courseOrder('paid', 60 * 24);
  await courseOrder('paid', 2);
  await courseOrder('licensed', 60);
  await courseOrder('refund_due', 60);
};

const EXPECTED = {
  'transfers-to-review': 2,
  'repairs-past-promise': 2,
  'repairs-due-for-replacement': 1,
  'messages-dead': 2,
  'messages-failed': 1,
  'devices-awaiting-confirmation': 1,
  'services-ending-this-week': 3,
  'payments-to-refund': 1,
  'payments-unverified': 1,
  'crm-jobs-failing': 2,
  'tickets-past-due': 2,
  'tickets-unassigned': 2,
  'tickets-escalated': 2,
  'debt-alerts-open': 2,
  'complaints-overdue': 2,
  'survey-follow-ups-open': 2,
  'course-licences-late': 2,
};

beforeAll(async () => {
  app = await startApp();
  model = await createModel(app.strapi);
  owner = await createSubscriber(app.strapi);
  agent = await createStaffMember(app.strapi, 'poshtiban-support', 'کارشناس صف');
  await addData();
}, 180_000);
afterAll(async () => {
  await app?.stop();
});

describe('counts', () => {
  test('each item counts exactly its records, in the registered order', async () => {
    const items = await queue(await adminToken(app.strapi, app.server));
    expect(items.map((i) => i.id)).toEqual(ALL_ITEMS);
    expect(countsOf(items)).toEqual(EXPECTED);
    for (const item of items) {
      expect(item.title.fa).toMatch(/[\u0600-\u06FF]/);
      expect(item.title.en).toMatch(/[A-Za-z]/);
    }
  });

  test('each list link filters as the count does (Content Manager lists, Outbox, CRM page)', async () => {
    const today = tehranDate();
    const links = Object.fromEntries((await queue(await adminToken(app.strapi, app.server))).map((i) => [i.id, i.link]));
    expect(links['transfers-to-review']).toBe(`/content-manager/collection-types/${TRANSFER}?page=1&filters[$and][0][transferStatus][$eq]=pending`);
    expect(links['repairs-past-promise']).toContain(`[promisedBy][$lt]=${today}`);
    expect(links['devices-awaiting-confirmation']).toContain(`[installationDate][$lte]=${addDays(today, -14)}`);
    expect(links['services-ending-this-week']).toContain(`[serviceEnd][$gte]=${today}`);
    expect(links['services-ending-this-week']).toContain(`[serviceEnd][$lte]=${addDays(today, 7)}`);
    expect(links['messages-dead']).toBe('/plugins/messaging?status=dead');
    expect(links['messages-failed']).toBe('/plugins/messaging?status=failed');
    expect(links['crm-jobs-failing']).toBe('/plugins/crm-sync');
    expect(links['payments-to-refund']).toBe(`/content-manager/collection-types/${PAYMENT}?page=1&filters[$and][0][paymentStatus][$eq]=refund_due`);
    const tickets = `/content-manager/collection-types/${TICKET}?page=1&filters[$and][0][ticketStatus][$ne]=closed`;
    expect(links['tickets-past-due']).toBe(`${tickets}&filters[$and][1][overdueAt][$notNull]=true`);
    expect(links['tickets-unassigned']).toBe(`${tickets}&filters[$and][1][assignee][id][$null]=true`);
    expect(links['tickets-escalated']).toBe(`${tickets}&filters[$and][1][escalationLevel][$gte]=1`);
    expect(links['debt-alerts-open']).toBe(`/content-manager/collection-types/${DEBT_ALERT}?page=1&filters[$and][0][clearedAt][$null]=true`);
    expect(links['course-licences-late']).toMatch(new RegExp(`^/content-manager/collection-types/${COURSE_ORDER}\\?page=1&filters\\[\\$and\\]\\[0\\]\\[orderStatus\\]\\[\\$eq\\]=paid&filters\\[\\$and\\]\\[1\\]\\[paidAt\\]\\[\\$lt\\]=\\d{4}-`));

    // the Content Manager answers each list link with as many rows as the item counted
    const admin = await adminToken(app.strapi, app.server);
    const counts = countsOf(await queue(admin));
    for (const id of ['transfers-to-review', 'repairs-past-promise', 'repairs-due-for-replacement', 'devices-awaiting-confirmation', 'services-ending-this-week', 'payments-to-refund', 'payments-unverified', 'tickets-past-due', 'tickets-unassigned', 'tickets-escalated', 'debt-alerts-open', ...ISSUE_14_ITEMS, 'course-licences-late']) {
      const res = await request(app.server).get(links[id]).set(auth(admin));
      expect(res.status).toBe(200);
      expect([id, res.body.pagination.total]).toEqual([id, counts[id]]);
    }
  });

  test("today is Tehran's day: either side of Tehran's midnight", async () => {
    const service = app.strapi.plugin('back-office').service('work-queue');
    const everything = { can: () => true };
    // 2030-03-10 20:30 UTC is 23:59:59 on the 10th in Tehran (UTC+03:30); 21:00 UTC is 00:30 on the 11th
    const before = { now: new Date('2030-03-10T20:29:59Z') };
    const after = { now: new Date('2030-03-10T21:00:00Z') };
    await repair({ promisedBy: '2030-03-10' });
    await device({ installationDate: '2030-02-25', installationConfirmedAt: null, serviceEnd: '2030-05-01' });
    await device({ installationDate: '2029-01-01', serviceEnd: '2030-03-10' });
    await device({ installationDate: '2029-01-01', serviceEnd: '2030-03-18' });
    try {
      const [b, a] = [countsOf(await service.forAbility(everything, before)), countsOf(await service.forAbility(everything, after))];
      // promised on the 10th: late from Tehran's 11th on
      expect(a['repairs-past-promise'] - b['repairs-past-promise']).toBe(1);
      // installed 25 Feb: 14 days before Tehran's 11 March
      expect(a['devices-awaiting-confirmation'] - b['devices-awaiting-confirmation']).toBe(1);
      // on the 10th the week is 10–17 March; on the 11th, 11–18 March
      const ending = await app.strapi.db.query('api::device.device').findMany({ where: { serviceEnd: { $gte: '2030-01-01' } }, select: ['serviceEnd'] });
      expect(ending.map((d: any) => d.serviceEnd).sort()).toEqual(['2030-03-10', '2030-03-18', '2030-05-01']);
      expect([b['services-ending-this-week'], a['services-ending-this-week']]).toEqual([1, 1]);
      const links = await service.forAbility(everything, after);
      expect(links.find((i: any) => i.id === 'services-ending-this-week').link).toContain('[serviceEnd][$gte]=2030-03-11');
    } finally {
      await app.strapi.db.query(REPAIR).deleteMany({ where: { promisedBy: '2030-03-10' } });
      await app.strapi.db.query('api::device.device').deleteMany({ where: { serviceEnd: { $gte: '2030-01-01' } } });
    }
  });
});

describe('who sees what', () => {
  // the ticket items: every role with the Ticket desk's read (plugin::back-office.tickets.read)
  const VISIBLE: Record<string, string[]> = {
    // issue 14: overdue complaints need every complaint read (Senior support's stops at the CEO line),
    // follow-ups their update: the Manager's
    'poshtiban-senior-support': ALL_ITEMS.filter((id) => !ISSUE_14_ITEMS.includes(id)),
    'poshtiban-support': ['repairs-past-promise', 'repairs-due-for-replacement', 'messages-dead', 'messages-failed', 'devices-awaiting-confirmation', 'services-ending-this-week', 'payments-to-refund', 'payments-unverified', 'crm-jobs-failing', 'tickets-past-due', 'tickets-unassigned', 'tickets-escalated', 'debt-alerts-open', 'course-licences-late'],
    'poshtiban-technical-editor': ['repairs-past-promise', 'repairs-due-for-replacement', 'devices-awaiting-confirmation', 'services-ending-this-week', 'tickets-past-due', 'tickets-unassigned', 'tickets-escalated'],
    'poshtiban-finance': ['repairs-past-promise', 'repairs-due-for-replacement', 'devices-awaiting-confirmation', 'services-ending-this-week', 'payments-to-refund', 'payments-unverified', 'crm-jobs-failing', 'tickets-past-due', 'tickets-unassigned', 'tickets-escalated', 'debt-alerts-open', 'course-licences-late'],
    'poshtiban-manager': ALL_ITEMS,
  };

  test.each(Object.entries(VISIBLE))('%s sees only the items it may act on, with the same counts', async (role, ids) => {
    const items = await queue(await adminToken(app.strapi, app.server, role));
    expect(items.map((i) => i.id)).toEqual(ids);
    for (const item of items) expect(item.count).toBe(EXPECTED[item.id as keyof typeof EXPECTED]);
  });

  test('without an admin login there is no queue', async () => {
    expect((await request(app.server).get('/back-office/work-queue')).status).toBe(401);
  });
});

describe('cost', () => {
  test('one COUNT statement per item, and no more statements with ten times the data', async () => {
    const manager = await adminToken(app.strapi, app.server, 'poshtiban-manager');
    const call = () => countQueries(app.strapi, () => request(app.server).get('/back-office/work-queue').set(auth(manager)));
    await call(); // warm: the login's first checks
    await settleQueries(app.strapi);
    const small = await call();
    const counts = small.sql.filter((sql) => /count\(/i.test(sql));
    expect(counts).toHaveLength(ALL_ITEMS.length);

    for (let i = 0; i < 9; i += 1) await addData();
    await settleQueries(app.strapi);
    const large = await call();
    expect(countsOf(large.result.body.data)).toEqual(Object.fromEntries(Object.entries(EXPECTED).map(([id, n]) => [id, n * 10])));
    expect(large.count).toBe(small.count);
  });
});

describe('the home page widget', () => {
  test('put first, a full row wide, in layouts saved before it existed — once', async () => {
    const member = await createStaffMember(app.strapi, 'poshtiban-support');
    const login = await request(app.server).post('/admin/login').send({ email: member.email, password: member.password });
    const token = login.body.data.token;
    const saved = [
      { uid: 'plugin::content-manager.last-edited-entries', width: 6 },
      { uid: 'admin::profile-info', width: 6 },
    ];
    expect((await request(app.server).put('/admin/homepage/layout').set(auth(token)).send({ widgets: saved })).status).toBe(200);

    // a deployment that had this layout before the widget: the placement has not run for it yet
    const marks = app.strapi.store({ type: 'plugin', name: 'back-office' });
    await marks.delete({ key: 'work-queue-widget-placed:v1' });
    expect((await placeWorkQueueWidget(app.strapi)).placed).toBe(1);
    const layout = await request(app.server).get('/admin/homepage/layout').set(auth(token));
    expect(layout.body.data.widgets).toEqual([{ uid: WORK_QUEUE_WIDGET_UID, width: 12 }, ...saved]);

    // staff remove it later: it stays removed
    expect((await request(app.server).put('/admin/homepage/layout').set(auth(token)).send({ widgets: saved })).status).toBe(200);
    expect((await placeWorkQueueWidget(app.strapi)).placed).toBe(0);
    expect((await request(app.server).get('/admin/homepage/layout').set(auth(token))).body.data.widgets).toEqual(saved);
  });
});
