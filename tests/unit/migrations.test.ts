/**
 * The database migrations in database/migrations, run against a database in the shape they
 * migrate from (an SQLite file of its own; on PostgreSQL the same knex schema calls apply).
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import knexFactory, { type Knex } from 'knex';
import { OUTBOX_PRIORITY } from '../../src/domain/outbox';
import { contractLabel, deviceLabel, deviceModelLabel, subscriberLabel } from '../../src/domain/record-labels';

const MIGRATIONS = path.resolve(__dirname, '../../database/migrations');
// eslint-disable-next-line @typescript-eslint/no-var-requires
const statusFields = require(path.join(MIGRATIONS, '2026.11.23T00.00.00.status-fields-named-for-their-records.js'));
// eslint-disable-next-line @typescript-eslint/no-var-requires
const recordLabels = require(path.join(MIGRATIONS, '2026.12.02T00.00.00.record-labels.js'));
// eslint-disable-next-line @typescript-eslint/no-var-requires
const persianText = require(path.join(MIGRATIONS, '2026.12.01T00.00.00.persian-letters-and-latin-identifiers.js'));
// eslint-disable-next-line @typescript-eslint/no-var-requires
const outboxPriorityMigration = require(path.join(MIGRATIONS, '2026.12.03T00.00.00.outbox-priority.js'));

let knex: Knex;
let file: string;

beforeEach(() => {
  file = path.join(os.tmpdir(), `poshtiban-migration-${process.pid}-${Date.now()}.db`);
  knex = knexFactory({ client: 'better-sqlite3', connection: { filename: file }, useNullAsDefault: true });
});
afterEach(async () => {
  await knex.destroy();
  fs.rmSync(file, { force: true });
});

describe('status fields named for their records', () => {
  test('renames each status column and keeps its values and index', async () => {
    await knex.schema.createTable('repair_orders', (t) => {
      t.increments('id');
      t.string('status');
      t.datetime('received_at');
      t.index(['status', 'received_at'], 'repair_orders_status_idx');
    });
    await knex.schema.createTable('payments', (t) => {
      t.increments('id');
      t.string('status');
    });
    await knex('repair_orders').insert([{ status: 'diagnosing' }, { status: 'delivered' }]);
    await knex('payments').insert({ status: 'paid' });

    await knex.transaction((trx) => statusFields.up(trx));

    expect(await knex.schema.hasColumn('repair_orders', 'status')).toBe(false);
    expect((await knex('repair_orders').orderBy('id').select('repair_status')).map((r) => r.repair_status)).toEqual(['diagnosing', 'delivered']);
    expect((await knex('payments').first('payment_status')).payment_status).toBe('paid');
    const indexes = await knex.raw("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = 'repair_orders_status_idx'");
    expect(indexes[0].sql).toContain('repair_status');
  });

  test('a fresh database (no tables) and a second run change nothing', async () => {
    await knex.transaction((trx) => statusFields.up(trx));
    expect(await knex.schema.hasTable('repair_orders')).toBe(false);

    await knex.schema.createTable('contracts', (t) => {
      t.increments('id');
      t.string('contract_status');
    });
    await knex('contracts').insert({ contract_status: 'active' });
    await knex.transaction((trx) => statusFields.up(trx));
    expect((await knex('contracts').first('contract_status')).contract_status).toBe('active');
  });
});

describe('record labels', () => {
  const tables = async () => {
    await knex.schema.createTable('subscribers', (t) => {
      t.increments('id');
      t.string('subscriber_number');
      t.string('full_name');
    });
    await knex.schema.createTable('device_models', (t) => {
      t.increments('id');
      t.string('brand');
      t.string('model');
    });
    await knex.schema.createTable('devices', (t) => {
      t.increments('id');
      t.string('serial');
    });
    await knex.schema.createTable('devices_model_lnk', (t) => {
      t.increments('id');
      t.integer('device_id');
      t.integer('device_model_id');
    });
    await knex.schema.createTable('contracts', (t) => {
      t.increments('id');
      t.string('kind');
      t.integer('years');
      t.date('start_date');
      t.date('end_date');
    });
  };

  test('adds the column and fills every existing row as the app would label it', async () => {
    await tables();
    await knex('subscribers').insert([{ subscriber_number: '1001', full_name: 'علی رضایی' }]);
    await knex('device_models').insert([{ brand: 'Zima', model: 'ZI-200' }]);
    await knex('devices').insert([{ serial: 'ZI200024001' }, { serial: 'NOMODEL01' }]);
    await knex('devices_model_lnk').insert({ device_id: 1, device_model_id: 1 });
    const contracts = [
      { kind: 'renewal', years: 2, start_date: '2026-12-01', end_date: '2028-11-30' },
      { kind: 'initial', years: null, start_date: '2026-03-21', end_date: '2027-03-21' },
      { kind: 'pay_per_case', years: null, start_date: '2026-12-01', end_date: null },
    ];
    await knex('contracts').insert(contracts);

    await knex.transaction((trx) => recordLabels.up(trx));

    expect((await knex('subscribers').first('label')).label).toBe(subscriberLabel({ subscriberNumber: '1001', fullName: 'علی رضایی' }));
    expect((await knex('subscribers').first('label')).label).toBe('1001 — علی رضایی');
    expect((await knex('device_models').first('label')).label).toBe('Zima ZI-200');
    expect((await knex('devices').orderBy('id').select('label')).map((r) => r.label)).toEqual([
      deviceLabel({ serial: 'ZI200024001' }, { brand: 'Zima', model: 'ZI-200' }),
      deviceLabel({ serial: 'NOMODEL01' }, null),
    ]);
    expect((await knex('devices').first('label')).label).toBe('ZI200024001 — Zima ZI-200');
    expect(deviceModelLabel({ brand: 'Zima', model: 'ZI-200' })).toBe('Zima ZI-200');
    const labels = (await knex('contracts').orderBy('id').select('label')).map((r) => r.label);
    expect(labels).toEqual(contracts.map((c) => contractLabel({ kind: c.kind, years: c.years, startDate: c.start_date, endDate: c.end_date })));
    expect(labels[0]).toBe('تمدید دوساله ۱۴۰۵/۰۹/۱۰ تا ۱۴۰۷/۰۹/۱۰');
  });

  test('keeps labels already written, and a fresh database has nothing to fill', async () => {
    await knex.transaction((trx) => recordLabels.up(trx));
    expect(await knex.schema.hasTable('subscribers')).toBe(false);

    await tables();
    await knex.schema.alterTable('subscribers', (t) => t.string('label', 255));
    await knex('subscribers').insert([{ subscriber_number: '1002', full_name: 'مریم احمدی', label: 'نوشتهٔ برنامه' }]);
    await knex.transaction((trx) => recordLabels.up(trx));
    expect((await knex('subscribers').first('label')).label).toBe('نوشتهٔ برنامه');
  });
});

describe('Persian letters in text, Latin digits in identifiers', () => {
  const createTables = async () => {
    await knex.schema.createTable('subscribers', (t) => {
      t.increments('id');
      t.string('subscriber_number').unique();
      t.string('national_code').unique();
      t.string('full_name');
      t.string('mobile');
      t.string('phone');
      t.string('main_operator_name');
      t.text('staff_notes');
    });
    await knex.schema.createTable('devices', (t) => {
      t.increments('id');
      t.string('serial');
      t.string('dongle_or_user_id');
      t.text('staff_notes');
    });
    await knex.schema.createTable('installation_confirmations', (t) => {
      t.increments('id');
      t.string('subscriber_name');
    });
  };

  test('rewrites letters in free text (digits as typed) and digits in identifiers; leaves signed records alone', async () => {
    await createTables();
    await knex('subscribers').insert([
      { subscriber_number: '۱۰۰۱', national_code: '٠٠١١٠٠٠٠١٥', full_name: 'علي كريمي', mobile: '۰۹۱۲۷۶۵۴۳۲۱', phone: null, main_operator_name: 'مصطفى', staff_notes: 'پلاک ۱۲\nتماس بگيريد' },
      { subscriber_number: '2002', national_code: '0011000023', full_name: 'زهرا محمدی', mobile: '09351112233', phone: '۰۲۱۸۸۸۸', main_operator_name: null, staff_notes: null },
    ]);
    await knex('devices').insert({ serial: 'ZG1', dongle_or_user_id: 'UID-۴۰۰۱', staff_notes: 'كنار پنجره' });
    await knex('installation_confirmations').insert({ subscriber_name: 'علي كريمي' });

    await knex.transaction((trx) => persianText.up(trx));

    const rows = await knex('subscribers').orderBy('id');
    expect(rows[0]).toMatchObject({ subscriber_number: '1001', national_code: '0011000015', full_name: 'علی کریمی', mobile: '09127654321', main_operator_name: 'مصطفی', staff_notes: 'پلاک ۱۲\nتماس بگیرید' });
    expect(rows[1]).toMatchObject({ subscriber_number: '2002', full_name: 'زهرا محمدی', phone: '0218888' });
    expect(await knex('devices').first()).toMatchObject({ dongle_or_user_id: 'UID-4001', staff_notes: 'کنار پنجره' });
    expect((await knex('installation_confirmations').first()).subscriber_name).toBe('علي كريمي');
  });

  test('an identifier whose Latin form another row has is left as it is; a second run and a fresh database change nothing', async () => {
    await knex.transaction((trx) => persianText.up(trx));
    expect(await knex.schema.hasTable('subscribers')).toBe(false);

    await createTables();
    await knex('subscribers').insert([
      { subscriber_number: '1001', national_code: '0011000015', full_name: 'الف' },
      { subscriber_number: '۱۰۰۱', national_code: '0011000023', full_name: 'ب' },
    ]);
    await knex.transaction((trx) => persianText.up(trx));
    await knex.transaction((trx) => persianText.up(trx));
    expect((await knex('subscribers').orderBy('id').select('subscriber_number')).map((r) => r.subscriber_number)).toEqual(['1001', '۱۰۰۱']);
  });
});

describe('outbox priority', () => {
  test('messages written before it get the priority of their kind, and the claim order its partial index; a second run and a fresh database change nothing', async () => {
    await knex.transaction((trx) => outboxPriorityMigration.up(trx));
    expect(await knex.schema.hasTable('messaging_outbox')).toBe(false);

    await knex.schema.createTable('messaging_outbox', (t) => {
      t.increments('id');
      t.string('kind');
      t.string('status');
      t.bigInteger('next_attempt_at');
    });
    await knex('messaging_outbox').insert([
      { kind: 'broadcast', status: 'queued', next_attempt_at: 1 },
      { kind: 'otp', status: 'queued', next_attempt_at: 2 },
      { kind: 'transactional', status: 'sent', next_attempt_at: 3 },
    ]);
    await knex.transaction((trx) => outboxPriorityMigration.up(trx));
    await knex.transaction((trx) => outboxPriorityMigration.up(trx));
    const rows = await knex('messaging_outbox').orderBy('id');
    expect(rows.map((r) => [r.kind, r.priority])).toEqual([
      ['broadcast', OUTBOX_PRIORITY.broadcast],
      ['otp', OUTBOX_PRIORITY.otp],
      ['transactional', OUTBOX_PRIORITY.transactional],
    ]);
    const index = await knex.raw("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = 'messaging_outbox_claim_idx'");
    expect(index[0].sql).toMatch(/\(priority, next_attempt_at, id\) WHERE status IN \('queued', 'failed'\)/);
    // the claim reads that index, in its order, without sorting
    const plan = await knex.raw(
      "EXPLAIN QUERY PLAN SELECT q.id FROM messaging_outbox q WHERE q.status IN ('queued', 'failed') AND q.next_attempt_at <= 10 ORDER BY q.priority, q.next_attempt_at, q.id LIMIT 5"
    );
    const detail = plan.map((p: any) => p.detail).join(' | ');
    expect(detail).toContain('messaging_outbox_claim_idx');
    expect(detail).not.toContain('TEMP B-TREE');
  });
});
