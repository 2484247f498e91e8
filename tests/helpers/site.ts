/**
 * Builds the customer site (site/ → public/) once per jest run, however many browser test files
 * ask for it. They run in parallel workers and the app serves public/ while their tests run; a
 * second Vite build would delete the first one's assets under it. So the first file to ask builds
 * under a lock and stamps the run (POSHTIBAN_TEST_RUN, set by global-setup); the others wait for
 * the lock and find the stamp.
 */
import fs from 'fs';
import path from 'path';
import { runBuild, withBuildLock } from './build-lock';

const ROOT = path.resolve(__dirname, '../..');
const STAMP = path.join(ROOT, '.tmp', 'site-build.run');

export const buildSiteOnce = async (): Promise<void> => {
  const run = process.env.POSHTIBAN_TEST_RUN ?? `pid-${process.pid}`;
  await withBuildLock('site-build', async () => {
    if (fs.existsSync(STAMP) && fs.readFileSync(STAMP, 'utf8') === run) return;
    await runBuild('npx vite build --config site/vite.config.ts');
    fs.writeFileSync(STAMP, run);
  });
};
