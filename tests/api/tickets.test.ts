/**
 * Tickets (issue 12): who may open one (the device's service status), the subscriber's own
 * tickets only (B never reaches A's: list, read, reply, attachments), bodies as plain text,
 * attachments judged by their content (oversize and disguised files refused, nothing written),
 * never served by /uploads/, a reply reopening an answered ticket, internal notes kept from the
 * customer, and the staff's Ticket desk through the admin API (reply → notification + outbox row,
 * resolve, on-behalf, repair order, permissions), each change a CRM job.
 */
import fs from 'fs';
import path from 'path';
import request from 'supertest';
import { startApp, type TestApp } from '../helpers/strapi';
import { adminToken, createCustomer, createDevice, createModel, createStaffMember, tokenFor } from '../helpers/fixtures';
import { addDays, tehranDate } from '../../src/domain/jalali';
import { isoToJalali } from '../../src/domain/jalali-terms';
import { toPersianDigits } from '../../src/domain/digits';

let app: TestApp;
let model: any;
let a: any;
let b: any;
let tokenA: string;
let tokenB: string;
let admin: string;
let deviceA: any;

const TICKET = 'api::ticket.ticket';
const MSG = 'api::ticket.ticket-message';
const FILE = 'plugin::upload.file';
const JOB = 'plugin::crm-sync.sync-job';
const OUTBOX = 'plugin::messaging.outbound-message';
const UPLOADS = path.resolve(__dirname, '../../public/uploads');
const auth = (t: string) => ({ Authorization: `Bearer ${t}` });

// a 1×1 PNG, a small PDF, and files that only pretend
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
const HTML = Buffer.from('<!doctype html><html><body><script>alert(document.cookie)</script></body></html>');
const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0x90)]);

const body = { kind: 'fault', priority: 'high', title: 'کمپرسور روشن نمی‌شود', description: 'از دیروز دستگاه روشن نمی‌شود.' };
const open = (token: string, device: string, extra: Record<string, unknown> = {}) =>
  request(app.server).post('/api/me/tickets').set(auth(token)).send({ ...body, device, ...extra });

const deviceIn = async (owner: any, status: string) => {
  const d = await createDevice(app.strapi, { owner: owner.documentId, model: model.documentId, ...(status === 'awaiting_installation' ? { installationConfirmedAt: null } : {}) });
  const data: Record<string, unknown> = {
    renewed: { serviceMode: 'renewed' },
    expired: { serviceEnd: addDays(tehranDate(), -1) },
    pay_per_case: { serviceMode: 'pay_per_case' },
    cancelled: { serviceMode: 'cancelled' },
  }[status] ?? {};
  if (Object.keys(data).length) await app.strapi.db.query('api::device.device').update({ where: { id: d.id }, data });
  return d;
};

const uploadsOnDisk = () => (fs.existsSync(UPLOADS) ? fs.readdirSync(UPLOADS).filter((f) => !f.startsWith('.')).length : 0);
const counts = async () => ({
  tickets: await app.strapi.db.query(TICKET).count(),
  messages: await app.strapi.db.query(MSG).count(),
  files: await app.strapi.db.query(FILE).count(),
  disk: uploadsOnDisk(),
});

const staffReply = (token: string, ticket: string, text: string, internal = false) =>
  request(app.server).post(`/back-office/tickets/${ticket}/messages`).set(auth(token)).send({ body: text, internal: String(internal) });

beforeAll(async () => {
  app = await startApp();
  model = await createModel(app.strapi);
  a = await createCustomer(app.strapi, { fullName: 'علی رضایی', mobile: '09161112233' });
  b = await createCustomer(app.strapi, { fullName: 'مریم احمدی', mobile: '09162223344' });
  tokenA = await tokenFor(app.server, a.subscriberNumber);
  tokenB = await tokenFor(app.server, b.subscriberNumber);
  admin = await adminToken(app.strapi, app.server);
  deviceA = await deviceIn(a, 'active');
}, 120_000);
afterAll(async () => {
  // the attachments these tests stored
  const files = await app.strapi.db.query(FILE).findMany({ where: { hash: { $startsWith: 'ticketattachment_' } } });
  for (const file of files) await app.strapi.plugin('upload').service('upload').remove(file);
  await app?.stop();
});

