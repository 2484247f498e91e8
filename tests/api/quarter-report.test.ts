/**
 * Issue 14 — the quarterly report (GET /back-office/reports/quarter[.csv]): Jalali quarter
 * boundaries at Tehran midnight (a complaint at 23:59 on 29 Esfand 1404 belongs to winter 1404, one
 * at 00:00 on 1 Farvardin 1405 to spring 1405), the figures (survey response rate, averages,
 * dissatisfied share; complaints by source and outcome, within 48 working hours, to the CEO), the
 * previous quarter beside, CSV with a BOM and Persian headers, Manager and CEO only, a fixed number
 * of statements whatever the data.
 */
import request from 'supertest';
import { startApp, countQueries, settleQueries, type TestApp } from '../helpers/strapi';
import { adminToken } from '../helpers/fixtures';

let app: TestApp;
let manager: string;
const COMPLAINT = 'api::complaint.complaint';
const SURVEY = 'api::survey.survey';
let seq = 0;

// 29 Esfand 1404 = 2026-03-20; 1 Farvardin 1405 = 2026-03-21 00:00 Tehran = 2026-03-20T20:30Z
const LAST_ESFAND = new Date('2026-03-20T20:29:00Z');
const FIRST_FARVARDIN = new Date('2026-03-20T20:30:00Z');

const complaint = (receivedAt: Date, data: Record<string, unknown> = {}) =>
  app.strapi.db.query(COMPLAINT).create({
    data: { trackingCode: `QR${String(++seq).padStart(8, '0')}`, name: 'شاکی', subject: 'موضوع', description: 'شرح', addressedTo: 'managers', source: 'phone', complaintStatus: 'received', receivedAt, replyDueAt: new Date(receivedAt.getTime() + 3 * 86_400_000), ...data },
  });
const survey = (sentAt: Date, scores?: [number, number, number, number], dissatisfied = false) =>
  app.strapi.db.query(SURVEY).create({
    data: {
      installationConfirmationId: 800_000 + ++seq, tokenHash: `${seq}`.padStart(64, 'f'), sentAt, expiresAt: new Date(sentAt.getTime() + 30 * 86_400_000),
      ...(scores ? { staffConduct: scores[0], salesProcess: scores[1], installationTraining: scores[2], afterSalesSupport: scores[3], answeredAt: new Date(sentAt.getTime() + 3600_000), dissatisfied } : {}),
    },
  });
const report = (year: number | string, quarter: number | string, token = manager) =>
  request(app.server).get(`/back-office/reports/quarter?year=${encodeURIComponent(String(year))}&quarter=${encodeURIComponent(String(quarter))}`).set('Authorization', `Bearer ${token}`);

beforeAll(async () => {
  app = await startApp();
  manager = await adminToken(app.strapi, app.server, 'poshtiban-manager');
  // winter 1404: the last minute of 29 Esfand
  await complaint(LAST_ESFAND, { source: 'web', addressedTo: 'ceo' });
  await complaint(new Date('2026-01-10T08:00:00Z'), { source: 'email', complaintStatus: 'closed', outcome: 'resolved', firstAnsweredAt: new Date('2026-01-11T08:00:00Z') });
  await survey(new Date('2026-02-01T08:00:00Z'), [5, 5, 5, 5]);
  await survey(new Date('2026-02-02T08:00:00Z'));
  // spring 1405: from the first minute of 1 Farvardin
  await complaint(FIRST_FARVARDIN, { source: 'web' });
  await complaint(new Date('2026-04-01T08:00:00Z'), { source: 'phone', complaintStatus: 'closed', outcome: 'unfounded', firstAnsweredAt: new Date('2026-04-02T08:00:00Z') });
  await complaint(new Date('2026-04-05T08:00:00Z'), { source: 'visit_form', addressedTo: 'ceo', complaintStatus: 'answered', firstAnsweredAt: new Date('2026-04-20T08:00:00Z') });
  await complaint(new Date('2026-05-05T08:00:00Z'), { source: 'social', complaintStatus: 'closed', outcome: 'partly_resolved', firstAnsweredAt: new Date('2026-05-06T08:00:00Z') });
  await survey(FIRST_FARVARDIN, [4, 3, 2, 5], true);
  await survey(new Date('2026-04-10T08:00:00Z'), [5, 4, 4, 4]);
  await survey(new Date('2026-05-10T08:00:00Z'));
  await survey(new Date('2026-06-21T20:29:00Z')); // 31 Khordad 23:59 Tehran: still spring
  await survey(new Date('2026-06-21T20:30:00Z')); // 1 Tir: summer
}, 120_000);
afterAll(async () => {
  await app?.stop();
});

