/**
 * Issue 14 — complaints, end to end through the real app:
 * the public form (form token min/max age, honeypot, throttles per mobile → 429 Retry-After,
 * field errors in Persian and English with nothing written), a logged-in buyer's complaint linked
 * (a bad bearer ignored), tracking needs the code AND the mobile (any mismatch the same 404),
 * complaints staff record (the source, the 48-working-hour deadline across a Friday and a holiday),
 * the CEO line hidden from Support and Senior support through the admin API and shown to the
 * Manager and the CEO, answering and closing, and the escalation job (once, SMS to the managers
 * and, for the CEO line, the CEO).
 */
import request from 'supertest';
import { startApp, type TestApp } from '../helpers/strapi';
import { adminToken, createCustomer, tokenFor } from '../helpers/fixtures';
import { normalizeTrackingCode } from '../../src/domain/complaints';

let app: TestApp;
const COMPLAINT = 'api::complaint.complaint';
const OUTBOX = 'plugin::messaging.outbound-message';
const HOLIDAY = 'api::holiday.holiday';
const MANAGERS = ['09121110001', '09121110002'];
const CEO = '09121119999';

const service = () => app.strapi.service('api::complaint.complaints');
const agedToken = (ms = 60_000) => service().issueFormToken(new Date(Date.now() - ms));
const count = () => app.strapi.db.query(COMPLAINT).count();
const body = (over: Record<string, unknown> = {}) => ({
  name: 'مریم احمدی',
  mobile: '۰۹۱۲ ۳۴۵ ۶۷۸۹',
  email: 'Maryam@Example.ir',
  subject: 'تأخیر در تعمیر',
  description: 'دستگاه دو هفته است در تعمیرگاه مانده و کسی پاسخ نمی‌دهد.',
  addressedTo: 'managers',
  formToken: agedToken(),
  website: '',
  ...over,
});
const file = (b: Record<string, unknown>, token?: string) => {
  const req = request(app.server).post('/api/complaints');
  return (token ? req.set('Authorization', `Bearer ${token}`) : req).send(b);
};
const track = (trackingCode: string, mobile: string) => request(app.server).post('/api/complaints/status').send({ trackingCode, mobile });
const fieldCodes = (res: request.Response) => (res.body.error?.details?.errors ?? []).map((e: any) => [e.path.join('.'), e.code]);

beforeAll(async () => {
  app = await startApp();
  await app.strapi.db.query('api::support-settings.support-settings').updateMany({ where: {}, data: { complaintAlertMobiles: MANAGERS.join(','), ceoAlertMobile: CEO } });
}, 120_000);
afterAll(async () => {
  await app?.stop();
});

