/**
 * A renewal that is no longer the live one — replaced by a newer renewal, cancelled by the
 * buyer's cancel or pay-per-case, or expired — cannot be granted by its payment any more. A
 * payment the gateway verifies as paid for it anyway is recorded `refund_due` with its reason
 * (for finance to refund), the buyer's result page says so, and the device is left as it is.
 * Concurrent callbacks still grant a live renewal once.
 */
import request from 'supertest';
import { startApp, type TestApp } from '../helpers/strapi';
import { createCustomer, createDevice, createModel, tokenFor } from '../helpers/fixtures';
import { startLifecycleFakes } from '../helpers/lifecycle';
import { addDays, tehranDate } from '../../src/domain/jalali';
import { addJalaliYears } from '../../src/domain/jalali-terms';

let app: TestApp;
let fakes: Awaited<ReturnType<typeof startLifecycleFakes>>;
let model: any;
let owner: any;
let token: string;

const CONTRACT = 'api::contract.contract';
const PAYMENT = 'api::payment.payment';
const auth = (t: string) => ({ Authorization: `Bearer ${t}` });
const device = (id: string) => request(app.server).get(`/api/me/devices/${id}`).set(auth(token));
const choose = (id: string, body: object) => request(app.server).post(`/api/me/devices/${id}/service`).set(auth(token)).send(body);
const authorityOf = (redirectUrl: string) => redirectUrl.split('/').pop()!;
const paymentRow = (documentId: string) => app.strapi.db.query(PAYMENT).findOne({ where: { documentId } });
const contractRow = (documentId: string) => app.strapi.db.query(CONTRACT).findOne({ where: { documentId } });
const deviceRow = (documentId: string) => app.strapi.db.query('api::device.device').findOne({ where: { documentId } });
const renewedNotes = () => app.strapi.db.query('api::notification.notification').count({ where: { subscriberId: owner.id, titleFa: 'خدمات تمدید شد' } });

const expiredDevice = async () => {
  const today = tehranDate();
  return createDevice(app.strapi, { owner: owner.documentId, model: model.documentId, installationDate: addDays(today, -400), serviceEnd: addDays(today, -10) });
};

/** Starts a renewal; returns its contract and payment ids and the gateway's authority. */
const startRenewal = async (deviceId: string, years = 1) => {
  const res = await choose(deviceId, { choice: 'renew', years });
  expect(res.status).toBe(200);
  return { contractId: res.body.data.contract.id as string, paymentId: res.body.data.payment.id as string, authority: authorityOf(res.body.data.payment.redirectUrl) };
};

/** The buyer pays on the gateway and comes back: the callback's redirect location. */
const payAndReturn = async (authority: string) => (await request(app.server).get(fakes.zarinpal.pay(authority))).headers.location as string;

const expectRefundDue = async (paymentId: string, reason: RegExp) => {
  const row = await paymentRow(paymentId);
  expect(row.paymentStatus).toBe('refund_due');
  expect(row.refId).toEqual(expect.any(String)); // the gateway's reference, for the refund
  expect(row.refundReason).toMatch(reason);
  expect(row.grantedAt).toBeNull();
};

beforeAll(async () => {
  app = await startApp();
  fakes = await startLifecycleFakes(app.strapi);
  model = await createModel(app.strapi);
  owner = await createCustomer(app.strapi, { mobile: '09141112299' });
  token = await tokenFor(app.server, owner.subscriberNumber);
});
afterAll(async () => {
  await fakes?.close();
  await app?.stop();
});

