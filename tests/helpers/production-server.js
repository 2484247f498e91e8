/**
 * Starts the app as `npm start` does (server.js: createStrapi({ appDir, distDir }).start()),
 * in whatever NODE_ENV the parent gives it (the production-login test gives "production"), after
 * creating one customer whose login the test uses — production seeds no demo data.
 * Env: PORT, DATABASE_FILENAME, SEED_SUBSCRIBER_NUMBER, SEED_NATIONAL_CODE, SEED_PASSWORD.
 * Prints "READY" on stdout once it listens.
 */
const path = require('path');

const appDir = path.resolve(__dirname, '..', '..');

(async () => {
  const { createStrapi } = require('@strapi/strapi');
  const strapi = await createStrapi({ appDir, distDir: path.join(appDir, 'dist'), autoReload: false, serveAdminPanel: false }).load();
  const subscriber = await strapi.documents('api::subscriber.subscriber').create({
    data: {
      subscriberNumber: process.env.SEED_SUBSCRIBER_NUMBER,
      fullName: 'مشترک آزمایشی',
      nationalCode: process.env.SEED_NATIONAL_CODE,
      mobile: '09121234567',
      mainOperatorName: 'اپراتور آزمایشی',
      address: { city: 'تهران', street: 'خیابان آزادی', building: 'ساختمان ۱' },
    },
  });
  await strapi.plugin('customer-accounts').service('accounts').issueCredentials({
    subscriberDocumentId: subscriber.documentId,
    password: process.env.SEED_PASSWORD,
    actor: { label: 'test' },
  });
  await strapi.start();
  process.stdout.write('READY\n');
  const stop = async () => {
    await strapi.destroy();
    process.exit(0);
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
})().catch((error) => {
  process.stderr.write(`${error?.stack ?? error}\n`);
  process.exit(1);
});
