#!/usr/bin/env node
/**
 * npm run seed — wipe the portal's records (subscribers, devices, models, types, contracts,
 * tickets, invoices, saved replies, the knowledge base and its demo documents, courses and their
 * orders, complaints and surveys, customer accounts, audit events) and seed the Persian demo again.
 * Development only.
 */
const path = require('path');

const dropConfirmationGuards = async (strapi) => {
  const knex = strapi.db.connection;
  if (strapi.db.dialect.client === 'postgres') {
    await knex.raw('DROP TRIGGER IF EXISTS installation_confirmations_immutable ON installation_confirmations');
  } else {
    await knex.raw('DROP TRIGGER IF EXISTS installation_confirmations_no_update');
    await knex.raw('DROP TRIGGER IF EXISTS installation_confirmations_no_delete');
  }
};

const main = async () => {
  if ((process.env.NODE_ENV || 'development') === 'production') {
    console.error('Refusing to seed demo data in production.');
    process.exit(1);
  }
  process.env.DEMO_DATA = 'false'; // the bootstrap must not seed on its own while we reseed
  const appDir = path.resolve(__dirname, '..');
  const { compileStrapi, createStrapi } = require('@strapi/strapi');
  const { distDir } = await compileStrapi({ appDir });
  const strapi = await createStrapi({ appDir, distDir, autoReload: false, serveAdminPanel: false }).load();
  try {
    const demo = require(path.join(distDir, 'src', 'bootstrap', 'demo-data.js'));
    // the database refuses to delete confirmed installation forms (src/bootstrap/immutable-records.ts):
    // the reseed lifts that guard while it wipes the demo, and puts it back after
    await dropConfirmationGuards(strapi);
    // the knowledge base's demo documents live in the Media Library (and public/uploads)
    await require(path.join(distDir, 'src', 'bootstrap', 'demo-knowledge-base.js')).removeDemoKnowledgeBaseFiles(strapi);
    await strapi.db.transaction(async () => {
      for (const uid of [
        // issue 14
        'api::survey.survey-follow-up',
        'api::survey.survey',
        'api::complaint.complaint',
        'api::article.article-feedback',
        'api::article.article',
        'api::video.video',
        'api::knowledge-topic.knowledge-topic',
        // licensed training videos
        'plugin::video-licensing.licence-request',
        'api::course-order.course-order',
        'api::course.course',
        'api::invoice.debt-alert',
        'api::invoice.invoice',
        'api::ticket.ticket-escalation',
        'api::ticket.ticket-message',
        'api::ticket.ticket',
        'api::saved-reply.saved-reply',
        'api::repair-order.repair-order',
        'api::ownership-transfer.ownership-transfer',
        'api::ownership-transfer.device-ownership',
        'api::notification.notification',
        'plugin::messaging.outbound-message',
        'plugin::crm-sync.sync-job',
        'plugin::crm-sync.crm-link',
        'api::payment.payment',
        'api::installation-confirmation.installation-confirmation',
        'api::contract.contract',
        'api::device.device',
        'api::device-model.device-model',
        'api::device-type.device-type',
        'api::audit-event.audit-event',
      ]) {
        await strapi.db.query(uid).deleteMany({});
      }
      const customerRole = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'customer' } });
      if (customerRole) await strapi.db.query('plugin::users-permissions.user').deleteMany({ where: { role: { id: customerRole.id } } });
      await strapi.db.query('api::subscriber.subscriber').deleteMany({});
      await demo.seedDemo(strapi);
    });
    await require(path.join(distDir, 'src', 'bootstrap', 'immutable-records.js')).ensureImmutableRecords(strapi);
    demo.printDemoLogins(strapi);
  } finally {
    // let listeners fired by the seed (admin user events, session clean-up) finish first
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await strapi.destroy().catch((error) => {
      if (error?.message !== 'aborted') throw error;
    });
  }
};

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
