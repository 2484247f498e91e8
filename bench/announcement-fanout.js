#!/usr/bin/env node
/**
 * npm run bench:fanout — publishing an announcement to 100,000 subscribers on PostgreSQL.
 *
 * Measures (1) the admin's publish request (Content Manager HTTP API, as the admin panel sends it)
 * and (2) the fan-out job from start to every notification and outbox row written. Targets (issue
 * "Messaging"): publish answers in under 1 s; fan-out under 60 s. Prints a table and writes
 * bench/results/announcement-fanout.json. SUBSCRIBERS=… changes the size.
 */
const fs = require('fs');
const path = require('path');
const os = require('os');
const { performance } = require('perf_hooks');
const request = require('supertest');
const { freshPostgres, bootApp, table } = require('./lib');

const SUBSCRIBERS = Number(process.env.SUBSCRIBERS || 100_000);

const main = async () => {
  const db = await freshPostgres(`poshtiban_bench_fanout_${process.pid}`);
  const strapi = await bootApp(db.url);
  try {
    const knex = strapi.db.connection;
    const t0 = performance.now();
    await knex.raw(
      `INSERT INTO subscribers (document_id, subscriber_number, full_name, national_code, mobile, preferred_channel, created_at, updated_at, published_at)
       SELECT substr(md5(random()::text || g::text), 1, 24), (100000 + g)::text, 'مشترک ' || g, lpad(g::text, 10, '0'),
              '0912' || lpad(g::text, 7, '0'), (ARRAY['sms','whatsapp','both'])[1 + g % 3], now(), now(), now()
         FROM generate_series(1, ?) g`,
      [SUBSCRIBERS]
    );
    await knex.raw('ANALYZE subscribers');
    const seedMs = performance.now() - t0;

    // a staff member publishes from the admin panel
    const role = await strapi.service('admin::role').findOne({ code: 'strapi-super-admin' });
    await strapi.service('admin::user').create({ email: 'bench@poshtiban.local', firstname: 'Bench', lastname: 'Admin', password: 'Bench-Passw0rd!', isActive: true, registrationToken: null, roles: [role.id] });
    const server = strapi.server.httpServer;
    const login = await request(server).post('/admin/login').send({ email: 'bench@poshtiban.local', password: 'Bench-Passw0rd!' });
    const token = login.body.data.token;
    const draft = await strapi.documents('api::announcement.announcement').create({
      data: { title: 'به‌روزرسانی نرم‌افزار دستگاه‌ها', summary: 'نسخهٔ ۲.۴ منتشر شد', body: 'متن کامل اطلاعیه…', kind: 'software_update', audience: 'everyone', sendSms: true, sendWhatsapp: true },
      locale: 'fa',
    });

    const p0 = performance.now();
    const published = await request(server)
      .post(`/content-manager/collection-types/api::announcement.announcement/${draft.documentId}/actions/publish?locale=fa`)
      .set('Authorization', `Bearer ${token}`)
      .send({});
    const publishMs = performance.now() - p0;
    if (published.status !== 200) throw new Error(`publish failed: ${published.status} ${JSON.stringify(published.body)}`);

    const f0 = performance.now();
    const [result] = await strapi.service('api::announcement.fan-out').runPending();
    const fanOutMs = performance.now() - f0;

    const count = async (sql) => Number((await knex.raw(sql)).rows[0].n);
    const notifications = await count('SELECT COUNT(*) AS n FROM notifications');
    const messages = await count('SELECT COUNT(*) AS n FROM messaging_outbox');
    const expectedMessages = Math.floor(SUBSCRIBERS / 3) * 4 + [0, 1, 2][SUBSCRIBERS % 3]; // sms, whatsapp, both(2)

    // publishing again must add nothing
    await request(server)
      .post(`/content-manager/collection-types/api::announcement.announcement/${draft.documentId}/actions/publish?locale=fa`)
      .set('Authorization', `Bearer ${token}`)
      .send({});
    const r0 = performance.now();
    const [again] = await strapi.service('api::announcement.fan-out').runPending();
    const rerunMs = performance.now() - r0;

    const rows = [
      { measure: 'subscribers (bulk seed)', value: SUBSCRIBERS.toLocaleString('en'), time: `${(seedMs / 1000).toFixed(1)} s`, target: '' },
      { measure: 'admin publish request', value: `HTTP ${published.status}`, time: `${publishMs.toFixed(0)} ms`, target: '< 1 s' },
      { measure: 'fan-out: notifications', value: notifications.toLocaleString('en'), time: '', target: SUBSCRIBERS.toLocaleString('en') },
      { measure: 'fan-out: outbox messages', value: messages.toLocaleString('en'), time: '', target: expectedMessages.toLocaleString('en') },
      { measure: 'fan-out total', value: '', time: `${(fanOutMs / 1000).toFixed(1)} s`, target: '< 60 s' },
      { measure: 'publish again + fan-out', value: `+${again.notificationsCreated} / +${again.messagesQueued}`, time: `${(rerunMs / 1000).toFixed(1)} s`, target: '+0 / +0' },
    ];
    console.log(`\nAnnouncement fan-out on PostgreSQL (${os.cpus().length} cores, ${os.cpus()[0].model}, node ${process.version})\n`);
    console.log(table(rows));
    const ok = publishMs < 1000 && fanOutMs < 60_000 && notifications === SUBSCRIBERS && messages === expectedMessages && again.notificationsCreated === 0 && again.messagesQueued === 0;
    console.log(`\n${ok ? 'PASS' : 'MISS'}: publish ${publishMs.toFixed(0)} ms, fan-out ${(fanOutMs / 1000).toFixed(1)} s\n`);
    fs.mkdirSync(path.join(__dirname, 'results'), { recursive: true });
    fs.writeFileSync(
      path.join(__dirname, 'results', 'announcement-fanout.json'),
      JSON.stringify({ at: new Date().toISOString(), subscribers: SUBSCRIBERS, publishMs, fanOutMs, notifications, messages, result, rows }, null, 2)
    );
    process.exitCode = ok ? 0 : 1;
  } finally {
    await strapi.destroy();
    await db.drop();
  }
};

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
