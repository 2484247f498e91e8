/**
 * Pay-per-case invoices end to end (issue 12): issued through the service when a ticket is
 * resolved (the ticket rows are written here with the query engine, as the Ticket desk writes
 * them), the arithmetic as the buyer reads it, subscriber B never reaching A's invoices, paying
 * through the sandbox gateway (and the Zarinpal fake) with repeated callbacks paying once, the
 * debt ceiling alerting once per crossing, and the dashboard's debt.
 */
import request from 'supertest';
import { startApp, countQueries, settleQueries, type TestApp } from '../helpers/strapi';
import { createCustomer, createDevice, createModel, tokenFor } from '../helpers/fixtures';
import { startLifecycleFakes } from '../helpers/lifecycle';
import { addDays, jalaliParts, tehranDate } from '../../src/domain/jalali';

let app: TestApp;
let model: any;
let a: any;
let b: any;
let tokenA: string;
let tokenB: string;
let ppcA: any;
let seq = 0;

const TICKET = 'api::ticket.ticket';
const INVOICE = 'api::invoice.invoice';
const ALERT = 'api::invoice.debt-alert';
const OUTBOX = 'plugin::messaging.outbound-message';
const PAYMENT = 'api::payment.payment';
const auth = (t: string) => ({ Authorization: `Bearer ${t}` });
const invoices = () => app.strapi.service('api::invoice.invoices');
const get = (path: string, token: string) => request(app.server).get(path).set(auth(token));
const pay = (id: string, token: string, body?: object) => {
  const req = request(app.server).post(`/api/me/invoices/${id}/pay`).set(auth(token));
  return body === undefined ? req : req.send(body);
};

/** A device served pay-per-case (its term over, the buyer chose pay-per-case). */
const payPerCaseDevice = (owner: any) =>
  createDevice(app.strapi, { owner: owner.documentId, model: model.documentId, installationDate: addDays(tehranDate(), -500), serviceEnd: addDays(tehranDate(), -30), serviceMode: 'pay_per_case' });
const activeDevice = (owner: any) => createDevice(app.strapi, { owner: owner.documentId, model: model.documentId, serviceEnd: addDays(tehranDate(), 200) });

/** A ticket row as the Ticket desk writes it (query engine), resolved. */
const ticket = async (owner: any, device: any, kind = 'fault', data: Record<string, unknown> = {}) => {
  const row = await app.strapi.db.query(TICKET).create({
    data: {
      title: `دستگاه کار نمی‌کند ${++seq}`,
      description: 'شرح خرابی',
      kind,
      priority: 'medium',
      ticketStatus: 'closed',
      channel: 'site',
      subscriber: owner.id,
      device: device.id,
      ...data,
    },
  });
  const number = `1405-${String(row.id).padStart(6, '0')}`;
  await app.strapi.db.query(TICKET).update({ where: { id: row.id }, data: { number } });
  return { ...row, number };
};

const issue = (t: { id: number }, input: Record<string, unknown>) => invoices().issueForTicket(t, input);

/** Pays an invoice on the sandbox gateway: start, the gateway's "pay" button, the callback. */
const payOnSandbox = async (invoiceId: string, token: string) => {
  const started = await pay(invoiceId, token);
  expect(started.status).toBe(200);
  const { redirectUrl, id: paymentId } = started.body.data.payment;
  const authority = redirectUrl.split('/').pop()!;
  const decided = await request(app.server).post(`/api/payment/sandbox/${authority}/pay`);
  expect(decided.status).toBe(303);
  const callback = new URL(decided.headers.location);
  const back = await request(app.server).get(`${callback.pathname}${callback.search}`);
  return { started, paymentId, callbackPath: `${callback.pathname}${callback.search}`, back };
};

beforeAll(async () => {
  app = await startApp();
  model = await createModel(app.strapi);
  a = await createCustomer(app.strapi, { fullName: 'علی رضایی', mobile: '09141112233' });
  b = await createCustomer(app.strapi);
  tokenA = await tokenFor(app.server, a.subscriberNumber);
  tokenB = await tokenFor(app.server, b.subscriberNumber);
  ppcA = await payPerCaseDevice(a);
});
afterAll(async () => {
  await app?.stop();
});

