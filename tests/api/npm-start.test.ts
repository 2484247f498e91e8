/**
 * `npm start` (server.js), the production server, started as an operator starts it: on the
 * compiled dist/, NODE_ENV=production, in a process of its own. It serves the site and the API,
 * shuts down on SIGTERM, refuses to start on the stand-in providers without
 * ALLOW_SANDBOX_PROVIDERS, and never loads the TypeScript compiler (Strapi's `strapi start`
 * command line does: 20 MB of a bounded heap, docs/perf.md).
 */
import { spawn, type ChildProcess } from 'child_process';
import fs from 'fs';
import path from 'path';
import request from 'supertest';
import { freePort } from '../helpers/free-port';

jest.setTimeout(120_000);

const APP_DIR = path.resolve(__dirname, '..', '..');
const dbFile = path.join('.tmp', `npm-start-${process.pid}-${Date.now()}.db`);


/** `node server.js` as `npm start` runs it, with its stderr collected. */
const startServer = (port: number, env: Record<string, string>) => {
  const child = spawn(process.execPath, [path.join(APP_DIR, 'server.js')], {
    cwd: APP_DIR,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NODE_OPTIONS: `--require ${path.join(APP_DIR, 'tests/helpers/report-typescript-load.js')}`,
      HOST: '127.0.0.1',
      PORT: String(port),
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      DATABASE_CLIENT: 'sqlite',
      DATABASE_URL: '',
      DATABASE_FILENAME: dbFile,
      SCHEDULER_ENABLED: 'false',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = { text: '' };
  child.stdout!.on('data', (d) => (output.text += d));
  child.stderr!.on('data', (d) => (output.text += d));
  return { child, output };
};

const exitOf = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.once('exit', (code) => resolve(code))));

afterAll(() => {
  for (const suffix of ['', '-journal', '-wal', '-shm']) fs.rmSync(path.join(APP_DIR, dbFile + suffix), { force: true });
});

test('it serves the site and the API, without the TypeScript compiler, and stops on SIGTERM', async () => {
  const port = await freePort();
  const { child, output } = startServer(port, { ALLOW_SANDBOX_PROVIDERS: 'true' });
  try {
    const base = `http://127.0.0.1:${port}`;
    const until = Date.now() + 90_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`npm start exited (${child.exitCode}):\n${output.text.slice(-3000)}`);
      const ok = await request(base).get('/_health').then((r) => r.status === 204, () => false);
      if (ok) break;
      if (Date.now() > until) throw new Error(`npm start never answered:\n${output.text.slice(-3000)}`);
      await new Promise((r) => setTimeout(r, 300));
    }
    const site = await request(base).get('/');
    expect(site.status).toBe(200);
    expect(site.text).toMatch(/<html[^>]*lang="fa"[^>]*dir="rtl"|<html[^>]*dir="rtl"[^>]*lang="fa"/);
    const lookup = await request(base).get('/api/warranty/NO-SUCH-SERIAL');
    expect(lookup.status).toBe(200);
    expect(lookup.body.data).toMatchObject({ serial: 'NOSUCHSERIAL', registered: false });
    const me = await request(base).get('/api/me/devices');
    expect(me.status).toBe(401);
    expect(output.text).not.toContain('TYPESCRIPT COMPILER LOADED');
  } finally {
    const exited = exitOf(child);
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  }
});

test('in production it refuses to start on the stand-in providers, naming them', async () => {
  const { child, output } = startServer(await freePort(), {});
  expect(await exitOf(child)).not.toBe(0);
  expect(output.text).toMatch(/sandbox|local/i);
});
