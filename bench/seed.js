#!/usr/bin/env node
/**
 * npm run bench:seed — a company's worth of data on PostgreSQL, for `npm run bench` (issue 16).
 *
 * At BENCH_SCALE=1 (the default): 200,000 subscribers (a quarter with portal accounts), 1,000,000
 * devices (5 each) over 12 models of 3 types and every service status, 200,000 renewal contracts,
 * 2,000,000 tickets (2 per device, two years of them, most closed) with 4,000,000 messages, their
 * escalations and the invoices of pay-per-case work, 2,000,000 notifications, 2,000,000 outbox
 * messages already sent, and the CRM's history (one status job per device, the links to its
 * contacts and deals). BENCH_SCALE=0.01 loads a hundredth, for a quick try.
 *
 * How: the app is booted once on the database (that creates or updates the schema exactly as
 * Strapi does), and the few records the benchmarks log in with are made the usual way — the
 * catalogue and the benchmark's customer (50 devices, tickets opened through the ticket service,
 * a portal account issued by customer-accounts) through the Document Service and the services,
 * and a super admin through the admin's user service. Then the app stops and the bulk is written
 * with one `INSERT … SELECT … FROM generate_series` per table, with Strapi's own columns
 * (document_id, published_at — these types have no draft and no locale, so `locale` stays NULL
 * as Strapi leaves it — and the link tables of every relation), ids given explicitly, the
 * sequences moved past them; foreign-key triggers are off for the load (session_replication_role
 * = replica: the rows are consistent by construction), then VACUUM ANALYZE.
 *
 * The database is given by BENCH_DATABASE_URL or DATABASE_URL; it must not hold portal data yet
 * (use a fresh one). What was seeded (scale, counts, the benchmark's logins) is kept in the core
 * store under `poshtiban_bench_seed` for `npm run bench`.
 */
const path = require('path');
const { performance } = require('perf_hooks');
const { Client } = require('pg');
const { APP_DIR, setSecrets } = require('./lib');

const SEED_KEY = 'poshtiban_bench_seed';
const CUSTOMER = { subscriberNumber: '900001', password: 'bench-customer-pass-1' };
const ADMIN = { email: 'bench-admin@poshtiban.local', password: 'Bench-Admin-Passw0rd!' };
/** the password of the bulk-loaded portal accounts (hashed once, bcrypt cost 10) */
const BULK_PASSWORD = 'bench-bulk-pass-1';

const sizes = (scale) => {
  const subscribers = Math.max(20, Math.round(200_000 * scale));
  return {
    subscribers,
    devices: subscribers * 5,
    tickets: subscribers * 10,
    notifications: subscribers * 10,
    outbox: subscribers * 10,
  };
};

/** A valid Iranian national code (check digit) from a 9-digit body. */
const nationalCode = (nine) => {
  const sum = nine.split('').reduce((acc, d, i) => acc + Number(d) * (10 - i), 0);
  const r = sum % 11;
  return `${nine}${r < 2 ? r : 11 - r}`;
};

/** The same in SQL, for a 9-character text expression. */
const nationalCodeSql = (nine) => {
  const sum = Array.from({ length: 9 }, (_, i) => `substr(${nine}, ${i + 1}, 1)::int * ${10 - i}`).join(' + ');
  return `(${nine} || (CASE WHEN (${sum}) % 11 < 2 THEN (${sum}) % 11 ELSE 11 - (${sum}) % 11 END)::text)`;
};

const docId = (prefix, id) => `'${prefix}' || substr(md5('${prefix}' || (${id})::text), 1, 23)`;

const FIRST = ['علی', 'محمد', 'حسین', 'رضا', 'مهدی', 'زهرا', 'فاطمه', 'مریم', 'سارا', 'نرگس', 'امیر', 'حمید', 'نازنین', 'پریسا', 'کاوه', 'سعید', 'لیلا', 'شیرین', 'بهرام', 'مینا'];
const LAST = ['محمدی', 'حسینی', 'احمدی', 'رضایی', 'کریمی', 'موسوی', 'جعفری', 'صادقی', 'رحیمی', 'نوری', 'کاظمی', 'قاسمی', 'اکبری', 'یوسفی', 'عباسی', 'شریفی', 'مرادی', 'طاهری', 'فرهادی', 'توکلی'];
/** national codes begin with a place's code (the checksum library checks it) */
const PLACES = ['001', '002', '003', '004', '005', '006', '007', '008', '011', '015'];
const CITIES = ['تهران', 'مشهد', 'اصفهان', 'شیراز', 'تبریز', 'کرج', 'قم', 'اهواز', 'رشت', 'کرمان'];
const TYPES = [
  { name: 'یخچال صنعتی', nameEn: 'Industrial refrigerator', code: 'industrial-fridge' },
  { name: 'کمپرسور', nameEn: 'Compressor', code: 'compressor' },
  { name: 'درایور', nameEn: 'Driver', code: 'driver' },
];
const MODELS = Array.from({ length: 12 }, (_, i) => ({ brand: ['Zig', 'Mehr', 'Arya'][i % 3], model: `ZC-${100 + i * 10}`, type: i % 3, warranty: [18, 24, 12][i % 3], service: 12 }));
const TITLES = ['دستگاه روشن نمی‌شود', 'صدای غیرعادی کمپرسور', 'خطای E4 روی نمایشگر', 'درخواست بازدید دوره‌ای', 'سؤال دربارهٔ تمدید خدمات', 'نشتی در اتصالات', 'دما تنظیم نمی‌شود', 'راهنمای نصب درایور'];

const sqlArray = (values) => `ARRAY[${values.map((v) => `'${String(v).replace(/'/g, "''")}'`).join(', ')}]`;

