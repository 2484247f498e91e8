import request from 'supertest';
import { startApp, type TestApp } from '../helpers/strapi';
import { createCustomer, createDevice, createModel, tokenFor } from '../helpers/fixtures';

let app: TestApp;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.stop();
});

test('boots and serves a customer their devices', async () => {
  const model = await createModel(app.strapi);
  const a = await createCustomer(app.strapi);
  await createDevice(app.strapi, { owner: a.documentId, model: model.documentId });
  const jwt = await tokenFor(app.server, a.subscriberNumber);
  const res = await request(app.server).get('/api/me/devices').set('Authorization', `Bearer ${jwt}`);
  console.log(JSON.stringify(res.body, null, 2));
  expect(res.status).toBe(200);
});
