/**
 * The database migrations in database/migrations, run against a database in the shape they
 * migrate from (an SQLite file of its own; on PostgreSQL the same knex schema calls apply).
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import knexFactory, { type Knex } from 'knex';

const MIGRATIONS = path.resolve(__dirname, '../../database/migrations');
// eslint-disable-next-line @typescript-eslint/no-var-requires
const statusFields = require(path.join(MIGRATIONS, '2026.11.23T00.00.00.status-fields-named-for-their-records.js'));
// eslint-disable-next-line @typescript-eslint/no-var-requires
const persianText = require(path.join(MIGRATIONS, '2026.12.01T00.00.00.persian-letters-and-latin-identifiers.js'));

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