const databaseUrl = () => process.env.BENCH_DATABASE_URL || process.env.DATABASE_URL;

const readSeed = async (client) => {
  const { rows } = await client.query("SELECT to_regclass('public.strapi_core_store_settings') AS t");
  if (!rows[0].t) return null;
  const found = await client.query('SELECT value FROM strapi_core_store_settings WHERE key = $1', [SEED_KEY]);
  return found.rows[0] ? JSON.parse(found.rows[0].value) : null;
};

/** The records the benchmarks log in with, made the usual way (services, Document Service). */
const seedThroughApp = async (strapi, log) => {
  const types = [];
  for (const t of TYPES) types.push(await strapi.documents('api::device-type.device-type').create({ data: t }));
  const models = [];
  for (const m of MODELS) {
    models.push(
      await strapi.documents('api::device-model.device-model').create({
        data: { brand: m.brand, model: m.model, deviceType: types[m.type].documentId, defaultWarrantyMonths: m.warranty, defaultServiceMonths: m.service },
      })
    );
  }

  const subscriber = await strapi.documents('api::subscriber.subscriber').create({
    data: {
      subscriberNumber: CUSTOMER.subscriberNumber,
      fullName: 'مشترک آزمون بار',
      nationalCode: nationalCode('001900001'),
      mobile: '09129000001',
      mainOperatorName: 'اپراتور آزمون',
      preferredChannel: 'both',
      address: { city: 'تهران', street: 'خیابان آزادی', building: 'ساختمان ۹' },
    },
  });
  const devices = [];
  const today = new Date();
  for (let i = 0; i < 50; i += 1) {
    const installed = new Date(today.getTime() - (30 + i * 9) * 86_400_000).toISOString().slice(0, 10);
    const device = await strapi.documents('api::device.device').create({
      data: { serial: `BC${String(i + 1).padStart(8, '0')}`, owner: subscriber.documentId, model: models[i % models.length].documentId, installationDate: installed, serviceMode: i % 10 === 9 ? 'pay_per_case' : 'initial' },
    });
    // the buyer's confirmation (set directly, as the test fixtures do: only its form may set it)
    await strapi.db.query('api::device.device').update({ where: { id: device.id }, data: { installationConfirmedAt: new Date(Date.now() - (29 + i * 9) * 86_400_000) } });
    devices.push(device);
  }
  await strapi.plugin('customer-accounts').service('accounts').issueCredentials({
    subscriberDocumentId: subscriber.documentId,
    password: CUSTOMER.password,
    actor: { label: 'bench seed' },
  });
  const tickets = strapi.service('api::ticket.tickets');
  for (let i = 0; i < 20; i += 1) {
    await tickets.open({ id: subscriber.id, fullName: subscriber.fullName }, { title: TITLES[i % TITLES.length], description: 'شرح مشکل برای آزمون بار: دستگاه پس از روشن شدن خطا می‌دهد.', kind: 'fault', priority: ['low', 'medium', 'high'][i % 3], device: devices[i % devices.length].documentId }, []);
  }

  const role = await strapi.service('admin::role').findOne({ code: 'strapi-super-admin' });
  await strapi.service('admin::user').create({ email: ADMIN.email, firstname: 'Bench', lastname: 'Admin', password: ADMIN.password, isActive: true, registrationToken: null, roles: [role.id] });
  log(`  through the app: ${types.length} types, ${models.length} models, customer ${CUSTOMER.subscriberNumber} with ${devices.length} devices and 20 tickets, a super admin`);
  return { subscriberId: subscriber.id, deviceIds: devices.map((d) => d.id), models: models.map((m, i) => ({ id: m.id, label: `${MODELS[i].brand} ${MODELS[i].model}`, warranty: MODELS[i].warranty })) };
};

/** Boots the compiled app on the database (schema sync), runs fn, stops it. */
const withApp = async (url, fn) => {
  setSecrets();
  process.env.DATABASE_CLIENT = 'postgres';
  process.env.DATABASE_URL = url;
  const { createStrapi } = require('@strapi/strapi');
  const strapi = await createStrapi({ appDir: APP_DIR, distDir: path.join(APP_DIR, 'dist'), autoReload: false, serveAdminPanel: false }).load();
  try {
    return await fn(strapi);
  } finally {
    await strapi.destroy();
  }
};

