#!/usr/bin/env node
/**
 * The admin panel (dist/build) is built from src/admin, the local plugins' admin folders, the
 * installed packages and their patches. `npm run build` stamps the build with a hash of those
 * inputs; the admin browser tests rebuild only when the stamp no longer matches.
 *   node scripts/admin-build-stamp.js write   — after `strapi build`
 *   node scripts/admin-build-stamp.js check   — exit 0 when dist/build is current
 */
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const STAMP = path.join(ROOT, 'dist', 'build', '.poshtiban-admin-inputs');

const filesUnder = (dir) => {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.name === 'node_modules') return [];
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
};

const adminInputsHash = () => {
  const plugins = fs.readdirSync(path.join(ROOT, 'plugins')).map((name) => path.join(ROOT, 'plugins', name));
  const files = [
    ...filesUnder(path.join(ROOT, 'src', 'admin')),
    ...filesUnder(path.join(ROOT, 'src', 'domain')),
    ...plugins.flatMap((dir) => [...filesUnder(path.join(dir, 'admin')), path.join(dir, 'package.json')]),
    ...filesUnder(path.join(ROOT, 'patches')),
    path.join(ROOT, 'package-lock.json'),
  ]
    .filter((file) => fs.existsSync(file))
    .sort();
  const hash = crypto.createHash('sha256');
  for (const file of files) hash.update(path.relative(ROOT, file)).update('\0').update(fs.readFileSync(file)).update('\0');
  return hash.digest('hex');
};

const isCurrent = () =>
  fs.existsSync(path.join(ROOT, 'dist', 'build', 'index.html')) && fs.existsSync(STAMP) && fs.readFileSync(STAMP, 'utf8') === adminInputsHash();

const write = () => fs.writeFileSync(STAMP, adminInputsHash());

module.exports = { adminInputsHash, isCurrent, write };

if (require.main === module) {
  const command = process.argv[2];
  if (command === 'write') write();
  else if (command === 'check') process.exit(isCurrent() ? 0 : 1);
  else {
    console.error('usage: admin-build-stamp.js write|check');
    process.exit(2);
  }
}
