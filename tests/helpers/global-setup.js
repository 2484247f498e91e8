/**
 * Compiles the app once (TypeScript → dist/) for every test file, and on PostgreSQL checks the
 * server answers before any worker tries to create its databases.
 */
const path = require('path');

module.exports = async () => {
  require('./env');
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
