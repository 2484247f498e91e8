/**
 * Fault: the outbox worker is killed (SIGKILL) after Kavenegar accepted an SMS but before the
 * worker marked it sent. Within a minute (the default lease; the worker's heartbeat keeps it while
 * alive) the message goes back to the queue and the next worker sends it again with the same
 * outbox id as Kavenegar's `localid`, which Kavenegar does not deliver twice: the message ends
 * `sent` with the first delivery's message id, and the buyer got one SMS. A real second process
 * (tests/fault/child-app.js) on the same database: an SQLite file, or PostgreSQL with DATABASE_URL.
 */
import { startApp, type TestApp } from '../helpers/strapi';
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

test('killed after the provider took the SMS: resent with the same localid after the lease, delivered once, marked sent', async () => {
  const { id } = await app.strapi.plugin('messaging').service('outbox').enqueue({
    channel: 'sms',
    kind: 'transactional',
    recipient: '09121234567',
    templateCode: 'repair-status',
    params: { name: 'علی', tracking: 'R-1001', device: 'ZI-200', status: 'آمادهٔ تحویل' },
    dedupeKey: 'repair:fault:sms',
  });

  // another instance's worker sends it; Kavenegar takes it, and the worker dies before the answer
  kavenegar.setMode('accept-then-hang');
  const child = startChild('deliver', {
    FAULT_DELIVERY: JSON.stringify({ sms: { provider: 'kavenegar', providerOptions: { apiKey: kavenegar.apiKey, baseUrl: kavenegar.url, sender: '2000500666', timeoutMs: 30_000 } } }),
  });
  try {
    await child.ready;
    await waitFor(() => kavenegar.sent.length === 1, { what: `Kavenegar to accept the SMS (child: ${child.output()})` });
  } finally {
    await child.kill();
  }
  kavenegar.setMode('ok');
  const stalled = await app.strapi.db.query(OUTBOX).findOne({ where: { id } });
  expect(stalled).toMatchObject({ status: 'sending', attempts: 1, claimedBy: expect.any(String) });
  expect(kavenegar.sent[0]).toMatchObject({ kind: 'send', localid: String(id), receptor: '09121234567' });

  const delivery = app.strapi.plugin('messaging').service('delivery');
  const claimedAt = new Date(stalled.claimedAt).getTime();
  // still within the dead worker's lease: nobody touches it
  expect(await delivery.runOnce({ now: new Date(claimedAt + 30_000) })).toMatchObject({ released: 0, claimed: 0 });
  // a minute later (the default lease) it is retried — not after five
  expect(await delivery.runOnce({ now: new Date(claimedAt + 61_000) })).toMatchObject({ released: 1, claimed: 1, sent: 1 });

  const sent = await app.strapi.db.query(OUTBOX).findOne({ where: { id } });
  expect(sent).toMatchObject({ status: 'sent', attempts: 2, providerMessageId: String(kavenegar.sent[0].messageid), claimedBy: null });
  // asked twice with the same localid, delivered once
  const sends = kavenegar.requests.filter((r) => r.path.endsWith('/sms/send.json'));
  expect(sends.map((r) => r.form.localid)).toEqual([String(id), String(id)]);
  expect(kavenegar.sent).toHaveLength(1);
});
