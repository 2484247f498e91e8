/**
 * The bad-text corpus (issue 15, item 6) against every write route a customer or the public can
 * call, read from Strapi's own route table: POST/PUT/PATCH under /api/me… and the public doors
 * (/api/auth/…, the sandbox gateway, the WhatsApp webhook). Each route has a sample in SAMPLES —
 * a body a customer would send and its text fields — and a write route without one fails the test,
 * so a new route is covered when it is added.
 *
 * Each text field gets 100,000 characters, a NUL byte, only direction marks, a number, an object
 * and an array: the answer is a 400 naming that field (and only it) with the text rule's code
 * (src/domain/text-input.ts) and a Persian message, never a 5xx, and no table gains or loses a row.
 * Runs on SQLite, and on PostgreSQL with DATABASE_URL (a 100,000-character name was a 500 there).
 */
import request from 'supertest';
import { startApp, type TestApp } from '../helpers/strapi';
import { createCustomer, createDevice, createModel, tokenFor } from '../helpers/fixtures';
import { tehranDate } from '../../src/domain/jalali';

type Route = { method: string; path: string };

/** What a route takes: a body with text fields, a body with no text field, or nothing (closed). */
type Sample =
  | { kind: 'text'; login: boolean; body: () => Record<string, unknown>; text: string[][] }
  /** no text field: any field sent is refused (4xx) */
  | { kind: 'none'; login: boolean }
  /** refused to everyone before any body is read (users-permissions routes the portal does not use) */
  | { kind: 'closed'; login: boolean; fields: string[] };

let app: TestApp;
let token: string;
let deviceId: string;
let subscriberNumber: string;
let routes: Route[];

