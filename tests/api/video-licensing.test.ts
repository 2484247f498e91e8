/**
 * Licensed training videos end to end (issue 13; seed 001 §9): a buyer buys a published course,
 * pays on the sandbox gateway, and the real spotplayer provider asks the fake SpotPlayer
 * (tests/fakes/spotplayer.ts) for the licence — once, whatever happens: a repeated callback,
 * SpotPlayer down then up, an answer lost after SpotPlayer created the licence, a refusal that
 * staff retry from the order's page. Subscriber B never reaches A's orders; a draft course is not
 * for sale; a course owned is not bought twice; bad requests are 400s in Persian.
 */
import request from 'supertest';
import { startApp, countQueries, settleQueries, type TestApp } from '../helpers/strapi';
import { adminToken, createCustomer, tokenFor } from '../helpers/fixtures';
import { startFakeSpotPlayer } from '../fakes/spotplayer';
import { waitFor } from '../fault/child';

let app: TestApp;
let spot: Awaited<ReturnType<typeof startFakeSpotPlayer>>;
let a: any;
let b: any;
let tokenA: string;
let tokenB: string;
let admin: string;
let seq = 0;

const COURSE = 'api::course.course';
const ORDER = 'api::course-order.course-order';
const REQUEST = 'plugin::video-licensing.licence-request';
const PAYMENT = 'api::payment.payment';
const OUTBOX = 'plugin::messaging.outbound-message';
const auth = (t: string) => ({ Authorization: `Bearer ${t}` });
const get = (path: string, token: string) => request(app.server).get(path).set(auth(token));
const licences = () => app.strapi.plugin('video-licensing').service('licences');
const requestOf = (orderId: string) => app.strapi.db.query(REQUEST).findOne({ where: { reference: orderId } });
const orderRow = (orderId: string) => app.strapi.db.query(ORDER).findOne({ where: { documentId: orderId } });
const inline = (on: boolean) => app.strapi.config.set('plugin::video-licensing.issueAfterPayment', on);

/** A course as staff write it in the admin (Document Service: the course rules run), published unless asked not to. */
const createCourse = async ({ publish = true, ...data }: Record<string, unknown> & { publish?: boolean } = {}) => {
  seq += 1;
  const course = await app.strapi.documents(COURSE).create({
    data: {
      title: `آموزش نصب و راه‌اندازی دستگاه زیگ ${seq}`,
      titleEn: `Installing and starting up Zig devices ${seq}`,
      summary: 'نصب، تنظیم و نگهداری دستگاه در ده قسمت',
      summaryEn: 'Installation, set-up and upkeep in ten episodes',
      description: 'دوره‌ای برای نصب‌کاران و کاربران حرفه‌ای',
      priceRials: '45000000',
      spotPlayerCourseIds: [spot.courses[0]],
      sortOrder: seq,
      ...data,
    } as any,
  });
  if (publish) await app.strapi.documents(COURSE).publish({ documentId: course.documentId });
  return course;
};

const purchase = (courseId: string, token: string, body?: object) => {
  const req = request(app.server).post(`/api/me/courses/${courseId}/purchase`).set(auth(token));
  return body === undefined ? req : req.send(body);
};

/** Pays a started payment on the sandbox gateway: its "pay" button, then the callback. */
const payOnSandbox = async (redirectUrl: string) => {
  const authority = redirectUrl.split('/').pop()!;
  const decided = await request(app.server).post(`/api/payment/sandbox/${authority}/pay`);
  expect(decided.status).toBe(303);
  const callback = new URL(decided.headers.location);
  const callbackPath = `${callback.pathname}${callback.search}`;
  const back = await request(app.server).get(callbackPath);
  return { callbackPath, back };
};

/** Buys a course and pays for it: the order's id and number, and the callback's path. */
const buyAndPay = async (courseId: string, token: string) => {
  const started = await purchase(courseId, token);
  expect(started.status).toBe(201);
  const { order, payment } = started.body.data;
  const paid = await payOnSandbox(payment.redirectUrl);
  return { order, payment, ...paid };
};

const issued = (orderId: string) => waitFor(async () => (await requestOf(orderId))?.requestStatus === 'issued', { what: `the licence of ${orderId}`, timeoutMs: 15_000 });