describe('issuing', () => {
  test('a ticket on an active service is not billed; a visit whose fault was the buyer’s is, with the visit fee', async () => {
    const device = await activeDevice(a);
    expect(await issue(await ticket(a, device, 'fault'), { difficulty: 'simple', workHours: 1 })).toBeNull();
    expect(await issue(await ticket(a, device, 'visit'), { difficulty: 'simple', workHours: 1, faultAttribution: 'company' })).toBeNull();
    expect(await issue(await ticket(a, device, 'visit'), { difficulty: 'simple', workHours: 1, faultAttribution: 'undetermined' })).toBeNull();
    const visit = await ticket(a, device, 'visit');
    expect(await invoices().isTicketBillable(visit.id, 'customer')).toBe(true);
    expect(await invoices().isTicketBillable(visit.id)).toBe(false);
    const invoice = await issue(visit, { difficulty: 'simple', workHours: '۱٫۵', faultAttribution: 'customer' });
    // 5,000,000 × 1.5 + the 15,000,000 visit fee
    expect(invoice.totalRials).toBe('22500000');
    expect(invoice.lines.map((l: any) => l.amountRials)).toEqual([7_500_000, 15_000_000]);
    expect(await app.strapi.db.query(INVOICE).count({ where: { subscriberId: b.id } })).toBe(0);
  });

  test('a billable ticket needs a difficulty and valid work hours: field errors, nothing written', async () => {
    const t = await ticket(a, ppcA);
    const before = await app.strapi.db.query(INVOICE).count();
    const fieldsOf = async (input: Record<string, unknown>) => {
      try {
        await issue(t, input);
        return 'issued';
      } catch (error: any) {
        expect(error.name).toBe('ValidationError');
        expect(error.message).toMatch(/[\u0600-\u06FF]/);
        return error.details.errors.map((e: any) => `${e.path.join('.')}:${e.code}`);
      }
    };
    expect(await fieldsOf({})).toEqual(['difficulty:required', 'workHours:required']);
    expect(await fieldsOf({ difficulty: 'hard', workHours: '1.234' })).toEqual(['difficulty:invalidChoice', 'workHours:workHoursInvalid']);
    expect(await fieldsOf({ difficulty: 'simple', workHours: 0 })).toEqual(['workHours:workHoursInvalid']);
    expect(await fieldsOf({ difficulty: 'simple', workHours: 201 })).toEqual(['workHours:workHoursInvalid']);
    expect(await fieldsOf({ difficulty: 'simple', workHours: 1, faultAttribution: 'neighbour' })).toEqual(['faultAttribution:invalidChoice']);
    expect(await app.strapi.db.query(INVOICE).count()).toBe(before);
  });

  test('the arithmetic as the buyer reads it; one invoice per ticket', async () => {
    const t = await ticket(a, ppcA, 'fault', { title: 'صدای غیرعادی کمپرسور' });
    const row = await issue(t, { difficulty: 'complex', workHours: 1.25 });
    expect(row.number).toBe(`F-${jalaliParts(new Date()).year}-${String(row.id).padStart(6, '0')}`);
    // resolved again (reopened, closed again): the same invoice
    expect((await issue(t, { difficulty: 'expert', workHours: 9 })).id).toBe(row.id);
    expect(await app.strapi.db.query(INVOICE).count({ where: { ticketId: t.id } })).toBe(1);

    const res = await get(`/api/me/invoices/${row.documentId}`, tokenA);
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({
      id: row.documentId,
      number: row.number,
      status: 'unpaid',
      statusLabel: { fa: 'پرداخت‌نشده', en: 'Unpaid' },
      totalRials: 15_000_000, // 12,000,000 × 1.25
      lines: [{ description: { fa: 'دستمزد کار (سختی کار: پیچیده)', en: 'Labour (difficulty: complex)' }, quantity: 1.25, unit: { fa: 'ساعت', en: 'hour' }, unitRials: 12_000_000, amountRials: 15_000_000 }],
      paidAt: null,
      device: { id: ppcA.documentId, serial: ppcA.serial, brand: 'Zig' },
      ticket: { id: t.documentId, number: t.number, title: 'صدای غیرعادی کمپرسور' },
    });
    expect(res.body.data.issuedAt.jalali).toMatch(/^[۰-۹]{4}\/[۰-۹]{2}\/[۰-۹]{2}/);

    const list = await get('/api/me/invoices?page=1&pageSize=50', tokenA);
    expect(list.status).toBe(200);
    expect(list.body.data.map((i: any) => i.id)).toContain(row.documentId);
    expect(list.body.meta.pagination).toMatchObject({ page: 1, pageSize: 50, total: list.body.data.length });
    const unpaid = list.body.data.filter((i: any) => i.status === 'unpaid');
    expect(list.body.meta.debt).toEqual({
      outstandingRials: unpaid.reduce((sum: number, i: any) => sum + i.totalRials, 0),
      ceilingRials: 100_000_000,
      overCeiling: false,
      unpaidCount: unpaid.length,
    });
    // the buyer is told, with a link to the invoice
    const note = await app.strapi.db.query('api::notification.notification').findOne({ where: { subscriberId: a.id, sourceId: `invoice:${row.documentId}` } });
    expect(note.link).toBe(`/invoices/${row.documentId}`);
    expect(note.titleFa).toContain(row.number);
  });

  test('bad paging and unknown query parameters are field errors', async () => {
    expect((await get('/api/me/invoices?page=0', tokenA)).body.error.details.errors[0]).toMatchObject({ path: ['query', 'page'] });
    expect((await get('/api/me/invoices?pageSize=۱۰', tokenA)).status).toBe(200);
    expect((await get('/api/me/invoices?status=paid', tokenA)).status).toBe(400);
  });
});