describe('a renewal that is no longer live is not granted; its payment is due a refund', () => {
  test("the issue's sequence: five renewals, then cancel, then every old payment paid — the device stays cancelled", async () => {
    const d = await expiredDevice();
    const before = await deviceRow(d.documentId);
    const renewals = [];
    for (let i = 0; i < 5; i++) renewals.push(await startRenewal(d.documentId, (i % 3) + 1));
    const cancel = await choose(d.documentId, { choice: 'cancel' });
    expect(cancel.status).toBe(200);
    const notesBefore = await renewedNotes();

    for (const r of renewals) {
      const location = await payAndReturn(r.authority);
      expect(location).toBe(`/payments/${r.paymentId}?outcome=refund-due`);
    }
    const after = await deviceRow(d.documentId);
    expect(after.serviceMode).toBe('cancelled');
    expect(after.serviceEnd).toBe(before.serviceEnd);
    expect((await device(d.documentId)).body.data.serviceStatus).toBe('cancelled');
    for (const r of renewals) {
      await expectRefundDue(r.paymentId, r === renewals[4] ? /cancel/i : /replaced/i);
      expect((await contractRow(r.contractId)).contractStatus).toBe('cancelled');
    }
    expect(await renewedNotes()).toBe(notesBefore);

    // the buyer's result page says the payment will be refunded, in both languages
    const result = await request(app.server).get(`/api/me/payments/${renewals[0].paymentId}`).set(auth(token));
    expect(result.body.data).toMatchObject({ status: 'refund_due', statusLabel: { fa: 'در انتظار استرداد', en: expect.stringMatching(/refund/i) }, hasReceipt: false });
    // a repeated callback changes nothing
    expect(await payAndReturn(renewals[0].authority)).toBe(`/payments/${renewals[0].paymentId}?outcome=refund-due`);
    expect((await paymentRow(renewals[0].paymentId)).paymentStatus).toBe('refund_due');
  });

  test('a replaced renewal paid is refund_due; the newer one is still granted', async () => {
    const d = await expiredDevice();
    const older = await startRenewal(d.documentId, 3);
    const newer = await startRenewal(d.documentId, 1);
    expect(await payAndReturn(older.authority)).toMatch(/outcome=refund-due/);
    await expectRefundDue(older.paymentId, /replaced/i);
    expect((await device(d.documentId)).body.data.serviceStatus).toBe('expired');

    expect(await payAndReturn(newer.authority)).toMatch(/outcome=paid/);
    const after = (await device(d.documentId)).body.data;
    expect(after.serviceStatus).toBe('renewed');
    expect(after.serviceEnd.iso).toBe(addJalaliYears(tehranDate(), 1));
    expect((await contractRow(older.contractId)).contractStatus).toBe('cancelled');
    expect((await contractRow(newer.contractId)).contractStatus).toBe('active');
  });

  test('pay-per-case chosen after a renewal started: the renewal is cancelled, its payment refund_due', async () => {
    const d = await expiredDevice();
    const r = await startRenewal(d.documentId);
    expect((await choose(d.documentId, { choice: 'pay_per_case' })).status).toBe(200);
    expect((await contractRow(r.contractId)).contractStatus).toBe('cancelled');
    expect(await payAndReturn(r.authority)).toMatch(/outcome=refund-due/);
    await expectRefundDue(r.paymentId, /pay-per-case|cancel/i);
    expect((await deviceRow(d.documentId)).serviceMode).toBe('pay_per_case');
  });

  test('an expired payment (its pending time passed) paid later is refund_due', async () => {
    const d = await expiredDevice();
    const r = await startRenewal(d.documentId);
    const ttl = (app.strapi.config.get('plugin::payment') as any).pendingTtlMinutes;
    await app.strapi.plugin('payment').service('payments').reconcile({ now: new Date(Date.now() + (ttl + 5) * 60_000) });
    expect((await paymentRow(r.paymentId)).paymentStatus).toBe('expired');

    expect(await payAndReturn(r.authority)).toMatch(/outcome=refund-due/);
    await expectRefundDue(r.paymentId, /expired/i);
    expect((await device(d.documentId)).body.data.serviceStatus).toBe('expired');
  });

  test('a payment marked failed by a forged callback, then really paid after a newer renewal was granted: refund_due', async () => {
    const d = await expiredDevice();
    const older = await startRenewal(d.documentId, 3);
    // someone sends the gateway's "OK" before anything was paid: verify says unpaid → failed
    const forged = await request(app.server).get(`/api/payment/callback?Authority=${older.authority}&Status=OK`);
    expect(forged.headers.location).toMatch(/outcome=not-paid/);
    expect((await paymentRow(older.paymentId)).paymentStatus).toBe('failed');

    const newer = await startRenewal(d.documentId, 1);
    expect(await payAndReturn(newer.authority)).toMatch(/outcome=paid/);
    const renewedUntil = (await deviceRow(d.documentId)).serviceEnd;

    // the older one is paid on the gateway after all (verify says paid for its own authority)
    expect(await payAndReturn(older.authority)).toMatch(/outcome=refund-due/);
    await expectRefundDue(older.paymentId, /replaced|cancel|failed/i);
    expect((await deviceRow(d.documentId)).serviceEnd).toBe(renewedUntil);
    expect((await contractRow(newer.contractId)).contractStatus).toBe('active');
  });

  test('a cancelled payment (the buyer said cancel on the gateway) paid later is refund_due', async () => {
    const d = await expiredDevice();
    const r = await startRenewal(d.documentId);
    await request(app.server).get(`/api/payment/callback?Authority=${r.authority}&Status=NOK`);
    expect((await paymentRow(r.paymentId)).paymentStatus).toBe('cancelled');
    expect(await payAndReturn(r.authority)).toMatch(/outcome=refund-due/);
    await expectRefundDue(r.paymentId, /cancel/i);
    expect((await device(d.documentId)).body.data.serviceStatus).toBe('expired');
  });

  test('staff change the device to pay-per-case in the admin while a renewal awaits payment: the renewal is cancelled, its payment refund_due', async () => {
    const d = await expiredDevice();
    const r = await startRenewal(d.documentId, 1);
    await app.strapi.documents('api::device.device').update({ documentId: d.documentId, data: { serviceMode: 'pay_per_case' } as any });
    expect((await contractRow(r.contractId)).contractStatus).toBe('cancelled');
    expect(await payAndReturn(r.authority)).toMatch(/outcome=refund-due/);
    await expectRefundDue(r.paymentId, /cancel/i);
    const after = await deviceRow(d.documentId);
    expect(after.serviceMode).toBe('pay_per_case');
    expect(after.serviceEnd).toBe(addDays(tehranDate(), -10));
  });

  test('a staff edit that leaves the service mode alone does not touch a pending renewal', async () => {
    const d = await expiredDevice();
    const r = await startRenewal(d.documentId, 1);
    await app.strapi.documents('api::device.device').update({ documentId: d.documentId, data: { dongleOrUserId: 'DG-STAFF-1' } as any });
    expect((await contractRow(r.contractId)).contractStatus).toBe('pending_payment');
    expect(await payAndReturn(r.authority)).toMatch(/outcome=paid$/);
  });
});