describe('opening a ticket depends on the device’s service', () => {
  test.each([
    ['awaiting_installation', false],
    ['active', true],
    ['renewed', true],
    ['expired', false],
    ['pay_per_case', true],
    ['cancelled', false],
  ])('%s → %s', async (status, allowed) => {
    const d = await deviceIn(a, status);
    const before = await app.strapi.db.query(TICKET).count();
    const res = await open(tokenA, d.documentId);
    if (allowed) {
      expect(res.status).toBe(201);
      expect(res.body.data.device.id).toBe(d.documentId);
    } else {
      expect(res.status).toBe(400);
      expect(res.body.error.details.code).toBe('ticketsNotAvailable');
      expect(res.body.error.message).toBe('ثبت تیکت فقط برای خدمات فعال، تمدیدشده یا موردی امکان‌پذیر است.');
      expect(res.body.error.details.errors).toEqual([expect.objectContaining({ path: ['device'], code: 'ticketsNotAvailable' })]);
      expect(res.body.error.details.link).toBe(`/devices/${d.documentId}#service`);
      expect(await app.strapi.db.query(TICKET).count()).toBe(before);
    }
  });
});

describe('the subscriber’s tickets', () => {
  let ticket: any;

  test('open: number with the Jalali year, the opening message, due times, a CRM job', async () => {
    const res = await open(tokenA, deviceA.documentId);
    expect(res.status).toBe(201);
    ticket = res.body.data;
    const row = await app.strapi.db.query(TICKET).findOne({ where: { documentId: ticket.id } });
    expect(ticket.number).toMatch(/^14\d\d-\d{6}$/);
    expect(ticket.number.endsWith(String(row.id).padStart(6, '0'))).toBe(true);
    expect(ticket).toMatchObject({ title: body.title, kind: 'fault', priority: 'high', status: 'open', channel: 'site', description: body.description, invoice: null, preferredVisitDay: null });
    expect(ticket.messages).toEqual([expect.objectContaining({ author: 'subscriber', authorName: 'علی رضایی', body: body.description, attachments: [] })]);
    expect(ticket.replyDueAt.iso).toBe(new Date(row.firstResponseDueAt).toISOString());
    expect(ticket.resolutionDueAt.jalali).toMatch(/^[۰-۹]{4}\//);
    const jobs = await app.strapi.db.query(JOB).findMany({ where: { kind: 'ticket', subscriberId: a.id, event: 'ticket:opened' } });
    expect(jobs.some((j: any) => (typeof j.payload === 'string' ? JSON.parse(j.payload) : j.payload).ticket.number === ticket.number)).toBe(true);
  });

  test('a visit asks for a preferred day (Jalali, any digits); other kinds may not send one', async () => {
    const day = addDays(tehranDate(), 3);
    const j = isoToJalali(day);
    const typed = toPersianDigits(`${j.year}/${String(j.month).padStart(2, '0')}/${String(j.day).padStart(2, '0')}`);
    const visit = await open(tokenA, deviceA.documentId, { kind: 'visit', preferredVisitDay: typed });
    expect(visit.status).toBe(201);
    expect(visit.body.data.preferredVisitDay.iso).toBe(day);
    expect((await open(tokenA, deviceA.documentId, { kind: 'visit', preferredVisitDay: day })).body.data.preferredVisitDay.iso).toBe(day);
    const refused = await open(tokenA, deviceA.documentId, { kind: 'question', preferredVisitDay: '۱۴۰۵/۰۹/۲۰' });
    expect(refused.status).toBe(400);
    expect(refused.body.error.details.errors[0]).toMatchObject({ path: ['preferredVisitDay'], code: 'visitDayOnlyForVisits' });
    const past = await open(tokenA, deviceA.documentId, { kind: 'visit', preferredVisitDay: '۱۴۰۰/۰۱/۰۱' });
    expect(past.status).toBe(400);
    expect(past.body.error.details.errors[0]).toMatchObject({ path: ['preferredVisitDay'], code: 'visitDayOutOfRange' });
  });

  test('script in a body comes back as the same plain text, served as JSON', async () => {
    const script = '<script>alert("x")</script><img src=x onerror=alert(1)> & «سلام»';
    const res = await open(tokenA, deviceA.documentId, { title: '<b>عنوان</b>', description: script });
    expect(res.status).toBe(201);
    const read = await request(app.server).get(`/api/me/tickets/${res.body.data.id}`).set(auth(tokenA));
    expect(read.headers['content-type']).toMatch(/^application\/json/);
    expect(read.headers['x-content-type-options']).toBe('nosniff');
    expect(read.body.data.description).toBe(script);
    expect(read.body.data.title).toBe('<b>عنوان</b>');
    expect(read.body.data.messages[0].body).toBe(script);
    expect(read.text).not.toContain('&lt;script');
  });

  test('the list is paged, newest activity first; bad paging is a field error', async () => {
    const res = await request(app.server).get('/api/me/tickets?page=۱&pageSize=2').set(auth(tokenA));
    expect(res.status).toBe(200);
    expect(res.body.data).toHaveLength(2);
    expect(res.body.meta.pagination).toMatchObject({ page: 1, pageSize: 2 });
    expect(res.body.meta.pagination.total).toBeGreaterThanOrEqual(4);
    const bad = await request(app.server).get('/api/me/tickets?pageSize=500').set(auth(tokenA));
    expect(bad.status).toBe(400);
    const unknown = await request(app.server).get('/api/me/tickets?filters[subscriber]=1').set(auth(tokenA));
    expect(unknown.status).toBe(400);
  });

  test('attachments: a PNG and a PDF by content, downloaded only by the owner, never from /uploads/', async () => {
    const res = await request(app.server)
      .post('/api/me/tickets')
      .set(auth(tokenA))
      .field('device', deviceA.documentId)
      .field('title', 'عکس خطا')
      .field('description', 'تصویر صفحه و گزارش پیوست شد.')
      .attach('attachments', PNG, { filename: 'صفحه.png', contentType: 'image/png' })
      .attach('attachments', PDF, { filename: 'گزارش.pdf', contentType: 'application/pdf' });
    expect(res.status).toBe(201);
    const files = res.body.data.messages[0].attachments;
    // in the order they were sent (the multipart parser finishes them in any order)
    expect(files.map((f: any) => [f.name, f.mime])).toEqual([
      ['صفحه.png', 'image/png'],
      ['گزارش.pdf', 'application/pdf'],
    ]);
    const pdf = files.find((f: any) => f.mime === 'application/pdf');
    expect(pdf.url).toBe(`/api/me/tickets/${res.body.data.id}/attachments/${pdf.id}`);

    const download = await request(app.server).get(pdf.url).set(auth(tokenA)).buffer(true).parse((r, cb) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => cb(null, Buffer.concat(chunks)));
    });
    expect(download.status).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toMatch(/^attachment; filename=".*\.pdf"; filename\*=UTF-8''/);
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    expect(download.headers['cache-control']).toMatch(/private/);
    expect(Buffer.compare(download.body, PDF)).toBe(0);

    // B: not listed, not readable, not repliable, not downloadable — 404 every time
    const list = await request(app.server).get('/api/me/tickets?pageSize=50').set(auth(tokenB));
    expect(list.body.data.map((t: any) => t.id)).not.toContain(res.body.data.id);
    expect((await request(app.server).get(`/api/me/tickets/${res.body.data.id}`).set(auth(tokenB))).status).toBe(404);
    const before = await counts();
    expect((await request(app.server).post(`/api/me/tickets/${res.body.data.id}/messages`).set(auth(tokenB)).send({ body: 'من هم' })).status).toBe(404);
    expect(await counts()).toEqual(before);
    expect((await request(app.server).get(pdf.url).set(auth(tokenB))).status).toBe(404);
    expect((await request(app.server).get(pdf.url)).status).toBe(401);

    // the stored files (and the image's formats) are not served at /uploads/
    const stored = await app.strapi.db.query(FILE).findMany({ where: { documentId: { $in: files.map((f: any) => f.id) } } });
    expect(stored).toHaveLength(2);
    const urls = stored.flatMap((f: any) => [f.url, ...Object.values(f.formats ?? {}).map((x: any) => x.url)]);
    for (const url of urls) {
      expect(url).toMatch(/^\/uploads\//);
      expect(fs.existsSync(path.join(UPLOADS, path.basename(url)))).toBe(true);
      expect((await request(app.server).get(url)).status).toBe(404);
      expect((await request(app.server).head(url)).status).toBe(404);
      expect((await request(app.server).get(url.replace('ticketattachment', 'TicketAttachment'))).status).toBe(404);
      expect((await request(app.server).get(url.replace('ticketattachment', '%74icketattachment'))).status).toBe(404);
    }
  });

  test('a large file sent first stays first, and an error names the file by the place it was sent in', async () => {
    const large = Buffer.concat([PDF, Buffer.alloc(3 * 1024 * 1024)]);
    const res = await request(app.server)
      .post('/api/me/tickets')
      .set(auth(tokenA))
      .field('device', deviceA.documentId)
      .field('title', 'ترتیب پیوست‌ها')
      .field('description', 'اول گزارش بزرگ، بعد عکس.')
      .attach('attachments', large, { filename: 'big.pdf', contentType: 'application/pdf' })
      .attach('attachments', PNG, { filename: 'small.png', contentType: 'image/png' });
    expect(res.status).toBe(201);
    expect(res.body.data.messages[0].attachments.map((f: any) => f.name)).toEqual(['big.pdf', 'small.png']);
    const refused = await request(app.server)
      .post('/api/me/tickets')
      .set(auth(tokenA))
      .field('device', deviceA.documentId)
      .field('title', 'ترتیب پیوست‌ها')
      .field('description', 'اول گزارش بزرگ، بعد فایل نادرست.')
      .attach('attachments', large, { filename: 'big.pdf', contentType: 'application/pdf' })
      .attach('attachments', HTML, { filename: 'x.png', contentType: 'image/png' });
    expect(refused.status).toBe(400);
    expect(refused.body.error.details.errors[0].message).toContain('۲');
  });

  test('disguised, oversize and too many files are refused, and nothing is written', async () => {
    const before = await counts();
    const send = (files: Array<[Buffer, string, string]>) => {
      let req = request(app.server).post('/api/me/tickets').set(auth(tokenA)).field('device', deviceA.documentId).field('title', 'پیوست').field('description', 'پیوست');
      for (const [buffer, filename, contentType] of files) req = req.attach('attachments', buffer, { filename, contentType });
      return req;
    };
    const html = await send([[PDF, 'ok.pdf', 'application/pdf'], [HTML, 'x.png', 'image/png']]);
    expect(html.status).toBe(400);
    expect(html.body.error.details.errors).toEqual([expect.objectContaining({ path: ['attachments'], code: 'attachmentType' })]);
    expect(html.body.error.details.errors[0].message).toContain('۲');
    const exe = await send([[EXE, 'setup.pdf', 'application/pdf']]);
    expect(exe.body.error.details.errors[0].code).toBe('attachmentType');
    const big = await send([[Buffer.concat([PDF, Buffer.alloc(5 * 1024 * 1024)]), 'big.pdf', 'application/pdf']]);
    expect(big.status).toBe(400);
    expect(big.body.error.details.errors[0].code).toBe('attachmentTooLarge');
    const many = await send(Array.from({ length: 6 }, (_, i) => [PDF, `f${i}.pdf`, 'application/pdf'] as [Buffer, string, string]));
    expect(many.body.error.details.errors[0].code).toBe('attachmentTooMany');
    const otherField = await request(app.server).post('/api/me/tickets').set(auth(tokenA)).field('device', deviceA.documentId).field('title', 't').field('description', 'd').attach('photo', PNG, 'p.png');
    expect(otherField.status).toBe(400);
    expect(await counts()).toEqual(before);
  });

  test('another subscriber’s device is not found; text fields are read by the text rule', async () => {
    const devB = await deviceIn(b, 'active');
    expect((await open(tokenA, devB.documentId)).status).toBe(404);
    const res = await open(tokenA, deviceA.documentId, { title: '', description: '\u200F\u200E' });
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors.map((e: any) => [e.path[0], e.code])).toEqual([
      ['title', 'required'],
      ['description', 'textInvisibleOnly'],
    ]);
  });

  test('a staff reply answers it; the subscriber’s reply reopens it and staff’s next reply is due', async () => {
    const staff = await staffReply(admin, ticket.id, 'لطفاً دستگاه را خاموش و روشن کنید.');
    expect(staff.status).toBe(201);
    let row = await app.strapi.db.query(TICKET).findOne({ where: { documentId: ticket.id } });
    expect(row.ticketStatus).toBe('answered');
    expect(row.replyDueAt).toBeNull();
    expect(row.firstRespondedAt).not.toBeNull();
    const read = await request(app.server).get(`/api/me/tickets/${ticket.id}`).set(auth(tokenA));
    expect(read.body.data.status).toBe('answered');
    expect(read.body.data.replyDueAt).toBeNull();

    const reply = await request(app.server).post(`/api/me/tickets/${ticket.id}/messages`).set(auth(tokenA)).send({ body: 'انجام دادم، درست نشد.' });
    expect(reply.status).toBe(201);
    expect(reply.body.data.status).toBe('open');
    expect(reply.body.data.replyDueAt).not.toBeNull();
    expect(reply.body.data.messages.map((m: any) => m.author)).toEqual(['subscriber', 'staff', 'subscriber']);
    row = await app.strapi.db.query(TICKET).findOne({ where: { documentId: ticket.id } });
    expect(row.messageCount).toBe(3);
    expect(await app.strapi.db.query(JOB).count({ where: { kind: 'ticket', event: 'ticket:replied', subscriberId: a.id } })).toBeGreaterThanOrEqual(2);
  });

  test('internal notes (and their files) never reach the customer API', async () => {
    const note = await request(app.server)
      .post(`/back-office/tickets/${ticket.id}/messages`)
      .set(auth(admin))
      .field('body', 'یادداشت داخلی: مشتری قبلاً هم همین مشکل را داشته است.')
      .field('internal', 'true')
      .attach('attachments', PDF, { filename: 'داخلی.pdf', contentType: 'application/pdf' });
    expect(note.status).toBe(201);
    expect(note.body.message).toMatchObject({ internal: true, authorType: 'staff' });
    const fileId = note.body.message.attachments[0].id;
    const read = await request(app.server).get(`/api/me/tickets/${ticket.id}`).set(auth(tokenA));
    expect(read.text).not.toContain('یادداشت داخلی');
    expect(read.body.data.status).toBe('open'); // a note changes nothing for the subscriber
    expect((await request(app.server).get(`/api/me/tickets/${ticket.id}/attachments/${fileId}`).set(auth(tokenA))).status).toBe(404);
    const desk = await request(app.server).get(`/back-office/tickets/${ticket.id}`).set(auth(admin));
    expect(desk.body.messages.some((m: any) => m.internal && m.body.startsWith('یادداشت داخلی'))).toBe(true);
    expect((await request(app.server).get(`/back-office/tickets/${ticket.id}/attachments/${fileId}`).set(auth(admin))).status).toBe(200);
  });
});

