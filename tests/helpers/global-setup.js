/**
 * Compiles the app once (TypeScript → dist/) for every test file, names the run (the browser
 * tests build the site once per run), on PostgreSQL checks the server answers before any
 * worker tries to create its databases, and prepares the database template every test file
 * starts from (helpers/template-db.js).
 */
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');

module.exports = async () => {
  require('./env');
  // one id per jest run: the browser test files build the site once per run (helpers/site.ts);
  // the workers inherit this process's environment
  process.env.POSHTIBAN_TEST_RUN = `${process.pid}-${Date.now()}`;
  const appDir = path.resolve(__dirname, '..', '..');
  const { compileStrapi } = require('@strapi/strapi');
  await compileStrapi({ appDir });
  if (process.env.DATABASE_URL) {
    const { Client } = require('pg');
    const client = new Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    await client.end();
  }
  if (process.env.POSHTIBAN_TEST_NO_TEMPLATE) return;
  const runTag = String(process.pid);
  const boot = (env) => execFileSync(process.execPath, [path.join(__dirname, 'template-db.js')], { cwd: appDir, env: { ...process.env, ...env }, stdio: 'inherit' });
  if (process.env.DATABASE_URL) {
    const { Client } = require('pg');
    const name = `pt_template_${runTag}`;
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = '/postgres';
    const admin = new Client({ connectionString: url.toString() });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${name}`);
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.query(`ALTER DATABASE ${name} SET synchronous_commit = off`);
    await admin.end();
    url.pathname = `/${name}`;
    boot({ DATABASE_CLIENT: 'postgres', DATABASE_URL: url.toString() });
    process.env.POSHTIBAN_TEST_PG_TEMPLATE = name;
  } else {
    const file = path.join('.tmp', `template-${runTag}.db`);
    fs.mkdirSync(path.join(appDir, '.tmp'), { recursive: true });
    boot({ DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: file });
    process.env.POSHTIBAN_TEST_SQLITE_TEMPLATE = path.join(appDir, file);
  }
};
