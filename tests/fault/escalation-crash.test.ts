/**
 * Fault: the ticket escalation job is killed (SIGKILL) part-way through thousands of overdue
 * tickets. Each batch is one transaction — its escalation rows, the tickets' level, the SMS to the
 * on-call mobile and the CRM jobs — so what the dead process committed stays, the batch it was in
 * is undone, and the next run (any instance) escalates the rest: every ticket is escalated once,
 * with one SMS and one CRM job, none twice. A real second process (tests/fault/child-app.js) on
 * the same database: an SQLite file, or PostgreSQL with DATABASE_URL.
 */
import { startApp, type TestApp } from '../helpers/strapi';
import { createDevice, createModel, createSubscriber } from '../helpers/fixtures';
import { startChild, waitFor } from './child';
import { sqlInstant } from '../../src/utils/raw-sql';

let app: TestApp;
const TOTAL = 3000;
// Saturday 2026-12-19, 10:00 Tehran: every ticket's reply was due at 09:00
const NOW = new Date('2026-12-19T06:30:00Z');
const DUE = new Date('2026-12-19T05:30:00Z');
const SENIOR = '09121111111';

const count = async (sql: string) => {
  const result: any = await app.strapi.db.connection.raw(sql);
  const rows = Array.isArray(result) ? result : result.rows;
  return Number(Object.values(rows[0])[0]);
};

beforeAll(async () => {
  app = await startApp();
  await app.strapi.db.query('api::support-settings.support-settings').updateMany({ where: {}, data: { seniorSupportAlertMobile: SENIOR } });
  const model = await createModel(app.strapi);
  const owner = await createSubscriber(app.strapi);
  const device = await createDevice(app.strapi, { owner: owner.documentId, model: model.documentId });
  // thousands of overdue tickets of one subscriber and device, written in bulk
  const knex = app.strapi.db.connection;
  const ticketMeta: any = app.strapi.db.metadata.get('api::ticket.ticket');
  const at = (d: Date) => sqlInstant(app.strapi, d);
  for (let start = 0; start < TOTAL; start += 500) {
    const rows = Array.from({ length: Math.min(500, TOTAL - start) }, (_, i) => ({
      document_id: `faultticket${String(start + i).padStart(13, '0')}`,
      number: `9999-${String(start + i).padStart(6, '0')}`,
      title: 'تیکت آزمایشی',
      description: 'شرح',
      kind: 'fault',
      priority: 'urgent',
      ticket_status: 'open',
      channel: 'site',
      reply_due_at: at(DUE),
      first_response_due_at: at(DUE),
      resolution_due_at: at(new Date(NOW.getTime() + 86_400_000)),
      last_activity_at: at(DUE),
      escalation_level: 0,
      created_at: at(DUE),
      updated_at: at(DUE),
      published_at: at(DUE),
    }));
    const ids: Array<{ id: number } | number> = await knex(ticketMeta.tableName).insert(rows).returning('id');
    const idOf = (r: { id: number } | number) => (typeof r === 'number' ? r : r.id);
    const link = (attribute: string, target: number) => {
      const join = ticketMeta.attributes[attribute].joinTable;
      return knex(join.name).insert(ids.map((r) => ({ [join.joinColumn.name]: idOf(r), [join.inverseJoinColumn.name]: target })));
    };
    await link('subscriber', owner.id);
    await link('device', device.id);
  }
}, 300_000);
afterAll(async () => {
  await app?.stop();
});

test('killed part-way through an escalation run: the next run escalates the rest, each ticket once, one SMS and one CRM job each', async () => {
  const child = startChild('escalate', { FAULT_NOW: NOW.toISOString() });
  let atKill = 0;
  try {
    await child.ready;
    await waitFor(async () => (await count('select count(*) as c from ticket_escalations')) > 0, { everyMs: 5, what: `the child's first committed batch (child: ${child.output()})` });
  } finally {
    await child.kill();
    atKill = await count('select count(*) as c from ticket_escalations');
  }
  // it died part-way: some batches committed, not all
  expect(atKill).toBeGreaterThan(0);
  expect(atKill).toBeLessThan(TOTAL);
  // what it committed is whole: as many SMS and CRM jobs as escalation rows
  expect(await count(`select count(*) as c from messaging_outbox where dedupe_key like 'ticket-escalation:%'`)).toBe(atKill);

  const run = await app.strapi.service('api::ticket.sla').escalate({ now: NOW });
  expect(run.level1).toBe(TOTAL - atKill);
  await app.strapi.service('api::ticket.sla').escalate({ now: NOW });

  expect(await count('select count(*) as c from ticket_escalations')).toBe(TOTAL);
  expect(await count('select count(*) as c from (select ticket_id from ticket_escalations group by ticket_id, level having count(*) > 1) as twice')).toBe(0);
  expect(await count(`select count(*) as c from messaging_outbox where dedupe_key like 'ticket-escalation:%'`)).toBe(TOTAL);
  expect(await count(`select count(*) as c from crm_sync_jobs where event = 'ticket:escalated'`)).toBe(TOTAL);
  expect(await count(`select count(*) as c from tickets where number like '9999-%' and escalation_level = 1`)).toBe(TOTAL);
}, 300_000);
