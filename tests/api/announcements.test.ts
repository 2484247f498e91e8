/**
 * Announcements: publishing (from the admin) requests a fan-out and answers at once; the fan-out
 * job writes one notification per targeted subscriber and one outbox message per channel, in
 * bulk; publishing again notifies nobody twice. Notifications are scoped to their subscriber.
 */
import request from 'supertest';
import { startApp, countQueries, type TestApp } from '../helpers/strapi';
import { adminToken, createCustomer, createDevice, createModel, createSubscriber, tokenFor } from '../helpers/fixtures';

let app: TestApp;
let admin: string;

const ANNOUNCEMENT = 'api::announcement.announcement';
const fanOut = () => app.strapi.service('api::announcement.fan-out');
const notificationsOf = (subscriberId: number) => app.strapi.db.query('api::notification.notification').findMany({ where: { subscriberId } });
const outboxOf = (subscriberId: number) => app.strapi.db.query('plugin::messaging.outbound-message').findMany({ where: { subscriberId }, orderBy: [{ id: 'asc' }] });

const publish = async (data: Record<string, unknown>) => {
  const draft = await app.strapi.documents(ANNOUNCEMENT).create({ data: { title: 'اطلاعیه', body: 'متن اطلاعیه', ...data } as any, locale: 'fa' });
  await app.strapi.documents(ANNOUNCEMENT).publish({ documentId: draft.documentId, locale: 'fa' });
  return draft.documentId as string;
};

let typeA: any;
let typeB: any;
let ownerA: any; // owns a device of type A, prefers SMS
let ownerB: any; // owns a device of type B, prefers WhatsApp
let ownerBoth: any; // owns devices of both types, prefers both
let nobody: any; // owns nothing

beforeAll(async () => {
  app = await startApp();
  admin = await adminToken(app.strapi, app.server);
  const modelA = await createModel(app.strapi);
  const modelB = await createModel(app.strapi);
  const models = await app.strapi.db.query('api::device-model.device-model').findMany({
    where: { documentId: { $in: [modelA.documentId, modelB.documentId] } },
    populate: { deviceType: true },
  });
  typeA = models.find((m: any) => m.documentId === modelA.documentId).deviceType;
  typeB = models.find((m: any) => m.documentId === modelB.documentId).deviceType;
  ownerA = await createCustomer(app.strapi, { preferredChannel: 'sms', mobile: '09121000001' });
  ownerB = await createCustomer(app.strapi, { preferredChannel: 'whatsapp', mobile: '09121000002' });
  ownerBoth = await createCustomer(app.strapi, { preferredChannel: 'both', mobile: '09121000003' });
  nobody = await createSubscriber(app.strapi, { preferredChannel: 'sms', mobile: '09121000004' });
  await createDevice(app.strapi, { owner: ownerA.documentId, model: modelA.documentId });
  await createDevice(app.strapi, { owner: ownerA.documentId, model: modelA.documentId });
  await createDevice(app.strapi, { owner: ownerB.documentId, model: modelB.documentId });
  await createDevice(app.strapi, { owner: ownerBoth.documentId, model: modelA.documentId });
  await createDevice(app.strapi, { owner: ownerBoth.documentId, model: modelB.documentId });
});
afterAll(async () => {
  await app?.stop();
});

