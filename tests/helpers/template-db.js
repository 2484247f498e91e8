/**
 * The test database template: one app boot on an empty database (schema sync, migrations, the
 * bootstrap's roles, permissions and settings) whose result every test file starts from — a
 * copied SQLite file, or a PostgreSQL `CREATE DATABASE … TEMPLATE` — instead of syncing ~60
 * tables again per file (a fresh boot takes ~8 s, one on the template ~2 s).
 *
 * Run by global-setup in a child process (so the jest parent does not hold Strapi), with the test
 * environment (helpers/env.js) and either DATABASE_FILENAME (SQLite) or DATABASE_URL (PostgreSQL,
 * the template database, created empty by the caller). A file that must see a truly first boot
 * asks startApp({ fresh: true }).
 */
const path = require('path');

const APP_DIR = path.resolve(__dirname, '..', '..');

const main = async () => {
  require('./env');
  const { createStrapi } = require('@strapi/strapi');
  const app = createStrapi({ appDir: APP_DIR, distDir: path.join(APP_DIR, 'dist'), autoReload: false });
  await app.load();
  await app.destroy();
};

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  }
);
