import { startApp } from '../helpers/strapi';
test('probe', async () => {
  const app = await startApp();
  const ct = app.strapi.contentType('api::service-settings.service-settings' as any);
  console.log(Object.keys(ct.attributes));
  const conf = await app.strapi.plugin('content-manager').service('content-types').findConfiguration(ct);
  console.log(JSON.stringify(conf.settings));
  const m = (app.strapi.db.metadata.get('api::device.device') as any).attributes.model;
  console.log(JSON.stringify(m.joinTable));
  const c = await app.strapi.plugin('content-manager').service('content-types').findConfiguration(app.strapi.contentType('api::contract.contract' as any));
  console.log(JSON.stringify(c.metadatas.device), JSON.stringify(c.settings));
  await app.stop();
});