beforeAll(async () => {
  app = await startApp();
  spot = await startFakeSpotPlayer({ lostDelayMs: 2_500 });
  // the real client, against the fake
  app.strapi.config.set('plugin::video-licensing.provider', 'spotplayer');
  app.strapi.config.set('plugin::video-licensing.providerOptions', { apiKey: spot.apiKey, baseUrl: spot.url, level: -1, test: true, timeoutMs: 1_000 });
  licences().resetProvider();
  a = await createCustomer(app.strapi, { fullName: 'علی رضایی', mobile: '09141112233' });
  b = await createCustomer(app.strapi, { fullName: 'مریم احمدی', mobile: '09351234567' });
  tokenA = await tokenFor(app.server, a.subscriberNumber);
  tokenB = await tokenFor(app.server, b.subscriberNumber);
  admin = await adminToken(app.strapi, app.server);
}, 180_000);
afterEach(() => {
  inline(true);
  spot.setMode('ok');
});
afterAll(async () => {
  await spot?.close();
  await app?.stop();
});

describe('buying a course', () => {
  test('paid on the sandbox gateway: one licence from SpotPlayer with the documented request; the buyer sees the key and is told', async () => {
    const course = await createCourse();
    const list = await get('/api/me/courses', tokenA);
    expect(list.status).toBe(200);
    expect(list.body.data.find((c: any) => c.id === course.documentId)).toEqual({
      id: course.documentId,
      title: course.title,
      summary: 'نصب، تنظیم و نگهداری دستگاه در ده قسمت',
      cover: null,
      priceRials: 45_000_000,
      owned: false,
      order: null,
    });

    const started = await purchase(course.documentId, tokenA);
    expect(started.status).toBe(201);
    const { order, payment } = started.body.data;
    expect(order).toMatchObject({ number: expect.stringMatching(/^V-\d{4}-\d{6}$/), course: { id: course.documentId, title: course.title }, priceRials: 45_000_000, status: 'awaiting_payment', licence: null });
    expect(payment).toMatchObject({ id: expect.any(String), amountRials: 45_000_000, redirectUrl: expect.stringContaining('/api/payment/sandbox/') });
    // the amount charged is the one in our order row
    expect((await app.strapi.db.query(PAYMENT).findOne({ where: { documentId: payment.id } })).amountRials).toBe('45000000');

    const { back } = await payOnSandbox(payment.redirectUrl);
    expect(back.status).toBe(302);
    // tried at once after the payment's transaction commits
    await issued(order.id);

    const made = spot.byPayload(order.number);
    expect(made).toHaveLength(1);
    const create = spot.creates().find((r) => r.body?.payload === order.number)!;
    expect(create.path).toBe('/license/edit/');
    expect(create.headers['$api']).toBe(spot.apiKey);
    expect(create.headers['$level']).toBe('-1');
    expect(create.body).toMatchObject({
      test: true,
      course: [spot.courses[0]],
      name: 'علی رضایی',
      payload: order.number,
      data: { confs: 0, limit: { [spot.courses[0]]: '0-' } },
      watermark: { texts: [{ text: 'علی رضایی 09141112233' }] },
    });

    const mine = await get(`/api/me/course-orders/${order.id}`, tokenA);
    expect(mine.status).toBe(200);
    expect(mine.body.data).toMatchObject({
      id: order.id,
      number: order.number,
      status: 'licensed',
      statusLabel: { fa: 'لایسنس صادر شد', en: 'Licensed' },
      paidAt: { iso: expect.any(String), jalali: expect.any(String) },
      licensedAt: { iso: expect.any(String), jalali: expect.any(String) },
      licence: { key: made[0].key, url: `https://dl.spotplayer.ir${made[0].url}`, test: true },
    });
    const listed = await get('/api/me/course-orders', tokenA);
    expect(listed.body.data.map((o: any) => o.id)).toContain(order.id);
    expect(listed.body.meta.pagination).toMatchObject({ page: 1, pageSize: 20 });

    const courseNow = await get(`/api/me/courses/${course.documentId}`, tokenA);
    expect(courseNow.body.data).toMatchObject({ owned: true, order: { id: order.id, status: 'licensed' }, description: 'دوره‌ای برای نصب‌کاران و کاربران حرفه‌ای' });

    // the dashboard notification links to «ویدیوهای من»; one SMS/WhatsApp
    const notifications = await get('/api/me/notifications', tokenA);
    const told = notifications.body.data.find((n: any) => n.source.id === `course-licence:${order.id}`);
    expect(told).toMatchObject({ link: '/my-videos', title: { fa: `لایسنس دورهٔ «${course.title}» آماده است` } });
    const messages = await app.strapi.db.query(OUTBOX).findMany({ where: { templateCode: 'course-licence-ready', subscriberId: a.id } });
    expect(messages.length).toBeGreaterThanOrEqual(1);
    expect(messages.every((m: any) => String(m.dedupeKey).startsWith(`course-licence:${order.id}:`))).toBe(true);

    // the payment history says what it was for
    const payments = await get('/api/me/payments', tokenA);
    expect(payments.body.data.find((p: any) => p.id === payment.id)).toMatchObject({ kind: { fa: `خرید دورهٔ «${course.title}» (سفارش ${order.number})` } });
  });

  test('English titles when asked, the Persian where none was written', async () => {
    const course = await createCourse({ titleEn: null, summaryEn: null });
    const en = await get(`/api/me/courses/${course.documentId}?locale=en`, tokenA);
    expect(en.body.data).toMatchObject({ title: course.title, summary: 'نصب، تنظیم و نگهداری دستگاه در ده قسمت', description: 'دوره‌ای برای نصب‌کاران و کاربران حرفه‌ای' });
    const other = await createCourse();
    expect((await get(`/api/me/courses/${other.documentId}?locale=en`, tokenA)).body.data.title).toBe(`Installing and starting up Zig devices ${seq}`);
  });

  test('a course edited and published again after a purchase: the order still points at it', async () => {
    inline(false);
    const course = await createCourse();
    const { order } = await buyAndPay(course.documentId, tokenA);
    await app.strapi.documents(COURSE).update({ documentId: course.documentId, data: { title: 'عنوان تازهٔ دوره' } as any });
    await app.strapi.documents(COURSE).publish({ documentId: course.documentId });
    const row = await app.strapi.db.query(ORDER).findOne({ where: { documentId: order.id }, populate: { course: { select: ['title', 'publishedAt'] } } });
    expect(row.course).toMatchObject({ title: 'عنوان تازهٔ دوره', publishedAt: expect.anything() });
    expect((await get(`/api/me/course-orders/${order.id}`, tokenA)).body.data.course).toEqual({ id: course.documentId, title: 'عنوان تازهٔ دوره' });
    // the licence is for the course as published now
    expect(await licences().runOnce()).toMatchObject({ issued: 1 });
  });

  test('a repeated payment callback grants once: one paid order, one licence', async () => {
    const course = await createCourse();
    const { order, payment, callbackPath } = await buyAndPay(course.documentId, tokenA);
    for (let i = 0; i < 3; i++) expect((await request(app.server).get(callbackPath)).status).toBe(302);
    await issued(order.id);
    await licences().runOnce({ now: new Date(Date.now() + 3_600_000) });
    expect(spot.byPayload(order.number)).toHaveLength(1);
    expect((await app.strapi.db.query(PAYMENT).findOne({ where: { documentId: payment.id } })).paymentStatus).toBe('paid');
    expect(await app.strapi.db.query(REQUEST).count({ where: { reference: order.id } })).toBe(1);

    // a second verified payment for the same order is refused: refund_due; the order stays licensed
    const again = await app.strapi.plugin('payment').service('payments').start({ purpose: 'course', referenceId: order.id, subscriberId: a.id, amountRials: 45_000_000, description: 'دوباره' });
    await payOnSandbox(again.redirectUrl);
    expect((await app.strapi.db.query(PAYMENT).findOne({ where: { id: again.payment.id } })).paymentStatus).toBe('refund_due');
    expect((await orderRow(order.id)).orderStatus).toBe('licensed');
    expect(spot.byPayload(order.number)).toHaveLength(1);
  });

  test('SpotPlayer down, then up: retried with backoff, issued once', async () => {
    inline(false);
    const course = await createCourse();
    spot.setMode('server-error');
    const { order } = await buyAndPay(course.documentId, tokenA);
    expect((await orderRow(order.id)).orderStatus).toBe('paid');

    expect(await licences().runOnce()).toMatchObject({ claimed: 1, retrying: 1 });
    const waiting = await requestOf(order.id);
    expect(waiting).toMatchObject({ requestStatus: 'queued', attempts: 1, lastErrorCode: '503' });
    expect(new Date(waiting.nextAttemptAt).getTime()).toBeGreaterThan(Date.now());
    // not before its next attempt
    expect(await licences().runOnce()).toMatchObject({ claimed: 0 });
    // still down at the next attempt: the lookup fails too, nothing created
    const second = new Date(new Date(waiting.nextAttemptAt).getTime() + 1_000);
    expect(await licences().runOnce({ now: second })).toMatchObject({ claimed: 1, retrying: 1 });
    expect(spot.byPayload(order.number)).toHaveLength(0);

    spot.setMode('ok');
    const later = new Date(Date.now() + 3 * 3_600_000);
    expect(await licences().runOnce({ now: later })).toMatchObject({ claimed: 1, issued: 1 });
    expect(spot.byPayload(order.number)).toHaveLength(1);
    expect(await requestOf(order.id)).toMatchObject({ requestStatus: 'issued', attempts: 3, foundByLookup: false });
    expect((await orderRow(order.id)).orderStatus).toBe('licensed');
    expect(await licences().runOnce({ now: new Date(later.getTime() + 3_600_000) })).toMatchObject({ claimed: 0 });
    expect(spot.byPayload(order.number)).toHaveLength(1);
  });

  test('an answer lost after SpotPlayer created the licence: the next attempt finds it by payload, no second licence', async () => {
    inline(false);
    const course = await createCourse();
    const { order } = await buyAndPay(course.documentId, tokenA);
    spot.setMode('lost-after-create');
    expect(await licences().runOnce()).toMatchObject({ claimed: 1, retrying: 1 });
    expect(await requestOf(order.id)).toMatchObject({ requestStatus: 'queued', lastErrorCode: 'timeout' });
    // SpotPlayer did make it
    expect(spot.byPayload(order.number)).toHaveLength(1);

    spot.setMode('ok');
    expect(await licences().runOnce({ now: new Date(Date.now() + 3_600_000) })).toMatchObject({ claimed: 1, issued: 1 });
    const made = spot.byPayload(order.number);
    expect(made).toHaveLength(1);
    expect(spot.creates().filter((r) => r.body?.payload === order.number)).toHaveLength(1);
    expect(await requestOf(order.id)).toMatchObject({ requestStatus: 'issued', foundByLookup: true, licenceId: made[0]._id, licenceKey: made[0].key });
    const mine = await get(`/api/me/course-orders/${order.id}`, tokenA);
    expect(mine.body.data.licence).toEqual({ key: made[0].key, url: `https://dl.spotplayer.ir${made[0].url}`, test: true });
  });

  test('SpotPlayer refuses (ex with HTTP 200): the request fails for staff; their retry from the order page issues it once', async () => {
    inline(false);
    const course = await createCourse();
    const { order } = await buyAndPay(course.documentId, tokenA);
    spot.setMode('ex', 'Course package has expired');
    expect(await licences().runOnce()).toMatchObject({ claimed: 1, failed: 1 });
    expect(await requestOf(order.id)).toMatchObject({ requestStatus: 'failed', attempts: 1, lastErrorCode: 'ex' });
    // the buyer sees it paid, the licence on its way
    const mine = await get(`/api/me/course-orders/${order.id}`, tokenA);
    expect(mine.body.data).toMatchObject({ status: 'paid', licence: null });
    // the job leaves it alone
    expect(await licences().runOnce({ now: new Date(Date.now() + 3_600_000) })).toMatchObject({ claimed: 0 });

    const panel = await request(app.server).get(`/video-licensing/requests/${order.id}`).set(auth(admin));
    expect(panel.status).toBe(200);
    expect(panel.body.data).toMatchObject({ status: 'failed', attempts: 1, lastError: expect.stringContaining('Course package has expired'), nextAttemptAt: null, licence: null, payload: order.number });

    spot.setMode('ok');
    const retried = await request(app.server).post(`/video-licensing/requests/${panel.body.data.id}/retry`).set(auth(admin)).send({});
    expect(retried.status).toBe(200);
    expect(retried.body.data).toMatchObject({ status: 'queued', nextAttemptAt: expect.any(String) });
    // a second retry while it is queued is a conflict
    expect((await request(app.server).post(`/video-licensing/requests/${panel.body.data.id}/retry`).set(auth(admin)).send({})).status).toBe(409);
    expect(await licences().runOnce()).toMatchObject({ claimed: 1, issued: 1 });
    expect(spot.byPayload(order.number)).toHaveLength(1);
    expect((await get(`/api/me/course-orders/${order.id}`, tokenA)).body.data.status).toBe('licensed');
    // unknown request → 404
    expect((await request(app.server).post('/video-licensing/requests/99999999/retry').set(auth(admin)).send({})).status).toBe(404);
  });

  test('with the inline attempt on, staff’s retry issues it at once', async () => {
    inline(false);
    const course = await createCourse();
    const { order } = await buyAndPay(course.documentId, tokenA);
    spot.setMode('ex');
    await licences().runOnce();
    spot.setMode('ok');
    inline(true);
    const row = await requestOf(order.id);
    expect((await request(app.server).post(`/video-licensing/requests/${row.id}/retry`).set(auth(admin)).send({})).status).toBe(200);
    await issued(order.id);
    expect(spot.byPayload(order.number)).toHaveLength(1);
  });
});

