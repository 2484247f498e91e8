/**
 * One build at a time across the jest workers of a run (and across runs on one machine): the
 * first file to ask takes a directory lock — mkdir is atomic — and the others wait for it. A lock
 * left behind by a killed run is taken over after five minutes.
 */
import fs from 'fs';
import path from 'path';

const ROOT = path.resolve(__dirname, '../..');
const STALE_MS = 5 * 60_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export const withBuildLock = async <T>(name: string, fn: () => Promise<T> | T): Promise<T> => {
  const lock = path.join(ROOT, '.tmp', `${name}.lock`);
  fs.mkdirSync(path.dirname(lock), { recursive: true });
  const deadline = Date.now() + STALE_MS;
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    try {
      if (Date.now() - fs.statSync(lock).mtimeMs > STALE_MS) fs.rmSync(lock, { recursive: true, force: true });
    } catch {
      /* released meanwhile */
    }
    if (Date.now() > deadline) throw new Error(`another test file holds ${lock} for too long`);
    await sleep(200);
  }
  try {
    return await fn();
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
};