describe('the public form', () => {
  test('GET /api/complaints/form gives a signed token and the two addressees', async () => {
    const res = await request(app.server).get('/api/complaints/form');
    expect(res.status).toBe(200);
    expect(res.body.data.formToken).toMatch(/^v1\.\d+\.[A-Za-z0-9_-]{43}$/);
    expect(res.body.data.addressees).toEqual([
      { value: 'managers', fa: 'مدیران ارشد', en: 'Senior managers' },
      { value: 'ceo', fa: 'ارتباط با مدیرعامل', en: 'Contact the CEO' },
    ]);
  });

  test('a complaint is filed: 201 with the tracking code and the due time; the complainant gets the code by SMS', async () => {
    const res = await file(body({ addressedTo: 'ceo' }));
    expect(res.status).toBe(201);
    expect(res.body.data).toMatchObject({ addressedTo: 'ceo', trackingCode: expect.stringMatching(/^[2-9A-Z]{3}-[2-9A-Z]{3}-[2-9A-Z]{3}-[2-9A-Z]$/), replyDueAt: { iso: expect.any(String), jalali: expect.any(String) } });
    const code = normalizeTrackingCode(res.body.data.trackingCode)!;
    const row = await app.strapi.db.query(COMPLAINT).findOne({ where: { trackingCode: code }, populate: { subscriber: true } });
    expect(row).toMatchObject({ source: 'web', complaintStatus: 'received', mobile: '09123456789', email: 'maryam@example.ir', addressedTo: 'ceo', subscriber: null });
    expect(new Date(row.replyDueAt).toISOString()).toBe(res.body.data.replyDueAt.iso);
    const sms = await app.strapi.db.query(OUTBOX).findOne({ where: { dedupeKey: `complaint-received:${row.id}:sms` } });
    expect(sms).toMatchObject({ recipient: '09123456789', templateCode: 'complaint-received' });
  });

  test('a form token younger than 3 seconds, expired, forged or missing is refused; nothing written', async () => {
    const before = await count();
    const young = await file(body({ formToken: service().issueFormToken(new Date()) }));
    expect(young.status).toBe(400);
    expect(fieldCodes(young)).toEqual([['formToken', 'formTokenTooYoung']]);
    const expired = await file(body({ formToken: agedToken(2 * 3600_000 + 5_000) }));
    expect(fieldCodes(expired)).toEqual([['formToken', 'formTokenInvalid']]);
    const forged = agedToken().replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'));
    expect(fieldCodes(await file(body({ formToken: forged })))).toEqual([['formToken', 'formTokenInvalid']]);
    expect(fieldCodes(await file(body({ formToken: undefined })))).toEqual([['formToken', 'required']]);
    expect(await count()).toBe(before);
  });

  test('the honeypot: answered like a success, nothing stored, no SMS', async () => {
    const [before, messages] = [await count(), await app.strapi.db.query(OUTBOX).count()];
    const res = await file(body({ website: 'https://spam.example' }));
    expect(res.status).toBe(201);
    expect(res.body.data.trackingCode).toMatch(/^[2-9A-Z]{3}-/);
    expect(await count()).toBe(before);
    expect(await app.strapi.db.query(OUTBOX).count()).toBe(messages);
    // and its made-up code tracks nothing
    expect((await track(res.body.data.trackingCode, '09123456789')).status).toBe(404);
  });

  test('field errors in Persian and English, every field at once; nothing written', async () => {
    const before = await count();
    const res = await file({ name: '', mobile: '0912', email: 'not-mail', subject: '  ', description: 'شرح', addressedTo: 'president', formToken: agedToken(), extra: 1 });
    expect(res.status).toBe(400);
    expect(fieldCodes(res).sort()).toEqual(
      [['addressedTo', 'invalidChoice'], ['email', 'emailInvalid'], ['extra', 'notAllowed'], ['mobile', 'mobileInvalid'], ['name', 'required'], ['subject', 'required']].sort()
    );
    for (const e of res.body.error.details.errors) {
      expect(e.message).toMatch(/[\u0600-\u06FF]/);
      expect(e.messageEn).toMatch(/[A-Za-z]/);
    }
    expect(await count()).toBe(before);
  });

  test('throttled per mobile: the 4th complaint within the hour is a 429 with Retry-After, not stored', async () => {
    app.strapi.config.set('complaints.throttle.enabled', true);
    try {
      await service().resetThrottle();
      const mobile = '09351230000';
      for (let i = 0; i < 3; i += 1) expect((await file(body({ mobile }))).status).toBe(201);
      const before = await count();
      const res = await file(body({ mobile }));
      expect(res.status).toBe(429);
      expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
      expect(res.body.error.message).toMatch(/[\u0600-\u06FF]/);
      expect(await count()).toBe(before);
      // per address too (the refused attempt counted): one more mobile reaches the address's 5
      expect((await file(body({ mobile: '09351230001' }))).status).toBe(201);
      expect((await file(body({ mobile: '09351230002' }))).status).toBe(429);
    } finally {
      app.strapi.config.set('complaints.throttle.enabled', false);
      await service().resetThrottle();
    }
  });

  test("a logged-in buyer's complaint is linked to them; a bad bearer is ignored (not linked)", async () => {
    const customer = await createCustomer(app.strapi);
    const token = await tokenFor(app.server, customer.subscriberNumber);
    const linked = await file(body({ name: customer.fullName }), token);
    expect(linked.status).toBe(201);
    const row = await app.strapi.db.query(COMPLAINT).findOne({ where: { trackingCode: normalizeTrackingCode(linked.body.data.trackingCode) }, populate: { subscriber: { select: ['id'] } } });
    expect(row.subscriber?.id).toBe(customer.id);

    const ignored = await file(body(), 'not.a-real.token');
    expect(ignored.status).toBe(201);
    const other = await app.strapi.db.query(COMPLAINT).findOne({ where: { trackingCode: normalizeTrackingCode(ignored.body.data.trackingCode) }, populate: { subscriber: true } });
    expect(other.subscriber).toBeNull();
  });
});

