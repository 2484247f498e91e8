/**
 * The buyer's payment history (GET /api/me/payments): their own payments only, newest first,
 * paged, with the device, what was bought, the period paid for and Persian labels; the printed
 * receipt's data for a paid payment (GET /api/me/payments/:id/receipt), refused for an unpaid one;
 * another subscriber's payment or receipt is 404. Renewal notifications link to the device.
 */
import request from 'supertest';
import { startApp, type TestApp } from '../helpers/strapi';
import { createCustomer, createDevice, createModel, tokenFor } from '../helpers/fixtures';
import { startLifecycleFakes } from '../helpers/lifecycle';
import { addDays, tehranDate } from '../../src/domain/jalali';
import { renewalTerm } from '../../src/domain/service-choices';

let app: TestApp;
let fakes: Awaited<ReturnType<typeof startLifecycleFakes>>;
let owner: any;
let other: any;
let token: string;
let otherToken: string;
let device: any;
const paid: { id?: string; refId?: string } = {};
let cancelledId: string;

const auth = (t: string) => ({ Authorization: `Bearer ${t}` });
const get = (path: string, t = token) => request(app.server).get(path).set(auth(t));
const authorityOf = (redirectUrl: string) => redirectUrl.split('/').pop()!;
const renew = (years: number) => request(app.server).post(`/api/me/devices/${device.documentId}/service`).set(auth(token)).send({ choice: 'renew', years });

beforeAll(async () => {
  app = await startApp();
  fakes = await startLifecycleFakes(app.strapi);
  const model = await createModel(app.strapi, { brand: 'Zig', model: 'ZC-300' });
  owner = await createCustomer(app.strapi, { fullName: 'علی رضایی' });
  other = await createCustomer(app.strapi);
  token = await tokenFor(app.server, owner.subscriberNumber);
  otherToken = await tokenFor(app.server, other.subscriberNumber);
  device = await createDevice(app.strapi, { owner: owner.documentId, model: model.documentId, serviceEnd: addDays(tehranDate(), -5) });

  // a renewal cancelled on the gateway, then a two-year one paid
  const first = await renew(1);
  cancelledId = first.body.data.payment.id;
  await request(app.server).get(fakes.zarinpal.cancel(authorityOf(first.body.data.payment.redirectUrl)));
  const second = await renew(2);
  paid.id = second.body.data.payment.id;
  await request(app.server).get(fakes.zarinpal.pay(authorityOf(second.body.data.payment.redirectUrl)));
  // the other subscriber's device and an unpaid payment of theirs
  const theirs = await createDevice(app.strapi, { owner: other.documentId, model: model.documentId, serviceEnd: addDays(tehranDate(), -5) });
  await request(app.server).post(`/api/me/devices/${theirs.documentId}/service`).set(auth(otherToken)).send({ choice: 'renew', years: 1 });
});
afterAll(async () => {
  await fakes?.close();
  await app?.stop();
});

