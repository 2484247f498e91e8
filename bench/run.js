#!/usr/bin/env node
/**
 * npm run bench — the whole portal under load, in one run (issue 16), printing one table.
 *
 * - PostgreSQL: BENCH_DATABASE_URL or DATABASE_URL, seeded by `npm run bench:seed` (seeded here
 *   first, at BENCH_SCALE, when it is not).
 * - wrk (Debian's package, installed like Chromium when missing: scripts/ensure-wrk.sh), 50
 *   connections (BENCH_CONNECTIONS), 2 threads, BENCH_WARMUP s unmeasured then BENCH_DURATION s
 *   measured per target (3 and 10 by default).
 * - The app as production runs it (README «Production»): `npm start` (server.js) on the compiled dist/,
 *   NODE_ENV=production, NODE_OPTIONS="--max-old-space-size=200 --max-semi-space-size=4", in a
 *   process of its own. For the benchmark: the stand-in providers (ALLOW_SANDBOX_PROVIDERS — the
 *   site and jobs are measured, not Kavenegar), no scheduled jobs (they are timed on their own
 *   below, not left to fire in the middle of a measurement), Strapi's per-IP auth limiter off and
 *   the lookup's throttle raised (one client makes every request here), SQL statements counted by
 *   bench/count-queries.js loaded with --require (the app does not know of it).
 * - Targets: the public warranty lookup against a bare http + pg server (bench/bare-server.js)
 *   and Strapi's stock REST filter by serial (a temporary read-only API token); login (random
 *   portal accounts); the benchmark customer's dashboard, devices and tickets (50 devices,
 *   500 tickets); opening a ticket (as another portal account: the customer's history stays the
 *   same from run to run); the Content Manager's subscriber list searched by number.
 * - Jobs, timed in a second app process on the same database (its first run over the seeded data
 *   and a second run right after): the announcement fan-out to 300,000 × BENCH_SCALE subscribers
 *   (with the dashboard measured while it runs), the expiry reminders, the SLA escalation and the
 *   CRM status pass — with the EXPLAIN plans of each job's most expensive statements.
 *
 * BENCH_ONLY=http or BENCH_ONLY=jobs runs one half. Results: bench/results/bench.json.
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const http = require('http');
const { spawn, execFileSync } = require('child_process');
const { performance } = require('perf_hooks');
const { Client } = require('pg');
const { APP_DIR, table } = require('./lib');
const { seed, readSeed } = require('./seed');

const DURATION = Number(process.env.BENCH_DURATION || 10);
const WARMUP = Number(process.env.BENCH_WARMUP || 3);
const LOGIN_DURATION = Number(process.env.BENCH_LOGIN_DURATION || Math.max(30, DURATION));
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS || 50);
const THREADS = 2;
const APP_PORT = Number(process.env.BENCH_APP_PORT || 1460);
const BARE_PORT = APP_PORT + 1;
const APP_COUNTER = APP_PORT + 2;
const BARE_COUNTER = APP_PORT + 3;
const APP_NODE_OPTIONS = process.env.APP_NODE_OPTIONS ?? '--max-old-space-size=200 --max-semi-space-size=4';
const ONLY = process.env.BENCH_ONLY || '';
const RESULTS = path.join(__dirname, 'results');
const WORK = fs.mkdtempSync(path.join(os.tmpdir(), 'poshtiban-bench-'));

const databaseUrl = process.env.BENCH_DATABASE_URL || process.env.DATABASE_URL;

const SECRETS = {
  APP_KEYS: 'benchKeyA,benchKeyB',
  API_TOKEN_SALT: 'bench-salt',
  ADMIN_JWT_SECRET: 'bench-admin-secret',
  TRANSFER_TOKEN_SALT: 'bench-transfer-salt',
  JWT_SECRET: 'bench-jwt-secret',
  ENCRYPTION_KEY: 'bench-encryption-key-0123456789ab',
};
const appEnv = () => ({
  ...process.env,
  ...SECRETS,
  NODE_ENV: 'production',
  DATABASE_CLIENT: 'postgres',
  DATABASE_URL: databaseUrl,
  HOST: '127.0.0.1',
  PORT: String(APP_PORT),
  PUBLIC_URL: `http://127.0.0.1:${APP_PORT}`,
  ALLOW_SANDBOX_PROVIDERS: 'true',
  SCHEDULER_ENABLED: 'false',
  DEMO_DATA: 'false',
  STRAPI_TELEMETRY_DISABLED: 'true',
  AUTH_RATELIMIT_ENABLED: 'false',
  WARRANTY_RATELIMIT_MAX: '1000000000',
});

// ── plumbing ────────────────────────────────────────────────────────────────────────────────

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const httpJson = (method, url, { body, headers = {}, timeoutMs = 60_000 } = {}) =>
  new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const req = http.request(url, { method, headers: { ...(payload ? { 'Content-Type': 'application/json' } : {}), ...headers } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (text += c));
      res.on('end', () => {
        let json = null;
        try {
          json = text ? JSON.parse(text) : null;
        } catch {
          json = text;
        }
        resolve({ status: res.statusCode, body: json });
      });
    });
    req.on('error', reject);
    req.setTimeout(timeoutMs, () => req.destroy(new Error(`timeout: ${method} ${url}`)));
    req.end(payload);
  });

const waitFor = async (url, ok, { timeoutMs = 300_000, child } = {}) => {
  const until = Date.now() + timeoutMs;
  for (;;) {
    if (child && child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}) before answering ${url}`);
    try {
      if (ok((await httpJson('GET', url)).status)) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > until) throw new Error(`no answer from ${url}`);
    await sleep(500);
  }
};

const start = (label, args, env, logFile) => {
  const log = fs.openSync(logFile, 'w');
  const child = spawn(process.execPath, args, { cwd: APP_DIR, env, stdio: ['ignore', log, log] });
  child.label = label;
  return child;
};

const stop = (child) =>
  new Promise((resolve) => {
    if (!child || child.exitCode !== null) return resolve();
    child.once('exit', resolve);
    child.kill('SIGTERM');
    setTimeout(() => child.exitCode === null && child.kill('SIGKILL'), 15_000).unref();
  });

const rssMb = (pid) => {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024;
  } catch {
    return 0;
  }
};

/** CPU seconds the process has used (all its threads: the bcrypt workers too). */
const cpuSeconds = (pid) => {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
};

