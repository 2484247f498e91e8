/**
 * Fault: the process settling a payment is killed (SIGKILL) in the middle — after Zarinpal verified
 * the payment but before the grant (the renewal) was written, and, on PostgreSQL, inside the grant's
 * own transaction. Nothing is half-written: the payment stays `pending` (no "verifying" state to get
 * stuck in), and the reconcile job — any instance, once the payment is two minutes old — verifies
 * it again (Zarinpal answers 101, already verified, with the same ref id) and grants it once: the
 * device renewed to the right end, the contract active, one notification, one SMS, one CRM job;
 * a later callback or reconcile grants nothing more. A real second process
 * (tests/fault/child-app.js) on the same database: an SQLite file, or PostgreSQL with DATABASE_URL;
 * the real Zarinpal client in both processes against the fake Zarinpal.
 */
import request from 'supertest';
import { startApp, type TestApp } from '../helpers/strapi';
import { createCustomer, createDevice, createModel, tokenFor } from '../helpers/fixtures';
import { startLifecycleFakes } from '../helpers/lifecycle';
import { addDays, tehranDate } from '../../src/domain/jalali';
import { addJalaliYears } from '../../src/domain/jalali-terms';
import { rawRows } from '../../src/utils/raw-sql';
import { startChild, waitFor } from './child';

let app: TestApp;
let fakes: Awaited<ReturnType<typeof startLifecycleFakes>>;
let model: any;
let owner: any;
let token: string;

const PAYMENT = 'api::payment.payment';
const CONTRACT = 'api::contract.contract';
const payments = () => app.strapi.plugin('payment').service('payments');
const auth = () => ({ Authorization: `Bearer ${token}` });
const device = async (documentId: string) => (await request(app.server).get(`/api/me/devices/${documentId}`).set(auth())).body.data;
const verifies = (authority: string) => fakes.zarinpal.calls.filter((c) => c.path.endsWith('/verify.json') && c.body.authority === authority).length;
/** the child settles the gateway's callback with the real Zarinpal client, configured as in production */
const childGateway = () => ({ PAYMENT_PROVIDER: 'zarinpal', ZARINPAL_MERCHANT_ID: fakes.zarinpal.merchantId, ZARINPAL_BASE_URL: fakes.zarinpal.url, ZARINPAL_TIMEOUT_MS: '30000' });

/** An expired device, a one-year renewal chosen, paid on the gateway's page: the callback is what is left. */
const paidRenewal = async () => {
  const d = await createDevice(app.strapi, { owner: owner.documentId, model: model.documentId, installationDate: addDays(tehranDate(), -400), serviceEnd: addDays(tehranDate(), -10) });
  const chosen = await request(app.server).post(`/api/me/devices/${d.documentId}/service`).set(auth()).send({ choice: 'renew', years: 1 });
  expect(chosen.status).toBe(200);
  const authority: string = chosen.body.data.payment.redirectUrl.split('/').pop();
  fakes.zarinpal.pay(authority);
  const payment = await app.strapi.db.query(PAYMENT).findOne({ where: { authority } });
  return { d, authority, payment, contractId: chosen.body.data.contract.id as string };
};

/** Granted once: the renewal, its notice (dashboard, SMS, CRM) once each, the payment paid with Zarinpal's ref id. */
const expectGrantedOnce = async ({ d, authority, payment, contractId }: Awaited<ReturnType<typeof paidRenewal>>) => {
  const paid = await app.strapi.db.query(PAYMENT).findOne({ where: { id: payment.id } });
  expect(paid).toMatchObject({ paymentStatus: 'paid', refId: String(fakes.zarinpal.payments.get(authority)!.refId) });
  const after = await device(d.documentId);
  expect(after.serviceStatus).toBe('renewed');
  expect(after.serviceEnd.iso).toBe(addJalaliYears(tehranDate(), 1));
  expect((await app.strapi.db.query(CONTRACT).findOne({ where: { documentId: contractId } })).contractStatus).toBe('active');
  const eventKey = `contract:${contractId}`;
  expect(await app.strapi.db.query('api::notification.notification').count({ where: { subscriberId: owner.id, sourceId: eventKey } })).toBe(1);
  expect(await app.strapi.db.query('plugin::messaging.outbound-message').count({ where: { subscriberId: owner.id, templateCode: 'service-renewed', dedupeKey: { $contains: eventKey } } })).toBe(1);
  expect(await app.strapi.db.query('plugin::crm-sync.sync-job').count({ where: { deviceId: d.id, event: eventKey } })).toBe(1);
};

