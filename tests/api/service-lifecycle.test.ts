/**
 * After the service ends (seed 001 §3): renew for 1/2/3 years paid through Zarinpal (the real
 * client against a fake), continue pay-per-case, or cancel. Every change reaches the Didar CRM
 * (real client, fake server) once and in order, even when Didar is down for a while. Expiry
 * reminders go once each, on a fixed clock.
 */
import request from 'supertest';
import { startApp, type TestApp } from '../helpers/strapi';
import { createCustomer, createDevice, createModel, tokenFor } from '../helpers/fixtures';
import { startLifecycleFakes } from '../helpers/lifecycle';
import { addDays, formatJalaliDate, jalaliParts, tehranDate } from '../../src/domain/jalali';
import { addJalaliYears, jalaliMonthLength } from '../../src/domain/jalali-terms';

let app: TestApp;
let fakes: Awaited<ReturnType<typeof startLifecycleFakes>>;
let model: any;
let owner: any;
let other: any;
let token: string;
let otherToken: string;

const today = () => tehranDate();
const auth = (t: string) => ({ Authorization: `Bearer ${t}` });
const device = (id: string, t = token) => request(app.server).get(`/api/me/devices/${id}`).set(auth(t));
const choose = (id: string, body: object, t = token) => request(app.server).post(`/api/me/devices/${id}/service`).set(auth(t)).send(body);
const authorityOf = (redirectUrl: string) => redirectUrl.split('/').pop()!;
const payments = () => app.strapi.db.query('api::payment.payment');
const crm = () => app.strapi.plugin('crm-sync').service('sync');
/** '/۰۹/۱۰' of '۱۴۰۵/۰۹/۱۰': the Jalali month and day as shown */
const presentedDay = (iso: string) => formatJalaliDate(iso).slice(4);

const expiredDevice = async (daysAgo = 10) =>
  createDevice(app.strapi, { owner: owner.documentId, model: model.documentId, installationDate: addDays(today(), -400), serviceEnd: addDays(today(), -daysAgo) });

beforeAll(async () => {
  app = await startApp();
  fakes = await startLifecycleFakes(app.strapi);
  model = await createModel(app.strapi);
  owner = await createCustomer(app.strapi, { mobile: '09141112233', fullName: 'علی رضایی' });
  other = await createCustomer(app.strapi);
  token = await tokenFor(app.server, owner.subscriberNumber);
  otherToken = await tokenFor(app.server, other.subscriberNumber);
});
afterAll(async () => {
  await fakes?.close();
  await app?.stop();
});