/** A connection that watches the benchmark database's activity. */
let monitor = null;
const activeStatements = async () => {
  if (!monitor) {
    monitor = new Client({ connectionString: databaseUrl });
    await monitor.connect();
  }
  const { rows } = await monitor.query("SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND state = 'active' AND pid <> pg_backend_pid()");
  return rows[0].n;
};

/**
 * Waits until the server is idle — under 5 % of a core over a second and no statement of its
 * running in PostgreSQL: work a run left queued (logins waiting for a bcrypt worker, searches
 * waiting for a connection after wrk closed theirs) must not be counted in the next run's
 * statements or slow it down.
 */
const quiesce = async (pid, maxMs = 600_000) => {
  const until = Date.now() + maxMs;
  let last = cpuSeconds(pid);
  for (;;) {
    await sleep(1000);
    const now = cpuSeconds(pid);
    if ((now - last < 0.05 && (await activeStatements()) === 0) || Date.now() > until) return;
    last = now;
  }
};

const statements = async (port) => (await httpJson('GET', `http://127.0.0.1:${port}/`)).body.statements;

// ── wrk ─────────────────────────────────────────────────────────────────────────────────────

const LUA_REPORT = `
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format('WRKJSON {"requests":%.0f,"duration_us":%.0f,"p50":%.0f,"p95":%.0f,"p99":%.0f,"max":%.0f,"connect":%.0f,"read":%.0f,"write":%.0f,"status":%.0f,"timeout":%.0f}\\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.max, e.connect, e.read, e.write, e.status, e.timeout))
end
local threads = 0
setup = function(thread)
  threads = threads + 1
  thread:set("seed", threads)
end
init = function(args)
  math.randomseed(os.time() * 1000 + (seed or 0) * 7919)
end
`;

/** A wrk script: `request` builds each request (Lua), headers and body fixed. */
const luaScript = (name, { method = 'GET', path: fixedPath, pathLua, headers = {}, body }) => {
  const lines = [LUA_REPORT, `wrk.method = "${method}"`];
  for (const [k, v] of Object.entries(headers)) lines.push(`wrk.headers["${k}"] = ${JSON.stringify(v)}`);
  if (body !== undefined) lines.push(`wrk.body = ${JSON.stringify(typeof body === 'string' ? body : JSON.stringify(body))}`);
  if (pathLua) lines.push(`request = function()\n  return wrk.format(nil, ${pathLua})\nend`);
  else if (fixedPath) lines.push(`wrk.path = ${JSON.stringify(fixedPath)}`);
  const file = path.join(WORK, `${name}.lua`);
  fs.writeFileSync(file, lines.join('\n'));
  return file;
};

