/**
 * PostgreSQL going away under the app — what a restart or a failover does to its clients: every
 * open connection is terminated and new ones are refused for a while. Requests in that window get
 * 503 with Retry-After in the bilingual envelope (not a 500), the public warranty lookup too; when
 * the server is back the app answers again by itself, without a restart. (PostgreSQL only: the
 * embedded SQLite database cannot go away. The classification itself: tests/unit/database-unavailable.)
 * A real `pg_ctlcluster … restart` under load was tried the same way: docs/deploy.md.
 */
import request from 'supertest';
import { Client } from 'pg';
import { startApp, type TestApp } from '../helpers/strapi';
import { createCustomer, createDevice, createModel, tokenFor } from '../helpers/fixtures';
import { addDays, tehranDate } from '../../src/domain/jalali';

const onPostgres = Boolean(process.env.DATABASE_URL || process.env.TEST_DATABASE_BASE_URL);
const describeOnPostgres = onPostgres ? describe : describe.skip;

let app: TestApp;
let token: string;
let serials: string[];

beforeAll(async () => {
  if (!onPostgres) return;
  app = await startApp();
  const customer = await createCustomer(app.strapi);
  const model = await createModel(app.strapi, { brand: 'Zig', model: 'OUT-1' });
  serials = [];
  for (let i = 0; i < 3; i += 1) {
    const serial = `OUTAGE-${i}`;
    await createDevice(app.strapi, { owner: customer.documentId, model: model.documentId, serial, warrantyEnd: addDays(tehranDate(), 30) });
    serials.push(serial);
  }
  token = await tokenFor(app.server, customer.subscriberNumber);
});
afterAll(async () => {
  await app?.stop();
});

/** A session on the server's `postgres` database, for what an operator (or a restart) does to ours. */
const asOperator = async <T>(fn: (client: Client, database: string) => Promise<T>): Promise<T> => {
  const url = new URL(process.env.DATABASE_URL!);
  const database = url.pathname.slice(1);
  url.pathname = '/postgres';
  const client = new Client({ connectionString: url.toString() });
  await client.connect();
  try {
    return await fn(client, database);
  } finally {
    await client.end();
  }
};

/** Refuses new connections to the app's database and terminates its sessions, as a restart does. */
const takeDown = () =>
  asOperator(async (client, database) => {
    await client.query(`ALTER DATABASE "${database}" ALLOW_CONNECTIONS false`);
    await client.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [database]);
  });
const bringBack = () => asOperator((client, database) => client.query(`ALTER DATABASE "${database}" ALLOW_CONNECTIONS true`));

describeOnPostgres('PostgreSQL goes away and comes back', () => {
  test('503 with Retry-After while it is away, answers again by itself when it is back', async () => {
    const devices = () => request(app.server).get('/api/me/devices').set('Authorization', `Bearer ${token}`);
    expect((await devices()).status).toBe(200);

    await takeDown();
    try {
      const res = await devices();
      expect(res.status).toBe(503);
      expect(res.headers['retry-after']).toBe('5');
      expect(res.body.error.details.code).toBe('databaseUnavailable');
      expect(res.body.error.message).toMatch(/دوباره تلاش کنید/);
      expect(JSON.stringify(res.body)).not.toMatch(/accepting connections|5432|127\.0\.0\.1/);

      // the public lookup, answered in front of Koa, for a serial not in its cache
      const lookup = await request(app.server).get(`/api/warranty/${serials[1]}`);
      expect(lookup.status).toBe(503);
      expect(lookup.headers['retry-after']).toBe('5');
      expect(lookup.body.error.details.code).toBe('databaseUnavailable');
    } finally {
      await bringBack();
    }

    // back: the pool drops the connections the server terminated and opens new ones — within
    // moments, without a restart of the app (a request that drew a dead connection got a 503 too)
    let after = await devices();
    for (let tries = 0; after.status === 503 && tries < 20; tries += 1) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      after = await devices();
    }
    expect(after.status).toBe(200);
    expect(after.body.data).toHaveLength(3);
    expect((await request(app.server).get(`/api/warranty/${serials[2]}`)).status).toBe(200);
  });
});