/** Nothing of the grant was written: the payment pending, the device still expired, the renewal unpaid, nobody told. */
const expectNothingGranted = async ({ d, payment, contractId }: Awaited<ReturnType<typeof paidRenewal>>) => {
  expect(await app.strapi.db.query(PAYMENT).findOne({ where: { id: payment.id } })).toMatchObject({ paymentStatus: 'pending', refId: null, grantedAt: null });
  expect((await device(d.documentId)).serviceStatus).toBe('expired');
  expect((await app.strapi.db.query(CONTRACT).findOne({ where: { documentId: contractId } })).contractStatus).toBe('pending_payment');
  expect(await app.strapi.db.query('api::notification.notification').count({ where: { subscriberId: owner.id, sourceId: `contract:${contractId}` } })).toBe(0);
};

beforeAll(async () => {
  app = await startApp();
  fakes = await startLifecycleFakes(app.strapi);
  model = await createModel(app.strapi);
  owner = await createCustomer(app.strapi, { mobile: '09141115566', fullName: 'مریم احمدی' });
  token = await tokenFor(app.server, owner.subscriberNumber);
}, 180_000);
afterAll(async () => {
  await fakes?.close();
  await app?.stop();
});

test('killed after Zarinpal verified, before the grant: still pending, and the reconcile job grants it once', async () => {
  const renewal = await paidRenewal();
  const { authority, payment } = renewal;

  // the buyer is sent back to another instance; it verifies, Zarinpal verifies, and the instance dies before the answer
  fakes.zarinpal.setMode('verify-then-hang');
  const child = startChild('settle-payment', { ...childGateway(), FAULT_AUTHORITY: authority });
  try {
    await child.ready;
    await waitFor(() => fakes.zarinpal.payments.get(authority)!.state === 'verified', { what: `Zarinpal to verify the payment (child: ${child.output()})` });
  } finally {
    await child.kill();
  }
  fakes.zarinpal.setMode('ok');
  expect(verifies(authority)).toBe(1);
  await expectNothingGranted(renewal);

  const createdAt = new Date(payment.createdAt).getTime();
  // a payment under two minutes old is left to its callback (which may still be at work)
  expect(await payments().reconcile({ now: new Date(createdAt + 60_000) })).toMatchObject({ checked: 0 });
  // after that the job verifies it again: 101, already verified, the same ref id; granted once
  expect(await payments().reconcile({ now: new Date(createdAt + 3 * 60_000) })).toMatchObject({ checked: 1, paid: 1 });
  expect(verifies(authority)).toBe(2);
  await expectGrantedOnce(renewal);

  // the buyer's browser retries the callback, the job runs again: nothing more
  const end = (await device(renewal.d.documentId)).serviceEnd.iso;
  const back = await request(app.server).get(`/api/payment/callback?Authority=${authority}&Status=OK`);
  expect(back.headers.location).toMatch(/outcome=already-paid/);
  expect(await payments().reconcile({ now: new Date(createdAt + 10 * 60_000) })).toMatchObject({ checked: 0 });
  expect((await device(renewal.d.documentId)).serviceEnd.iso).toBe(end);
  await expectGrantedOnce(renewal);
}, 180_000);

