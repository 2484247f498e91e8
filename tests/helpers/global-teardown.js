/** Removes this run's database template and the per-test SQLite files a crashed run may have left. */
const fs = require('fs');
const path = require('path');

module.exports = async () => {
  const tmp = path.resolve(__dirname, '..', '..', '.tmp');
  if (fs.existsSync(tmp)) {
    for (const f of fs.readdirSync(tmp)) if (/^test-.*\.db(-journal|-wal|-shm)?$/.test(f)) fs.rmSync(path.join(tmp, f), { force: true });
  }
  const sqliteTemplate = process.env.POSHTIBAN_TEST_SQLITE_TEMPLATE;
  if (sqliteTemplate) for (const suffix of ['', '-journal', '-wal', '-shm']) fs.rmSync(sqliteTemplate + suffix, { force: true });
  const template = process.env.POSHTIBAN_TEST_PG_TEMPLATE;
  if (template && process.env.DATABASE_URL) {
    const { Client } = require('pg');
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = '/postgres';
    const admin = new Client({ connectionString: url.toString() });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
    await admin.end();
  }
};