describe('subscriber B', () => {
  test('cannot list, read or pay A’s invoice: 404, and nothing starts', async () => {
    const row = await issue(await ticket(a, ppcA), { difficulty: 'simple', workHours: 2 });
    expect((await get(`/api/me/invoices/${row.documentId}`, tokenB)).status).toBe(404);
    const payments = await app.strapi.db.query(PAYMENT).count();
    const refused = await pay(row.documentId, tokenB);
    expect(refused.status).toBe(404);
    expect(refused.body.error.message).toMatch(/[\u0600-\u06FF]/);
    expect(await app.strapi.db.query(PAYMENT).count()).toBe(payments);
    const list = await get('/api/me/invoices', tokenB);
    expect(list.body.data).toEqual([]);
    expect(list.body.meta.debt).toMatchObject({ outstandingRials: 0, unpaidCount: 0, overCeiling: false });
    expect((await get('/api/me/invoices/not-an-id!', tokenA)).status).toBe(404);
    expect((await request(app.server).get('/api/me/invoices')).status).toBe(401);
  });
});

describe('paying', () => {
  test('through the sandbox gateway: paid once; repeated callbacks and a second attempt change nothing', async () => {
    const row = await issue(await ticket(a, ppcA), { difficulty: 'standard', workHours: 3 });
    const before = (await get('/api/me/invoices', tokenA)).body.meta.debt.outstandingRials;

    // the amount is the invoice's own; a body is refused
    const withBody = await pay(row.documentId, tokenA, { amountRials: 1000 });
    expect(withBody.status).toBe(400);
    expect(withBody.body.error.details.errors[0]).toMatchObject({ path: ['amountRials'], code: 'notAllowed' });

    const { started, paymentId, callbackPath, back } = await payOnSandbox(row.documentId, tokenA);
    expect(started.body.data.invoice).toMatchObject({ id: row.documentId, status: 'unpaid', totalRials: 24_000_000 });
    expect(started.body.data.payment).toMatchObject({ id: paymentId, amountRials: 24_000_000 });
    expect(back.headers.location).toMatch(new RegExp(`/payments/${paymentId}\\?outcome=paid$`));

    const after = await get(`/api/me/invoices/${row.documentId}`, tokenA);
    expect(after.body.data.status).toBe('paid');
    expect(after.body.data.paidAt.iso).toEqual(expect.any(String));
    const stored = await app.strapi.db.query(INVOICE).findOne({ where: { id: row.id } });
    const payment = await app.strapi.db.query(PAYMENT).findOne({ where: { documentId: paymentId } });
    expect(stored.paymentId).toBe(payment.id);
    expect(payment).toMatchObject({ purpose: 'invoice', referenceId: row.documentId, amountRials: '24000000', paymentStatus: 'paid' });
    expect((await get('/api/me/invoices', tokenA)).body.meta.debt.outstandingRials).toBe(before - 24_000_000);

    // the gateway sends the buyer back again, twice at once: nothing more
    expect((await request(app.server).get(callbackPath)).headers.location).toMatch(/outcome=already-paid/);
    await Promise.all([request(app.server).get(callbackPath), request(app.server).get(callbackPath)]);
    expect(await app.strapi.db.query('api::notification.notification').count({ where: { subscriberId: a.id, sourceId: `invoice-paid:${row.documentId}` } })).toBe(1);
    expect((await app.strapi.db.query(INVOICE).findOne({ where: { id: row.id } })).paidAt).toEqual(stored.paidAt);

    // paying a paid invoice again: 409 with the reason, no payment started
    const payments = await app.strapi.db.query(PAYMENT).count();
    const again = await pay(row.documentId, tokenA);
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({ status: 409, message: 'این فاکتور قبلاً پرداخت شده است و پرداخت دوباره لازم نیست.', details: { code: 'invoiceAlreadyPaid', status: 'paid' } });
    expect(await app.strapi.db.query(PAYMENT).count()).toBe(payments);

    // the payment history says what was paid
    const history = await get(`/api/me/payments/${paymentId}`, tokenA);
    expect(history.body.data).toMatchObject({ purpose: 'invoice', status: 'paid', kind: { fa: `پرداخت فاکتور ${row.number}`, en: `Invoice ${row.number}` }, device: { id: ppcA.documentId, serial: ppcA.serial } });
  });

  test('two payments started for one invoice and both paid at the gateway: the invoice is paid once, the other is refunded', async () => {
    const row = await issue(await ticket(a, ppcA), { difficulty: 'simple', workHours: 1 });
    const first = await pay(row.documentId, tokenA);
    const second = await pay(row.documentId, tokenA);
    const payAt = async (redirectUrl: string) => {
      const decided = await request(app.server).post(`/api/payment/sandbox/${redirectUrl.split('/').pop()}/pay`);
      const callback = new URL(decided.headers.location);
      return (await request(app.server).get(`${callback.pathname}${callback.search}`)).headers.location as string;
    };
    expect(await payAt(first.body.data.payment.redirectUrl)).toMatch(/outcome=paid/);
    expect(await payAt(second.body.data.payment.redirectUrl)).toMatch(/outcome=refund-due/);
    const refunded = await app.strapi.db.query(PAYMENT).findOne({ where: { documentId: second.body.data.payment.id } });
    expect(refunded.paymentStatus).toBe('refund_due');
    expect(refunded.refundReason).toMatch(/already paid/);
    const stored = await app.strapi.db.query(INVOICE).findOne({ where: { id: row.id } });
    expect(stored.invoiceStatus).toBe('paid');
    expect(stored.paymentId).toBe((await app.strapi.db.query(PAYMENT).findOne({ where: { documentId: first.body.data.payment.id } })).id);
  });

  test('a void invoice is not paid: 409, and a payment verified for it is refunded', async () => {
    const row = await issue(await ticket(a, ppcA), { difficulty: 'simple', workHours: 1 });
    const started = await pay(row.documentId, tokenA);
    await app.strapi.db.query(INVOICE).update({ where: { id: row.id }, data: { invoiceStatus: 'void' } });
    const refused = await pay(row.documentId, tokenA);
    expect(refused.status).toBe(409);
    expect(refused.body.error.details.code).toBe('invoiceVoid');
    const decided = await request(app.server).post(`/api/payment/sandbox/${started.body.data.payment.redirectUrl.split('/').pop()}/pay`);
    const callback = new URL(decided.headers.location);
    expect((await request(app.server).get(`${callback.pathname}${callback.search}`)).headers.location).toMatch(/outcome=refund-due/);
    expect((await app.strapi.db.query(INVOICE).findOne({ where: { id: row.id } })).invoiceStatus).toBe('void');
  });
});