test('the quarter starting 1 Farvardin: what came at 00:00 is in it, what came at 23:59 on 29 Esfand is not', async () => {
  const res = await report('۱۴۰۵', 1);
  expect(res.status).toBe(200);
  const { data } = res.body;
  expect(data.quarter).toMatchObject({ year: 1405, quarter: 1, label: 'بهار ۱۴۰۵', start: { iso: '2026-03-20T20:30:00.000Z' }, end: { iso: '2026-06-21T20:30:00.000Z' }, firstDay: { iso: '2026-03-21' }, lastDay: { iso: '2026-06-21' } });
  expect(data.complaints).toMatchObject({
    total: 4,
    bySource: { web: 1, phone: 1, email: 0, in_person: 0, social: 1, visit_form: 1 },
    byOutcome: { resolved: 0, partly_resolved: 1, not_resolved: 0, unfounded: 1, open: 2 },
    addressedToCeo: 1,
  });
  // answered in time: the phone and social ones (a day after); the visit form's 15 days late; the web one unanswered and past due
  expect(data.complaints.answeredWithin48hShare).toBe(0.5);
  expect(data.surveys).toMatchObject({ sent: 4, answered: 2, responseRate: 0.5, dissatisfied: 1, dissatisfiedShare: 0.5, averages: { staffConduct: 4.5, salesProcess: 3.5, installationTraining: 3, afterSalesSupport: 4.5 } });

  // beside it, winter 1404 ending with 29 Esfand
  expect(data.previous.quarter).toMatchObject({ year: 1404, quarter: 4, label: 'زمستان ۱۴۰۴', end: { iso: '2026-03-20T20:30:00.000Z' }, lastDay: { iso: '2026-03-20' } });
  expect(data.previous.complaints).toMatchObject({ total: 2, bySource: { web: 1, email: 1 }, byOutcome: { resolved: 1, open: 1 }, addressedToCeo: 1, answeredWithin48hShare: 0.5 });
  expect(data.previous.surveys).toMatchObject({ sent: 2, answered: 1, responseRate: 0.5, dissatisfiedShare: 0, averages: { staffConduct: 5 } });
});

test('a quarter with nothing: zeros, and null where a share or an average has no base', async () => {
  const res = await report(1403, 2);
  expect(res.body.data.surveys).toMatchObject({ sent: 0, answered: 0, responseRate: null, dissatisfiedShare: null, averages: { staffConduct: null } });
  expect(res.body.data.complaints).toMatchObject({ total: 0, answeredWithin48hShare: null, addressedToCeo: 0 });
});

test('CSV: UTF-8 with a BOM, Persian headers, the quarter beside the previous one', async () => {
  const res = await request(app.server).get('/back-office/reports/quarter.csv?year=1405&quarter=1').set('Authorization', `Bearer ${manager}`).buffer(true).parse((r, cb) => {
    const chunks: Buffer[] = [];
    r.on('data', (c: Buffer) => chunks.push(c));
    r.on('end', () => cb(null, Buffer.concat(chunks)));
  });
  expect(res.status).toBe(200);
  expect(res.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
  expect(res.headers['content-disposition']).toContain('voice-of-customer-1405-Q1.csv');
  const bytes: Buffer = res.body;
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.toString('utf8').slice(1).trim().split('\r\n');
  expect(lines[0]).toBe('شاخص (Figure),بهار ۱۴۰۵,زمستان ۱۴۰۴');
  expect(lines).toContain('کل شکایات (Complaints),4,2');
  expect(lines).toContain('نرخ پاسخ ٪ (Response rate %),50.0,50.0');
});

test('Manager and CEO only; a bad year or quarter is a 400 naming it', async () => {
  const ceo = await adminToken(app.strapi, app.server, 'poshtiban-ceo');
  expect((await report(1405, 1, ceo)).status).toBe(200);
  for (const role of ['poshtiban-support', 'poshtiban-senior-support', 'poshtiban-finance']) {
    const res = await report(1405, 1, await adminToken(app.strapi, app.server, role));
    expect(res.status).toBe(403);
    expect(res.body.error.message).toContain('«مدیر»');
  }
  expect((await request(app.server).get('/back-office/reports/quarter')).status).toBe(401);
  const bad = await report(1405, 5);
  expect(bad.status).toBe(400);
  expect(bad.body.error.details.errors.map((e: any) => e.path.join('.'))).toEqual(['query.quarter']);
  expect((await request(app.server).get('/back-office/reports/quarter').set('Authorization', `Bearer ${manager}`)).body.data.quarter).toMatchObject({ year: expect.any(Number) });
});

test('a fixed number of statements, whatever the number of rows', async () => {
  const call = () => countQueries(app.strapi, () => report(1405, 1));
  await call();
  await settleQueries(app.strapi);
  const small = await call();
  for (let i = 0; i < 40; i += 1) {
    await complaint(new Date('2026-04-15T08:00:00Z'));
    await survey(new Date('2026-04-15T08:00:00Z'), [3, 3, 3, 3]);
  }
  await settleQueries(app.strapi);
  const large = await call();
  expect(large.count).toBe(small.count);
});