describe('fan-out', () => {
  test('a device-type audience reaches exactly the owners of that type, once each, on their channels', async () => {
    const id = await publish({ kind: 'software_update', audience: 'device_types', deviceTypes: [typeA.documentId], sendSms: true, sendWhatsapp: true });
    const [result] = await fanOut().runPending();
    expect(result).toMatchObject({ documentId: id, audienceSize: 2, notificationsCreated: 2, messagesQueued: 3 });

    expect((await notificationsOf(ownerA.id)).map((n: any) => n.sourceId)).toEqual([id]);
    expect(await notificationsOf(ownerBoth.id)).toHaveLength(1);
    expect(await notificationsOf(ownerB.id)).toHaveLength(0);
    expect(await notificationsOf(nobody.id)).toHaveLength(0);

    expect((await outboxOf(ownerA.id)).map((m: any) => [m.channel, m.recipient, m.kind])).toEqual([['sms', '09121000001', 'broadcast']]);
    expect((await outboxOf(ownerBoth.id)).map((m: any) => m.channel).sort()).toEqual(['sms', 'whatsapp']);
    expect((await outboxOf(ownerBoth.id)).find((m: any) => m.channel === 'whatsapp').recipient).toBe('989121000003');
    expect((await outboxOf(ownerA.id))[0].params).toMatchObject({ title: 'اطلاعیه', name: expect.any(String) });
    // the message's {{url}} leads to the site: the public URL messages use, never empty
    const siteUrl = (app.strapi.config.get('plugin::customer-accounts') as any).siteUrl;
    expect(siteUrl).toMatch(/^https?:\/\/./);
    for (const message of await outboxOf(ownerBoth.id)) expect(message.params.url).toBe(siteUrl);

    // publishing again (an edit, a second locale) notifies nobody twice
    await app.strapi.documents(ANNOUNCEMENT).publish({ documentId: id, locale: 'fa' });
    const [again] = await fanOut().runPending();
    expect(again).toMatchObject({ notificationsCreated: 0, messagesQueued: 0 });
    expect(await outboxOf(ownerA.id)).toHaveLength(1);
  });

  test('SMS only: a subscriber who prefers WhatsApp still gets it, by SMS; no flags: dashboard only', async () => {
    const smsOnly = await publish({ audience: 'subscribers', subscribers: [ownerB.documentId], sendSms: true, sendWhatsapp: false });
    const quiet = await publish({ audience: 'everyone', sendSms: false, sendWhatsapp: false });
    const results = await fanOut().runPending();
    expect(results.find((r: any) => r.documentId === smsOnly)).toMatchObject({ audienceSize: 1, messagesQueued: 1 });
    expect(results.find((r: any) => r.documentId === quiet)).toMatchObject({ notificationsCreated: 4, messagesQueued: 0 });
    const toB = (await outboxOf(ownerB.id)).filter((m: any) => m.dedupeKey.startsWith(`announcement:${smsOnly}`));
    expect(toB.map((m: any) => m.channel)).toEqual(['sms']);
  });

  test('an audience with nothing chosen cannot be published, with a clear message', async () => {
    const draft = await app.strapi.documents(ANNOUNCEMENT).create({ data: { title: 'ناقص', body: '…', audience: 'device_types' } as any, locale: 'fa' });
    await expect(app.strapi.documents(ANNOUNCEMENT).publish({ documentId: draft.documentId, locale: 'fa' })).rejects.toMatchObject({
      details: { errors: [{ path: ['deviceTypes'], code: 'audienceDeviceTypesRequired' }] },
    });
    expect(await app.strapi.db.query('api::announcement.announcement-fanout').count({ where: { announcementDocumentId: draft.documentId } })).toBe(0);
  });

  test('publishing from the admin only records the fan-out: a constant, small number of statements', async () => {
    const draft = await app.strapi.documents(ANNOUNCEMENT).create({ data: { title: 'از پنل مدیریت', body: '…', audience: 'everyone', sendSms: true } as any, locale: 'fa' });
    const { result, count } = await countQueries(app.strapi, () =>
      request(app.server).post(`/content-manager/collection-types/${ANNOUNCEMENT}/${draft.documentId}/actions/publish?locale=fa`).set('Authorization', `Bearer ${admin}`).send({})
    );
    expect((result as any).status).toBe(200);
    const fanout = await app.strapi.db.query('api::announcement.announcement-fanout').findOne({ where: { announcementDocumentId: draft.documentId } });
    expect(fanout.fanoutStatus).toBe('pending');
    expect(await app.strapi.db.query('api::notification.notification').count({ where: { sourceId: draft.documentId } })).toBe(0);
    expect(count).toBeLessThan(80); // independent of the number of subscribers: no row is written per subscriber here
    await fanOut().runPending();
    expect(await app.strapi.db.query('api::notification.notification').count({ where: { sourceId: draft.documentId } })).toBe(4);
  });
});

