/**
 * Strapi's generated CRUD routes exist for staff integrations (API tokens) only. The public and
 * customers never reach them — not even if someone grants the permission in the admin.
 */
import request from 'supertest';
import { startApp, type TestApp } from '../helpers/strapi';
import { createCustomer, createDevice, createModel, tokenFor } from '../helpers/fixtures';

let app: TestApp;
let customerToken: string;
let deviceId: string;

const TYPES = [
  ['api::subscriber.subscriber', 'subscribers'],
  ['api::device.device', 'devices'],
  ['api::device-type.device-type', 'device-types'],
  ['api::device-model.device-model', 'device-models'],
  ['api::contract.contract', 'contracts'],
  ['api::audit-event.audit-event', 'audit-events'],
  // the knowledge base: buyers read it through /api/me/… only (drafts included here would leak)
  ['api::article.article', 'articles'],
  ['api::video.video', 'videos'],
  ['api::knowledge-topic.knowledge-topic', 'knowledge-topics'],
  ['api::course.course', 'courses'],
  ['api::course-order.course-order', 'course-orders'],
] as const;

const calls = (plural: string, id: string) =>
  [
    ['get', `/api/${plural}`],
    ['get', `/api/${plural}/${id}`],
    ['post', `/api/${plural}`],
    ['put', `/api/${plural}/${id}`],
    ['delete', `/api/${plural}/${id}`],
  ] as const;

beforeAll(async () => {
  app = await startApp();
  const model = await createModel(app.strapi);
  const customer = await createCustomer(app.strapi);
  deviceId = (await createDevice(app.strapi, { owner: customer.documentId, model: model.documentId })).documentId;
  customerToken = await tokenFor(app.server, customer.subscriberNumber);
});
afterAll(async () => {
  await app?.stop();
});

test.each(TYPES)('%s: closed to the public and to customers', async (_uid, plural) => {
  for (const [method, path] of calls(plural, deviceId)) {
    const anonymous = await (request(app.server) as any)[method](path).send({ data: { serial: 'HACK0001' } });
    expect({ path, method, status: anonymous.status }).toEqual({ path, method, status: 403 });
    const customer = await (request(app.server) as any)[method](path).set('Authorization', `Bearer ${customerToken}`).send({ data: { serial: 'HACK0001' } });
    expect({ path, method, status: customer.status }).toEqual({ path, method, status: 403 });
  }
});

test('still closed when someone ticks the permission for the Customer and Public roles', async () => {
  const roles = await app.strapi.db.query('plugin::users-permissions.role').findMany({ where: { type: { $in: ['customer', 'public'] } } });
  for (const role of roles) {
    for (const action of ['find', 'findOne', 'update', 'delete']) {
      await app.strapi.db.query('plugin::users-permissions.permission').create({ data: { action: `api::device.device.${action}`, role: role.id } });
    }
  }
  expect((await request(app.server).get('/api/devices')).status).toBe(403);
  expect((await request(app.server).get('/api/devices').set('Authorization', `Bearer ${customerToken}`)).status).toBe(403);
  const del = await request(app.server).delete(`/api/devices/${deviceId}`).set('Authorization', `Bearer ${customerToken}`);
  expect(del.status).toBe(403);
  expect(await app.strapi.db.query('api::device.device').count({ where: { documentId: deviceId } })).toBe(1);

  // and the next start puts the roles back the way the code declares them
  await app.strapi.plugin('customer-accounts').service('roles').sync();
  const leftover = await app.strapi.db.query('plugin::users-permissions.permission').count({ where: { action: { $startsWith: 'api::device.device.' } } });
  expect(leftover).toBe(0);
});

test('a staff API token reaches them', async () => {
  const token = await app.strapi.service('admin::api-token').create({ name: 'integration', type: 'full-access', lifespan: null, description: '' });
  const res = await request(app.server).get('/api/devices').set('Authorization', `Bearer ${token.accessKey}`);
  expect(res.status).toBe(200);
  expect(res.body.data.map((d: any) => d.documentId)).toContain(deviceId);
});

test('the Customer role holds exactly the /me routes and logout; Public only login and refresh', async () => {
  const permissionsOf = async (type: string) => {
    const role = await app.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type } });
    const rows = await app.strapi.db.query('plugin::users-permissions.permission').findMany({ where: { role: { id: role.id } } });
    return rows.map((p: any) => p.action).sort();
  };
  expect(await permissionsOf('customer')).toEqual(
    [
      'api::device.my-device-service.chooseService',
      'api::device.my-device-service.confirmInstallation',
      'api::device.my-device-service.installationConfirmation',
      'api::device.my-device-service.serviceOptions',
      'api::device.my-devices.find',
      'api::device.my-devices.findOne',
      'api::me.me.dashboard',
      'api::me.me.profile',
      'api::me.me.rejectProfileWrite',
      'api::notification.my-notifications.find',
      'api::ownership-transfer.my-ownership-transfers.create',
      'api::ownership-transfer.my-ownership-transfers.find',
      'api::repair-order.my-repairs.find',
      'api::repair-order.my-repairs.findOne',
      'api::repair-order.my-repairs.receipt',
      'plugin::customer-accounts.passwords.change',
      'plugin::payment.my-payments.find',
      'plugin::payment.my-payments.receipt',
      'api::notification.my-notifications.markAllRead',
      'api::notification.my-notifications.markRead',
      'plugin::payment.my-payments.findOne',
      'plugin::users-permissions.auth.logout',
      'api::invoice.my-invoices.find',
      'api::invoice.my-invoices.findOne',
      'api::invoice.my-invoices.pay',
      // tickets
      'api::ticket.my-tickets.find',
      'api::ticket.my-tickets.create',
      'api::ticket.my-tickets.findOne',
      'api::ticket.my-tickets.reply',
      'api::ticket.my-tickets.attachment',
      // the knowledge base (issue 13)
      'api::article.my-knowledge-base.home',
      'api::article.my-knowledge-base.articles',
      'api::article.my-knowledge-base.article',
      'api::article.my-knowledge-base.feedback',
      'api::article.my-knowledge-base.videos',
      'api::article.my-knowledge-base.video',
      'api::device.my-devices.document',
      // licensed training videos
      'api::course.my-courses.find',
      'api::course.my-courses.findOne',
      'api::course.my-courses.purchase',
      'api::course-order.my-course-orders.find',
      'api::course-order.my-course-orders.findOne',
    ].sort()
  );
  expect(await permissionsOf('public')).toEqual(['plugin::users-permissions.auth.callback', 'plugin::users-permissions.auth.refresh']);
  expect(await permissionsOf('authenticated')).toEqual([]);
});