describe('what may be bought, and by whom', () => {
  test('a draft or unknown course is not for sale (404), nor listed', async () => {
    const draft = await createCourse({ publish: false });
    expect((await purchase(draft.documentId, tokenA)).status).toBe(404);
    expect((await get(`/api/me/courses/${draft.documentId}`, tokenA)).status).toBe(404);
    expect((await get('/api/me/courses', tokenA)).body.data.map((c: any) => c.id)).not.toContain(draft.documentId);
    expect((await purchase('nosuchcourse0000000000000', tokenA)).status).toBe(404);
    expect((await purchase('NOT-AN-ID', tokenA)).status).toBe(404);
  });

  test('a course owned is not bought again (409 courseAlreadyOwned); an earlier unpaid order is replaced', async () => {
    const course = await createCourse();
    const first = await purchase(course.documentId, tokenA);
    const second = await purchase(course.documentId, tokenA);
    expect(second.status).toBe(201);
    expect((await orderRow(first.body.data.order.id)).orderStatus).toBe('cancelled');

    // the replaced order's payment, verified anyway: refunded, and the order says so
    await payOnSandbox(first.body.data.payment.redirectUrl);
    expect((await app.strapi.db.query(PAYMENT).findOne({ where: { documentId: first.body.data.payment.id } })).paymentStatus).toBe('refund_due');
    expect((await orderRow(first.body.data.order.id)).orderStatus).toBe('refund_due');

    await payOnSandbox(second.body.data.payment.redirectUrl);
    await issued(second.body.data.order.id);
    const again = await purchase(course.documentId, tokenA);
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({ status: 409, message: 'این دوره را قبلاً خریده‌اید؛ لایسنس آن در «ویدیوهای من» است.', details: { code: 'courseAlreadyOwned' } });
    // the list: the refunded order and the licensed one, not the unpaid ones
    const listed = (await get('/api/me/course-orders?pageSize=50', tokenA)).body.data.filter((o: any) => o.course.id === course.documentId);
    expect(listed.map((o: any) => o.status).sort()).toEqual(['licensed', 'refund_due']);
  });

  test('subscriber B never reaches A’s orders, nor buys for A', async () => {
    const course = await createCourse();
    const { order } = await buyAndPay(course.documentId, tokenA);
    await issued(order.id);

    expect((await get(`/api/me/course-orders/${order.id}`, tokenB)).status).toBe(404);
    expect((await get('/api/me/course-orders', tokenB)).body.data.map((o: any) => o.id)).not.toContain(order.id);
    const seen = (await get('/api/me/courses', tokenB)).body.data.find((c: any) => c.id === course.documentId);
    expect(seen).toMatchObject({ owned: false, order: null });
    // an order id is not a course id; a body naming A is refused
    expect((await purchase(order.id, tokenB)).status).toBe(404);
    const forA = await purchase(course.documentId, tokenB, { subscriberId: a.id });
    expect(forA.status).toBe(400);
    expect(forA.body.error.details.errors).toEqual([expect.objectContaining({ path: ['subscriberId'], code: 'notAllowed' })]);
    // B buys it for B
    const own = await purchase(course.documentId, tokenB);
    expect(own.status).toBe(201);
    expect((await orderRow(own.body.data.order.id)).subscriberId).toBe(b.id);
    // no login → 401
    expect((await request(app.server).get('/api/me/course-orders')).status).toBe(401);
  });

  test('bad requests are 400s with Persian field errors, and write nothing', async () => {
    const course = await createCourse();
    const before = await app.strapi.db.query(ORDER).count();
    const body = await purchase(course.documentId, tokenA, { priceRials: 1 });
    expect(body.status).toBe(400);
    expect(body.body.error.details.errors[0]).toMatchObject({ path: ['priceRials'], code: 'notAllowed', message: 'این فیلد قابل ارسال نیست.' });
    expect(await app.strapi.db.query(ORDER).count()).toBe(before);

    const locale = await get('/api/me/courses?locale=de', tokenA);
    expect(locale.status).toBe(400);
    expect(locale.body.error.details.errors).toEqual([expect.objectContaining({ path: ['query', 'locale'], code: 'invalidChoice', message: 'مقدار انتخاب‌شده مجاز نیست.' })]);
    expect((await get('/api/me/course-orders?page=0', tokenA)).status).toBe(400);
    expect((await get('/api/me/course-orders?pageSize=۵۱', tokenA)).status).toBe(400);
    expect((await get('/api/me/course-orders?pageSize=۵', tokenA)).status).toBe(200);
    const unknown = await get('/api/me/courses?sort=price', tokenA);
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.details.errors[0]).toMatchObject({ path: ['query', 'sort'], code: 'unknownParameter' });
  });
});

