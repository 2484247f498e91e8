/**
 * Boots the real app for a test file: compiled code from dist/ (global-setup compiles it),
 * a database of its own — a temp SQLite file, or a fresh PostgreSQL database when DATABASE_URL
 * is set — and the HTTP server mounted so supertest can reach every route.
 */
import fs from 'fs';
import path from 'path';
import type { Core } from '@strapi/strapi';

const APP_DIR = path.resolve(__dirname, '..', '..');
let counter = 0;

export type TestApp = {
  strapi: Core.Strapi;
  server: any;
  stop: () => Promise<void>;
};

const databaseName = () => `pt_test_${process.env.JEST_WORKER_ID ?? 0}_${process.pid}_${++counter}`;

const adminUrl = (base: string, database: string) => {
  const url = new URL(base);
  url.pathname = `/${database}`;
  return url.toString();
};

/**
 * A database of the test's own, copied from the template when there is one. PostgreSQL refuses a
 * copy while another session is connected to the template; none should be, but two workers copying
 * at the same moment are retried rather than failed.
 */
const createDatabase = async (admin: any, name: string, template?: string) => {
  if (!template) {
    await admin.query(`CREATE DATABASE ${name}`);
    return;
  }
  for (let attempt = 1; ; attempt += 1) {
    try {
      await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
      return;
    } catch (error: any) {
      if (attempt >= 20 || !/being accessed by other users/.test(String(error?.message))) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
};

/**
 * `serveAdminPanel`: serve the built admin panel at /admin (tests/helpers/admin.ts builds it).
 * `fresh`: start from an empty database instead of the run's template (helpers/template-db.js) —
 * for a test of what the very first boot does.
 */
export const startApp = async ({ serveAdminPanel = false, fresh = false }: { serveAdminPanel?: boolean; fresh?: boolean } = {}): Promise<TestApp> => {
  let cleanup: () => Promise<void>;
  const baseUrl = process.env.TEST_DATABASE_BASE_URL ?? process.env.DATABASE_URL;

  if (baseUrl) {
    process.env.TEST_DATABASE_BASE_URL = baseUrl;
    const { Client } = require('pg');
    const name = databaseName();
    const admin = new Client({ connectionString: adminUrl(baseUrl, 'postgres') });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${name}`);
    const template = fresh ? undefined : process.env.POSHTIBAN_TEST_PG_TEMPLATE;
    await createDatabase(admin, name, template);
    // a throwaway database: a commit need not wait for its WAL to reach the disk (CI time)
    await admin.query(`ALTER DATABASE ${name} SET synchronous_commit = off`);
    await admin.end();
    process.env.DATABASE_CLIENT = 'postgres';
    process.env.DATABASE_URL = adminUrl(baseUrl, name);
    cleanup = async () => {
      const c = new Client({ connectionString: adminUrl(baseUrl, 'postgres') });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    };
  } else {
    const file = path.join('.tmp', `test-${databaseName()}.db`);
    fs.mkdirSync(path.join(APP_DIR, '.tmp'), { recursive: true });
    const template = fresh ? undefined : process.env.POSHTIBAN_TEST_SQLITE_TEMPLATE;
    if (template) fs.copyFileSync(template, path.join(APP_DIR, file));
    process.env.DATABASE_CLIENT = 'sqlite';
    process.env.DATABASE_FILENAME = file;
    cleanup = async () => {
      for (const suffix of ['', '-journal', '-wal', '-shm']) fs.rmSync(path.join(APP_DIR, file + suffix), { force: true });
    };
  }

  const { createStrapi } = require('@strapi/strapi');
  const instance: Core.Strapi = createStrapi({
    appDir: APP_DIR,
    distDir: path.join(APP_DIR, 'dist'),
    autoReload: false,
    serveAdminPanel,
  });
  let strapi: Core.Strapi;
  try {
    strapi = await instance.load();
  } catch (error) {
    // a start the app refuses (the production guards): free what it opened, then report it
    await instance.destroy().catch(() => undefined);
    await cleanup();
    throw error;
  }
  strapi.server.mount();

  return {
    strapi,
    server: strapi.server.httpServer,
    stop: async () => {
      await strapi.destroy();
      await cleanup();
    },
  };
};

/** Counts the SQL statements run while `fn` runs. */
export const countQueries = async <T>(strapi: Core.Strapi, fn: () => Promise<T>): Promise<{ result: T; count: number; sql: string[] }> => {
  const sql: string[] = [];
  const listener = (q: { sql: string }) => sql.push(q.sql);
  const connection = strapi.db.connection as any;
  connection.on('query', listener);
  try {
    const result = await fn();
    return { result, count: sql.length, sql };
  } finally {
    connection.removeListener('query', listener);
  }
};

/**
 * Waits until the database has been quiet for `quietMs` (at most `maxMs`): Strapi reads a written
 * entry again after the write returns (its webhook payload), and those reads must not land in
 * the next countQueries().
 */
export const settleQueries = async (strapi: Core.Strapi, { quietMs = 300, maxMs = 10_000 } = {}) => {
  const connection = strapi.db.connection as any;
  let last = Date.now();
  const listener = () => {
    last = Date.now();
  };
  connection.on('query', listener);
  const started = Date.now();
  try {
    while (Date.now() - last < quietMs && Date.now() - started < maxMs) await new Promise((resolve) => setTimeout(resolve, 50));
  } finally {
    connection.removeListener('query', listener);
  }
};
