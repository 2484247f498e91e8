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