describe('tracking', () => {
  test('needs both the code and the mobile; any mismatch is the same 404', async () => {
    const filed = await file(body({ mobile: '09127778899' }));
    const code: string = filed.body.data.trackingCode;
    const ok = await track(code.toLowerCase().replace(/-/g, ' ').replace(/2/g, '۲'), '+98 912 777 8899');
    expect(ok.status).toBe(200);
    expect(ok.body.data).toMatchObject({ trackingCode: code, status: 'received', addressedTo: 'managers', response: null, outcome: null, answeredAt: null, subject: 'تأخیر در تعمیر' });
    const wrongMobile = await track(code, '09120000000');
    const unknownCode = await track('K7M-4QX-9TD-H', '09127778899');
    const nonsense = await track('x', '1');
    for (const res of [wrongMobile, unknownCode, nonsense]) {
      expect(res.status).toBe(404);
      expect(res.body.error.details.code).toBe('complaintNotFound');
    }
    expect(wrongMobile.body).toEqual(unknownCode.body);
    expect((await request(app.server).post('/api/complaints/status').send({ trackingCode: code })).status).toBe(400);
  });

  test('staff answer it in the admin: the response and outcome reach the tracking page', async () => {
    const filed = await file(body({ mobile: '09127778800' }));
    const row = await app.strapi.db.query(COMPLAINT).findOne({ where: { trackingCode: normalizeTrackingCode(filed.body.data.trackingCode) } });
    const manager = await adminToken(app.strapi, app.server, 'poshtiban-manager');
    const url = `/content-manager/collection-types/${COMPLAINT}/${row.documentId}`;
    const noResponse = await request(app.server).put(url).set('Authorization', `Bearer ${manager}`).send({ complaintStatus: 'answered' });
    expect(noResponse.status).toBe(400);
    expect(noResponse.body.error.details.errors.map((e: any) => e.path.join('.'))).toEqual(['response']);
    const answered = await request(app.server).put(url).set('Authorization', `Bearer ${manager}`).send({ complaintStatus: 'answered', response: 'پیگیری شد؛ دستگاه فردا تحویل می‌شود.' });
    expect(answered.status).toBe(200);
    const stored = await app.strapi.db.query(COMPLAINT).findOne({ where: { id: row.id } });
    expect(stored.firstAnsweredAt).toBeTruthy();
    const seen = await track(filed.body.data.trackingCode, '09127778800');
    expect(seen.body.data).toMatchObject({ status: 'answered', response: 'پیگیری شد؛ دستگاه فردا تحویل می‌شود.', outcome: null, answeredAt: { iso: expect.any(String) } });
    const closeWithout = await request(app.server).put(url).set('Authorization', `Bearer ${manager}`).send({ complaintStatus: 'closed' });
    expect(closeWithout.body.error.details.errors.map((e: any) => e.path.join('.'))).toEqual(['outcome']);
    const closed = await request(app.server).put(url).set('Authorization', `Bearer ${manager}`).send({ complaintStatus: 'closed', outcome: 'resolved', customerSatisfaction: 4 });
    expect(closed.status).toBe(200);
    expect((await track(filed.body.data.trackingCode, '09127778800')).body.data).toMatchObject({ status: 'closed', outcome: 'resolved' });
    // the portal's fields are not staff's to change
    const locked = await request(app.server).put(url).set('Authorization', `Bearer ${manager}`).send({ replyDueAt: new Date().toISOString(), trackingCode: 'AAAAAAAAAA' });
    expect(locked.status).toBe(400);
    expect(locked.body.error.details.errors.map((e: any) => e.path.join('.')).sort()).toEqual(['replyDueAt', 'trackingCode']);
  });
});