describe('renewal paid through Zarinpal', () => {
  test('a two-year renewal: pay on the gateway, land on the result page, see "renewed" with the new end date', async () => {
    const d = await expiredDevice();
    const options = await request(app.server).get(`/api/me/devices/${d.documentId}/service`).set(auth(token));
    expect(options.body.data.choices.map((c: any) => [c.choice, c.allowed])).toEqual([['renew', true], ['pay_per_case', true], ['cancel', true]]);
    const twoYears = options.body.data.choices[0].plans.find((p: any) => p.years === 2);
    expect(twoYears.priceRials).toBe(450_000_000);

    const res = await choose(d.documentId, { choice: 'renew', years: 2 });
    expect(res.status).toBe(200);
    expect(res.body.data.contract).toMatchObject({ kind: 'renewal', years: 2, status: 'pending_payment', priceRials: 450_000_000 });
    const { redirectUrl, id: paymentId } = res.body.data.payment;
    expect(redirectUrl).toMatch(new RegExp(`^${fakes.zarinpal.url}/pg/StartPay/A[A-Z0-9]{35}$`));
    const sent = fakes.zarinpal.calls.at(-1)!.body;
    expect(sent).toMatchObject({ merchant_id: fakes.zarinpal.merchantId, amount: 450_000_000, currency: 'IRR', callback_url: 'http://localhost:1337/api/payment/callback' });

    // not renewed before the payment is verified
    expect((await device(d.documentId)).body.data.serviceStatus).toBe('expired');

    const callback = fakes.zarinpal.pay(authorityOf(redirectUrl));
    const back = await request(app.server).get(callback);
    expect(back.status).toBe(302);
    expect(back.headers.location).toBe(`/payments/${paymentId}?outcome=paid`);

    const after = (await device(d.documentId)).body.data;
    expect(after.serviceStatus).toBe('renewed');
    expect(after.serviceEnd.iso).toBe(addJalaliYears(today(), 2));
    expect(after.serviceEnd.jalali).toMatch(/^[۰-۹]{4}\//);
    expect(after.contracts.find((c: any) => c.kind === 'renewal')).toMatchObject({ status: 'active', years: 2 });

    const result = await request(app.server).get(`/api/me/payments/${paymentId}`).set(auth(token));
    expect(result.body.data).toMatchObject({ status: 'paid', amountRials: 450_000_000, refId: expect.any(String), statusLabel: { fa: 'پرداخت موفق' } });
    expect((await request(app.server).get(`/api/me/payments/${paymentId}`).set(auth(otherToken))).status).toBe(404);

    // told on the dashboard and by SMS
    const notes = await app.strapi.db.query('api::notification.notification').findMany({ where: { subscriberId: owner.id, titleFa: 'خدمات تمدید شد' } });
    expect(notes).toHaveLength(1);
    // the English text says what the Persian one says: the new end in the Jalali calendar (as the
    // English site writes dates) and the amount paid, never a Gregorian ISO date
    const endEn = new Intl.DateTimeFormat('en-u-ca-persian', { timeZone: 'Asia/Tehran', dateStyle: 'medium' }).format(new Date(`${after.serviceEnd.iso}T12:00:00Z`));
    expect(notes[0].bodyEn).toContain(endEn);
    expect(notes[0].bodyEn).toContain('45,000,000 toman');
    expect(notes[0].bodyEn).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(notes[0].bodyFa).toContain('۴۵٬۰۰۰٬۰۰۰ تومان');
    expect(await app.strapi.db.query('plugin::messaging.outbound-message').count({ where: { subscriberId: owner.id, templateCode: 'service-renewed' } })).toBe(1);

    // the CRM got it
    await crm().runOnce();
    const deal = [...fakes.didar.deals.values()].find((x) => x.Description.includes(`poshtiban:device:${d.id}`))!;
    expect(deal.PipelineStageId).toBe(fakes.didar.stageIds.renewed);
  });

  test('renewals for 2 and 3 years end on the same Jalali day as they start', async () => {
    // a running term within the renewal window, ending on a day where Gregorian years would land
    // a day off (as 10 Azar 1405 + 2 years = 11 Azar 1407 did)
    const gregorianYears = (iso: string, years: number) => `${Number(iso.slice(0, 4)) + years}${iso.slice(4)}`;
    const candidates = Array.from({ length: 55 }, (_, i) => addDays(today(), i + 5));
    const end = candidates.find((d) => [2, 3].some((y) => gregorianYears(d, y) !== addJalaliYears(d, y)) && !d.endsWith('-02-29')) ?? candidates[0];
    for (const years of [2, 3]) {
      const d = await createDevice(app.strapi, { owner: owner.documentId, model: model.documentId, installationDate: addDays(today(), -300), serviceEnd: end });
      const plan = (await request(app.server).get(`/api/me/devices/${d.documentId}/service`).set(auth(token))).body.data.choices[0].plans.find((p: any) => p.years === years);
      const res = await choose(d.documentId, { choice: 'renew', years });
      expect(res.status).toBe(200);
      const back = await request(app.server).get(fakes.zarinpal.pay(authorityOf(res.body.data.payment.redirectUrl)));
      expect(back.headers.location).toMatch(/outcome=paid/);
      const after = (await device(d.documentId)).body.data;
      const from = jalaliParts(end);
      const to = jalaliParts(after.serviceEnd.iso);
      expect(to).toEqual({ year: from.year + years, month: from.month, day: Math.min(from.day, jalaliMonthLength(from.year + years, from.month)) });
      expect(after.serviceEnd.jalali.slice(4)).toBe(presentedDay(end));
      expect(plan.term).toEqual({ start: end, end: after.serviceEnd.iso });
      expect(after.contracts.find((c: any) => c.kind === 'renewal')).toMatchObject({ years, startDate: { iso: end }, endDate: { iso: after.serviceEnd.iso } });
    }
  });

  test('a repeated callback grants nothing twice', async () => {
    const d = await expiredDevice();
    const res = await choose(d.documentId, { choice: 'renew', years: 1 });
    const callback = fakes.zarinpal.pay(authorityOf(res.body.data.payment.redirectUrl));
    await request(app.server).get(callback);
    const end = (await device(d.documentId)).body.data.serviceEnd.iso;
    const again = await request(app.server).get(callback);
    expect(again.headers.location).toMatch(/outcome=already-paid/);
    await Promise.all([request(app.server).get(callback), request(app.server).get(callback)]);
    expect((await device(d.documentId)).body.data.serviceEnd.iso).toBe(end);
    expect(await app.strapi.db.query('api::notification.notification').count({ where: { subscriberId: owner.id, sourceId: `contract:${res.body.data.contract.id}` } })).toBe(1);
  });

  test('a tampered amount (paid less) is not granted', async () => {
    const d = await expiredDevice();
    const res = await choose(d.documentId, { choice: 'renew', years: 3 });
    const back = await request(app.server).get(fakes.zarinpal.pay(authorityOf(res.body.data.payment.redirectUrl), 1_000));
    expect(back.headers.location).toMatch(/outcome=rejected/);
    expect((await device(d.documentId)).body.data.serviceStatus).toBe('expired');
    expect((await payments().findOne({ where: { documentId: res.body.data.payment.id } })).paymentStatus).toBe('failed');
  });

  test('a forged authority, or a forged "OK" on an unpaid payment, grants nothing', async () => {
    const d = await expiredDevice();
    const res = await choose(d.documentId, { choice: 'renew', years: 1 });
    const forged = await request(app.server).get('/api/payment/callback?Authority=A000000000000000000000000000000000001&Status=OK');
    expect(forged.headers.location).toMatch(/\/payments\/unknown\?outcome=unknown/);
    const authority = authorityOf(res.body.data.payment.redirectUrl);
    const early = await request(app.server).get(`/api/payment/callback?Authority=${authority}&Status=OK&amount=1`);
    expect(early.headers.location).toMatch(/outcome=not-paid/);
    expect((await device(d.documentId)).body.data.serviceStatus).toBe('expired');
  });

  test('a cancelled payment cancels the pending renewal, which the contract history leaves out', async () => {
    const d = await expiredDevice();
    const res = await choose(d.documentId, { choice: 'renew', years: 1 });
    const back = await request(app.server).get(fakes.zarinpal.cancel(authorityOf(res.body.data.payment.redirectUrl)));
    expect(back.headers.location).toMatch(/outcome=cancelled/);
    expect((await app.strapi.db.query('api::contract.contract').findOne({ where: { documentId: res.body.data.contract.id } })).contractStatus).toBe('cancelled');
    expect((await device(d.documentId)).body.data.contracts).toEqual([]);
  });

  test('the gateway times out on the callback: the payment stays pending and a later reconcile grants it once', async () => {
    const d = await expiredDevice();
    const res = await choose(d.documentId, { choice: 'renew', years: 1 });
    const callback = fakes.zarinpal.pay(authorityOf(res.body.data.payment.redirectUrl));
    fakes.zarinpal.setMode('hang');
    const back = await request(app.server).get(callback);
    expect(back.headers.location).toMatch(/outcome=pending/);
    expect((await device(d.documentId)).body.data.serviceStatus).toBe('expired');

    fakes.zarinpal.setMode('verify-lost'); // verified at Zarinpal, but the answer is lost
    await app.strapi.plugin('payment').service('payments').reconcile({ now: new Date(Date.now() + 10 * 60_000) });
    expect((await device(d.documentId)).body.data.serviceStatus).toBe('expired');

    fakes.zarinpal.setMode('ok'); // now verify answers 101 (already verified): granted once
    const outcome = await app.strapi.plugin('payment').service('payments').reconcile({ now: new Date(Date.now() + 20 * 60_000) });
    expect(outcome.paid).toBe(1);
    expect((await device(d.documentId)).body.data.serviceStatus).toBe('renewed');
    const again = await app.strapi.plugin('payment').service('payments').reconcile({ now: new Date(Date.now() + 30 * 60_000) });
    expect(again.checked).toBe(0);
  });
});

describe('pay-per-case and cancel', () => {
  test('take effect at once, and reach the CRM in order', async () => {
    const d = await expiredDevice();
    const ppc = await choose(d.documentId, { choice: 'pay_per_case' });
    expect(ppc.status).toBe(200);
    expect(ppc.body.data.device.serviceStatus).toBe('pay_per_case');
    const cancel = await choose(d.documentId, { choice: 'cancel' });
    expect(cancel.body.data.device.serviceStatus).toBe('cancelled');
    expect(cancel.body.data.device.serviceStatusLabel.fa).toBe('انصراف از خدمات');
    await crm().runOnce();
    await crm().runOnce();
    const deal = [...fakes.didar.deals.values()].find((x) => x.Description.includes(`poshtiban:device:${d.id}`))!;
    expect(deal.stages).toEqual([fakes.didar.stageIds.pay_per_case, fakes.didar.stageIds.cancelled]);
  });

  test('not while the service runs (outside the renewal window), with a clear message', async () => {
    const running = await createDevice(app.strapi, { owner: owner.documentId, model: model.documentId, serviceEnd: addDays(today(), 200) });
    for (const body of [{ choice: 'cancel' }, { choice: 'pay_per_case' }, { choice: 'renew', years: 1 }]) {
      const res = await choose(running.documentId, body);
      expect(res.status).toBe(400);
      expect(res.body.error.details.errors[0]).toMatchObject({ path: ['choice'], code: 'serviceRunning' });
      expect(res.body.error.message).toMatch(/خدمات این دستگاه هنوز فعال است/);
    }
    const soon = await createDevice(app.strapi, { owner: owner.documentId, model: model.documentId, serviceEnd: addDays(today(), 20) });
    expect((await choose(soon.documentId, { choice: 'renew', years: 1 })).status).toBe(200);
  });

  test('bad input, and another subscriber’s device', async () => {
    const d = await expiredDevice();
    expect((await choose(d.documentId, { choice: 'renew', years: 5 })).body.error.details.errors[0]).toMatchObject({ path: ['years'], code: 'yearsInvalid' });
    expect((await choose(d.documentId, { choice: 'upgrade' })).body.error.details.errors[0]).toMatchObject({ path: ['choice'], code: 'invalidChoice' });
    expect((await choose(d.documentId, { choice: 'cancel', priceRials: 1 })).body.error.details.errors[0]).toMatchObject({ path: ['priceRials'], code: 'notAllowed' });
    expect((await choose(d.documentId, { choice: 'cancel' }, otherToken)).status).toBe(404);
    expect((await choose(d.documentId, { choice: 'renew', years: 1 }, otherToken)).status).toBe(404);
    expect((await request(app.server).get(`/api/me/devices/${d.documentId}/service`).set(auth(otherToken))).status).toBe(404);
    expect((await device(d.documentId)).body.data.serviceStatus).toBe('expired');
  });
});

describe('Didar CRM sync', () => {
  test('Didar down: the status change is kept and synced once it returns, without duplicates', async () => {
    const d = await expiredDevice();
    fakes.didar.setMode('server-error');
    await choose(d.documentId, { choice: 'pay_per_case' });
    const now = new Date();
    expect(await crm().runOnce({ now })).toMatchObject({ failed: 1 });
    fakes.didar.setMode('lost-after-save'); // Didar saves, but the answers are lost
    expect(await crm().runOnce({ now: new Date(now.getTime() + 5 * 60_000) })).toMatchObject({ failed: 1 });
    fakes.didar.setMode('ok');
    expect(await crm().runOnce({ now: new Date(now.getTime() + 30 * 60_000) })).toMatchObject({ done: 1 });
    const matching = [...fakes.didar.deals.values()].filter((x) => x.Description.includes(`poshtiban:device:${d.id}`));
    expect(matching).toHaveLength(1);
    expect([...fakes.didar.contacts.values()].filter((c) => c.MobilePhone === '09141112233')).toHaveLength(1);
    expect(matching[0].PipelineStageId).toBe(fakes.didar.stageIds.pay_per_case);
  });
});

describe('expiry reminders', () => {
  test('30 days, 7 days and on the day, once each, on a fixed clock', async () => {
    const fixedToday = '2031-01-01';
    const d = await createDevice(app.strapi, { owner: owner.documentId, model: model.documentId, installationDate: '2030-01-01', serviceEnd: '2031-01-31', warrantyEnd: '2031-01-08' });
    const reminders = app.strapi.service('api::device.reminders');
    const sent = async () => app.strapi.db.query('plugin::messaging.outbound-message').findMany({ where: { subscriberId: owner.id, templateCode: { $in: ['service-reminder', 'warranty-reminder'] } } });

    await reminders.run({ today: fixedToday }); // service ends in 30 days, warranty in 7
    await reminders.run({ today: fixedToday }); // again: nobody reminded twice
    let rows = await sent();
    expect(rows.map((r: any) => r.templateCode).sort()).toEqual(['service-reminder', 'warranty-reminder']);
    expect(rows.every((r: any) => r.dedupeKey.includes(`:${d.id}:`))).toBe(true);

    await reminders.run({ today: '2031-01-08' }); // warranty ends today
    await reminders.run({ today: '2031-01-24' }); // service in 7 days
    await reminders.run({ today: '2031-01-31' }); // service today
    await reminders.run({ today: '2031-01-31' });
    rows = await sent();
    expect(rows.filter((r: any) => r.templateCode === 'service-reminder')).toHaveLength(3);
    expect(rows.filter((r: any) => r.templateCode === 'warranty-reminder')).toHaveLength(2);
    const notes = await app.strapi.db.query('api::notification.notification').count({ where: { subscriberId: owner.id, sourceId: { $startsWith: 'reminder:' } } });
    expect(notes).toBe(5);
    // English texts in the Jalali calendar, like the rest of the English site
    const english = await app.strapi.db.query('api::notification.notification').findMany({ where: { subscriberId: owner.id, sourceId: { $startsWith: 'reminder:' } }, select: ['sourceId', 'bodyEn'] });
    for (const note of english) {
      expect(note.bodyEn).not.toMatch(/\d{4}-\d{2}-\d{2}/);
      expect(note.bodyEn).toContain(note.sourceId.startsWith('reminder:service:') ? 'Bahman 11, 1409 AP' : 'Dey 18, 1409 AP');
    }
  });
});
