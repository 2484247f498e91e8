/**
 * Compiles the app once (TypeScript → dist/) for every test file, names the run (the browser
 * tests build the site once per run), and on PostgreSQL checks the server answers before any
 * worker tries to create its databases.
 */
const path = require('path');

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
};
