/**
 * Fault: the outbox worker is killed (SIGKILL) after Kavenegar took a login code through
 * verify/lookup — which has no `localid` — but before the worker heard back. Resending it would
 * text the buyer the same code twice; Kavenegar could not tell. So the worker marks such a send in
 * flight before the call, and once the dead worker's lease is over the message is given up
 * (`dead`, the code's secret wiped, the reason for staff) instead of being sent again: one SMS. The
 * code that went still logs in, and the buyer may ask for a new one after the cool-down. A real
 * second process (tests/fault/child-app.js) on the same database: SQLite, or PostgreSQL with DATABASE_URL.
 */
import request from 'supertest';
import { startApp, type TestApp } from '../helpers/strapi';
import { createCustomer } from '../helpers/fixtures';
import { startFakeKavenegar } from '../fakes/kavenegar';
import { startChild, waitFor } from './child';

let app: TestApp;
let kavenegar: Awaited<ReturnType<typeof startFakeKavenegar>>;
const OUTBOX = 'plugin::messaging.outbound-message';

beforeAll(async () => {
  app = await startApp();
  kavenegar = await startFakeKavenegar();
  app.strapi.config.set('plugin::messaging.sms', { provider: 'kavenegar', providerOptions: { apiKey: kavenegar.apiKey, baseUrl: kavenegar.url, sender: '2000500666', timeoutMs: 5000 } });
  await app.strapi.plugin('messaging').service('delivery').resetProviders();
});
afterAll(async () => {
  await kavenegar?.close();
  await app?.stop();
});

test('killed after Kavenegar took a login code (lookup, no localid): not sent again after the lease — one SMS; given up for staff to see; the code still works', async () => {
  const customer = await createCustomer(app.strapi, { mobile: '09181234567' });
  const asked = await request(app.server).post('/api/auth/otp/request').send({ identifier: customer.subscriberNumber });
  expect(asked.body.data.sent).toBe(true);

  // another instance's worker sends it; Kavenegar takes it, and the worker dies before the answer
  kavenegar.setMode('accept-then-hang');
  const child = startChild('deliver', {
    FAULT_DELIVERY: JSON.stringify({ sms: { provider: 'kavenegar', providerOptions: { apiKey: kavenegar.apiKey, baseUrl: kavenegar.url, sender: '2000500666', timeoutMs: 30_000 } } }),
  });
  try {
    await child.ready;
    await waitFor(() => kavenegar.sent.length === 1, { what: `Kavenegar to take the code (child: ${child.output()})` });
  } finally {
    await child.kill();
  }
  kavenegar.setMode('ok');
  const stalled = await app.strapi.db.query(OUTBOX).findOne({ where: { templateCode: 'login-code' } });
  // in flight without a duplicate key: whether it went is unknown
  expect(stalled).toMatchObject({ status: 'sending', attempts: 1, providerStatus: 'unknown' });
  expect(kavenegar.sent[0]).toMatchObject({ kind: 'lookup', template: 'poshtiban-login', receptor: '09181234567' });

  const delivery = app.strapi.plugin('messaging').service('delivery');
  const claimedAt = new Date(stalled.claimedAt).getTime();
  expect(await delivery.runOnce({ now: new Date(claimedAt + 30_000) })).toMatchObject({ uncertain: 0, released: 0, claimed: 0 });
  // after the lease: given up, not sent again
  expect(await delivery.runOnce({ now: new Date(claimedAt + 61_000) })).toMatchObject({ uncertain: 1, released: 0, claimed: 0 });
  expect(await delivery.runOnce({ now: new Date(claimedAt + 10 * 60_000) })).toMatchObject({ claimed: 0 });

  const row = await app.strapi.db.query(OUTBOX).findOne({ where: { id: stalled.id } });
  expect(row).toMatchObject({ status: 'dead', sealedParams: null, claimedBy: null });
  expect(row.lastError).toMatch(/uncertain: the provider may have sent it/);
  expect(kavenegar.requests.filter((r) => r.path.endsWith('/verify/lookup.json'))).toHaveLength(1);
  expect(kavenegar.sent).toHaveLength(1);

  // the code the buyer got logs in
  const ok = await request(app.server).post('/api/auth/otp/verify').send({ identifier: customer.subscriberNumber, code: kavenegar.sent[0].tokens!.token });
  expect(ok.status).toBe(200);
});