describe('concurrency', () => {
  test('twenty simultaneous callbacks for the live renewal grant it once', async () => {
    const d = await expiredDevice();
    const r = await startRenewal(d.documentId, 2);
    const callback = fakes.zarinpal.pay(r.authority);
    const notes = await renewedNotes();
    const answers = await Promise.all(Array.from({ length: 20 }, () => request(app.server).get(callback)));
    expect(answers.filter((a) => /outcome=paid$/.test(a.headers.location))).toHaveLength(1);
    expect(answers.every((a) => /outcome=(already-)?paid$/.test(a.headers.location))).toBe(true);
    expect(await renewedNotes()).toBe(notes + 1);
    expect((await deviceRow(d.documentId)).serviceEnd).toBe(addJalaliYears(tehranDate(), 2));
  });

  test('the replaced and the live renewal paid at the same moment: the live one is granted, the other refund_due', async () => {
    const d = await expiredDevice();
    const older = await startRenewal(d.documentId, 3);
    const newer = await startRenewal(d.documentId, 1);
    const [a, b] = [fakes.zarinpal.pay(older.authority), fakes.zarinpal.pay(newer.authority)];
    await Promise.all([a, b, a, b].map((url) => request(app.server).get(url)));
    expect((await paymentRow(older.paymentId)).paymentStatus).toBe('refund_due');
    expect((await paymentRow(newer.paymentId)).paymentStatus).toBe('paid');
    expect((await deviceRow(d.documentId)).serviceEnd).toBe(addJalaliYears(tehranDate(), 1));
  });
});
