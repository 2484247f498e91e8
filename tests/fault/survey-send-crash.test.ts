/**
 * Fault: the survey sender (job `surveys.send`) is killed (SIGKILL) part-way through a batch of
 * confirmations. Each confirmation's survey row and its SMS are one transaction, and the survey's
 * installationConfirmationId is UNIQUE: what the dead process committed stays whole (a survey with
 * its SMS, never one without the other), and the next run sends the rest — every confirmation gets
 * exactly one survey and one SMS. A real second process (tests/fault/child-app.js) on the same
 * database: an SQLite file, or PostgreSQL with DATABASE_URL.
 */
import { startApp, type TestApp } from '../helpers/strapi';
import { createSubscriber } from '../helpers/fixtures';
import { startChild, waitFor } from './child';
import { sqlInstant } from '../../src/utils/raw-sql';

let app: TestApp;
const TOTAL = 600;
const CONFIRMED = new Date('2026-11-01T06:30:00Z');
const NOW = new Date('2026-11-08T08:00:00Z'); // 7 days and a bit later

const count = async (sql: string) => {
  const result: any = await app.strapi.db.connection.raw(sql);
  const rows = Array.isArray(result) ? result : result.rows;
  return Number(Object.values(rows[0])[0]);
};

beforeAll(async () => {
  app = await startApp();
  const owner = await createSubscriber(app.strapi);
  // hundreds of confirmations of one buyer (different devices), written in bulk
  const table = app.strapi.db.metadata.get('api::installation-confirmation.installation-confirmation').tableName;
  const at = sqlInstant(app.strapi, CONFIRMED);
  for (let start = 0; start < TOTAL; start += 200) {
    await app.strapi.db.connection(table).insert(
      Array.from({ length: Math.min(200, TOTAL - start) }, (_, i) => ({
        document_id: `faultconfirm${String(start + i).padStart(12, '0')}`,
        device_id: 700_000 + start + i,
        device_document_id: `faultdevice${start + i}`,
        subscriber_id: owner.id,
        serial: `FS${start + i}`,
        subscriber_number: owner.subscriberNumber,
        national_code: '0012345679',
        device_fully_installed: true,
        driver_compressor_connections_installed: true,
        initial_training_given: true,
        all_items_done: true,
        installation_date: '2026-11-01',
        confirmed_at: at,
        confirmed_by_user_id: 1,
        content_hash: 'a'.repeat(64),
        created_at: at,
        updated_at: at,
        published_at: at,
      }))
    );
  }
}, 300_000);
afterAll(async () => {
  await app?.stop();
});

test('killed part-way through sending surveys: the next run sends the rest, each confirmation exactly one survey and one SMS', async () => {
  const child = startChild('surveys-send', { FAULT_NOW: NOW.toISOString() });
  let atKill = 0;
  try {
    await child.ready;
    await waitFor(async () => (await count('select count(*) as c from surveys')) > 0, { everyMs: 5, what: `the child's first survey (child: ${child.output()})` });
  } finally {
    await child.kill();
    atKill = await count('select count(*) as c from surveys');
  }
  expect(atKill).toBeGreaterThan(0);
  expect(atKill).toBeLessThan(TOTAL);
  // what it committed is whole: one SMS per survey
  expect(await count(`select count(*) as c from messaging_outbox where dedupe_key like 'survey:%'`)).toBe(atKill);

  const run = await app.strapi.service('api::survey.surveys').send({ now: NOW });
  expect(run.sent).toBe(TOTAL - atKill);
  expect((await app.strapi.service('api::survey.surveys').send({ now: NOW })).sent).toBe(0);

  expect(await count('select count(*) as c from surveys')).toBe(TOTAL);
  expect(await count('select count(*) as c from (select installation_confirmation_id from surveys group by installation_confirmation_id having count(*) > 1) as twice')).toBe(0);
  expect(await count(`select count(*) as c from messaging_outbox where dedupe_key like 'survey:%'`)).toBe(TOTAL);
}, 300_000);