describe('courses staff write', () => {
  test('SpotPlayer course ids, the episodes limit and the price are checked, in Persian', async () => {
    const fields = async (data: Record<string, unknown>) => {
      try {
        await createCourse({ publish: false, ...data });
        return 'created';
      } catch (error: any) {
        expect(error.name).toBe('ValidationError');
        return error.details.errors.map((e: any) => `${e.path.join('.')}:${e.code}`);
      }
    };
    expect(await fields({ spotPlayerCourseIds: [] })).toEqual(['spotPlayerCourseIds:spotPlayerCourseIdsInvalid']);
    expect(await fields({ spotPlayerCourseIds: ['not-a-course'] })).toEqual(['spotPlayerCourseIds:spotPlayerCourseIdsInvalid']);
    expect(await fields({ priceRials: '0', episodesLimit: 'همه' })).toEqual(['priceRials:coursePriceInvalid', 'episodesLimit:episodesLimitInvalid']);
    // pasted ids (upper case, separated by commas and new lines) are stored as a list
    const pasted = await createCourse({ publish: false, spotPlayerCourseIds: `${spot.courses[0].toUpperCase()},\n${spot.courses[1]}`, episodesLimit: ' 1-3,5 ' });
    const stored = await app.strapi.db.query(COURSE).findOne({ where: { id: pasted.id } });
    expect(stored.spotPlayerCourseIds).toEqual([spot.courses[0], spot.courses[1]]);
    expect(stored.episodesLimit).toBe('1-3,5');
  });

  test('a staff API token or the Content Manager cannot write a course order', async () => {
    const created = await request(app.server)
      .post(`/content-manager/collection-types/${ORDER}`)
      .set(auth(admin))
      .send({ number: 'V-0', subscriberId: a.id, courseDocumentId: 'x', priceRials: '1', orderStatus: 'licensed' });
    expect(created.status).toBe(403);
    expect(created.body.error.message).toMatch(/سفارش دوره/);
  });
});

