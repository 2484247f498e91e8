/**
 * Shared benchmark plumbing: a fresh PostgreSQL database, the app compiled and booted the way
 * the tests boot it (scheduler off), and a table printer.
 */
const path = require('path');
const { Client } = require('pg');

const APP_DIR = path.resolve(__dirname, '..');

const adminUrl = (base, database) => {
  const url = new URL(base);
  url.pathname = `/${database}`;
  return url.toString();
};

/** Creates a fresh database on the server of BENCH_DATABASE_URL / DATABASE_URL; returns its URL and a drop(). */
const freshPostgres = async (name) => {
  const base = process.env.BENCH_DATABASE_URL || process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
  const admin = new Client({ connectionString: adminUrl(base, 'postgres') });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  return {
    url: adminUrl(base, name),
    drop: async () => {
      const c = new Client({ connectionString: adminUrl(base, 'postgres') });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
};

const setSecrets = () => {
  process.env.APP_KEYS ||= 'benchKeyA,benchKeyB';
  process.env.API_TOKEN_SALT ||= 'bench-salt';
  process.env.ADMIN_JWT_SECRET ||= 'bench-admin-secret';
  process.env.TRANSFER_TOKEN_SALT ||= 'bench-transfer-salt';
  process.env.JWT_SECRET ||= 'bench-jwt-secret';
  process.env.ENCRYPTION_KEY ||= 'bench-encryption-key-0123456789ab';
  process.env.LOG_LEVEL ||= 'warn';
  process.env.SCHEDULER_ENABLED = 'false';
  process.env.DEMO_DATA = 'false';
};

const bootApp = async (databaseUrl) => {
  setSecrets();
  process.env.DATABASE_CLIENT = 'postgres';
  process.env.DATABASE_URL = databaseUrl;
  const { compileStrapi, createStrapi } = require('@strapi/strapi');
  await compileStrapi({ appDir: APP_DIR });
  const strapi = await createStrapi({ appDir: APP_DIR, distDir: path.join(APP_DIR, 'dist'), autoReload: false, serveAdminPanel: false }).load();
  strapi.server.mount();
  return strapi;
};

const table = (rows) => {
  const widths = Object.keys(rows[0]).map((k) => Math.max(k.length, ...rows.map((r) => String(r[k]).length)));
  const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
  return [line(Object.keys(rows[0])), line(widths.map((w) => '-'.repeat(w))), ...rows.map((r) => line(Object.values(r)))].join('\n');
};

module.exports = { APP_DIR, freshPostgres, bootApp, setSecrets, table };