describe('complaints staff record', () => {
  test('the source web is the site’s alone; a phone complaint gets its code and a 48-working-hour deadline across a Friday and a holiday', async () => {
    const docs = app.strapi.documents(COMPLAINT);
    await expect(docs.create({ data: { name: 'الف', subject: 'ب', description: 'پ', addressedTo: 'managers', source: 'web' } as any })).rejects.toMatchObject({ details: { errors: [expect.objectContaining({ path: ['source'], code: 'complaintSourceWeb' })] } });
    await app.strapi.db.query(HOLIDAY).create({ data: { date: '2026-11-29', name: 'تعطیل آزمایشی' } });
    app.strapi.service(HOLIDAY).forget();
    try {
      // Wednesday 25 Nov 10:00 Tehran: Wed 7 h, Thu 5 h, Friday off, Sat 9, Sunday a holiday, Mon 9, Tue 9, Wed 9 → Wed 2 Dec 17:00
      const created = await docs.create({ data: { name: 'حسین مرادی', mobile: '۰۹۳۵۱۲۳۴۵۶۷', subject: 'برخورد', description: 'شرح تماس', addressedTo: 'managers', source: 'phone', receivedAt: '2026-11-25T06:30:00.000Z' } as any });
      const row = await app.strapi.db.query(COMPLAINT).findOne({ where: { documentId: created.documentId } });
      expect(row.trackingCode).toMatch(/^[2-9A-Z]{10}$/);
      expect(row.mobile).toBe('09351234567');
      expect(new Date(row.replyDueAt).toISOString()).toBe('2026-12-02T13:30:00.000Z');
      await expect(docs.update({ documentId: created.documentId, data: { source: 'web' } as any })).rejects.toMatchObject({ details: { errors: [expect.objectContaining({ code: 'complaintSourceWeb' })] } });
    } finally {
      await app.strapi.db.query(HOLIDAY).deleteMany({ where: { date: '2026-11-29' } });
      app.strapi.service(HOLIDAY).forget();
    }
  });
});