describe('the debt ceiling', () => {
  const SETTINGS = 'api::service-settings.service-settings';
  let c: any;
  let tokenC: string;
  let device: any;
  const alerts = () => app.strapi.db.query(ALERT).findMany({ where: { subscriberId: c.id }, orderBy: [{ id: 'asc' }] });
  const messages = () => app.strapi.db.query(OUTBOX).findMany({ where: { subscriberId: c.id, templateCode: 'debt-ceiling' } });
  const warnings = () => app.strapi.db.query('api::notification.notification').count({ where: { subscriberId: c.id, sourceId: { $startsWith: 'debt-alert:' } } });
  const bill = async (hours: number) => issue(await ticket(c, device), { difficulty: 'standard', workHours: hours }); // 8,000,000 an hour

  beforeAll(async () => {
    c = await createCustomer(app.strapi, { fullName: 'مریم احمدی', mobile: '09351234567' });
    tokenC = await tokenFor(app.server, c.subscriberNumber);
    device = await payPerCaseDevice(c);
    // a ceiling of 3,000,000 toman for this part
    await app.strapi.db.query(SETTINGS).updateMany({ where: {}, data: { payPerCaseDebtCeilingRials: '30000000' } });
  });
  afterAll(async () => {
    await app.strapi.db.query(SETTINGS).updateMany({ where: {}, data: { payPerCaseDebtCeilingRials: '100000000' } });
  });

  test('crossing alerts once, stays quiet above, clears below, alerts again on the next crossing', async () => {
    const first = await bill(2); // 16,000,000: below
    expect(await alerts()).toEqual([]);

    const second = await bill(2); // 32,000,000: reaches 30,000,000
    let list = await alerts();
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ openKey: c.id, outstandingRials: '32000000', ceilingRials: '30000000', clearedAt: null });
    expect(list[0].crossedAt).toBeTruthy();
    let sent = await messages();
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ channel: 'sms', recipient: '09351234567', dedupeKey: `debt-alert:${list[0].documentId}:sms` });
    expect(sent[0].params).toMatchObject({ name: 'مریم احمدی', outstanding: '۳٬۲۰۰٬۰۰۰ تومان', ceiling: '۳٬۰۰۰٬۰۰۰ تومان' });
    expect(sent[0].params.url).toMatch(/\/invoices$/);
    expect(await warnings()).toBe(1);

    // further bills while above: quiet (the open alert follows the amount)
    await bill(1);
    await bill(0.5);
    list = await alerts();
    expect(list).toHaveLength(1);
    expect(list[0].outstandingRials).toBe('44000000');
    expect(await messages()).toHaveLength(1);
    expect(await warnings()).toBe(1);

    // the dashboard warns
    const dash = await get('/api/me/dashboard', tokenC);
    expect(dash.body.data.debt).toEqual({ outstandingRials: 44_000_000, ceilingRials: 30_000_000, overCeiling: true, unpaidCount: 4 });

    // paying 16,000,000 leaves 28,000,000: below — the alert clears
    await payOnSandbox(first.documentId, tokenC);
    list = await alerts();
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ openKey: null, outstandingRials: '28000000' });
    expect(list[0].clearedAt).toBeTruthy();
    expect((await get('/api/me/dashboard', tokenC)).body.data.debt).toMatchObject({ outstandingRials: 28_000_000, overCeiling: false, unpaidCount: 3 });

    // crossing again: a new alert and a new message
    await bill(0.25); // 30,000,000: reaches it again
    list = await alerts();
    expect(list).toHaveLength(2);
    expect(list[1]).toMatchObject({ openKey: c.id, outstandingRials: '30000000', clearedAt: null });
    sent = await messages();
    expect(sent).toHaveLength(2);
    expect(await warnings()).toBe(2);
    expect(await app.strapi.db.query(ALERT).count({ where: { subscriberId: c.id, clearedAt: null } })).toBe(1);

    // paying the second invoice: below again, cleared
    await payOnSandbox(second.documentId, tokenC);
    expect((await alerts()).map((x: any) => x.openKey)).toEqual([null, null]);
    expect(await messages()).toHaveLength(2);
  });

  test('two invoices issued at once that cross together: one alert, one message', async () => {
    const e = await createCustomer(app.strapi);
    const eDevice = await payPerCaseDevice(e);
    const [t1, t2, t3] = [await ticket(e, eDevice), await ticket(e, eDevice), await ticket(e, eDevice)];
    await issue(t1, { difficulty: 'standard', workHours: 3 }); // 24,000,000
    await Promise.all([issue(t2, { difficulty: 'standard', workHours: 1 }), issue(t3, { difficulty: 'standard', workHours: 1 })]); // 40,000,000
    expect(await app.strapi.db.query(ALERT).count({ where: { subscriberId: e.id } })).toBe(1);
    expect(await app.strapi.db.query(OUTBOX).count({ where: { subscriberId: e.id, templateCode: 'debt-ceiling' } })).toBe(1);
    expect((await app.strapi.db.query(ALERT).findOne({ where: { subscriberId: e.id } })).outstandingRials).toBe('40000000');
  });
});