const wrk = (port, script, seconds) =>
  new Promise((resolve, reject) => {
    const child = spawn('wrk', [`-t${THREADS}`, `-c${CONNECTIONS}`, `-d${seconds}s`, '--timeout', '30s', '-s', script, `http://127.0.0.1:${port}`], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (c) => (out += c));
    child.stderr.on('data', (c) => (out += c));
    child.on('error', reject);
    child.on('exit', () => {
      const line = out.split('\n').find((l) => l.startsWith('WRKJSON '));
      if (!line) return reject(new Error(`wrk gave no result:\n${out}`));
      resolve(JSON.parse(line.slice(8)));
    });
  });

/**
 * Warm-up, the measured run (with the server's memory sampled), then the statements of one
 * request: `probe` requests sent one at a time on the idle, warm server, their statements counted
 * — exact, where dividing a loaded run's count would mix in requests wrk gave up on.
 */
const measure = async (label, { port, counter, pid, script, probe, note = '', seconds: runSeconds = DURATION, warmup = WARMUP }) => {
  if (warmup > 0) await wrk(port, script, warmup);
  await quiesce(pid);
  let peak = rssMb(pid);
  const sampler = setInterval(() => (peak = Math.max(peak, rssMb(pid))), 200);
  const r = await wrk(port, script, runSeconds);
  clearInterval(sampler);
  // what the run left queued (logins wrk gave up waiting for) runs out first
  await quiesce(pid);
  const probes = probe.count ?? 10;
  const before = await statements(counter);
  for (let i = 0; i < probes; i += 1) {
    const { method = 'GET', path: p, headers, body } = probe.request(i);
    const res = await httpJson(method, `http://127.0.0.1:${port}${p}`, { headers, body, timeoutMs: 300_000 });
    if (res.status >= 400) throw new Error(`${label}: probe ${method} ${p} answered ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`);
  }
  await sleep(300);
  const after = await statements(counter);
  const seconds = r.duration_us / 1e6;
  const row = {
    target: label,
    'req/s': Number((r.requests / seconds).toFixed(r.requests / seconds < 10 ? 1 : 0)),
    p50: r.p50 / 1000,
    p95: r.p95 / 1000,
    p99: r.p99 / 1000,
    errors: r.connect + r.read + r.write + r.status + r.timeout,
    rssMb: Math.round(peak),
    sqlPerRequest: (after - before) / probes,
    requests: r.requests,
    note,
  };
  console.log(`  ${label}: ${row['req/s']} req/s, p50 ${row.p50.toFixed(1)} ms, p99 ${row.p99.toFixed(1)} ms, ${row.errors} errors, ${row.rssMb} MB, ${row.sqlPerRequest.toFixed(2)} SQL/request`);
  return row;
};

const ms = (v) => (v >= 100 ? `${Math.round(v)} ms` : `${v.toFixed(1)} ms`);
const printable = (rows) =>
  rows.map((r) => ({
    target: r.target,
    'req/s': r['req/s'].toLocaleString('en', { maximumFractionDigits: 1 }),
    p50: ms(r.p50),
    p95: ms(r.p95),
    p99: ms(r.p99),
    'non-2xx/errors': r.errors,
    'peak RSS': `${r.rssMb} MB`,
    'SQL/request': r.sqlPerRequest.toFixed(r.sqlPerRequest < 10 ? 2 : 1),
  }));

// ── the HTTP half ───────────────────────────────────────────────────────────────────────────

