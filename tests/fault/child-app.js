/**
 * A second process of the app for the fault tests (tests/fault/*.test.ts): boots the compiled app
 * (dist/, as tests/helpers/strapi.ts does) on the database the parent test names in its
 * environment (DATABASE_CLIENT + DATABASE_FILENAME, or DATABASE_URL), then does one thing the
 * scheduler would do, so the parent can SIGKILL it in the middle:
 *   node tests/fault/child-app.js fan-out   the announcement fan-out job (runPending)
 *   node tests/fault/child-app.js deliver   one pass of the outbox worker (runOnce)
 *   node tests/fault/child-app.js escalate  the ticket escalation job (api::ticket.sla escalate, at FAULT_NOW)
 *   node tests/fault/child-app.js surveys-send  the satisfaction survey job (api::survey.surveys send, at FAULT_NOW)
 *   node tests/fault/child-app.js issue-licences  one pass of the licence queue (video-licensing runOnce;
 *                                           the provider from VIDEO_LICENSING_PROVIDER / SPOTPLAYER_*)
 *   node tests/fault/child-app.js settle-payment  the gateway's callback for FAULT_AUTHORITY (Status=OK): verify, grant
 *                                           (the gateway from PAYMENT_PROVIDER / ZARINPAL_*)
 *   node tests/fault/child-app.js crm-sync  one pass of the CRM sync worker (crm-sync runOnce, at FAULT_NOW;
 *                                           the provider from CRM_PROVIDER / DIDAR_*)
 *   node tests/fault/child-app.js serve     the whole app listening on PORT, as `npm start` runs it (its
 *                                           scheduler too when SCHEDULER_IN_TESTS=true), until SIGTERM;
 *                                           FAULT_CONFIG {"<config path>": value, …} is set before it listens
 * It prints one line "ready" once booted (serve: once listening) and "done <json>" when finished.
 * Never run by jest itself.
 */
require('../helpers/env');
const path = require('path');

const APP_DIR = path.resolve(__dirname, '..', '..');
const action = process.argv[2];

const main = async () => {
  const { createStrapi } = require('@strapi/strapi');
  const strapi = await createStrapi({ appDir: APP_DIR, distDir: path.join(APP_DIR, 'dist'), autoReload: false, serveAdminPanel: false }).load();
  if (process.env.FAULT_DELIVERY) {
    // the parent's fake providers (tests/helpers/messaging.ts does the same in-process)
    const { sms, delivery } = JSON.parse(process.env.FAULT_DELIVERY);
    if (sms) strapi.config.set('plugin::messaging.sms', sms);
    for (const [key, value] of Object.entries(delivery ?? {})) strapi.config.set(`plugin::messaging.delivery.${key}`, value);
    await strapi.plugin('messaging').service('delivery').resetProviders();
  }
  if (action === 'serve') {
    for (const [key, value] of Object.entries(JSON.parse(process.env.FAULT_CONFIG || '{}'))) strapi.config.set(key, value);
    // Strapi's own SIGTERM/SIGINT handler (destroyOnSignal) shuts it down, as under `npm start`
    await strapi.start();
    process.stdout.write('ready\n');
    return;
  }
  process.stdout.write('ready\n');
  let result;
  if (action === 'fan-out') result = await strapi.service('api::announcement.fan-out').runPending();
  else if (action === 'escalate') result = await strapi.service('api::ticket.sla').escalate(process.env.FAULT_NOW ? { now: new Date(process.env.FAULT_NOW) } : {});
  else if (action === 'surveys-send') result = await strapi.service('api::survey.surveys').send(process.env.FAULT_NOW ? { now: new Date(process.env.FAULT_NOW) } : {});
  else if (action === 'issue-licences') result = await strapi.plugin('video-licensing').service('licences').runOnce();
  else if (action === 'deliver') result = await strapi.plugin('messaging').service('delivery').runOnce(process.env.FAULT_NOW ? { now: new Date(process.env.FAULT_NOW) } : {});
  else if (action === 'settle-payment') result = await strapi.plugin('payment').service('payments').handleCallback({ authority: process.env.FAULT_AUTHORITY, status: 'OK' });
  else if (action === 'crm-sync') result = await strapi.plugin('crm-sync').service('sync').runOnce(process.env.FAULT_NOW ? { now: new Date(process.env.FAULT_NOW) } : {});
  else throw new Error(`unknown action ${action}`);
  process.stdout.write(`done ${JSON.stringify(result)}\n`);
  await strapi.destroy();
  process.exit(0);
};

main().catch((error) => {
  process.stderr.write(`${error?.stack ?? error}\n`);
  process.exit(1);
});