describe('GET /api/me/payments', () => {
  test('the caller’s payments, newest first, with device, kind, period, amount and Persian labels', async () => {
    const res = await get('/api/me/payments');
    expect(res.status).toBe(200);
    expect(res.body.meta.pagination).toEqual({ page: 1, pageSize: 20, total: 2, pageCount: 1 });
    const [latest, earlier] = res.body.data;
    expect(latest.id).toBe(paid.id);
    expect(earlier.id).toBe(cancelledId);
    const term = renewalTerm(tehranDate(), addDays(tehranDate(), -5), 2);
    expect(latest).toMatchObject({
      status: 'paid',
      statusLabel: { fa: 'پرداخت موفق', en: 'Paid' },
      amountRials: 450_000_000,
      refId: expect.any(String),
      kind: { fa: 'تمدید قرارداد خدمات (دوساله)' },
      device: { id: device.documentId, serial: device.serial, brand: 'Zig', model: 'ZC-300', serviceEnd: { iso: term.end } },
      period: { start: { iso: term.start }, end: { iso: term.end } },
      hasReceipt: true,
    });
    expect(latest.createdAt.jalali).toMatch(/^[۰-۹]{4}\/[۰-۹]{2}\/[۰-۹]{2}، [۰-۹]{2}:[۰-۹]{2}$/);
    expect(latest.period.end.jalali).toMatch(/^[۰-۹]{4}\//);
    expect(earlier).toMatchObject({ status: 'cancelled', statusLabel: { fa: 'پرداخت لغو شد' }, kind: { fa: 'تمدید قرارداد خدمات (یک‌ساله)' }, hasReceipt: false, refId: null });
  });

  test('paged: pageSize and page; bad or unknown parameters are a 400 naming them', async () => {
    const one = await get('/api/me/payments?pageSize=1&page=2');
    expect(one.body.data.map((p: any) => p.id)).toEqual([cancelledId]);
    expect(one.body.meta.pagination).toEqual({ page: 2, pageSize: 1, total: 2, pageCount: 2 });
    const bad = await get('/api/me/payments?pageSize=500');
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.errors[0]).toMatchObject({ path: ['query', 'pageSize'] });
    expect((await get('/api/me/payments?subscriberId=1')).status).toBe(400);
  });

  test('another subscriber sees only their own, and gets 404 for the first one’s payment and receipt', async () => {
    const theirs = await get('/api/me/payments', otherToken);
    expect(theirs.body.data).toHaveLength(1);
    expect(theirs.body.data.map((p: any) => p.id)).not.toContain(paid.id);
    expect((await get(`/api/me/payments/${paid.id}`, otherToken)).status).toBe(404);
    expect((await get(`/api/me/payments/${paid.id}/receipt`, otherToken)).status).toBe(404);
    expect([401, 403]).toContain((await request(app.server).get('/api/me/payments')).status);
  });
});

describe('GET /api/me/payments/:id/receipt', () => {
  test('a paid payment: the gateway reference, amount in rials and tomans, device, period, Jalali time', async () => {
    const res = await get(`/api/me/payments/${paid.id}/receipt`);
    expect(res.status).toBe(200);
    const r = res.body.data;
    const term = renewalTerm(tehranDate(), addDays(tehranDate(), -5), 2);
    expect(r).toMatchObject({
      id: paid.id,
      refId: expect.stringMatching(/^\d+$/),
      amountRials: 450_000_000,
      amountTomans: 45_000_000,
      gateway: 'zarinpal',
      kind: { fa: 'تمدید قرارداد خدمات (دوساله)' },
      device: { serial: device.serial },
      period: { start: { iso: term.start }, end: { iso: term.end } },
      subscriber: { fullName: 'علی رضایی', subscriberNumber: owner.subscriberNumber },
    });
    expect(r.paidAt.jalali).toMatch(/^[۰-۹]{4}\/[۰-۹]{2}\/[۰-۹]{2}، [۰-۹]{2}:[۰-۹]{2}$/);
    if (r.cardPan) expect(r.cardPan).toMatch(/^\d{6}\*+\d{4}$/);
  });

  test('an unpaid payment has no receipt: 409 with the reason in Persian and English', async () => {
    const res = await get(`/api/me/payments/${cancelledId}/receipt`);
    expect(res.status).toBe(409);
    expect(res.body.error.details.code).toBe('paymentNotPaid');
    expect(res.body.error.message).toMatch(/فقط برای پرداخت موفق/);
    expect(res.body.error.details.messageEn).toMatch(/only for a successful payment/);
  });

  test('the result page’s payment carries the device and its new end date', async () => {
    const res = await get(`/api/me/payments/${paid.id}`);
    expect(res.body.data.device).toMatchObject({ id: device.documentId, serviceEnd: { jalaliLong: expect.stringMatching(/[۰-۹]/) } });
  });
});

describe('renewal notifications lead to the device', () => {
  test('the renewal’s notification carries the device page as its link', async () => {
    const list = (await get('/api/me/notifications?pageSize=50')).body.data;
    const renewed = list.find((n: any) => n.title.fa === 'خدمات تمدید شد');
    expect(renewed.link).toBe(`/devices/${device.documentId}`);
  });
});