const httpBenchmarks = async (seeded) => {
  const appLog = path.join(RESULTS, 'app.log');
  const counterRequire = `--require ${path.join(__dirname, 'count-queries.js')}`;
  const cleanups = [];
  let bare = null;
  let app = null;
  try {
    bare = start('bare', [path.join(__dirname, 'bare-server.js')], { ...process.env, DATABASE_URL: databaseUrl, PORT: String(BARE_PORT), NODE_OPTIONS: counterRequire, BENCH_COUNTER_PORT: String(BARE_COUNTER) }, path.join(RESULTS, 'bare.log'));
    app = start('app', [path.join(APP_DIR, 'server.js')], { ...appEnv(), NODE_OPTIONS: `${APP_NODE_OPTIONS} ${counterRequire}`, BENCH_COUNTER_PORT: String(APP_COUNTER) }, appLog);
    const b0 = performance.now();
    await waitFor(`http://127.0.0.1:${BARE_PORT}/api/warranty/BN00000001`, (s) => s === 200, { child: bare });
    await waitFor(`http://127.0.0.1:${APP_PORT}/_health`, (s) => s === 204, { child: app });
    console.log(`  app started (npm start, production) in ${((performance.now() - b0) / 1000).toFixed(0)} s; log: ${path.relative(APP_DIR, appLog)}`);
    const base = `http://127.0.0.1:${APP_PORT}`;

    // logins: the benchmark customer, a super admin, a temporary read-only API token
    const customerToken = async () => {
      const res = await httpJson('POST', `${base}/api/auth/local`, { body: { identifier: seeded.customer.subscriberNumber, password: seeded.customer.password } });
      if (res.status !== 200) throw new Error(`customer login: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body.jwt;
    };
    const admin = await httpJson('POST', `${base}/admin/login`, { body: { email: seeded.admin.email, password: seeded.admin.password } });
    if (admin.status !== 200) throw new Error(`admin login: ${admin.status} ${JSON.stringify(admin.body)}`);
    const adminAuth = { Authorization: `Bearer ${admin.body.data.token}` };
    const token = await httpJson('POST', `${base}/admin/api-tokens`, { headers: adminAuth, body: { name: `bench-${process.pid}`, description: 'npm run bench (deleted at the end)', type: 'read-only', lifespan: null } });
    if (token.status !== 201 && token.status !== 200) throw new Error(`API token: ${token.status} ${JSON.stringify(token.body)}`);
    cleanups.push(() => httpJson('DELETE', `${base}/admin/api-tokens/${token.body.data.id}`, { headers: adminAuth }));

    const pg = new Client({ connectionString: databaseUrl });
    await pg.connect();
    // tickets are opened by another portal account (a bulk one: every fourth subscriber number has
    // one, with the bulk password), so the benchmark customer's dashboard and ticket list read the
    // same history in every run
    const { rows: usable } = await pg.query(
      `SELECT s.subscriber_number, d.document_id FROM subscribers s
         JOIN devices_owner_lnk o ON o.subscriber_id = s.id JOIN devices d ON d.id = o.device_id
        WHERE s.subscriber_number ~ '^1[0-9]{6}$' AND (s.subscriber_number::int - 1000000) % 4 = 0
          AND s.subscriber_number::int <= 1000000 + 4 * $1
          AND d.installation_confirmed_at IS NOT NULL AND d.service_mode IN ('initial', 'renewed')
          AND d.service_end >= (now() AT TIME ZONE 'Asia/Tehran')::date ORDER BY s.id, d.id LIMIT 1`,
      [Math.floor(seeded.subscribers / 4)]
    );
    await pg.end();
    if (!usable.length) throw new Error('no portal account of the seed has a device in service (tickets need one)');

    const devices = seeded.devices;
    const serialLua = (prefix) => `"${prefix}BN" .. string.format("%08d", math.random(1, ${devices}))`;
    const randomSerial = () => `BN${String(1 + Math.floor(Math.random() * devices)).padStart(8, '0')}`;
    const lookupProbe = { request: () => ({ path: `/api/warranty/${randomSerial()}` }) };
    const app1 = { port: APP_PORT, counter: APP_COUNTER, pid: app.pid };
    const rows = [];
    const lookup = luaScript('lookup', { pathLua: serialLua('/api/warranty/') });
    rows.push(await measure('bare node http + pg, same query (the limit)', { port: BARE_PORT, counter: BARE_COUNTER, pid: bare.pid, script: lookup, probe: lookupProbe }));
    rows.push(await measure('GET /api/warranty/:serial (random serials)', { ...app1, script: lookup, probe: lookupProbe }));
    rows.push(
      await measure("Strapi's stock REST: /api/devices?filters[serial][$eq]= (API token)", {
        ...app1,
        script: luaScript('stock-rest', { pathLua: serialLua('/api/devices?filters%5Bserial%5D%5B%24eq%5D='), headers: { Authorization: `Bearer ${token.body.data.accessKey}` } }),
        probe: { request: () => ({ path: `/api/devices?filters%5Bserial%5D%5B%24eq%5D=${randomSerial()}`, headers: { Authorization: `Bearer ${token.body.data.accessKey}` } }) },
      })
    );
    const accounts = Math.floor(seeded.subscribers / 4);
    // login: the body differs per request (random account): written out in Lua
    const loginScript = path.join(WORK, 'login.lua');
    fs.writeFileSync(
      loginScript,
      `${LUA_REPORT}
request = function()
  local n = 1000000 + 4 * math.random(1, ${accounts})
  local body = '{"identifier":"' .. n .. '","password":"${seeded.bulkAccount.password}"}'
  return wrk.format("POST", "/api/auth/local", { ["Content-Type"] = "application/json" }, body)
end`
    );
    // a login costs one bcrypt (cost 10) in the worker pool: 50 clients keep the pool's queue full,
    // so the first answers come after 50 comparisons — a run of its own length, no warm-up
    const loginProbe = {
      count: 5,
      request: () => ({ method: 'POST', path: '/api/auth/local', body: { identifier: String(1000000 + 4 * (1 + Math.floor(Math.random() * accounts))), password: seeded.bulkAccount.password } }),
    };
    rows.push(await measure('POST /api/auth/local (login, random accounts)', { ...app1, script: loginScript, probe: loginProbe, seconds: LOGIN_DURATION, warmup: 0, note: `${LOGIN_DURATION} s run` }));
    for (const route of ['dashboard', 'devices', 'tickets']) {
      const auth = { Authorization: `Bearer ${await customerToken()}` };
      rows.push(await measure(`GET /api/me/${route}`, { ...app1, script: luaScript(`me-${route}`, { path: `/api/me/${route}`, headers: auth }), probe: { request: () => ({ path: `/api/me/${route}`, headers: auth }) } }));
    }
    const ticket = { device: usable[0].document_id, kind: 'fault', priority: 'medium', title: 'آزمون بار: دستگاه روشن نمی‌شود', description: 'شرح مشکل برای آزمون بار؛ دستگاه پس از روشن شدن خطا می‌دهد.' };
    const ticketWriter = await httpJson('POST', `${base}/api/auth/local`, { body: { identifier: usable[0].subscriber_number, password: seeded.bulkAccount.password } });
    if (ticketWriter.status !== 200) throw new Error(`ticket writer's login: ${ticketWriter.status} ${JSON.stringify(ticketWriter.body)}`);
    const ticketAuth = { Authorization: `Bearer ${ticketWriter.body.jwt}` };
    rows.push(
      await measure('POST /api/me/tickets (open a ticket)', {
        ...app1,
        script: luaScript('open-ticket', {
          method: 'POST',
          path: '/api/me/tickets',
          headers: { ...ticketAuth, 'Content-Type': 'application/json' },
          body: ticket,
        }),
        probe: { request: () => ({ method: 'POST', path: '/api/me/tickets', headers: ticketAuth, body: ticket }) },
      })
    );
    rows.push(
      await measure('Content Manager: subscribers searched by number', {
        ...app1,
        script: luaScript('cm-subscribers', {
          pathLua: `"/content-manager/collection-types/api::subscriber.subscriber?page=1&pageSize=10&sort=subscriberNumber:ASC&_q=" .. (1000000 + math.random(1, ${seeded.subscribers}))`,
          headers: adminAuth,
        }),
        // a search takes seconds at full scale: a long run, no warm-up (as for logins)
        seconds: LOGIN_DURATION,
        warmup: 0,
        note: `${LOGIN_DURATION} s run`,
        probe: { count: 3, request: () => ({ path: `/content-manager/collection-types/api::subscriber.subscriber?page=1&pageSize=10&sort=subscriberNumber:ASC&_q=${1000000 + 1 + Math.floor(Math.random() * seeded.subscribers)}`, headers: adminAuth }) },
      })
    );
    const peakOverall = Number(/VmHWM:\s+(\d+)/.exec(fs.readFileSync(`/proc/${app.pid}/status`, 'utf8'))[1]) / 1024;
    return { rows, app, bare, cleanups, customerToken, peakOverall };
  } catch (error) {
    for (const c of cleanups) await c().catch(() => undefined);
    await stop(app);
    await stop(bare);
    throw error;
  }
};

// ── the jobs half ───────────────────────────────────────────────────────────────────────────

/** Every statement a job runs, with its time; the most expensive ones explained. */
const watchQueries = (knex) => {
  const started = new Map();
  const stats = new Map();
  const onQuery = (q) => started.set(q.__knexQueryUid, { t: performance.now(), sql: q.sql, bindings: q.bindings });
  const onResponse = (_r, q) => {
    const s = started.get(q.__knexQueryUid);
    if (!s) return;
    started.delete(q.__knexQueryUid);
    const took = performance.now() - s.t;
    const entry = stats.get(s.sql) ?? { sql: s.sql, count: 0, totalMs: 0, maxMs: 0, sample: null };
    entry.count += 1;
    entry.totalMs += took;
    if (took >= entry.maxMs) {
      entry.maxMs = took;
      entry.sample = s.bindings;
    }
    stats.set(s.sql, entry);
  };
  knex.on('query', onQuery);
  knex.on('query-response', onResponse);
  return {
    stop() {
      knex.removeListener('query', onQuery);
      knex.removeListener('query-response', onResponse);
      return [...stats.values()].sort((a, b) => b.totalMs - a.totalMs);
    },
  };
};

const explain = async (knex, entry) => {
  const sql = /\$\d/.test(entry.sql) ? entry.sql : knex.client.positionBindings(entry.sql);
  const connection = await knex.client.acquireConnection();
  try {
    const result = await connection.query(`EXPLAIN ${sql}`, entry.sample ?? []);
    return result.rows.map((r) => (r['QUERY PLAN'].length > 200 ? `${r['QUERY PLAN'].slice(0, 200)}…` : r['QUERY PLAN'])).join('\n');
  } finally {
    await knex.client.releaseConnection(connection);
  }
};

const timeJob = async (strapi, name, run, { explainTop = 2 } = {}) => {
  const knex = strapi.db.connection;
  const watch = watchQueries(knex);
  const t0 = performance.now();
  const result = await run();
  const first = (performance.now() - t0) / 1000;
  const queries = watch.stop();
  const t1 = performance.now();
  const again = await run();
  const second = (performance.now() - t1) / 1000;
  const statementsRun = queries.reduce((n, q) => n + q.count, 0);
  // the statements that find the work (SELECT / UPDATE … WHERE): the slowest single ones and the
  // most expensive in all
  const finding = queries.filter((q) => /^\s*(select|update|with)/i.test(q.sql));
  const top = [...new Set([...[...finding].sort((a, b) => b.maxMs - a.maxMs).slice(0, explainTop), ...finding.slice(0, 1)])];
  const plans = [];
  for (const q of top) plans.push({ sql: q.sql, count: q.count, totalMs: Math.round(q.totalMs), maxMs: Math.round(q.maxMs), plan: await explain(knex, q).catch((e) => `(EXPLAIN failed: ${e.message})`) });
  console.log(`  ${name}: ${first.toFixed(1)} s (${statementsRun.toLocaleString('en')} statements; ${JSON.stringify(result)}), again ${second.toFixed(1)} s (${JSON.stringify(again)})`);
  return { job: name, seconds: first, againSeconds: second, statements: statementsRun, result, again, plans };
};

const jobBenchmarks = async (seeded, { dashboardScript } = {}) => {
  Object.assign(process.env, appEnv());
  delete process.env.PORT;
  const { createStrapi } = require('@strapi/strapi');
  const b0 = performance.now();
  const strapi = await createStrapi({ appDir: APP_DIR, distDir: path.join(APP_DIR, 'dist'), autoReload: false, serveAdminPanel: false }).load();
  console.log(`  second app process loaded for the jobs in ${((performance.now() - b0) / 1000).toFixed(0)} s`);
  const knex = strapi.db.connection;
  const jobs = [];
  let during = null;
  try {
    // ── the announcement fan-out to 300,000 × scale subscribers ──
    const audience = Math.round(300_000 * seeded.scale);
    const topUp = Math.max(0, audience - (await knex('subscribers').count({ n: '*' }))[0].n);
    await knex.raw(
      `INSERT INTO subscribers (document_id, subscriber_number, full_name, national_code, mobile, preferred_channel, label, created_at, updated_at, published_at)
       SELECT 'f' || substr(md5('fanout' || g), 1, 23), (3000000 + g)::text, 'مشترک ' || g,
              x.nine || (CASE WHEN x.s % 11 < 2 THEN x.s % 11 ELSE 11 - x.s % 11 END)::text, '0913' || lpad(g::text, 7, '0'),
              (ARRAY['sms','whatsapp','both'])[1 + g % 3], (3000000 + g)::text || ' — مشترک ' || g, now(), now(), now()
         FROM generate_series(1, ?::int) g,
              LATERAL (SELECT nine, (SELECT sum(substr(nine, i, 1)::int * (11 - i)) FROM generate_series(1, 9) i) AS s
                         FROM (SELECT '002' || lpad((500000 + g)::text, 6, '0') AS nine) y) x`,
      [topUp]
    );
    await knex.raw('ANALYZE subscribers');
    const announcement = await strapi.documents('api::announcement.announcement').create({
      data: { title: 'به‌روزرسانی نرم‌افزار دستگاه‌ها (آزمون بار)', summary: 'نسخهٔ ۲.۴ منتشر شد', body: 'متن کامل اطلاعیه…', kind: 'software_update', audience: 'everyone', sendSms: true, sendWhatsapp: true },
      locale: 'fa',
    });
    const p0 = performance.now();
    await strapi.documents('api::announcement.announcement').publish({ documentId: announcement.documentId, locale: 'fa' });
    const publishMs = performance.now() - p0;
    const dashboard = dashboardScript ? wrk(APP_PORT, dashboardScript, DURATION) : null;
    const watch = watchQueries(knex);
    const f0 = performance.now();
    const [fanout] = await strapi.service('api::announcement.fan-out').runPending();
    const fanoutSeconds = (performance.now() - f0) / 1000;
    const fanQueries = watch.stop();
    if (dashboard) during = await dashboard;
    const fanPlans = [];
    for (const q of fanQueries.filter((x) => /^\s*insert/i.test(x.sql)).slice(0, 1)) fanPlans.push({ sql: q.sql, count: q.count, totalMs: Math.round(q.totalMs), plan: await explain(knex, q).catch((e) => `(EXPLAIN failed: ${e.message})`) });
    console.log(`  fan-out to ${audience.toLocaleString('en')} subscribers: publish ${publishMs.toFixed(0)} ms, fan-out ${fanoutSeconds.toFixed(1)} s (${JSON.stringify(fanout)})`);
    jobs.push({ job: `announcement fan-out (${audience.toLocaleString('en')} subscribers)`, seconds: fanoutSeconds, againSeconds: null, statements: fanQueries.reduce((n, q) => n + q.count, 0), result: fanout, publishMs, plans: fanPlans });
    // leave the database as seeded
    await knex('notifications').where({ source_type: 'announcement', source_id: announcement.documentId }).del();
    await knex('messaging_outbox').where('dedupe_key', 'like', `announcement:${announcement.documentId}:%`).del();
    await knex('announcement_fanouts').where({ announcement_document_id: announcement.documentId }).del().catch(() => undefined);
    await strapi.documents('api::announcement.announcement').delete({ documentId: announcement.documentId, locale: '*' });
    await knex('subscribers').where('subscriber_number', '>', '3000000').andWhere('document_id', 'like', 'f%').del();

    // ── the nightly jobs ──
    jobs.push(await timeJob(strapi, 'expiry reminders (devices.expiry-reminders)', () => strapi.service('api::device.reminders').run()));
    jobs.push(await timeJob(strapi, 'SLA escalation (tickets.escalate)', () => strapi.service('api::ticket.sla').escalate()));
    jobs.push(await timeJob(strapi, 'CRM status pass (crm-sync.notice-status-changes)', () => strapi.plugin('crm-sync').service('sync').noticeChanges()));
  } finally {
    await strapi.destroy();
  }
  return { jobs, during };
};

// ── main ────────────────────────────────────────────────────────────────────────────────────

const main = async () => {
  if (!databaseUrl) throw new Error('npm run bench needs BENCH_DATABASE_URL or DATABASE_URL (PostgreSQL)');
  fs.mkdirSync(RESULTS, { recursive: true });
  execFileSync('sh', [path.join(APP_DIR, 'scripts', 'ensure-wrk.sh')], { stdio: 'inherit' });
  if (process.env.BENCH_SKIP_COMPILE !== 'true') {
    console.log('Compiling (tsc) …');
    execFileSync(process.execPath, [require.resolve('typescript/bin/tsc', { paths: [APP_DIR] }), '-p', path.join(APP_DIR, 'tsconfig.json')], { stdio: 'inherit', cwd: APP_DIR });
  }
  const pg = new Client({ connectionString: databaseUrl });
  await pg.connect();
  let seeded = await readSeed(pg);
  await pg.end();
  if (!seeded) {
    console.log('The database is not seeded: npm run bench:seed first.');
    seeded = await seed({ url: databaseUrl });
  }
  const machine = `${os.cpus().length} × ${os.cpus()[0].model}, ${Math.round(os.totalmem() / 2 ** 30)} GB, node ${process.version}, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`;
  console.log(`\nBenchmark on ${new URL(databaseUrl).pathname.slice(1)} (scale ${seeded.scale}: ${Object.entries(seeded.counts).map(([k, v]) => `${k} ${v.toLocaleString('en')}`).join(', ')})`);
  console.log(`${machine}; wrk ${THREADS} threads, ${CONNECTIONS} connections, ${WARMUP} s warm-up + ${DURATION} s per target\n`);

  const report = { at: new Date().toISOString(), machine, scale: seeded.scale, counts: seeded.counts, seedSeconds: seeded.seconds, duration: DURATION, connections: CONNECTIONS, appNodeOptions: APP_NODE_OPTIONS };
  let httpPart = null;
  try {
    if (ONLY !== 'jobs') {
      httpPart = await httpBenchmarks(seeded);
      report.http = httpPart.rows;
      report.appPeakRssMb = Math.round(httpPart.peakOverall);
    }
    if (ONLY !== 'http') {
      let dashboardScript = null;
      if (httpPart) dashboardScript = luaScript('me-dashboard-during-fanout', { path: '/api/me/dashboard', headers: { Authorization: `Bearer ${await httpPart.customerToken()}` } });
      const { jobs, during } = await jobBenchmarks(seeded, { dashboardScript });
      report.jobs = jobs;
      if (during) {
        const seconds = during.duration_us / 1e6;
        report.dashboardDuringFanout = { 'req/s': Math.round(during.requests / seconds), p50: during.p50 / 1000, p95: during.p95 / 1000, p99: during.p99 / 1000, errors: during.connect + during.read + during.write + during.status + during.timeout };
      }
    }
  } finally {
    if (httpPart) {
      for (const c of httpPart.cleanups) await c().catch(() => undefined);
      await stop(httpPart.app);
      await stop(httpPart.bare);
    }
    fs.rmSync(WORK, { recursive: true, force: true });
    await monitor?.end();
  }

  console.log(`\n## Portal under load — PostgreSQL, scale ${seeded.scale} (${seeded.counts.subscribers.toLocaleString('en')} subscribers, ${seeded.counts.devices.toLocaleString('en')} devices, ${seeded.counts.tickets.toLocaleString('en')} tickets)`);
  console.log(`${machine}\n`);
  if (report.http) {
    console.log(table(printable(report.http)));
    const [bare, lookup] = report.http;
    console.log(`\nlookup / bare: ${((lookup['req/s'] / bare['req/s']) * 100).toFixed(0)} % of the requests/s, p99 ${(lookup.p99 / bare.p99).toFixed(1)} × — app peak RSS over the run ${report.appPeakRssMb} MB`);
  }
  if (report.dashboardDuringFanout) {
    const d = report.dashboardDuringFanout;
    console.log(`GET /api/me/dashboard while the fan-out ran: ${d['req/s']} req/s, p50 ${ms(d.p50)}, p95 ${ms(d.p95)}, p99 ${ms(d.p99)}, ${d.errors} errors`);
  }
  if (report.jobs) {
    console.log('');
    console.log(table(report.jobs.map((j) => ({ job: j.job, 'first run': `${j.seconds.toFixed(1)} s`, 'run again': j.againSeconds === null ? '—' : `${j.againSeconds.toFixed(1)} s`, statements: j.statements.toLocaleString('en'), result: JSON.stringify(j.result) }))));
    for (const j of report.jobs) {
      for (const p of j.plans) {
        console.log(`\n### ${j.job} — ${p.count.toLocaleString('en')} × ${p.sql.replace(/\s+/g, ' ').slice(0, 220)}${p.sql.length > 220 ? '…' : ''} (${p.totalMs} ms in all${p.maxMs !== undefined ? `, slowest ${p.maxMs} ms` : ''})\n${p.plan}`);
      }
    }
  }
  fs.writeFileSync(path.join(RESULTS, 'bench.json'), JSON.stringify(report, null, 2));
  console.log(`\n(written to ${path.relative(APP_DIR, path.join(RESULTS, 'bench.json'))})`);
};

main()
  .then(() => process.exit(0))
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
