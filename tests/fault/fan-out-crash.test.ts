/**
 * Fault: the process running an announcement's fan-out is killed (SIGKILL) half-way. After its
 * lease runs out the fan-out job — here in another instance, this test's process — takes the
 * fan-out over and continues after the last chunk written: every subscriber ends with exactly
 * one notification and one outbox message per channel, nothing twice. A real second process
 * (tests/fault/child-app.js) on the same database: an SQLite file, or PostgreSQL with DATABASE_URL.
 */
import { startApp, type TestApp } from '../helpers/strapi';
import { isPostgres, rawRows, sqlInstant } from '../../src/utils/raw-sql';
import { startChild, waitFor } from './child';

const SUBSCRIBERS = 30_000;
const LEASE_MS = 1500;
let app: TestApp;

const count = async (sql: string, bindings: unknown[] = []) => Number(rawRows<{ n: number }>(await app.strapi.db.connection.raw(sql, bindings))[0].n);

/** 30,000 subscribers in one statement: a third prefer SMS, a third WhatsApp, a third both. */
const seedSubscribers = async () => {
  const at = sqlInstant(app.strapi, new Date());
  const sql = isPostgres(app.strapi)
    ? `INSERT INTO subscribers (document_id, subscriber_number, full_name, national_code, mobile, preferred_channel, created_at, updated_at, published_at)
       SELECT substr(md5(g::text), 1, 24), (500000 + g)::text, 'مشترک ' || g, lpad(g::text, 10, '0'), '0912' || lpad(g::text, 7, '0'),
              (ARRAY['sms','whatsapp','both'])[1 + g % 3], ?, ?, ? FROM generate_series(1, ?) g`
    : `WITH RECURSIVE g(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM g WHERE n < ?)
       INSERT INTO subscribers (document_id, subscriber_number, full_name, national_code, mobile, preferred_channel, created_at, updated_at, published_at)
       SELECT lower(hex(randomblob(12))), CAST(500000 + n AS TEXT), 'مشترک ' || n, substr('0000000000' || n, -10), '0912' || substr('0000000' || n, -7),
              CASE n % 3 WHEN 0 THEN 'sms' WHEN 1 THEN 'whatsapp' ELSE 'both' END, ?, ?, ? FROM g`;
  await app.strapi.db.connection.raw(sql, isPostgres(app.strapi) ? [at, at, at, SUBSCRIBERS] : [SUBSCRIBERS, at, at, at]);
};

beforeAll(async () => {
  app = await startApp();
  await seedSubscribers();
});
afterAll(async () => {
  await app?.stop();
});

test('a fan-out killed half-way is taken over after its lease and finished; nobody is notified twice', async () => {
  const draft = await app.strapi.documents('api::announcement.announcement').create({
    data: { title: 'به‌روزرسانی نرم‌افزار', summary: 'نسخهٔ تازه', body: 'متن', kind: 'software_update', audience: 'everyone', sendSms: true, sendWhatsapp: true } as any,
    locale: 'fa',
  });
  await app.strapi.documents('api::announcement.announcement').publish({ documentId: draft.documentId, locale: 'fa' });
  const documentId = draft.documentId as string;
  const notifications = () => count("SELECT COUNT(*) AS n FROM notifications WHERE source_type = 'announcement' AND source_id = ?", [documentId]);

  // another instance starts the fan-out, in chunks of 1,000, and is killed once part is written
  const child = startChild('fan-out', { FANOUT_LEASE_MS: String(LEASE_MS), FANOUT_CHUNK: '1000' });
  try {
    await child.ready;
    await waitFor(async () => (await notifications()) >= 3000, { what: `notifications (child: ${child.output()})` });
    await child.kill();
  } finally {
    await child.kill();
  }
  const written = await notifications();
  expect(written).toBeGreaterThan(0);
  expect(written).toBeLessThan(SUBSCRIBERS);
  const stuck = await app.strapi.db.query('api::announcement.announcement-fanout').findOne({ where: { announcementDocumentId: documentId } });
  expect(stuck).toMatchObject({ fanoutStatus: 'running', claimedBy: expect.any(String) });
  expect(stuck.resumeAfterId).toBeGreaterThan(0);
  // every chunk written is recorded with its progress (the killed chunk rolled back with it)
  expect(written).toBe(stuck.notificationsCreated);

  const fanOut = app.strapi.service('api::announcement.fan-out');
  // while the dead instance's lease lasts nobody takes the fan-out over
  expect(await fanOut.runPending({ now: new Date(new Date(stuck.leaseUntil).getTime() - 200) })).toEqual([]);
  await waitFor(() => Date.now() > new Date(stuck.leaseUntil).getTime(), { what: 'the lease to run out' });

  const [resumed] = await fanOut.runPending();
  expect(resumed).toMatchObject({ documentId, audienceSize: SUBSCRIBERS, resumedAfterId: stuck.resumeAfterId, notificationsCreated: SUBSCRIBERS });
  const done = await app.strapi.db.query('api::announcement.announcement-fanout').findOne({ where: { announcementDocumentId: documentId } });
  expect(done).toMatchObject({ fanoutStatus: 'done', claimedBy: null, runs: 2, notificationsCreated: SUBSCRIBERS });

  // every subscriber: exactly one notification, one message per channel they prefer
  expect(await notifications()).toBe(SUBSCRIBERS);
  expect(await count("SELECT COUNT(DISTINCT subscriber_id) AS n FROM notifications WHERE source_id = ?", [documentId])).toBe(SUBSCRIBERS);
  const perChannel = async (channel: string) =>
    count(`SELECT COUNT(*) AS n FROM messaging_outbox WHERE template_code = 'announcement' AND channel = ?`, [channel]);
  const distinctPerChannel = async (channel: string) =>
    count(`SELECT COUNT(DISTINCT subscriber_id) AS n FROM messaging_outbox WHERE template_code = 'announcement' AND channel = ?`, [channel]);
  const prefer = async (channels: string[]) => count(`SELECT COUNT(*) AS n FROM subscribers WHERE preferred_channel IN (${channels.map(() => '?').join(', ')})`, channels);
  expect(await perChannel('sms')).toBe(await prefer(['sms', 'both']));
  expect(await distinctPerChannel('sms')).toBe(await prefer(['sms', 'both']));
  expect(await perChannel('whatsapp')).toBe(await prefer(['whatsapp', 'both']));
  expect(await distinctPerChannel('whatsapp')).toBe(await prefer(['whatsapp', 'both']));
  expect(done.messagesQueued).toBe((await perChannel('sms')) + (await perChannel('whatsapp')));
});
