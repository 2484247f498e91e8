/**
 * Fault: the licence worker is killed (SIGKILL) while it waits for SpotPlayer's answer — after
 * SpotPlayer created the licence. The request stays `sending` under the dead worker's claim; after
 * the lease (2 minutes) it goes back to the queue, and the next attempt — any instance — looks the
 * licence up by its payload (the order number) instead of creating another: SpotPlayer holds
 * exactly one licence for the order, and the order carries its key. A real second process
 * (tests/fault/child-app.js) on the same database: an SQLite file, or PostgreSQL with DATABASE_URL;
 * the real spotplayer provider in both processes against the fake SpotPlayer.
 */
import request from 'supertest';
import { startApp, type TestApp } from '../helpers/strapi';
import { createCustomer } from '../helpers/fixtures';
import { startFakeSpotPlayer } from '../fakes/spotplayer';
import { startChild, waitFor } from './child';

let app: TestApp;
let spot: Awaited<ReturnType<typeof startFakeSpotPlayer>>;
const REQUEST = 'plugin::video-licensing.licence-request';
const ORDER = 'api::course-order.course-order';

beforeAll(async () => {
  app = await startApp();
  spot = await startFakeSpotPlayer();
  app.strapi.config.set('plugin::video-licensing.provider', 'spotplayer');
  app.strapi.config.set('plugin::video-licensing.providerOptions', { apiKey: spot.apiKey, baseUrl: spot.url, level: -1, test: true, timeoutMs: 5_000 });
  // this process does not try at once after the payment: the other one issues
  app.strapi.config.set('plugin::video-licensing.issueAfterPayment', false);
  app.strapi.plugin('video-licensing').service('licences').resetProvider();
}, 180_000);
afterAll(async () => {
  await spot?.close();
  await app?.stop();
});

test('killed after SpotPlayer created the licence: after the lease the next attempt finds it by payload — one licence, recorded once', async () => {
  const course = await app.strapi.documents('api::course.course').create({
    data: { title: 'عیب‌یابی پیشرفتهٔ دستگاه‌های زیگ', priceRials: '60000000', spotPlayerCourseIds: [spot.courses[1]] } as any,
  });
  await app.strapi.documents('api::course.course').publish({ documentId: course.documentId });
  const buyer = await createCustomer(app.strapi, { fullName: 'رضا کاظمی', mobile: '09123334455' });
  const bought = await app.strapi.service('api::course-order.course-orders').purchase(buyer.id, course.documentId);
  const authority = bought.payment.redirectUrl.split('/').pop();
  const decided = await request(app.server).post(`/api/payment/sandbox/${authority}/pay`);
  const callback = new URL(decided.headers.location);
  await request(app.server).get(`${callback.pathname}${callback.search}`);
  const orderId: string = bought.order.id;
  const number: string = bought.order.number;
  expect((await app.strapi.db.query(REQUEST).findOne({ where: { reference: orderId } })).requestStatus).toBe('queued');

  // another instance's worker asks SpotPlayer; SpotPlayer creates it and the worker dies before the answer
  spot.setMode('hang-after-create');
  const child = startChild('issue-licences', {
    VIDEO_LICENSING_PROVIDER: 'spotplayer',
    SPOTPLAYER_API_KEY: spot.apiKey,
    SPOTPLAYER_BASE_URL: spot.url,
    SPOTPLAYER_TIMEOUT_MS: '30000',
  });
  try {
    await child.ready;
    await waitFor(() => spot.byPayload(number).length === 1, { what: `SpotPlayer to create the licence (child: ${child.output()})` });
  } finally {
    await child.kill();
  }
  spot.setMode('ok');

  const stalled = await app.strapi.db.query(REQUEST).findOne({ where: { reference: orderId } });
  expect(stalled).toMatchObject({ requestStatus: 'sending', attempts: 1, claimedBy: expect.any(String) });
  expect((await app.strapi.db.query(ORDER).findOne({ where: { documentId: orderId } })).orderStatus).toBe('paid');

  const licences = app.strapi.plugin('video-licensing').service('licences');
  const claimedAt = new Date(stalled.claimedAt).getTime();
  // within the dead worker's lease nobody touches it
  expect(await licences.runOnce({ now: new Date(claimedAt + 60_000) })).toMatchObject({ released: 0, claimed: 0 });
  // after it, the request is taken again: looked up by payload, found, recorded
  expect(await licences.runOnce({ now: new Date(claimedAt + 2 * 60_000 + 1_000) })).toMatchObject({ released: 1, claimed: 1, issued: 1 });

  const made = spot.byPayload(number);
  expect(made).toHaveLength(1);
  expect(spot.creates().filter((r) => r.body?.payload === number)).toHaveLength(1);
  expect(await app.strapi.db.query(REQUEST).findOne({ where: { reference: orderId } })).toMatchObject({ requestStatus: 'issued', attempts: 2, foundByLookup: true, licenceKey: made[0].key, claimedBy: null });
  expect(await app.strapi.db.query(ORDER).findOne({ where: { documentId: orderId } })).toMatchObject({ orderStatus: 'licensed', licenceKey: made[0].key, licenceId: made[0]._id });
  // and nothing more happens on later runs
  expect(await licences.runOnce({ now: new Date(claimedAt + 10 * 60_000) })).toMatchObject({ released: 0, claimed: 0 });
  expect(spot.byPayload(number)).toHaveLength(1);
}, 300_000);
