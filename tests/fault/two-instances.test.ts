/**
 * Two whole app processes on one PostgreSQL database and one Redis, as docs/deploy.md runs N
 * instances behind a proxy: each is tests/fault/child-app.js `serve` (the compiled app, listening
 * on a port of its own, as `npm start` runs it) with its scheduler on and the jobs due every second
 * or two (SCHEDULER_SCHEDULES), Redis under a key prefix of this run (REDIS_PREFIX), SMS to the fake
 * Kavenegar. This jest process holds a third, quiet instance (no scheduler, no Redis) that writes
 * the fixtures and counts rows.
 *   - scheduled jobs once: every fire of every job is run by one instance (each run is logged with
 *     its fire and the instance); the announcement fan-out, the expiry reminders and the ticket
 *     escalation write each notification, escalation and message once between them;
 *   - messages once: every outbox message reaches Kavenegar in one request, though both
 *     instances' workers poll (and the instance that took a login code request drains at once);
 *   - limits shared: failed logins split across the two ports lock at the same total, a code's
 *     cool-down (for an account and for an identifier that names none) holds on the other port,
 *     and the public warranty lookup's limit trips at the same total when requests alternate;
 *   - caches: a logout, or a permission taken from the Customer role in the admin, on instance A
 *     is honoured by instance B, which had the session and the role cached, within a second.
 * PostgreSQL only: two processes on one embedded SQLite file is not a deployment the portal has.
 */
import { randomUUID } from 'crypto';
import request from 'supertest';
import { freePort } from '../helpers/free-port';
import { startApp, type TestApp } from '../helpers/strapi';
import { startFakeKavenegar } from '../fakes/kavenegar';
import { createCustomer, createDevice, createModel, createStaffMember, PASSWORD } from '../helpers/fixtures';
import { addDays, tehranDate } from '../../src/domain/jalali';
import { startChild, waitFor, type Child } from './child';

const onPostgres = Boolean(process.env.DATABASE_URL || process.env.TEST_DATABASE_BASE_URL);
const describeOnPostgres = onPostgres ? describe : describe.skip;
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const PREFIX = `poshtiban-test:two-instances:${randomUUID().slice(0, 8)}:`;

const OUTBOX = 'plugin::messaging.outbound-message';
const NOTIFICATION = 'api::notification.notification';
const ESCALATION = 'api::ticket.ticket-escalation';
const SENIOR = '09121111111';
const SCHEDULES = {
  'messaging.deliver': '* * * * * *',
  'announcements.fan-out': '*/2 * * * * *',
  'tickets.escalate': '*/2 * * * * *',
  'devices.expiry-reminders': '*/2 * * * * *',
};
const SUBSCRIBERS = 8;
const TICKETS = 6;

let app: TestApp;
let kavenegar: Awaited<ReturnType<typeof startFakeKavenegar>>;
let instances: Array<{ child: Child; url: string }> = [];
let customers: any[] = [];
let staff: { email: string; password: string };
let announcementId: string;
let readyAt = 0;


const A = () => instances[0].url;
const B = () => instances[1].url;
/** instance A for even i, B for odd */
const either = (i: number) => instances[i % 2].url;
const count = (uid: string, where: Record<string, unknown>) => app.strapi.db.query(uid).count({ where });

/**
 * Asks `check` again and again for up to `limitMs`: how long after the start the first request
 * was sent that `check` accepted (null if none sent within the limit was). Measured at the
 * request's start, so a machine slow to answer does not count against the instance.
 */