describe('the Ticket desk (admin API)', () => {
  let ticket: any;

  beforeAll(async () => {
    ticket = (await open(tokenA, deviceA.documentId, { title: 'پرسش دربارهٔ نرم‌افزار' })).body.data;
  });

  test('the list by view and search, and the one screen with the subscriber’s history', async () => {
    const list = await request(app.server).get('/back-office/tickets?view=unassigned&q=' + encodeURIComponent('نرم‌افزار')).set(auth(admin));
    expect(list.status).toBe(200);
    expect(list.body.results.map((r: any) => r.documentId)).toContain(ticket.id);
    const row = list.body.results.find((r: any) => r.documentId === ticket.id);
    expect(row).toMatchObject({ number: ticket.number, ticketStatus: 'open', assignee: null, subscriber: { documentId: a.documentId }, device: { documentId: deviceA.documentId } });
    expect((await request(app.server).get('/back-office/tickets?view=nope').set(auth(admin))).status).toBe(400);

    const page = await request(app.server).get(`/back-office/tickets/${ticket.id}`).set(auth(admin));
    expect(page.status).toBe(200);
    expect(page.body.ticket).toMatchObject({ documentId: ticket.id, channel: 'site', invoice: null, repairOrder: null });
    expect(page.body.subscriber).toMatchObject({ documentId: a.documentId, fullName: 'علی رضایی', mobile: '09161112233' });
    expect(page.body.history.devices.map((d: any) => d.documentId)).toContain(deviceA.documentId);
    expect(page.body.history.tickets.length).toBeGreaterThan(0);
    expect(page.body.history.tickets.map((t: any) => t.documentId)).not.toContain(ticket.id);
    expect(page.body.can).toEqual({ answer: true, create: true });
    expect(page.body.rates.hourlyRateRials.standard).toBe(8_000_000);
    expect(page.body.assignable.length).toBeGreaterThan(0);
  });

  test('a public reply notifies the subscriber: a dashboard notification and an outbox row', async () => {
    const res = await staffReply(admin, ticket.id, 'نسخهٔ تازه را نصب کنید.');
    expect(res.status).toBe(201);
    const notes = await app.strapi.db.query('api::notification.notification').findMany({ where: { subscriberId: a.id, link: `/tickets/${ticket.id}` } });
    expect(notes).toHaveLength(1);
    expect(notes[0].titleFa).toContain(ticket.number);
    const sms = await app.strapi.db.query(OUTBOX).findMany({ where: { subscriberId: a.id, templateCode: 'ticket-reply' } });
    expect(sms.length).toBeGreaterThanOrEqual(1);
    const params = typeof sms[sms.length - 1].params === 'string' ? JSON.parse(sms[sms.length - 1].params) : sms[sms.length - 1].params;
    expect(params.url).toMatch(new RegExp(`/tickets/${ticket.id}$`));
  });

  test('status, priority and assignment; closing goes through resolve', async () => {
    const me = (await request(app.server).get('/admin/users/me').set(auth(admin))).body.data;
    const res = await request(app.server).put(`/back-office/tickets/${ticket.id}`).set(auth(admin)).send({ ticketStatus: 'in_review', priority: 'urgent', assignee: me.id });
    expect(res.status).toBe(200);
    expect(res.body.ticket).toMatchObject({ ticketStatus: 'in_review', priority: 'urgent', assignee: { id: me.id } });
    const mine = await request(app.server).get('/back-office/tickets?view=mine').set(auth(admin));
    expect(mine.body.results.map((r: any) => r.documentId)).toContain(ticket.id);
    const close = await request(app.server).put(`/back-office/tickets/${ticket.id}`).set(auth(admin)).send({ ticketStatus: 'closed' });
    expect(close.status).toBe(400);
    expect(close.body.error.details.errors[0].code).toBe('ticketCloseByResolve');
    const nobody = await request(app.server).put(`/back-office/tickets/${ticket.id}`).set(auth(admin)).send({ assignee: 999999 });
    expect(nobody.body.error.details.errors[0].code).toBe('assigneeNotAllowed');
  });

  test('resolve: closed with resolvedAt; a second resolve is a 409; the subscriber sees it closed', async () => {
    const res = await request(app.server).post(`/back-office/tickets/${ticket.id}/resolve`).set(auth(admin)).send({ reply: 'مشکل برطرف شد.' });
    expect(res.status).toBe(200);
    expect(res.body.ticket).toMatchObject({ ticketStatus: 'closed', billable: false });
    expect(res.body.ticket.resolvedAt).not.toBeNull();
    expect(res.body.invoice).toBeNull();
    const again = await request(app.server).post(`/back-office/tickets/${ticket.id}/resolve`).set(auth(admin)).send({});
    expect(again.status).toBe(409);
    const read = await request(app.server).get(`/api/me/tickets/${ticket.id}`).set(auth(tokenA));
    expect(read.body.data.status).toBe('closed');
    expect(read.body.data.messages.at(-1).body).toBe('مشکل برطرف شد.');
    expect(await app.strapi.db.query(JOB).count({ where: { kind: 'ticket', event: 'ticket:resolved' } })).toBeGreaterThanOrEqual(1);
  });

  test('a billable ticket (pay-per-case) needs difficulty and hours to be resolved', async () => {
    const ppc = await deviceIn(a, 'pay_per_case');
    const t = (await open(tokenA, ppc.documentId)).body.data;
    const missing = await request(app.server).post(`/back-office/tickets/${t.id}/resolve`).set(auth(admin)).send({});
    expect(missing.status).toBe(400);
    expect(missing.body.error.details.errors.map((e: any) => e.path[0])).toEqual(['difficulty', 'workHours']);
    const badHours = await request(app.server).post(`/back-office/tickets/${t.id}/resolve`).set(auth(admin)).send({ difficulty: 'standard', workHours: '1.255' });
    expect(badHours.body.error.details.errors[0]).toMatchObject({ path: ['workHours'], code: 'workHoursInvalid' });
    const ok = await request(app.server).post(`/back-office/tickets/${t.id}/resolve`).set(auth(admin)).send({ difficulty: 'standard', workHours: '۱٫۵' });
    expect(ok.status).toBe(200);
    expect(ok.body.ticket).toMatchObject({ ticketStatus: 'closed', billable: true, difficulty: 'standard', workHours: 1.5 });
  });

  test('on behalf of a subscriber after a call; a device of another subscriber is refused', async () => {
    const res = await request(app.server)
      .post('/back-office/tickets')
      .set(auth(admin))
      .send({ subscriber: a.documentId, device: deviceA.documentId, kind: 'visit', priority: 'medium', title: 'درخواست بازدید', description: 'تماس تلفنی: نشتی کمپرسور.', channel: 'phone', preferredVisitDay: addDays(tehranDate(), 5) });
    expect(res.status).toBe(201);
    expect(res.body.ticket).toMatchObject({ channel: 'phone', kind: 'visit', ticketStatus: 'open', preferredVisitDay: addDays(tehranDate(), 5) });
    const read = await request(app.server).get(`/api/me/tickets/${res.body.ticket.documentId}`).set(auth(tokenA));
    expect(read.status).toBe(200);
    expect(read.body.data.messages[0]).toMatchObject({ author: 'staff', body: 'تماس تلفنی: نشتی کمپرسور.' });
    const devB = await deviceIn(b, 'active');
    const wrong = await request(app.server).post('/back-office/tickets').set(auth(admin)).send({ subscriber: a.documentId, device: devB.documentId, title: 'x', description: 'y', channel: 'phone' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.details.errors[0]).toMatchObject({ path: ['device'], code: 'deviceNotSubscribers' });
  });

  test('a request turns into a repair order through the intake, linked to the ticket, once', async () => {
    const t = (await open(tokenA, deviceA.documentId, { kind: 'fault', title: 'صدای غیرعادی' })).body.data;
    const res = await request(app.server).post(`/back-office/tickets/${t.id}/repair-order`).set(auth(admin)).send({ reportedFault: 'صدای غیرعادی کمپرسور' });
    expect(res.status).toBe(201);
    expect(res.body.repairOrder.trackingCode).toMatch(/^R-[A-Z2-9]{8}$/);
    const repair = await app.strapi.db.query('api::repair-order.repair-order').findOne({ where: { documentId: res.body.repairOrder.documentId }, populate: { subscriber: true, device: true } });
    expect(repair).toMatchObject({ reportedFault: 'صدای غیرعادی کمپرسور', repairStatus: 'received' });
    expect(repair.subscriber.id).toBe(a.id);
    expect(repair.promisedBy).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const page = await request(app.server).get(`/back-office/tickets/${t.id}`).set(auth(admin));
    expect(page.body.ticket.repairOrder).toEqual(res.body.repairOrder);
    expect((await request(app.server).post(`/back-office/tickets/${t.id}/repair-order`).set(auth(admin)).send({})).status).toBe(409);
    const mine = await request(app.server).get('/api/me/repairs').set(auth(tokenA));
    expect(mine.body.data.map((r: any) => r.id)).toContain(res.body.repairOrder.documentId);
  });

  test('a visit request becomes a booked on-site visit: its time on the ticket, a message in the thread, the subscriber told', async () => {
    const t = (await open(tokenA, deviceA.documentId, { kind: 'visit', title: 'بازدید', preferredVisitDay: addDays(tehranDate(), 2) })).body.data;
    const visit = (body: object) => request(app.server).post(`/back-office/tickets/${t.id}/visit`).set(auth(admin)).send(body);
    // bad input changes nothing: a missing, malformed, past or too distant time, or another field
    const before = await app.strapi.db.query(MSG).count();
    for (const body of [{}, { scheduledAt: 'فردا ساعت ۱۰' }, { scheduledAt: new Date(Date.now() - 86_400_000).toISOString() }, { scheduledAt: new Date(Date.now() + 120 * 86_400_000).toISOString() }]) {
      const res = await visit(body);
      expect(res.status).toBe(400);
      expect(res.body.error.details.errors[0].path).toEqual(['scheduledAt']);
      expect(res.body.error.details.errors[0].message).toMatch(/[\u0600-\u06FF]/);
    }
    expect((await visit({ scheduledAt: new Date(Date.now() + 86_400_000).toISOString(), when: 'x' })).status).toBe(400);
    expect(await app.strapi.db.query(MSG).count()).toBe(before);

    const at = new Date(Date.now() + 2 * 86_400_000);
    at.setUTCHours(6, 30, 0, 0); // 10:00 Tehran
    const res = await visit({ scheduledAt: at.toISOString() });
    expect(res.status).toBe(200);
    expect(res.body.ticket.visitScheduledAt).toBe(at.toISOString());
    const mine = (await request(app.server).get(`/api/me/tickets/${t.id}`).set(auth(tokenA))).body.data;
    expect(mine.visitScheduledAt.iso).toBe(at.toISOString());
    expect(mine.status).toBe('answered');
    expect(mine.messages.at(-1)).toMatchObject({ author: 'staff', body: expect.stringContaining(mine.visitScheduledAt.jalali) });
    const notes = await app.strapi.db.query('api::notification.notification').findMany({ where: { subscriberId: a.id, sourceId: `ticket:${t.id}:visit:${at.getTime()}` } });
    expect(notes).toHaveLength(1);
    const row = await app.strapi.db.query(TICKET).findOne({ where: { documentId: t.id }, select: ['id'] });
    expect(await app.strapi.db.query(JOB).count({ where: { event: 'ticket:status', dedupeKey: { $startsWith: `ticket:${row.id}:visit:` } } })).toBe(1);
    // B cannot see it; a closed ticket takes no visit
    expect((await request(app.server).get(`/api/me/tickets/${t.id}`).set(auth(tokenB))).status).toBe(404);
    await request(app.server).post(`/back-office/tickets/${t.id}/resolve`).set(auth(admin)).send({});
    expect((await visit({ scheduledAt: at.toISOString() })).status).toBe(409);
  });

  test('permissions: Finance reads but may not answer or open; the refusal names the task', async () => {
    const finance = await createStaffMember(app.strapi, 'poshtiban-finance');
    const login = await request(app.server).post('/admin/login').send({ email: finance.email, password: finance.password });
    const token = login.body.data.token;
    const read = await request(app.server).get(`/back-office/tickets/${ticket.id}`).set(auth(token));
    expect(read.status).toBe(200);
    expect(read.body.can).toEqual({ answer: false, create: false });
    const before = await app.strapi.db.query(MSG).count();
    const reply = await staffReply(token, ticket.id, 'پاسخ');
    expect(reply.status).toBe(403);
    expect(reply.body.error.details.feature).toBe('ticket-desk');
    expect(await app.strapi.db.query(MSG).count()).toBe(before);
    expect((await request(app.server).post('/back-office/tickets').set(auth(token)).send({})).status).toBe(403);
    expect((await request(app.server).get('/back-office/tickets')).status).toBe(401);
  });

  test('saved replies', async () => {
    await app.strapi.db.query('api::saved-reply.saved-reply').create({ data: { title: 'خوشامد', body: 'سلام، درخواست شما دریافت شد.' } });
    const res = await request(app.server).get('/back-office/saved-replies').set(auth(admin));
    expect(res.status).toBe(200);
    expect(res.body.results).toEqual(expect.arrayContaining([expect.objectContaining({ title: 'خوشامد', body: 'سلام، درخواست شما دریافت شد.' })]));
  });
});