describe('GET /api/me/notifications and marking read', () => {
  test('a legal notice is pinned on the dashboard until read; B cannot read or mark A’s', async () => {
    const legal = await publish({ kind: 'legal_notice', title: 'تغییر نشانی دفتر مرکزی', body: 'دفتر مرکزی از اول ماه آینده به نشانی جدید منتقل می‌شود.', audience: 'subscribers', subscribers: [ownerA.documentId] });
    await fanOut().runPending();
    const tokenA = await tokenFor(app.server, ownerA.subscriberNumber);
    const tokenB = await tokenFor(app.server, ownerB.subscriberNumber);

    const dash = await request(app.server).get('/api/me/dashboard').set('Authorization', `Bearer ${tokenA}`);
    const pinned = dash.body.data.notifications.pinned;
    expect(pinned.map((n: any) => n.title.fa)).toContain('تغییر نشانی دفتر مرکزی');
    const legalNote = pinned.find((n: any) => n.source.id === legal);
    expect(legalNote).toMatchObject({ kind: 'legal_notice', kindLabel: { fa: 'اطلاعیهٔ حقوقی یا رسمی شرکت' }, pinned: true, read: false });
    expect(legalNote.title.en).toBeNull();

    const list = await request(app.server).get('/api/me/notifications?pageSize=2').set('Authorization', `Bearer ${tokenA}`);
    expect(list.status).toBe(200);
    expect(list.body.meta.pagination).toMatchObject({ page: 1, pageSize: 2 });
    const unreadBefore = list.body.meta.unread;
    expect(unreadBefore).toBeGreaterThan(0);

    // B: neither reads nor marks A's notification
    const listB = await request(app.server).get('/api/me/notifications').set('Authorization', `Bearer ${tokenB}`);
    expect(listB.body.data.map((n: any) => n.id)).not.toContain(legalNote.id);
    expect((await request(app.server).post(`/api/me/notifications/${legalNote.id}/read`).set('Authorization', `Bearer ${tokenB}`)).status).toBe(404);
    const stillUnread = await request(app.server).get('/api/me/notifications?unread=true').set('Authorization', `Bearer ${tokenA}`);
    expect(stillUnread.body.data.map((n: any) => n.id)).toContain(legalNote.id);

    const read = await request(app.server).post(`/api/me/notifications/${legalNote.id}/read`).set('Authorization', `Bearer ${tokenA}`);
    expect(read.status).toBe(200);
    expect(read.body.data).toMatchObject({ id: legalNote.id, read: true, pinned: false });
    const after = await request(app.server).get('/api/me/dashboard').set('Authorization', `Bearer ${tokenA}`);
    expect(after.body.data.notifications.pinned.map((n: any) => n.id)).not.toContain(legalNote.id);
    expect(after.body.data.notifications.unread).toBe(unreadBefore - 1);

    // B's "read all" touches only B's
    await request(app.server).post('/api/me/notifications/read-all').set('Authorization', `Bearer ${tokenB}`);
    const aStill = await request(app.server).get('/api/me/notifications').set('Authorization', `Bearer ${tokenA}`);
    expect(aStill.body.meta.unread).toBe(unreadBefore - 1);
    const all = await request(app.server).post('/api/me/notifications/read-all').set('Authorization', `Bearer ${tokenA}`);
    expect(all.body.data.updated).toBe(unreadBefore - 1);
  });

  test('bad paging parameters and ids are refused', async () => {
    const token = await tokenFor(app.server, ownerA.subscriberNumber);
    const bad = await request(app.server).get('/api/me/notifications?pageSize=500').set('Authorization', `Bearer ${token}`);
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.errors[0].path).toEqual(['query', 'pageSize']);
    expect((await request(app.server).get('/api/me/notifications?unread=maybe').set('Authorization', `Bearer ${token}`)).status).toBe(400);
    expect((await request(app.server).post('/api/me/notifications/not-an-id/read').set('Authorization', `Bearer ${token}`)).status).toBe(404);
    expect((await request(app.server).get('/api/me/notifications')).status).toBe(401);
  });

  test('notifications from the portal itself (other capabilities) are idempotent by source', async () => {
    const service = app.strapi.service('api::notification.notification');
    for (let i = 0; i < 2; i++) {
      await service.notify({ subscriberId: ownerB.id, sourceId: 'renewal:contract-42', title: { fa: 'تمدید انجام شد', en: 'Renewed' }, body: { fa: 'خدمات دستگاه شما تا ۱۴۰۷ تمدید شد.', en: 'Service renewed until 2028.' } });
    }
    const rows = (await notificationsOf(ownerB.id)).filter((n: any) => n.sourceId === 'renewal:contract-42');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ kind: 'service', pinned: false });
  });
});