const acceptedAfter = async (check: () => Promise<boolean>, limitMs: number): Promise<number | null> => {
  const started = Date.now();
  for (;;) {
    const sentAt = Date.now() - started;
    if (sentAt > limitMs) return null;
    if (await check()) return sentAt;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

beforeAll(async () => {
  if (!onPostgres) return;
  app = await startApp();
  kavenegar = await startFakeKavenegar();
  await app.strapi.db.query('api::support-settings.support-settings').updateMany({ where: {}, data: { seniorSupportAlertMobile: SENIOR } });
  // what logs in is written before the instances start (this process tells no instance of its writes)
  for (let i = 0; i < SUBSCRIBERS; i += 1) customers.push(await createCustomer(app.strapi, { preferredChannel: 'sms', mobile: `0912300${String(i).padStart(4, '0')}` }));
  staff = await createStaffMember(app.strapi, 'strapi-super-admin');

  const ports = [await freePort(), await freePort()];
  const env = (port: number): Record<string, string> => ({
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'debug',
    SCHEDULER_IN_TESTS: 'true',
    SCHEDULER_SCHEDULES: JSON.stringify(SCHEDULES),
    REDIS_URL,
    REDIS_PREFIX: PREFIX,
    TRUST_PROXY: 'true',
    SMS_PROVIDER: 'kavenegar',
    KAVENEGAR_API_KEY: kavenegar.apiKey,
    KAVENEGAR_BASE_URL: kavenegar.url,
    KAVENEGAR_SENDER: '2000500666',
    SMS_RATE_PER_SECOND: '500',
    BROADCAST_FROM_HOUR: '0',
    BROADCAST_TO_HOUR: '24',
    WARRANTY_RATELIMIT_MAX: '6',
    AUTH_RATELIMIT_MAX: '6',
    // the throttles config/env/test turns off for the other tests
    FAULT_CONFIG: JSON.stringify({
      'plugin::customer-accounts.loginThrottle.enabled': true,
      'plugin::warranty-lookup.rateLimit.enabled': true,
      'plugin::users-permissions.ratelimit.enabled': true,
    }),
  });
  instances = ports.map((port) => ({ child: startChild('serve', env(port)), url: `http://127.0.0.1:${port}` }));
  await Promise.all(instances.map((i) => i.child.ready));
  readyAt = Date.now();
}, 120_000);

afterAll(async () => {
  await Promise.all(
    instances.map(async ({ child }) => {
      child.process.kill('SIGTERM');
      await Promise.race([child.exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
      await child.kill();
      // an instance that failed: its log (without the run and request lines) for the reader
      if (child.process.exitCode !== 0) process.stderr.write(`${child.output().split('\n').filter((l) => !/\[scheduler\] run|http:/.test(l)).slice(-60).join('\n')}\n`);
    })
  );
  await kavenegar?.close();
  await app?.stop();
  if (onPostgres) {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const Redis = require('ioredis');
    const redis = new Redis(REDIS_URL);
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${PREFIX}*`, 'COUNT', 500);
      if (keys.length) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
    redis.disconnect();
  }
}, 60_000);

describeOnPostgres('two instances on one PostgreSQL and Redis (PostgreSQL only: skipped without DATABASE_URL)', () => {
  test('scheduled jobs: each fire runs in one instance; fan-out, reminders and escalations written once', async () => {
    // work falls due while both instances run
    const model = await createModel(app.strapi);
    const warrantyEnd = addDays(tehranDate(), 7);
    const devices: unknown[] = [];
    for (const customer of customers) devices.push(await createDevice(app.strapi, { owner: customer.documentId, model: model.documentId, warrantyEnd }));
    const now = Date.now();
    for (let i = 0; i < TICKETS; i += 1) {
      await app.strapi.db.query('api::ticket.ticket').create({
        data: {
          number: `1405-8${String(i).padStart(5, '0')}`,
          title: `تیکت دیرکرد ${i}`,
          description: 'شرح',
          kind: 'fault',
          priority: 'urgent',
          ticketStatus: 'open',
          channel: 'site',
          firstResponseDueAt: new Date(now - 3_600_000),
          replyDueAt: new Date(now - 3_600_000),
          resolutionDueAt: new Date(now + 86_400_000),
          lastActivityAt: new Date(now - 7_200_000),
          escalationLevel: 0,
          createdAt: new Date(now - 7_200_000),
        },
      });
    }
    const draft = await app.strapi.documents('api::announcement.announcement').create({
      data: { title: 'اطلاعیهٔ دو نمونه', body: 'متن', kind: 'general', audience: 'everyone', sendSms: true, sendWhatsapp: false } as any,
      locale: 'fa',
    });
    await app.strapi.documents('api::announcement.announcement').publish({ documentId: draft.documentId, locale: 'fa' });
    announcementId = draft.documentId;
    const subscribers = await count('api::subscriber.subscriber', {});
    const bySms = await count('api::subscriber.subscriber', { preferredChannel: { $in: ['sms', 'both'] }, mobile: { $notNull: true } });

    const done = async () =>
      (await count(NOTIFICATION, { sourceId: announcementId })) >= subscribers &&
      (await count(NOTIFICATION, { sourceId: { $startsWith: 'reminder:warranty:' } })) >= devices.length &&
      (await count(ESCALATION, { level: 1 })) >= TICKETS;
    await waitFor(done, { everyMs: 250, timeoutMs: 60_000, what: 'the fan-out, the reminders and the escalations' });
    // a few more fires of every job: nothing more is written
    await new Promise((resolve) => setTimeout(resolve, 4_500));

    expect(await count(NOTIFICATION, { sourceId: announcementId })).toBe(subscribers);
    expect(await count(OUTBOX, { dedupeKey: { $startsWith: `announcement:${announcementId}:` } })).toBe(bySms);
    expect(await count(NOTIFICATION, { sourceId: { $startsWith: 'reminder:warranty:' } })).toBe(devices.length);
    expect(await count(OUTBOX, { dedupeKey: { $startsWith: 'reminder:warranty:' } })).toBe(devices.length);
    expect(await count(ESCALATION, {})).toBe(TICKETS);
    expect(await count(OUTBOX, { recipient: SENIOR })).toBe(TICKETS);
    const fanouts = await app.strapi.db.query('api::announcement.announcement-fanout').findMany({ where: { announcementDocumentId: announcementId } });
    expect(fanouts).toHaveLength(1);
    expect(fanouts[0]).toMatchObject({ fanoutStatus: 'done', notificationsCreated: subscribers });

    // the run records: every fire of every job since both were up ran in exactly one instance
    const runs = instances.flatMap(({ child }, index) =>
      [...child.output().matchAll(/\[scheduler\] run (\S+) fire=(\S+) instance=(\S+)/g)].map((m) => ({ job: m[1], fire: m[2], instance: m[3], process: index }))
    );
    const both = runs.filter((r) => Date.parse(r.fire) >= readyAt);
    const byFire = new Map<string, typeof runs>();
    for (const run of both) byFire.set(`${run.job} ${run.fire}`, [...(byFire.get(`${run.job} ${run.fire}`) ?? []), run]);
    const twice = [...byFire.entries()].filter(([, list]) => list.length > 1).map(([fire, list]) => `${fire}: ${list.map((r) => r.instance).join(', ')}`);
    expect(twice).toEqual([]);
    // and the jobs did fire in that time, every second or two
    for (const job of Object.keys(SCHEDULES)) expect(both.filter((r) => r.job === job).length).toBeGreaterThanOrEqual(2);
  }, 120_000);

  test('messages once: every outbox message reached Kavenegar in one request; a login code went once and works on the other instance', async () => {
    // a code asked for on A: A drains the outbox at once, B's worker polls every second
    const customer = customers[0];
    const asked = await request(A()).post('/api/auth/otp/request').set('X-Forwarded-For', '10.0.2.1').send({ identifier: customer.subscriberNumber });
    expect(asked.status).toBe(200);
    expect(asked.body.data.sent).toBe(true);
    const pending = async () => count(OUTBOX, { channel: 'sms', status: { $ne: 'sent' } });
    await waitFor(async () => (await pending()) === 0, { everyMs: 250, timeoutMs: 60_000, what: 'every SMS to be sent' });

    const sent = await app.strapi.db.query(OUTBOX).findMany({ where: { channel: 'sms' }, select: ['id', 'attempts', 'status', 'templateCode'] });
    expect(sent.length).toBeGreaterThanOrEqual(2 * SUBSCRIBERS + TICKETS + 1);
    expect(sent.filter((m: any) => m.attempts !== 1)).toEqual([]);
    // one request per message: plain sends carry the outbox id as Kavenegar's localid, login codes
    // go through a verify/lookup template (no localid)
    const sends = kavenegar.requests.filter((r) => r.path.endsWith('/sms/send.json')).map((r) => r.form.localid);
    const lookups = kavenegar.requests.filter((r) => r.path.endsWith('/verify/lookup.json'));
    expect(new Set(sends).size).toBe(sends.length);
    const ids = new Set(sent.map((m: any) => String(m.id)));
    expect(sends.filter((id) => !ids.has(id))).toEqual([]);
    expect(sends.length + lookups.length).toBe(sent.length);
    expect(lookups).toHaveLength(sent.filter((m: any) => m.templateCode === 'login-code').length);
    expect(kavenegar.sent).toHaveLength(sent.length);

    // the code, delivered once, is used on the other instance
    const codes = kavenegar.sent.filter((m) => m.kind === 'lookup' && m.receptor === customer.mobile);
    expect(codes).toHaveLength(1);
    const code = codes[0].tokens?.token;
    expect(code).toMatch(/^\d{6}$/);
    const used = await request(B()).post('/api/auth/otp/verify').set('X-Forwarded-For', '10.0.2.1').send({ identifier: customer.subscriberNumber, code });
    expect(used.status).toBe(200);
    expect(used.body.jwt).toEqual(expect.any(String));
  }, 90_000);

  test('failed logins split across the two instances lock the account at the same total (5)', async () => {
    const customer = customers[1];
    const attempt = (i: number, password: string) =>
      request(either(i)).post('/api/auth/local').set('X-Forwarded-For', `10.0.3.${i + 1}`).send({ identifier: customer.subscriberNumber, password });
    for (let i = 0; i < 5; i += 1) expect((await attempt(i, 'wrong-password')).status).toBe(400);
    const sixth = await attempt(5, 'wrong-password');
    expect(sixth.status).toBe(429);
    // locked on both, the right password included
    expect((await attempt(6, PASSWORD)).status).toBe(429);
    expect((await attempt(7, PASSWORD)).status).toBe(429);
  });

  test('Strapi’s own request limit on /api/auth/local (6 a minute an address here) trips at the same total when requests alternate', async () => {
    // a different identifier each time: the failed-login throttle (5 per account, 30 per address) stays out of it
    const attempt = (i: number) => request(either(i)).post('/api/auth/local').set('X-Forwarded-For', '10.0.8.1').send({ identifier: `77001${i}`, password: 'wrong-password' });
    const answers: number[] = [];
    for (let i = 0; i < 8; i += 1) answers.push((await attempt(i)).status);
    expect(answers).toEqual([400, 400, 400, 400, 400, 400, 429, 429]);
  });

  test('a code’s cool-down holds on the other instance — for an account and, alike, for an identifier that names none', async () => {
    const ask = (url: string, identifier: string) => request(url).post('/api/auth/otp/request').set('X-Forwarded-For', '10.0.4.1').send({ identifier });
    const real = [await ask(A(), customers[2].subscriberNumber), await ask(B(), customers[2].subscriberNumber)];
    expect(real.map((r) => r.status)).toEqual([200, 200]);
    expect(real.map((r) => r.body.data.sent)).toEqual([true, false]);
    expect(real[1].body.data.reason).toBe('cooldown');
    // an identifier that names no account gets the same answers, whichever instance answers
    const none = [await ask(A(), '88776655'), await ask(B(), '88776655')];
    expect(none.map((r) => r.body.data.sent)).toEqual([true, false]);
    expect(none[1].body.data.reason).toBe('cooldown');
  });

  test('the public warranty lookup’s limit (6 a minute here) trips at the same total when requests alternate', async () => {
    const lookup = (i: number) => request(either(i)).get('/api/warranty/NO-SUCH-SERIAL').set('X-Forwarded-For', '10.0.5.1');
    const answers: number[] = [];
    for (let i = 0; i < 8; i += 1) answers.push((await lookup(i)).status);
    expect(answers.slice(0, 6).every((s) => s !== 429)).toBe(true);
    expect(answers.slice(6)).toEqual([429, 429]);
  });

  test('a logout on A is honoured by B, which had the session cached, within a second', async () => {
    const customer = customers[3];
    const login = await request(A()).post('/api/auth/local').set('X-Forwarded-For', '10.0.6.1').send({ identifier: customer.subscriberNumber, password: PASSWORD });
    expect(login.status).toBe(200);
    const mine = (url: string) => request(url).get('/api/me/notifications').set('Authorization', `Bearer ${login.body.jwt}`);
    expect((await mine(B())).status).toBe(200);
    expect((await mine(B())).status).toBe(200); // from B's cache now
    const out = await request(A()).post('/api/auth/logout').set('Authorization', `Bearer ${login.body.jwt}`).send({});
    expect(out.status).toBe(200);
    expect(await acceptedAfter(async () => (await mine(B())).status === 401, 1_000)).not.toBeNull();
    expect((await mine(A())).status).toBe(401);
  });

  test('a permission staff take from the Customer role on A is refused by B within a second, and served again once given back', async () => {
    const customer = customers[4];
    const login = await request(B()).post('/api/auth/local').set('X-Forwarded-For', '10.0.7.1').send({ identifier: customer.subscriberNumber, password: PASSWORD });
    const mine = () => request(B()).get('/api/me/notifications').set('Authorization', `Bearer ${login.body.jwt}`);
    expect((await mine()).status).toBe(200);
    expect((await mine()).status).toBe(200);

    const adminLogin = await request(A()).post('/admin/login').send({ email: staff.email, password: staff.password });
    expect(adminLogin.status).toBe(200);
    const admin = (req: request.Test) => req.set('Authorization', `Bearer ${adminLogin.body.data.token}`);
    const role = await app.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'customer' } });
    const setFind = async (enabled: boolean) => {
      const current = await admin(request(A()).get(`/users-permissions/roles/${role.id}`));
      expect(current.status).toBe(200);
      const { name, description, permissions } = current.body.role;
      permissions['api::notification'].controllers['my-notifications'].find.enabled = enabled;
      const saved = await admin(request(A()).put(`/users-permissions/roles/${role.id}`)).send({ name, description, permissions });
      expect(saved.status).toBe(200);
    };

    await setFind(false);
    expect(await acceptedAfter(async () => (await mine()).status === 403, 1_000)).not.toBeNull();
    await setFind(true);
    expect(await acceptedAfter(async () => (await mine()).status === 200, 1_000)).not.toBeNull();
  });
});
