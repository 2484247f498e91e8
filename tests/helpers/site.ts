/**
 * Builds the customer site (site/ → public/) once per jest run, however many browser test files
 * ask for it. They run in parallel workers and the app serves public/ while their tests run; a
 * second Vite build would delete the first one's assets under it. So the first file to ask builds
 * under a lock and stamps the run (POSHTIBAN_TEST_RUN, set by global-setup); the others wait for
 * the lock and find the stamp.
 */
import { execSync } from 'child_process';
import fs from 'fs';
import path from 'path';

const ROOT = path.resolve(__dirname, '../..');
const LOCK = path.join(ROOT, '.tmp', 'site-build.lock');
const STAMP = path.join(ROOT, '.tmp', 'site-build.run');
const STALE_MS = 5 * 60_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const acquire = async () => {
  fs.mkdirSync(path.dirname(LOCK), { recursive: true });
  const deadline = Date.now() + STALE_MS;
  for (;;) {
    try {
      fs.mkdirSync(LOCK); // atomic: exactly one process creates it
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    try {
      // left behind by a run that was killed while building
      if (Date.now() - fs.statSync(LOCK).mtimeMs > STALE_MS) fs.rmSync(LOCK, { recursive: true, force: true });
    } catch {
      /* released meanwhile */
    }
    if (Date.now() > deadline) throw new Error(`another test file holds ${LOCK} for too long`);
    await sleep(200);
  }
};

export const buildSiteOnce = async (): Promise<void> => {
  const run = process.env.POSHTIBAN_TEST_RUN ?? `pid-${process.pid}`;
  await acquire();
  try {
    if (fs.existsSync(STAMP) && fs.readFileSync(STAMP, 'utf8') === run) return;
    execSync('npx vite build --config site/vite.config.ts', { cwd: ROOT, stdio: 'inherit' });
    fs.writeFileSync(STAMP, run);
  } finally {
    fs.rmSync(LOCK, { recursive: true, force: true });
  }
};
