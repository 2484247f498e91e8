/** Starting and killing the app's second process (tests/fault/child-app.js) from a fault test. */
import { spawn, type ChildProcess } from 'child_process';
import path from 'path';

const APP_DIR = path.resolve(__dirname, '..', '..');

export type Child = { process: ChildProcess; ready: Promise<void>; exited: Promise<number | null>; output: () => string; kill: () => Promise<void> };

/** Spawns the child with this process's environment (the test's database) plus `env`. */
export const startChild = (
  action: 'fan-out' | 'deliver' | 'escalate' | 'surveys-send' | 'issue-licences' | 'settle-payment' | 'crm-sync' | 'serve',
  env: Record<string, string> = {}
): Child => {
  const child = spawn(process.execPath, [path.join(__dirname, 'child-app.js'), action], { cwd: APP_DIR, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk) => {
      out += chunk;
      if (out.includes('ready\n')) resolve();
    });
    child.stderr!.on('data', (chunk) => (out += chunk));
    child.on('exit', (code) => reject(new Error(`the child exited (${code}) before it was ready:\n${out}`)));
  });
  ready.catch(() => undefined);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    process: child,
    ready,
    exited,
    output: () => out,
    kill: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
};

/** Polls `check` every `everyMs` until it is true (or throws after `timeoutMs`). */
export const waitFor = async (check: () => Promise<boolean> | boolean, { everyMs = 20, timeoutMs = 30_000, what = 'the condition' } = {}) => {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
};