describe('the dashboard', () => {
  test('debt and tickets, in the same number of statements for 1 or 12 invoices and tickets', async () => {
    const d = await createCustomer(app.strapi);
    const tokenD = await tokenFor(app.server, d.subscriberNumber);
    const device = await payPerCaseDevice(d);
    const empty = await get('/api/me/dashboard', tokenD);
    expect(empty.body.data.debt).toEqual({ outstandingRials: 0, ceilingRials: 100_000_000, overCeiling: false, unpaidCount: 0 });
    expect(empty.body.data.tickets).toEqual({ open: 0, answered: 0 });

    await issue(await ticket(d, device), { difficulty: 'simple', workHours: 1 });
    await ticket(d, device, 'question', { ticketStatus: 'open' });
    await settleQueries(app.strapi);
    // warm: the writes above may have invalidated the auth cache's entries for this caller, so
    // the first request after them re-reads the user or subscriber (tests/api/auth-cache.test.ts)
    await get('/api/me/dashboard', tokenD);
    const small = await countQueries(app.strapi, () => get('/api/me/dashboard', tokenD));
    for (let i = 0; i < 11; i += 1) {
      await issue(await ticket(d, device), { difficulty: 'simple', workHours: 1 });
      await ticket(d, device, 'question', { ticketStatus: ['open', 'in_review', 'answered'][i % 3] });
    }
    await settleQueries(app.strapi);
    await get('/api/me/dashboard', tokenD);
    const large = await countQueries(app.strapi, () => get('/api/me/dashboard', tokenD));
    expect((large.result as any).body.data.debt).toEqual({ outstandingRials: 60_000_000, ceilingRials: 100_000_000, overCeiling: false, unpaidCount: 12 });
    // open + in review wait on staff; answered waits on the buyer; closed are neither
    expect((large.result as any).body.data.tickets).toEqual({ open: 1 + 8, answered: 3 });
    expect(large.count).toBe(small.count);
  });
});