const PUBLIC_WRITE_DOORS = [/^\/api\/auth\//, /^\/api\/connect\//, /^\/api\/payment\/(callback|sandbox\/)/, /^\/api\/messaging\/whatsapp\/webhook$/, /^\/api\/complaints/, /^\/api\/surveys\//];

const SAMPLES: Record<string, Sample> = {
  'POST /api/me/ownership-transfers': {
    kind: 'text',
    login: true,
    body: () => ({ deviceId, newOwner: { fullName: 'مریم احمدی', nationalCode: '0499370899', mobile: '09121234567' }, ownershipEndConfirmed: true }),
    text: [['deviceId'], ['newOwner', 'fullName'], ['newOwner', 'nationalCode'], ['newOwner', 'mobile']],
  },
  'POST /api/me/devices/:id/installation-confirmation': {
    kind: 'text',
    login: true,
    body: () => ({ deviceFullyInstalled: true, driverCompressorConnectionsInstalled: true, initialTrainingGiven: true, allItemsDone: true, installationDate: '2020-01-01' }),
    text: [['installationDate']],
  },
  'POST /api/me/devices/:id/service': { kind: 'text', login: true, body: () => ({ choice: 'cancel' }), text: [['choice']] },
  'POST /api/me/password': {
    kind: 'text',
    login: true,
    body: () => ({ currentPassword: 'correct-horse-42', newPassword: 'tazeh-ramz-7391' }),
    text: [['currentPassword'], ['newPassword']],
  },
  'POST /api/me/notifications/read-all': { kind: 'none', login: true },
  'POST /api/me/notifications/:id/read': { kind: 'none', login: true },
  'POST /api/me': { kind: 'none', login: true },
  'PUT /api/me': { kind: 'none', login: true },
  'PATCH /api/me': { kind: 'none', login: true },
  'POST /api/auth/local': { kind: 'text', login: false, body: () => ({ identifier: subscriberNumber, password: 'correct-horse-42' }), text: [['identifier'], ['password']] },
  'POST /api/auth/otp/request': { kind: 'text', login: false, body: () => ({ identifier: subscriberNumber }), text: [['identifier']] },
  'POST /api/auth/otp/verify': { kind: 'text', login: false, body: () => ({ identifier: subscriberNumber, code: '123456' }), text: [['identifier'], ['code']] },
  'POST /api/auth/password-reset/request': { kind: 'text', login: false, body: () => ({ identifier: subscriberNumber }), text: [['identifier']] },
  'POST /api/auth/password-reset/confirm': {
    kind: 'text',
    login: false,
    body: () => ({ identifier: subscriberNumber, code: '123456', newPassword: 'tazeh-ramz-7391' }),
    text: [['identifier'], ['code'], ['newPassword']],
  },
  'POST /api/auth/refresh': { kind: 'closed', login: false, fields: ['refreshToken'] },
  'POST /api/auth/logout': { kind: 'closed', login: false, fields: ['refreshToken'] },
  'POST /api/auth/local/register': { kind: 'closed', login: false, fields: ['username', 'email', 'password'] },
  'POST /api/auth/forgot-password': { kind: 'closed', login: false, fields: ['email'] },
  'POST /api/auth/reset-password': { kind: 'closed', login: false, fields: ['code', 'password', 'passwordConfirmation'] },
  'POST /api/auth/send-email-confirmation': { kind: 'closed', login: false, fields: ['email'] },
  'POST /api/auth/change-password': { kind: 'closed', login: true, fields: ['currentPassword', 'password', 'passwordConfirmation'] },
  'POST /api/payment/sandbox/:authority/pay': { kind: 'none', login: false },
  'POST /api/payment/sandbox/:authority/cancel': { kind: 'none', login: false },
  'POST /api/messaging/whatsapp/webhook': { kind: 'closed', login: false, fields: ['entry', 'object'] },
  // paying an invoice takes no body: the amount is the invoice's own (any field is refused)
  'POST /api/me/invoices/:id/pay': { kind: 'none', login: true },
  // tickets
  'POST /api/me/tickets': {
    kind: 'text',
    login: true,
    body: () => ({ device: deviceId, kind: 'visit', priority: 'medium', title: 'درخواست بازدید', description: 'کمپرسور صدا می‌دهد.', preferredVisitDay: tehranDate() }),
    text: [['device'], ['kind'], ['priority'], ['title'], ['description'], ['preferredVisitDay']],
  },
  'POST /api/me/tickets/:id/messages': { kind: 'text', login: true, body: () => ({ body: 'هنوز درست نشده است.' }), text: [['body']] },
  // issue 14: the public complaint form (a form token old enough), tracking, the survey page (validated before the token is looked up)
  'POST /api/complaints': {
    kind: 'text',
    login: false,
    body: () => ({
      name: 'مریم احمدی', mobile: '09121234567', email: 'maryam@example.ir', subject: 'تأخیر در تعمیر', description: 'دستگاه هنوز تعمیر نشده است.', addressedTo: 'managers',
      formToken: app.strapi.service('api::complaint.complaints').issueFormToken(new Date(Date.now() - 60_000)),
    }),
    text: [['name'], ['mobile'], ['email'], ['subject'], ['description'], ['addressedTo'], ['formToken']],
  },
  'POST /api/complaints/status': { kind: 'text', login: false, body: () => ({ trackingCode: 'K7M-4QX-9TD-H', mobile: '09121234567' }), text: [['trackingCode'], ['mobile']] },
  'POST /api/surveys/:token': {
    kind: 'text',
    login: false,
    body: () => ({ staffConduct: 5, salesProcess: 4, installationTraining: 4, afterSalesSupport: 5, comment: 'خوب بود.' }),
    text: [['comment']],
  },
  // the knowledge base: { helpful: true | false } only, no text field (any other field is refused)
  'POST /api/me/articles/:id/feedback': { kind: 'none', login: true },
  // buying a course takes no body: the price is the course's own (any field is refused)
  'POST /api/me/courses/:id/purchase': { kind: 'none', login: true },
};

/** 100,000 characters, NUL, only direction marks, wrong types → the text rule's code for each. */
const CORPUS: Array<{ label: string; value: unknown; code: string }> = [
  { label: '100,000 characters', value: 'ب'.repeat(100_000), code: 'textTooLong' },
  { label: 'a NUL byte', value: 'مریم\u0000احمدی', code: 'textControlCharacters' },
  { label: 'a C1 control', value: 'abc\u0085def', code: 'textControlCharacters' },
  { label: 'only direction marks', value: '\u200F\u200E\u202B\u202E\u2067\u2069\u200B\uFEFF', code: 'textInvisibleOnly' },
  { label: 'a number', value: 1234567890, code: 'mustBeText' },
  { label: 'an object', value: { $ne: '' }, code: 'mustBeText' },
  { label: 'an array', value: ['0499370899'], code: 'mustBeText' },
];

const setPath = (body: Record<string, any>, path: string[], value: unknown) => {
  let node = body;
  for (const key of path.slice(0, -1)) node = node[key];
  node[path[path.length - 1]] = value;
  return body;
};

const send = (route: Route, body: unknown, login: boolean) => {
  const path = route.path.replace(/:[a-zA-Z]+/g, deviceId);
  let req = (request(app.server) as any)[route.method.toLowerCase()](path);
  if (login) req = req.set('Authorization', `Bearer ${token}`);
  return req.send(body);
};

/** Row counts of every content type (what any route could write). */
const counts = async () => {
  const uids = Object.keys(app.strapi.contentTypes).sort();
  const out: Record<string, number> = {};
  for (const uid of uids) out[uid] = await app.strapi.db.query(uid as any).count();
  return out;
};

const persian = (text: unknown) => typeof text === 'string' && /[\u0600-\u06FF]/.test(text);

beforeAll(async () => {
  app = await startApp();
  const model = await createModel(app.strapi);
  const customer = await createCustomer(app.strapi);
  subscriberNumber = customer.subscriberNumber;
  deviceId = (await createDevice(app.strapi, { owner: customer.documentId, model: model.documentId })).documentId;
  token = await tokenFor(app.server, customer.subscriberNumber);
  routes = (app.strapi.server as any)
    .listRoutes()
    .filter((layer: any) => layer.path.startsWith('/api/') && layer.methods.length)
    .flatMap((layer: any) => layer.methods.filter((m: string) => ['POST', 'PUT', 'PATCH'].includes(m)).map((method: string) => ({ method, path: layer.path })))
    .filter((r: Route) => /^\/api\/me(\/|$)/.test(r.path) || PUBLIC_WRITE_DOORS.some((door) => door.test(r.path)));
});
afterAll(async () => {
  await app?.stop();
});

test('every customer and public write route has a sample (a new route without one fails here)', () => {
  const keys = routes.map((r) => `${r.method} ${r.path}`);
  expect(keys).toEqual(expect.arrayContaining(['POST /api/me/ownership-transfers', 'POST /api/auth/local', 'POST /api/me/password']));
  expect(keys.filter((key) => !SAMPLES[key])).toEqual([]);
});

test('each text field of each route: too long, NUL, C1, direction marks only, wrong types → 400 for that field in Persian, nothing written', async () => {
  const before = await counts();
  const wrong: string[] = [];
  let sent = 0;
  for (const route of routes) {
    const sample = SAMPLES[`${route.method} ${route.path}`];
    if (sample?.kind !== 'text') continue;
    for (const field of sample.text) {
      for (const bad of CORPUS) {
        const res = await send(route, setPath(sample.body(), field, bad.value), sample.login);
        sent += 1;
        const errors: any[] = res.body?.error?.details?.errors ?? [];
        const mine = errors.filter((e) => e.path?.join('.') === field.join('.'));
        const ok =
          res.status === 400 &&
          errors.length === mine.length &&
          mine.length === 1 &&
          mine[0].code === bad.code &&
          persian(mine[0].message) &&
          typeof mine[0].messageEn === 'string';
        if (!ok) wrong.push(`${route.method} ${route.path} ${field.join('.')} ← ${bad.label}: ${res.status} ${JSON.stringify(res.body?.error ?? res.body).slice(0, 200)}`);
      }
    }
  }
  expect(wrong).toEqual([]);
  expect(sent).toBeGreaterThan(60);
  expect(await counts()).toEqual(before);
});

test('routes with no text field and closed routes: the corpus in any field is a 4xx, never a 5xx, nothing written', async () => {
  const before = await counts();
  const wrong: string[] = [];
  for (const route of routes) {
    const sample = SAMPLES[`${route.method} ${route.path}`];
    if (!sample || sample.kind === 'text') continue;
    const fields = sample.kind === 'closed' ? sample.fields : ['note', 'fullName'];
    for (const field of fields) {
      for (const bad of CORPUS) {
        const res = await send(route, { [field]: bad.value }, sample.login);
        if (res.status < 400 || res.status >= 500 || !persian(res.body?.error?.message)) wrong.push(`${route.method} ${route.path} ${field} ← ${bad.label}: ${res.status} ${JSON.stringify(res.body).slice(0, 160)}`);
      }
    }
  }
  expect(wrong).toEqual([]);
  expect(await counts()).toEqual(before);
});

test('a name is kept as typed but normalised: NFC, spaces collapsed, edge marks trimmed, the ZWNJ inside a word kept', async () => {
  const res = await send(
    { method: 'POST', path: '/api/me/ownership-transfers' },
    { deviceId, newOwner: { fullName: '\u200F  علی   محمدی\u200Cپور \u200E', nationalCode: '0499370899', mobile: '09121234567' }, ownershipEndConfirmed: true },
    true
  );
  expect(res.status).toBe(201);
  expect(res.body.data.newOwner.fullName).toBe('علی محمدی\u200Cپور');
  const row = await app.strapi.db.query('api::ownership-transfer.ownership-transfer').findOne({ where: { documentId: res.body.data.id } });
  expect(row.newOwnerName).toBe('علی محمدی\u200Cپور');
});