describe('the CEO line', () => {
  let ceoLine: string;
  let managersLine: string;
  beforeAll(async () => {
    const docs = app.strapi.documents(COMPLAINT);
    ceoLine = (await docs.create({ data: { name: 'شاکی مدیرعامل', mobile: '09121212121', subject: 'به مدیرعامل', description: 'شرح', addressedTo: 'ceo', source: 'email' } as any })).documentId;
    managersLine = (await docs.create({ data: { name: 'شاکی مدیران', mobile: '09121212122', subject: 'به مدیران', description: 'شرح', addressedTo: 'managers', source: 'phone' } as any })).documentId;
  });

  const list = async (token: string) => {
    const res = await request(app.server).get(`/content-manager/collection-types/${COMPLAINT}?page=1&pageSize=100`).set('Authorization', `Bearer ${token}`);
    expect(res.status).toBe(200);
    return { ids: res.body.results.map((r: any) => r.documentId) as string[], total: res.body.pagination.total as number };
  };
  const one = (token: string, documentId: string) => request(app.server).get(`/content-manager/collection-types/${COMPLAINT}/${documentId}`).set('Authorization', `Bearer ${token}`);

  test.each(['poshtiban-support', 'poshtiban-senior-support'])('%s: not in the list, not by id, not editable', async (role) => {
    const token = await adminToken(app.strapi, app.server, role);
    const { ids, total } = await list(token);
    expect(ids).toContain(managersLine);
    expect(ids).not.toContain(ceoLine);
    expect(total).toBe(await app.strapi.db.query(COMPLAINT).count({ where: { addressedTo: 'managers' } }));
    expect((await one(token, managersLine)).status).toBe(200);
    expect([403, 404]).toContain((await one(token, ceoLine)).status);
    const edit = await request(app.server).put(`/content-manager/collection-types/${COMPLAINT}/${ceoLine}`).set('Authorization', `Bearer ${token}`).send({ internalNotes: 'دیدم' });
    expect([403, 404]).toContain(edit.status);
    expect((await app.strapi.db.query(COMPLAINT).findOne({ where: { documentId: ceoLine } })).internalNotes).toBeNull();
  });

  test.each(['poshtiban-manager', 'poshtiban-ceo'])('%s: sees the CEO line in the list and by id', async (role) => {
    const token = await adminToken(app.strapi, app.server, role);
    const { ids, total } = await list(token);
    expect(ids).toEqual(expect.arrayContaining([ceoLine, managersLine]));
    expect(total).toBe(await app.strapi.db.query(COMPLAINT).count());
    expect((await one(token, ceoLine)).status).toBe(200);
  });
});

describe('escalation', () => {
  test('past 48 working hours without an answer: marked once, the managers (and the CEO for the CEO line) told once', async () => {
    const long = new Date(Date.now() - 30 * 86_400_000);
    const docs = app.strapi.documents(COMPLAINT);
    const late = await docs.create({ data: { name: 'دیرکرد', mobile: '09120001122', subject: 'بی‌پاسخ', description: 'شرح', addressedTo: 'managers', source: 'phone', receivedAt: long.toISOString() } as any });
    const lateCeo = await docs.create({ data: { name: 'دیرکرد', mobile: '09120001123', subject: 'بی‌پاسخ به مدیرعامل', description: 'شرح', addressedTo: 'ceo', source: 'phone', receivedAt: long.toISOString() } as any });
    const answered = await docs.create({ data: { name: 'پاسخ‌داده', subject: 'پاسخ', description: 'شرح', addressedTo: 'managers', source: 'email', receivedAt: long.toISOString() } as any });
    await docs.update({ documentId: answered.documentId, data: { complaintStatus: 'answered', response: 'پاسخ داده شد.' } as any });

    const first = await service().escalate();
    expect(first.escalated).toBeGreaterThanOrEqual(2);
    const rows = await app.strapi.db.query(COMPLAINT).findMany({ where: { documentId: { $in: [late.documentId, lateCeo.documentId, answered.documentId] } } });
    const byDoc = Object.fromEntries(rows.map((r: any) => [r.documentId, r]));
    expect(byDoc[late.documentId].escalatedAt).toBeTruthy();
    expect(byDoc[late.documentId].overdueAt).toBeTruthy();
    expect(byDoc[answered.documentId].escalatedAt).toBeNull();
    const alerts = async (id: number) => (await app.strapi.db.query(OUTBOX).findMany({ where: { dedupeKey: { $startsWith: `complaint-overdue:${id}:` } } })).map((m: any) => m.recipient).sort();
    expect(await alerts(byDoc[late.documentId].id)).toEqual([...MANAGERS].sort());
    expect(await alerts(byDoc[lateCeo.documentId].id)).toEqual([...MANAGERS, CEO].sort());

    const second = await service().escalate();
    expect(second).toEqual({ escalated: 0, messages: 0 });
    expect((await app.strapi.db.query(COMPLAINT).findOne({ where: { documentId: late.documentId } })).escalatedAt).toEqual(byDoc[late.documentId].escalatedAt);
  });
});