describe('no N+1', () => {
  test('the course list costs the same statements for 2 courses or 8', async () => {
    const call = () => get('/api/me/courses', tokenB);
    await call();
    await settleQueries(app.strapi);
    const few = await countQueries(app.strapi, call);
    for (let i = 0; i < 6; i++) await createCourse();
    await call();
    await settleQueries(app.strapi);
    const many = await countQueries(app.strapi, call);
    expect(many.result.status).toBe(200);
    expect(many.count).toBe(few.count);
  });

  test('«ویدیوهای من» costs the same statements for 1 order or 6', async () => {
    const c = await createCourse();
    const published = await app.strapi.db.query(COURSE).findOne({ where: { documentId: c.documentId, publishedAt: { $notNull: true } }, select: ['id'] });
    const licensed = (i: number) =>
      app.strapi.db.query(ORDER).create({
        data: { number: `V-n1-${i}`, subscriber: b.id, subscriberId: b.id, course: published.id, courseDocumentId: c.documentId, courseTitle: c.title, priceRials: '45000000', orderStatus: 'licensed', paidAt: new Date(), licensedAt: new Date(), licenceKey: `key-${i}`, licenceUrl: 'https://dl.spotplayer.ir/c/x', licenceTest: true },
      });
    const call = () => get('/api/me/course-orders?pageSize=50', tokenB);
    await licensed(0);
    await call();
    await settleQueries(app.strapi);
    const one = await countQueries(app.strapi, call);
    for (let i = 1; i < 6; i++) await licensed(i);
    await call();
    await settleQueries(app.strapi);
    const six = await countQueries(app.strapi, call);
    expect(six.result.body.data.filter((o: any) => o.course.id === c.documentId)).toHaveLength(6);
    expect(six.count).toBe(one.count);
  });
});
