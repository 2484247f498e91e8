#!/usr/bin/env node
/**
 * npm run bench:warranty — the public warranty lookup under load, on PostgreSQL with 1,000,000
 * devices (DEVICES=… to change), 50 concurrent clients (CONNECTIONS=…), DURATION seconds each.
 *
 * Runs, in one go and on the same machine: a bare Node http + pg server doing the same indexed
 * query (the yardstick), the app's GET /api/warranty/:serial with random serials (nearly all
 * uncached), the same with 200 hot serials (cached), and Strapi's own /_health through the default
 * middleware stack. Prints a table with requests/s, latency percentiles and the app's memory;
 * writes bench/results/warranty-lookup.json. Targets: at least half the bare server's
 * requests/s, p99 under 20 ms, one SQL statement per uncached request (asserted in
 * tests/api/warranty-lookup.test.ts), server memory under 300 MB.
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const { fork } = require('child_process');
const { performance } = require('perf_hooks');
const { Client } = require('pg');
const autocannon = require('autocannon');
const { APP_DIR, freshPostgres, table } = require('./lib');

const DEVICES = Number(process.env.DEVICES || 1_000_000);
const CONNECTIONS = Number(process.env.CONNECTIONS || 50);
const DURATION = Number(process.env.DURATION || 15);
const APP_PORT = 1398;
const BARE_PORT = 1399;

const serialOf = (n) => `BN${String(n).padStart(8, '0')}`;

/**
 * The app runs with a bounded V8 heap, as recommended for production (README: NODE_OPTIONS):
 * without a bound V8 lets garbage pile up to several hundred MB under load before collecting.
 */
const APP_NODE_OPTIONS = (process.env.APP_NODE_OPTIONS ?? '--max-old-space-size=200 --max-semi-space-size=4').split(' ').filter(Boolean);

const start = (script, env, execArgv = []) =>
  new Promise((resolve, reject) => {
    const child = fork(path.join(__dirname, script), [], { env: { ...process.env, ...env }, execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    child.once('message', (m) => (m?.ready ? resolve(child) : reject(new Error(`${script}: ${JSON.stringify(m)}`))));
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
  });

const stop = (child) => new Promise((resolve) => {
  child.once('exit', resolve);
  child.send('stop');
  setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
});

const rssMb = (pid) => {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)[1]) / 1024;
};

const load = (url, pathFor, label, pid) =>
  new Promise((resolve, reject) => {
    let peakRss = 0;
    const sampler = pid ? setInterval(() => (peakRss = Math.max(peakRss, rssMb(pid))), 250) : null;
    const instance = autocannon(
      {
        url,
        connections: CONNECTIONS,
        duration: DURATION,
        requests: [{ setupRequest: (req) => ({ ...req, path: pathFor() }) }],
      },
      (error, result) => {
        if (sampler) clearInterval(sampler);
        if (error) return reject(error);
        resolve({
          target: label,
          'req/s': Math.round(result.requests.average).toLocaleString('en'),
          p50: `${result.latency.p50} ms`,
          p99: `${result.latency.p99} ms`,
          errors: result.errors + result.non2xx,
          'server RSS': pid ? `${Math.round(peakRss)} MB` : '',
          _rps: result.requests.average,
          _p99: result.latency.p99,
          _rss: peakRss,
          _non2xx: result.non2xx,
        });
      }
    );
    autocannon.track(instance, { renderProgressBar: false, renderResultsTable: false, renderLatencyTable: false });
  });

