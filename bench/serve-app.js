#!/usr/bin/env node
/** Child process for the benchmarks: the app, compiled already, listening on PORT. */
const path = require('path');

const main = async () => {
  const appDir = path.resolve(__dirname, '..');
  const { createStrapi } = require('@strapi/strapi');
  const strapi = await createStrapi({ appDir, distDir: path.join(appDir, 'dist'), autoReload: false, serveAdminPanel: false }).load();
  strapi.server.mount();
  await new Promise((resolve) => strapi.server.httpServer.listen(Number(process.env.PORT), '127.0.0.1', resolve));
  process.send?.({ ready: true });
  process.on('message', async (m) => {
    if (m === 'stop') {
      await strapi.destroy();
      process.exit(0);
    }
  });
};

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