describe('the work queue', () => {
  test('counts open debt alerts and links to the list filtered as it counts', async () => {
    const item = (await app.strapi.plugin('back-office').service('work-queue').forAbility({ can: () => true })).find((i: any) => i.id === 'debt-alerts-open');
    expect(item.title).toEqual({ fa: 'مشترکان بالای سقف بدهی', en: 'Subscribers over the debt ceiling' });
    expect(item.count).toBe(await app.strapi.db.query(ALERT).count({ where: { clearedAt: null } }));
    expect(item.link).toBe('/content-manager/collection-types/api::invoice.debt-alert?page=1&filters[$and][0][clearedAt][$null]=true');
  });
});

describe('Zarinpal', () => {
  test('the real client against the fake: paid once for the invoice’s own amount', async () => {
    const fakes = await startLifecycleFakes(app.strapi);
    try {
      const row = await issue(await ticket(a, ppcA), { difficulty: 'expert', workHours: '0.5' });
      const started = await pay(row.documentId, tokenA);
      expect(started.status).toBe(200);
      const { redirectUrl } = started.body.data.payment;
      expect(redirectUrl).toMatch(new RegExp(`^${fakes.zarinpal.url}/pg/StartPay/A[A-Z0-9]{35}$`));
      const sent = fakes.zarinpal.calls.find((x: any) => x.path === '/pg/v4/payment/request.json')!.body;
      expect(sent).toMatchObject({ amount: 9_000_000, currency: 'IRR' });
      expect(sent.description).toContain(row.number);
      const callback = fakes.zarinpal.pay(redirectUrl.split('/').pop()!);
      expect((await request(app.server).get(callback)).headers.location).toMatch(/outcome=paid/);
      expect((await request(app.server).get(callback)).headers.location).toMatch(/outcome=already-paid/);
      expect((await app.strapi.db.query(INVOICE).findOne({ where: { id: row.id } })).invoiceStatus).toBe('paid');
    } finally {
      await fakes.close();
      app.strapi.config.set('plugin::payment.provider', 'sandbox');
      app.strapi.config.set('plugin::payment.providerOptions', {});
      app.strapi.plugin('payment').service('payments').resetGateway();
    }
  });
});
