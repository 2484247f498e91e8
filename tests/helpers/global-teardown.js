/** Removes the per-test SQLite files and PostgreSQL databases a crashed run may have left. */
const fs = require('fs');
const path = require('path');

module.exports = async () => {
  const tmp = path.resolve(__dirname, '..', '..', '.tmp');
  if (fs.existsSync(tmp)) {
    for (const f of fs.readdirSync(tmp)) if (/^test-.*\.db(-journal|-wal|-shm)?$/.test(f)) fs.rmSync(path.join(tmp, f), { force: true });
  }
};
