/**
 * One build at a time across the jest workers of a run (and across runs on one machine): the
 * first file to ask takes a directory lock — mkdir is atomic — and the others wait for it. The
 * holder touches the lock while it builds (a build takes minutes on a loaded machine); a lock
 * nobody has touched for two minutes was left by a killed run and is taken over.
 */
import { spawn } from 'child_process';
import fs from 'fs';
import path from 'path';

const ROOT = path.resolve(__dirname, '../..');
const STALE_MS = 2 * 60_000;
const HEARTBEAT_MS = 15_000;
const WAIT_AT_MOST_MS = 30 * 60_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export const withBuildLock = async <T>(name: string, fn: () => Promise<T> | T): Promise<T> => {
  const lock = path.join(ROOT, '.tmp', `${name}.lock`);
  fs.mkdirSync(path.dirname(lock), { recursive: true });
  const deadline = Date.now() + WAIT_AT_MOST_MS;
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
  const heartbeat = setInterval(() => {
    try {
      const now = new Date();
      fs.utimesSync(lock, now, now);
    } catch {
      /* gone: finally below */
    }
  }, HEARTBEAT_MS);
  try {
    return await fn();
  } finally {
    clearInterval(heartbeat);
    fs.rmSync(lock, { recursive: true, force: true });
  }
};

/** Runs a build command without blocking the event loop (the lock's heartbeat keeps beating). */
export const runBuild = (command: string, env: NodeJS.ProcessEnv = process.env): Promise<void> =>
  new Promise((resolve, reject) => {
    const child = spawn(command, { cwd: ROOT, stdio: 'inherit', shell: true, env });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} exited with ${code}`))));
  });