const seed = async ({ url = databaseUrl(), scale = Number(process.env.BENCH_SCALE || 1), log = console.log } = {}) => {
  if (!url) throw new Error('bench:seed needs BENCH_DATABASE_URL or DATABASE_URL (a PostgreSQL database of its own)');
  const n = sizes(scale);
  const started = performance.now();
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const existing = await readSeed(client);
    if (existing) throw new Error(`this database was seeded already (scale ${existing.scale}, ${existing.seededAt}); use a fresh database`);
    if ((await client.query("SELECT to_regclass('public.subscribers') AS t")).rows[0].t) {
      const { rows } = await client.query('SELECT count(*)::int AS n FROM subscribers');
      if (rows[0].n > 0) throw new Error(`the database already holds ${rows[0].n} subscribers; bench:seed wants a fresh database`);
    }
    log(`Seeding ${new URL(url).pathname.slice(1)} at scale ${scale}: ${Object.entries(n).map(([k, v]) => `${v.toLocaleString('en')} ${k}`).join(', ')}`);

    const t0 = performance.now();
    const app = await withApp(url, (strapi) => seedThroughApp(strapi, log));
    const appSeconds = (performance.now() - t0) / 1000;
    log(`  app boot + records: ${appSeconds.toFixed(0)} s`);

    const bcrypt = require(require.resolve('bcryptjs', { paths: [path.dirname(require.resolve('@strapi/plugin-users-permissions/package.json'))] }));
    const bulkHash = bcrypt.hashSync(BULK_PASSWORD, 10);
    const timings = [];
    // ids are given explicitly; each table's sequence is moved past them after every step, so
    // rows inserted with default ids (link tables, the customer's history) never collide
    const EXPLICIT_IDS = ['subscribers', 'components_shared_addresses', 'subscribers_cmps', 'up_users', 'up_users_role_lnk', 'subscribers_user_lnk', 'devices', 'devices_model_lnk', 'devices_owner_lnk', 'contracts', 'tickets', 'ticket_messages', 'ticket_escalations', 'invoices', 'notifications', 'messaging_outbox', 'crm_sync_jobs'];
    const bumpSequences = async (on) => {
      for (const table of EXPLICIT_IDS) await on.query(`SELECT setval(pg_get_serial_sequence('${table}', 'id'), (SELECT coalesce(max(id), 1) FROM ${table}))`);
    };
    // two connections load independent tables side by side (lanes A and B below)
    const side = new Client({ connectionString: url });
    await side.connect();
    const step = async (label, sql, params = [], on = client) => {
      const s = performance.now();
      const result = await on.query(sql, params);
      await bumpSequences(on);
      const seconds = (performance.now() - s) / 1000;
      timings.push({ step: label, rows: result.rowCount ?? 0, seconds: Number(seconds.toFixed(1)) });
      log(`  ${label}: ${(result.rowCount ?? 0).toLocaleString('en')} rows, ${seconds.toFixed(1)} s`);
      return result;
    };
    const maxId = async (table) => Number((await client.query(`SELECT coalesce(max(id), 0) AS m FROM ${table}`)).rows[0].m);

    const SESSION = "SET synchronous_commit = off; SET session_replication_role = replica; SET maintenance_work_mem = '256MB'; SET work_mem = '64MB'";
    await client.query(SESSION);
    await side.query(SESSION);
    // secondary indexes and unique constraints of the bulk tables are dropped for the load and
    // built again after it, with the same names and definitions (one sort each instead of
    // millions of random insertions); primary keys and foreign keys stay
    const BULK_TABLES = [...EXPLICIT_IDS, 'tickets_subscriber_lnk', 'tickets_device_lnk', 'contracts_device_lnk', 'contracts_subscriber_lnk', 'ticket_escalations_ticket_lnk', 'invoices_subscriber_lnk', 'invoices_device_lnk', 'invoices_ticket_lnk', 'crm_links'];
    const { rows: uniques } = await client.query(
      `SELECT c.conrelid::regclass::text AS tbl, c.conname AS name, pg_get_constraintdef(c.oid) AS def
         FROM pg_constraint c WHERE c.contype = 'u' AND c.conrelid::regclass::text = ANY($1)`,
      [BULK_TABLES]
    );
    const { rows: indexes } = await client.query(
      `SELECT i.tablename AS tbl, i.indexname AS name, i.indexdef AS def
         FROM pg_indexes i
        WHERE i.schemaname = 'public' AND i.tablename = ANY($1)
          AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname AND c.contype IN ('p', 'u'))`,
      [BULK_TABLES]
    );
    const d0Drop = performance.now();
    for (const u of uniques) await client.query(`ALTER TABLE ${u.tbl} DROP CONSTRAINT ${u.name}`);
    for (const i of indexes) await client.query(`DROP INDEX ${i.name}`);
    log(`  dropped ${uniques.length} unique constraints and ${indexes.length} indexes for the load (${((performance.now() - d0Drop) / 1000).toFixed(1)} s)`);
    const tz = "(now() AT TIME ZONE 'Asia/Tehran')::date";
    const customerRole = Number((await client.query("SELECT id FROM up_roles WHERE type = 'customer'")).rows[0].id);
    const modelIds = `ARRAY[${app.models.map((m) => m.id).join(',')}]::int[]`;
    const modelLabels = sqlArray(app.models.map((m) => m.label));
    const modelWarranty = `ARRAY[${app.models.map((m) => m.warranty).join(',')}]::int[]`;
    const nModels = app.models.length;

    // where the bulk ids start: after what the app wrote
    const [s0, a0, c0, u0, ur0, su0, d0, dm0, do0, k0, t0id, m0, e0, i0, nt0, o0, j0] = await Promise.all(
      ['subscribers', 'components_shared_addresses', 'subscribers_cmps', 'up_users', 'up_users_role_lnk', 'subscribers_user_lnk', 'devices', 'devices_model_lnk', 'devices_owner_lnk',
       'contracts', 'tickets', 'ticket_messages', 'ticket_escalations', 'invoices', 'notifications', 'messaging_outbox', 'crm_sync_jobs'].map(maxId)
    );
    const cust = app.subscriberId;
    const ticketDescription = (title) => `${title} || ': شرح کامل مشکل برای آزمون بار، پس از روشن شدن دستگاه.'`;

    // ── lane A: subscribers, devices, contracts, tickets, escalations, invoices, CRM ────────
    const laneA = async () => {
    // ── subscribers, their addresses and a quarter of them with portal accounts ─────────────
    await step(
      'subscribers',
      `INSERT INTO subscribers (id, document_id, subscriber_number, full_name, national_code, main_operator_name, phone, mobile, preferred_channel, label, created_at, updated_at, published_at)
       SELECT $1::int + g, ${docId('s', '$1::int + g')}, (1000000 + g)::text,
              (${sqlArray(FIRST)})[1 + g % 20] || ' ' || (${sqlArray(LAST)})[1 + (g / 20) % 20],
              ${nationalCodeSql(`(${sqlArray(PLACES)})[1 + g % 10] || lpad((g / 10 + 1)::text, 6, '0')`)},
              'اپراتور ' || (1 + g % 7), CASE WHEN g % 3 = 0 THEN '021' || lpad((g % 10000000)::text, 8, '0') END,
              '09' || (120000000 + g)::text, (ARRAY['sms','whatsapp','both'])[1 + g % 3],
              (1000000 + g)::text || ' — ' || (${sqlArray(FIRST)})[1 + g % 20] || ' ' || (${sqlArray(LAST)})[1 + (g / 20) % 20],
              now() - ((g % 1400) || ' days')::interval, now() - ((g % 300) || ' days')::interval, now() - ((g % 1400) || ' days')::interval
         FROM generate_series(1, $2::int) g`,
      [s0, n.subscribers]
    );
    await step(
      'addresses (component)',
      `INSERT INTO components_shared_addresses (id, city, street, building, postal_code)
       SELECT $1::int + g, (${sqlArray(CITIES)})[1 + g % 10], 'خیابان ' || (1 + g % 250), 'پلاک ' || (1 + g % 90), lpad((g::bigint * 7919 % 10000000000)::text, 10, '1')
         FROM generate_series(1, $2::int) g`,
      [a0, n.subscribers]
    );
    await step(
      'subscribers → address (subscribers_cmps)',
      `INSERT INTO subscribers_cmps (id, entity_id, cmp_id, component_type, field, "order")
       SELECT $1::int + g, $2::int + g, $3::int + g, 'shared.address', 'address', NULL FROM generate_series(1, $4::int) g`,
      [c0, s0, a0, n.subscribers]
    );
    await step(
      'portal accounts (up_users)',
      `INSERT INTO up_users (id, document_id, username, email, provider, password, confirmed, blocked, created_at, updated_at, published_at)
       SELECT $1::int + g / 4, ${docId('u', 'g')}, (1000000 + g)::text, (1000000 + g)::text || '@subscribers.invalid', 'local', $3, true, false, now(), now(), now()
         FROM generate_series(4, $2::int, 4) g`,
      [u0, n.subscribers, bulkHash]
    );
    await step(
      'accounts → Customer role (up_users_role_lnk)',
      `INSERT INTO up_users_role_lnk (id, user_id, role_id, user_ord) SELECT $1::int + g / 4, $2::int + g / 4, $3::int, g / 4 FROM generate_series(4, $4::int, 4) g`,
      [ur0, u0, customerRole, n.subscribers]
    );
    await step(
      'subscribers → accounts (subscribers_user_lnk)',
      `INSERT INTO subscribers_user_lnk (id, subscriber_id, user_id) SELECT $1::int + g / 4, $2::int + g, $3::int + g / 4 FROM generate_series(4, $4::int, 4) g`,
      [su0, s0, u0, n.subscribers]
    );

    // ── devices: 5 per subscriber, every service status ────────────────────────────────────
    // bucket b = (g·7919) mod 100: 0–2 awaiting installation, 3–5 cancelled, 6–13 pay-per-case,
    // 14–33 renewed (1–3 more years), the rest in their initial term (most of them ended by now)
    const deviceRow = `
      SELECT g, $1::int + g AS id, (g::bigint * 7919) % 100 AS b, 1 + (g * 7) % ${nModels} AS m,
             ${tz} - ((g * 37) % 1460) AS installed
        FROM generate_series(1, $2::int) g`;
    await step(
      'devices',
      `INSERT INTO devices (id, document_id, serial, dongle_or_user_id, sale_date, installation_date, warranty_end, service_end, service_mode, installation_confirmed_at, purchase_price_rials, label, created_at, updated_at, published_at)
       SELECT x.id, ${docId('d', 'x.g')}, 'BN' || lpad(x.g::text, 8, '0'), CASE WHEN x.g % 4 = 0 THEN 'U-' || x.g END,
              x.installed - 7, x.installed,
              x.installed + make_interval(months => (${modelWarranty})[x.m]),
              CASE WHEN x.b BETWEEN 14 AND 33 THEN x.installed + make_interval(months => 12 + 12 * (1 + x.g % 3)) ELSE x.installed + interval '12 months' END,
              CASE WHEN x.b BETWEEN 3 AND 5 THEN 'cancelled' WHEN x.b BETWEEN 6 AND 13 THEN 'pay_per_case' WHEN x.b BETWEEN 14 AND 33 THEN 'renewed' ELSE 'initial' END,
              CASE WHEN x.b <= 2 THEN NULL ELSE x.installed + interval '1 day 10 hours' END,
              (50 + x.g % 450) * 1000000::bigint,
              'BN' || lpad(x.g::text, 8, '0') || ' — ' || (${modelLabels})[x.m],
              x.installed - 7, x.installed + 2, x.installed - 7
         FROM (${deviceRow}) x`,
      [d0, n.devices]
    );
    await step(
      'devices → model (devices_model_lnk)',
      `INSERT INTO devices_model_lnk (id, device_id, device_model_id, device_ord)
       SELECT $1::int + g, $2::int + g, (${modelIds})[1 + (g * 7) % ${nModels}], 1 FROM generate_series(1, $3::int) g`,
      [dm0, d0, n.devices]
    );
    await step(
      'devices → owner (devices_owner_lnk)',
      `INSERT INTO devices_owner_lnk (id, device_id, subscriber_id, device_ord)
       SELECT $1::int + g, $2::int + g, $3::int + 1 + (g - 1) / 5, 1 + (g - 1) % 5 FROM generate_series(1, $4::int) g`,
      [do0, d0, s0, n.devices]
    );
    await step(
      'renewal contracts',
      `INSERT INTO contracts (id, document_id, kind, years, start_date, end_date, price_rials, contract_status, label, created_at, updated_at, published_at)
       SELECT $1::int + d.id - $2::int, ${docId('k', 'd.id')}, 'renewal', 1 + (d.id - $2::int) % 3, d.installation_date + interval '12 months', d.service_end,
              (1 + (d.id - $2::int) % 3) * 25000000::bigint, CASE WHEN d.service_end < ${tz} THEN 'ended' ELSE 'active' END,
              'تمدید ' || d.serial, d.installation_date + interval '12 months', d.installation_date + interval '12 months', d.installation_date + interval '12 months'
         FROM devices d WHERE d.id > $2::int AND d.service_mode = 'renewed'`,
      [k0, d0]
    );
    await step(
      'contracts → device, subscriber (link tables)',
      `WITH c AS (SELECT k.id AS contract_id, $2::int + k.id - $1::int AS device_id FROM contracts k WHERE k.id > $1::int),
            dev AS (INSERT INTO contracts_device_lnk (contract_id, device_id, contract_ord) SELECT contract_id, device_id, 1 FROM c RETURNING 1)
       INSERT INTO contracts_subscriber_lnk (contract_id, subscriber_id)
       SELECT c.contract_id, o.subscriber_id FROM c JOIN devices_owner_lnk o ON o.device_id = c.device_id`,
      [k0, d0]
    );

    // ── tickets: 2 per device over two years, most closed; their messages and escalations ──
    const ticketRow = `
      SELECT g, $1::int + g AS id, 1 + (g - 1) % $3::int AS dev, (g::bigint * 7919) % 1000 AS b, (g * 131) % 730 AS age,
             now() - make_interval(days => (g * 131) % 730, mins => (g * 17) % 1440) AS created
        FROM generate_series(1, $2::int) g`;
    const status = `CASE WHEN x.age < 14 AND x.b < 300 THEN 'open' WHEN x.age < 14 AND x.b < 450 THEN 'in_review' WHEN x.age < 30 AND x.b < 600 THEN 'answered' ELSE 'closed' END`;
    const priority = `(CASE WHEN x.b % 20 = 0 THEN 'urgent' WHEN x.b % 5 = 1 THEN 'high' WHEN x.b % 9 < 4 THEN 'low' ELSE 'medium' END)`;
    await step(
      'tickets',
      `INSERT INTO tickets (id, document_id, number, title, description, kind, priority, ticket_status, channel, first_response_due_at, reply_due_at, resolution_due_at,
                            first_responded_at, resolved_at, last_activity_at, overdue_at, escalation_level, billable, difficulty, work_hours, fault_attribution, message_count,
                            created_at, updated_at, published_at)
       SELECT y.id, ${docId('t', 'y.g')}, '1404-' || lpad(y.id::text, 7, '0'), y.title, ${ticketDescription('y.title')}, y.kind, y.priority, y.status, y.channel,
              y.frd, CASE WHEN y.status IN ('open', 'in_review') THEN y.frd END, y.rd,
              CASE WHEN y.status <> 'open' THEN y.created + interval '2 hours' END,
              CASE WHEN y.status = 'closed' THEN y.created + interval '3 days' END,
              CASE WHEN y.status = 'closed' THEN y.created + interval '3 days' ELSE y.created + interval '2 hours' END,
              NULL, 0, y.billable, CASE WHEN y.billable AND y.status = 'closed' THEN (ARRAY['simple','standard','complex','expert'])[1 + y.g % 4] END,
              CASE WHEN y.billable AND y.status = 'closed' THEN 0.5 + (y.g % 8) * 0.25 END, 'undetermined', 1 + y.g % 3,
              y.created, y.created + interval '3 days', y.created
         FROM (SELECT x.*, ${status} AS status, ${priority} AS priority,
                      (${sqlArray(TITLES)})[1 + x.g % ${TITLES.length}] AS title,
                      (ARRAY['question','fault','fault','visit'])[1 + x.g % 4] AS kind,
                      (ARRAY['site','site','site','phone','site','site','phone','visit'])[1 + x.g % 8] AS channel,
                      x.created + make_interval(hours => (ARRAY[4, 8, 24, 48])[1 + x.b % 4]) AS frd,
                      x.created + make_interval(days => (ARRAY[1, 3, 5, 10])[1 + x.b % 4]) AS rd,
                      (x.dev::bigint * 7919) % 100 BETWEEN 6 AND 13 AS billable
                 FROM (${ticketRow}) x) y`,
      [t0id, n.tickets, n.devices]
    );
    // tickets past a deadline were marked overdue and escalated already (the job runs every two
    // minutes): to Senior support, and to the Manager after a few days; the job's next pass finds
    // only what fell due since
    const missed = "LEAST(coalesce(reply_due_at, 'infinity'), coalesce(resolution_due_at, 'infinity'))";
    await step(
      'tickets past a deadline: marked overdue and escalated',
      `UPDATE tickets SET overdue_at = ${missed}, escalation_level = CASE WHEN ${missed} < now() - interval '5 days' THEN 2 ELSE 1 END
        WHERE id > $1::int AND ticket_status IN ('open', 'in_review', 'answered') AND ${missed} < now() - interval '10 minutes'`,
      [t0id]
    );
    await step(
      'ticket escalations',
      `WITH e AS (
         INSERT INTO ticket_escalations (id, document_id, ticket_id, level, reason, due_at, escalated_at, created_at, updated_at, published_at)
         SELECT $1::int + (t.id - $2::int) * 2 + lv - 1, ${docId('e', '(t.id * 2 + lv)')}, t.id, lv,
                CASE WHEN t.reply_due_at IS NOT NULL AND t.reply_due_at = t.overdue_at THEN 'first_response' ELSE 'resolution' END,
                t.overdue_at + make_interval(days => 3 * (lv - 1)), t.overdue_at + make_interval(days => 3 * (lv - 1), mins => 2),
                t.overdue_at, t.overdue_at, t.overdue_at
           FROM tickets t CROSS JOIN LATERAL generate_series(1, t.escalation_level) lv
          WHERE t.id > $2::int AND t.escalation_level > 0
         RETURNING id, ticket_id)
       INSERT INTO ticket_escalations_ticket_lnk (ticket_escalation_id, ticket_id) SELECT id, ticket_id FROM e`,
      [e0, t0id]
    );
    // invoices of the closed pay-per-case tickets (labour by difficulty × hours)
    await step(
      'invoices of billable tickets',
      `INSERT INTO invoices (id, document_id, number, subscriber_id, ticket_id, lines, total_rials, invoice_status, issued_at, paid_at, created_at, updated_at, published_at)
       SELECT $1::int + t.id - $2::int, ${docId('i', 't.id')}, 'F-1404-' || lpad(($1::int + t.id - $2::int)::text, 7, '0'), $3::int + 1 + ((t.id - $2::int - 1) % $4::int) / 5, t.id,
              jsonb_build_array(jsonb_build_object('description', jsonb_build_object('fa', 'دستمزد کار', 'en', 'Labour'), 'quantity', t.work_hours,
                                'unit', jsonb_build_object('fa', 'ساعت', 'en', 'hour'), 'unitRials', 12000000, 'amountRials', (t.work_hours * 12000000)::bigint)),
              (t.work_hours * 12000000)::bigint, CASE WHEN t.id % 5 = 0 THEN 'unpaid' ELSE 'paid' END,
              t.resolved_at, CASE WHEN t.id % 5 = 0 THEN NULL ELSE t.resolved_at + interval '2 days' END, t.resolved_at, t.resolved_at, t.resolved_at
         FROM tickets t
        WHERE t.id > $2::int AND t.billable AND t.ticket_status = 'closed'`,
      [i0, t0id, s0, n.devices]
    );
    await step(
      'invoices → subscriber, device, ticket (link tables)',
      `WITH i AS (SELECT v.id, v.subscriber_id, v.ticket_id, $2::int + 1 + (v.ticket_id - $3::int - 1) % $4::int AS device_id FROM invoices v WHERE v.id > $1::int),
            a AS (INSERT INTO invoices_subscriber_lnk (invoice_id, subscriber_id) SELECT id, subscriber_id FROM i RETURNING 1),
            b AS (INSERT INTO invoices_device_lnk (invoice_id, device_id) SELECT id, device_id FROM i RETURNING 1)
       INSERT INTO invoices_ticket_lnk (invoice_id, ticket_id) SELECT id, ticket_id FROM i`,
      [i0, d0, t0id, n.devices]
    );

    // ── the CRM's history: every device's status as the CRM was last told (yesterday) ───────
    const statusAsOf = (day) => `CASE WHEN d.service_mode = 'cancelled' THEN 'cancelled' WHEN d.installation_confirmed_at IS NULL THEN 'awaiting_installation'
        WHEN d.service_mode = 'pay_per_case' THEN 'pay_per_case' WHEN d.service_end IS NULL OR d.service_end < ${day} THEN 'expired'
        WHEN d.service_mode = 'renewed' THEN 'renewed' ELSE 'active' END`;
    await step(
      'CRM sync history (one status job per device)',
      `INSERT INTO crm_sync_jobs (id, document_id, kind, device_id, subscriber_id, event, payload, status, attempts, max_attempts, next_attempt_at, done_at, provider, result, dedupe_key, created_at, updated_at, published_at)
       SELECT $1::int + d.id, ${docId('j', 'd.id')}, 'status', d.id, o.subscriber_id, 'seed',
              jsonb_build_object('reference', 'poshtiban:device:' || d.id, 'subscriber', jsonb_build_object('id', o.subscriber_id), 'device', jsonb_build_object('id', d.id, 'serial', d.serial),
                                 'status', ${statusAsOf(`${tz} - 1`)}, 'serviceEnd', to_char(d.service_end, 'YYYY-MM-DD'), 'contractKind', NULL, 'changedAt', to_char(d.updated_at, 'YYYY-MM-DD"T"HH24:MI:SS"Z"')),
              'done', 1, 50, d.updated_at, d.updated_at, 'didar', jsonb_build_object('dealId', 'deal-' || d.id), 'status:' || d.id || ':seed', d.updated_at, d.updated_at, d.updated_at
         FROM devices d JOIN devices_owner_lnk o ON o.device_id = d.id
        WHERE d.installation_confirmed_at IS NOT NULL OR d.service_mode = 'cancelled'`,
      [j0]
    );
    };

    // ── lane B: the tickets' links and messages, notifications, the outbox's history ───────
    const laneB = async () => {
    await step(
      'tickets → subscriber, device (link tables)',
      `WITH t AS (SELECT $1::int + g AS ticket_id, $3::int + 1 + (g - 1) % $4::int AS device_id FROM generate_series(1, $2::int) g),
            dev AS (INSERT INTO tickets_device_lnk (ticket_id, device_id) SELECT ticket_id, device_id FROM t RETURNING 1)
       INSERT INTO tickets_subscriber_lnk (ticket_id, subscriber_id)
       SELECT t.ticket_id, $5::int + 1 + (t.device_id - $3::int - 1) / 5 FROM t`,
      [t0id, n.tickets, d0, n.devices, s0],
      side
    );
    await step(
      'ticket messages (1–3 per ticket)',
      `INSERT INTO ticket_messages (id, document_id, ticket_id, author_type, author_name, internal, body, created_at, updated_at, published_at)
       SELECT $1::int + (x.g - 1) * 3 + j, ${docId('m', '(x.g - 1) * 3 + j')}, $2::int + x.g,
              CASE j WHEN 2 THEN 'staff' ELSE 'subscriber' END, CASE j WHEN 2 THEN 'پشتیبانی' END, false,
              CASE j WHEN 1 THEN ${ticketDescription(`(${sqlArray(TITLES)})[1 + x.g % ${TITLES.length}]`)} WHEN 2 THEN 'سلام، لطفاً دستگاه را یک بار خاموش و روشن کنید و نتیجه را اعلام کنید.' ELSE 'انجام دادم، مشکل برطرف شد. سپاس.' END,
              x.created + make_interval(hours => 2 * (j - 1)), x.created + make_interval(hours => 2 * (j - 1)), x.created + make_interval(hours => 2 * (j - 1))
         FROM (SELECT g, now() - make_interval(days => (g * 131) % 730, mins => (g * 17) % 1440) AS created FROM generate_series(1, $3::int) g) x
              CROSS JOIN LATERAL generate_series(1, 1 + x.g % 3) j`,
      [m0, t0id, n.tickets],
      side
    );
    // ── notifications and the outbox's history ──────────────────────────────────────────────
    await step(
      'notifications (10 per subscriber)',
      `INSERT INTO notifications (id, document_id, subscriber_id, source_type, source_id, kind, title_fa, title_en, body_fa, body_en, link, pinned, read_at, created_at, updated_at, published_at)
       SELECT $1::int + g, ${docId('n', 'g')}, $3::int + 1 + (g - 1) / 10, 'system', 'bench:' || g, 'service',
              'پاسخ تازه به تیکت شما', 'A new reply to your ticket', 'کارشناس پشتیبانی به تیکت شما پاسخ داد.', 'Support replied to your ticket.', '/tickets', false,
              CASE WHEN g % 5 = 0 THEN NULL ELSE now() - make_interval(days => (g % 600)) + interval '1 hour' END,
              now() - make_interval(days => (g % 600)), now() - make_interval(days => (g % 600)), now() - make_interval(days => (g % 600))
         FROM generate_series(1, $2::int) g`,
      [nt0, n.notifications, s0],
      side
    );
    await step(
      "the benchmark customer's notifications",
      `INSERT INTO notifications (document_id, subscriber_id, source_type, source_id, kind, title_fa, title_en, link, pinned, read_at, created_at, updated_at, published_at)
       SELECT ${docId('cn', 'g')}, $1::int, 'system', 'bench:c' || g, 'service', 'پاسخ تازه به تیکت شما', 'A new reply to your ticket', '/tickets', false,
              CASE WHEN g % 3 = 0 THEN NULL ELSE now() END, now() - make_interval(days => g), now(), now()
         FROM generate_series(1, 200) g`,
      [cust],
      side
    );
    await step(
      'outbox history (sent messages)',
      `INSERT INTO messaging_outbox (id, document_id, channel, kind, recipient, subscriber_id, template_code, params, priority, status, attempts, max_attempts, next_attempt_at,
                                     provider, provider_message_id, provider_status, sent_at, delivered_at, dedupe_key, created_at, updated_at, published_at)
       SELECT $1::int + g, ${docId('o', 'g')}, CASE WHEN g % 5 < 3 THEN 'sms' ELSE 'whatsapp' END, CASE WHEN g % 10 = 0 THEN 'broadcast' ELSE 'transactional' END,
              CASE WHEN g % 5 < 3 THEN '09' ELSE '989' END || (120000000 + 1 + (g - 1) / 10)::text, $3::int + 1 + (g - 1) / 10,
              (ARRAY['ticket-update','service-reminder','warranty-reminder','portal-credentials','announcement'])[1 + g % 5],
              jsonb_build_object('number', '1404-' || lpad((g % 1000000)::text, 7, '0'), 'url', 'https://portal.example.ir/tickets'),
              CASE WHEN g % 10 = 0 THEN 50 ELSE 10 END, 'sent', 1, 8, now() - make_interval(days => g % 700),
              CASE WHEN g % 5 < 3 THEN 'kavenegar' ELSE 'whatsapp' END, 'pm-' || g, 'delivered',
              now() - make_interval(days => g % 700), now() - make_interval(days => g % 700) + interval '5 seconds', 'bench:' || g,
              now() - make_interval(days => g % 700), now() - make_interval(days => g % 700), now() - make_interval(days => g % 700)
         FROM generate_series(1, $2::int) g`,
      [o0, n.outbox, s0],
      side
    );

    };

    const l0 = performance.now();
    await Promise.all([laneA(), laneB()]);
    log(`  lanes A and B: ${((performance.now() - l0) / 1000).toFixed(1)} s`);
    await side.end();

    // ── after both lanes ──────────────────────────────────────────────────────────────────
    // ── the benchmark customer's history: 480 more tickets over their 50 devices ───────────
    const custDevices = `ARRAY[${app.deviceIds.join(',')}]::int[]`;
    await step(
      "the benchmark customer's ticket history",
      `WITH t AS (
         INSERT INTO tickets (id, document_id, number, title, description, kind, priority, ticket_status, channel, first_response_due_at, resolution_due_at, first_responded_at,
                              resolved_at, last_activity_at, escalation_level, billable, fault_attribution, message_count, created_at, updated_at, published_at)
         SELECT $1::int + g, ${docId('ct', 'g')}, '1404-' || lpad(($1::int + g)::text, 7, '0'), (${sqlArray(TITLES)})[1 + g % ${TITLES.length}], 'شرح مشکل', 'fault', 'medium',
                CASE WHEN g % 40 = 0 THEN 'answered' ELSE 'closed' END, 'site', now() - make_interval(days => g), now() - make_interval(days => g - 5),
                now() - make_interval(days => g, hours => -2), now() - make_interval(days => g - 3), now() - make_interval(days => g - 3), 0, false, 'undetermined', 2,
                now() - make_interval(days => g + 1), now() - make_interval(days => g - 3), now() - make_interval(days => g + 1)
           FROM generate_series(1, 480) g
         RETURNING id),
       dl AS (INSERT INTO tickets_device_lnk (ticket_id, device_id) SELECT id, (${custDevices})[1 + id % 50] FROM t RETURNING 1),
       m AS (INSERT INTO ticket_messages (document_id, ticket_id, author_type, internal, body, created_at, updated_at, published_at)
             SELECT ${docId('cm', 't.id * 2 + j')}, t.id, CASE j WHEN 1 THEN 'subscriber' ELSE 'staff' END, false, 'متن پیام', now(), now(), now() FROM t CROSS JOIN generate_series(1, 2) j RETURNING 1)
       INSERT INTO tickets_subscriber_lnk (ticket_id, subscriber_id) SELECT id, $2::int FROM t`,
      [await maxId('tickets'), cust]
    );

    await step(
      'CRM links (contacts and deals)',
      `INSERT INTO crm_links (document_id, local_key, remote_id, provider, created_at, updated_at, published_at)
       SELECT ${docId('l', "k || ':' || id")}, k || ':' || id, CASE k WHEN 'device' THEN 'deal-' ELSE 'contact-' END || id, 'didar', now(), now(), now()
         FROM (SELECT 'subscriber' AS k, id FROM subscribers UNION ALL SELECT DISTINCT 'device', device_id FROM crm_sync_jobs WHERE kind = 'status') x
        WHERE NOT EXISTS (SELECT 1 FROM crm_links l WHERE l.local_key = x.k || ':' || x.id)`
    );

    await client.query('SET session_replication_role = origin');
    // two connections share the rebuild and the vacuum, largest tables first
    const second = new Client({ connectionString: url });
    await second.connect();
    await second.query("SET maintenance_work_mem = '256MB'");
    const sizeOf = new Map((await client.query('SELECT relname, pg_relation_size(oid) AS b FROM pg_class WHERE relname = ANY($1)', [BULK_TABLES])).rows.map((r) => [r.relname, Number(r.b)]));
    const bySize = (a, b) => (sizeOf.get(b.tbl) ?? 0) - (sizeOf.get(a.tbl) ?? 0);
    const inTwo = async (statements) => {
      const queue = [...statements];
      await Promise.all([client, second].map(async (on) => {
        for (let next = queue.shift(); next; next = queue.shift()) await on.query(next);
      }));
    };
    const r0 = performance.now();
    await inTwo([...indexes.map((i) => ({ tbl: i.tbl, sql: i.def })), ...uniques.map((u) => ({ tbl: u.tbl, sql: `ALTER TABLE ${u.tbl} ADD CONSTRAINT ${u.name} ${u.def}` }))].sort(bySize).map((x) => x.sql));
    const indexSeconds = (performance.now() - r0) / 1000;
    log(`  indexes and unique constraints built again: ${indexSeconds.toFixed(1)} s`);

    const v0 = performance.now();
    await inTwo(BULK_TABLES.map((tbl) => ({ tbl })).sort(bySize).map(({ tbl }) => `VACUUM ANALYZE ${tbl}`));
    await client.query('ANALYZE');
    await second.end();
    const vacuumSeconds = (performance.now() - v0) / 1000;
    log(`  VACUUM ANALYZE: ${vacuumSeconds.toFixed(1)} s`);

    const count = async (table) => Number((await client.query(`SELECT count(*) AS n FROM ${table}`)).rows[0].n);
    const counts = {};
    for (const table of ['subscribers', 'up_users', 'devices', 'contracts', 'tickets', 'ticket_messages', 'ticket_escalations', 'invoices', 'notifications', 'messaging_outbox', 'crm_sync_jobs', 'crm_links']) counts[table] = await count(table);
    const size = (await client.query('SELECT pg_size_pretty(pg_database_size(current_database())) AS s')).rows[0].s;
    const seconds = (performance.now() - started) / 1000;
    const record = {
      scale,
      seededAt: new Date().toISOString(),
      seconds: Number(seconds.toFixed(1)),
      appSeconds: Number(appSeconds.toFixed(1)),
      vacuumSeconds: Number(vacuumSeconds.toFixed(1)),
      indexSeconds: Number(indexSeconds.toFixed(1)),
      databaseSize: size,
      counts,
      timings,
      customer: { subscriberNumber: CUSTOMER.subscriberNumber, password: CUSTOMER.password, subscriberId: cust },
      bulkAccount: { username: String(1000000 + 4), password: BULK_PASSWORD },
      admin: ADMIN,
      firstSubscriberId: s0 + 1,
      subscribers: n.subscribers,
      devices: n.devices,
      firstDeviceId: d0 + 1,
    };
    await client.query(`INSERT INTO strapi_core_store_settings (key, value, type, environment, tag) VALUES ($1, $2, 'object', NULL, NULL)`, [SEED_KEY, JSON.stringify(record)]);
    log(`Seeded in ${seconds.toFixed(0)} s (database ${size}): ${Object.entries(counts).map(([k, v]) => `${k} ${v.toLocaleString('en')}`).join(', ')}`);
    return record;
  } finally {
    await client.end();
  }
};

module.exports = { seed, readSeed, SEED_KEY, sizes };

if (require.main === module) {
  seed()
    .then(() => process.exit(0))
    .catch((error) => {
      console.error(error);
      process.exit(1);
    });
}