test('a payment marked cancelled before it was paid, killed after Zarinpal verified it: not left cancelled with the money taken — after the verification lease the job records it for refund', async () => {
  const renewal = await paidRenewal();
  const { authority, d, contractId } = renewal;
  // a callback that says "cancelled" (forged, or from another tab) comes first: the payment and its renewal are cancelled
  const cancelled = await request(app.server).get(`/api/payment/callback?Authority=${authority}&Status=NOK`);
  expect(cancelled.headers.location).toMatch(/outcome=cancelled/);
  expect((await app.strapi.db.query(CONTRACT).findOne({ where: { documentId: contractId } })).contractStatus).toBe('cancelled');

  // then the buyer's own callback reaches another instance; Zarinpal verifies (the money is taken) and the instance dies
  fakes.zarinpal.setMode('verify-then-hang');
  const child = startChild('settle-payment', { ...childGateway(), FAULT_AUTHORITY: authority });
  const startedAt = Date.now();
  try {
    await child.ready;
    await waitFor(() => fakes.zarinpal.payments.get(authority)!.state === 'verified', { what: `Zarinpal to verify the payment (child: ${child.output()})` });
  } finally {
    await child.kill();
  }
  fakes.zarinpal.setMode('ok');
  const stalled = await app.strapi.db.query(PAYMENT).findOne({ where: { authority } });
  expect(stalled).toMatchObject({ paymentStatus: 'cancelled', refId: null });

  // within the verification's lease the job leaves it to the instance that started it
  expect(await payments().reconcile({ now: new Date(startedAt + 60_000) })).toMatchObject({ checked: 0 });
  // after it, the job verifies again (101, already verified) and — the renewal being cancelled — records it for refund
  expect(await payments().reconcile({ now: new Date(startedAt + 3 * 60_000) })).toMatchObject({ checked: 1, refundDue: 1 });
  const settled = await app.strapi.db.query(PAYMENT).findOne({ where: { authority } });
  expect(settled).toMatchObject({ paymentStatus: 'refund_due', refId: String(fakes.zarinpal.payments.get(authority)!.refId), refundReason: expect.any(String), verifyingUntil: null });
  expect(verifies(authority)).toBe(2);
  // nothing granted: the device still expired, the renewal cancelled, nobody told of a renewal
  expect((await device(d.documentId)).serviceStatus).toBe('expired');
  expect((await app.strapi.db.query(CONTRACT).findOne({ where: { documentId: contractId } })).contractStatus).toBe('cancelled');
  expect(await app.strapi.db.query('api::notification.notification').count({ where: { subscriberId: owner.id, sourceId: `contract:${contractId}` } })).toBe(0);
  // and the job is done with it
  expect(await payments().reconcile({ now: new Date(startedAt + 10 * 60_000) })).toMatchObject({ checked: 0 });
}, 180_000);

// SQLite serialises writers, so no instance can be caught inside the grant's transaction there;
// on PostgreSQL the test holds the device's row lock, which the grant takes after marking the
// payment paid (uncommitted), and the instance is killed while it waits for it.
const onPostgres = Boolean(process.env.DATABASE_URL || process.env.TEST_DATABASE_BASE_URL);
(onPostgres ? test : test.skip)('PostgreSQL: killed inside the grant transaction: all of it rolled back, then granted once by the reconcile job', async () => {
  const renewal = await paidRenewal();
  const { authority, payment, d } = renewal;
  const connection = app.strapi.db.connection;
  const trx = await connection.transaction();
  let child: ReturnType<typeof startChild> | null = null;
  try {
    await trx(app.strapi.db.metadata.get('api::device.device').tableName).where({ id: d.id }).forUpdate().select('id');
    child = startChild('settle-payment', { ...childGateway(), FAULT_AUTHORITY: authority });
    await child.ready;
    // verified at Zarinpal, the payment row updated to paid in the child's open transaction, and the grant waiting for the device
    await waitFor(() => fakes.zarinpal.payments.get(authority)!.state === 'verified', { what: `Zarinpal to verify the payment (child: ${child!.output()})` });
    await waitFor(
      async () =>
        rawRows<{ n: number }>(await connection.raw(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND query ILIKE '%for update%'`))[0].n === 1,
      { what: `the grant to wait for the device's lock (child: ${child.output()})` }
    );
    await child.kill();
  } finally {
    await child?.kill();
    await trx.rollback();
  }
  expect(verifies(authority)).toBe(1);
  await expectNothingGranted(renewal);

  const createdAt = new Date(payment.createdAt).getTime();
  expect(await payments().reconcile({ now: new Date(createdAt + 3 * 60_000) })).toMatchObject({ checked: 1, paid: 1 });
  await expectGrantedOnce(renewal);
  expect(await payments().reconcile({ now: new Date(createdAt + 10 * 60_000) })).toMatchObject({ checked: 0 });
  await expectGrantedOnce(renewal);
}, 180_000);