const main = async () => {
  const db = await freshPostgres(`poshtiban_bench_warranty_${process.pid}`);
  const { compileStrapi } = require('@strapi/strapi');
  const env = {
    DATABASE_CLIENT: 'postgres',
    DATABASE_URL: db.url,
    APP_KEYS: 'benchKeyA,benchKeyB',
    API_TOKEN_SALT: 'bench-salt',
    ADMIN_JWT_SECRET: 'bench-admin-secret',
    TRANSFER_TOKEN_SALT: 'bench-transfer-salt',
    JWT_SECRET: 'bench-jwt-secret',
    ENCRYPTION_KEY: 'bench-encryption-key-0123456789ab',
    LOG_LEVEL: 'warn',
    SCHEDULER_ENABLED: 'false',
    DEMO_DATA: 'false',
    NODE_ENV: 'production',
    // a production start refuses the stand-in providers and a missing PUBLIC_URL (docs/deploy.md);
    // the benchmark measures the lookup with them on purpose
    ALLOW_SANDBOX_PROVIDERS: 'true',
    PUBLIC_URL: `http://127.0.0.1:${APP_PORT}`,
    // the throttle stays on (its cost is measured) but with room for one client doing 10^5 req/s
    WARRANTY_RATELIMIT_MAX: '100000000',
  };
  Object.assign(process.env, { APP_KEYS: env.APP_KEYS, JWT_SECRET: env.JWT_SECRET });
  await compileStrapi({ appDir: APP_DIR });

  let app;
  let bare;
  try {
    app = await start('serve-app.js', { ...env, PORT: String(APP_PORT) }, APP_NODE_OPTIONS);

    // 1,000,000 devices through a bulk path (one statement per table)
    const pg = new Client({ connectionString: db.url });
    await pg.connect();
    const s0 = performance.now();
    await pg.query(`INSERT INTO device_types (document_id, name, name_en, code, created_at, updated_at, published_at)
      SELECT 'bt' || lpad(g::text, 22, '0'), 'نوع ' || g, 'Type ' || g, 'type-' || g, now(), now(), now() FROM generate_series(1, 3) g`);
    await pg.query(`INSERT INTO device_models (document_id, brand, model, default_warranty_months, default_service_months, created_at, updated_at, published_at)
      SELECT 'bm' || lpad(g::text, 22, '0'), 'Zig', 'ZC-' || (100 * g), 18, 12, now(), now(), now() FROM generate_series(1, 10) g`);
    await pg.query(`INSERT INTO device_models_device_type_lnk (device_model_id, device_type_id)
      SELECT m.id, t.id FROM device_models m JOIN device_types t ON t.id = 1 + (m.id % 3)`);
    await pg.query(`INSERT INTO devices (document_id, serial, installation_date, warranty_end, service_end, service_mode, created_at, updated_at, published_at)
      SELECT substr(md5(g::text), 1, 24), 'BN' || lpad(g::text, 8, '0'), DATE '2025-01-01' + (g % 700), DATE '2026-06-01' + (g % 900), DATE '2026-01-01' + (g % 700), 'initial', now(), now(), now()
        FROM generate_series(1, $1::int) g`, [DEVICES]);
    await pg.query(`INSERT INTO devices_model_lnk (device_id, device_model_id, device_ord)
      SELECT d.id, 1 + (d.id % 10), 1 FROM devices d`);
    await pg.query('ANALYZE');
    const seedSeconds = (performance.now() - s0) / 1000;
    await pg.end();

    bare = await start('bare-server.js', { DATABASE_URL: db.url, PORT: String(BARE_PORT) });

    const random = () => serialOf(1 + Math.floor(Math.random() * DEVICES));
    const hot = Array.from({ length: 200 }, (_, i) => serialOf(1 + i * 37));
    const hotOne = () => hot[Math.floor(Math.random() * hot.length)];

    // warm both up briefly
    await load(`http://127.0.0.1:${BARE_PORT}`, () => `/api/warranty/${random()}`, 'warm', null);
    await load(`http://127.0.0.1:${APP_PORT}`, () => `/api/warranty/${random()}`, 'warm', null);

    const rows = [];
    rows.push(await load(`http://127.0.0.1:${BARE_PORT}`, () => `/api/warranty/${random()}`, 'bare node http + pg (yardstick)', bare.pid));
    rows.push(await load(`http://127.0.0.1:${APP_PORT}`, () => `/api/warranty/${random()}`, 'GET /api/warranty/:serial, random serials', app.pid));
    rows.push(await load(`http://127.0.0.1:${APP_PORT}`, () => `/api/warranty/${hotOne()}`, 'GET /api/warranty/:serial, 200 hot serials', app.pid));
    rows.push(await load(`http://127.0.0.1:${APP_PORT}`, () => '/_health', "Strapi's /_health (default stack)", app.pid));

    const [yard, ours] = rows;
    const ratio = ours._rps / yard._rps;
    console.log(`\nWarranty lookup — PostgreSQL, ${DEVICES.toLocaleString('en')} devices (seeded in ${seedSeconds.toFixed(0)} s), ${CONNECTIONS} connections, ${DURATION} s per run`);
    console.log(`${os.cpus().length} cores (${os.cpus()[0].model}), ${Math.round(os.totalmem() / 2 ** 30)} GB, node ${process.version}; app node options: ${APP_NODE_OPTIONS.join(' ') || '(none)'}\n`);
    console.log(table(rows.map(({ _rps, _p99, _rss, _non2xx, ...r }) => r)));
    const ok = ratio >= 0.5 && ours._p99 < 20 && ours._rss < 300 && ours._non2xx === 0;
    console.log(`\n${ok ? 'PASS' : 'MISS'}: ${(ratio * 100).toFixed(0)} % of the bare server's requests/s (target ≥ 50 %), p99 ${ours._p99} ms (< 20 ms), RSS ${Math.round(ours._rss)} MB (< 300 MB)\n`);
    fs.mkdirSync(path.join(__dirname, 'results'), { recursive: true });
    fs.writeFileSync(path.join(__dirname, 'results', 'warranty-lookup.json'), JSON.stringify({ at: new Date().toISOString(), devices: DEVICES, connections: CONNECTIONS, duration: DURATION, seedSeconds, rows, ratio }, null, 2));
    process.exitCode = ok ? 0 : 1;
  } finally {
    if (bare) await stop(bare);
    if (app) await stop(app);
    await db.drop();
  }
};

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
