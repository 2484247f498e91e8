/**
 * Every change of a device's service status reaches Didar once, however it happens: besides the
 * workflows (confirmation, choices, renewal, transfer — service-lifecycle.test.ts), a change staff
 * make in the admin, a service that ends by date (the daily job), and the demo data.
 */
import request from 'supertest';
import { startApp, type TestApp } from '../helpers/strapi';
import { adminToken, createCustomer, createDevice, createModel } from '../helpers/fixtures';
import { startLifecycleFakes } from '../helpers/lifecycle';
import { addDays, tehranDate } from '../../src/domain/jalali';
import { crmNeedsSync } from '../../src/domain/crm-sync';
import { seedDemo } from '../../src/bootstrap/demo-data';
import { removeDemoKnowledgeBaseFiles } from '../../src/bootstrap/demo-knowledge-base';
import { computeServiceStatus } from '../../src/domain/service-status';

let app: TestApp;
let fakes: Awaited<ReturnType<typeof startLifecycleFakes>>;
let model: any;
let owner: any;
let admin: string;

const JOB = 'plugin::crm-sync.sync-job';
const DEVICE = 'api::device.device';
const today = () => tehranDate();
const crm = () => app.strapi.plugin('crm-sync').service('sync');
const jobsOf = async (deviceId: number) =>
  (await app.strapi.db.query(JOB).findMany({ where: { deviceId }, select: ['id', 'event', 'payload'], orderBy: [{ id: 'asc' }] })).map((j: any) => ({
    event: j.event,
    payload: typeof j.payload === 'string' ? JSON.parse(j.payload) : j.payload,
  }));
const cmUpdate = (documentId: string, body: object) =>
  request(app.server).put(`/content-manager/collection-types/${DEVICE}/${documentId}`).set('Authorization', `Bearer ${admin}`).send(body);

beforeAll(async () => {
  app = await startApp();
  fakes = await startLifecycleFakes(app.strapi);
  model = await createModel(app.strapi);
  owner = await createCustomer(app.strapi, { mobile: '09141239876' });
  admin = await adminToken(app.strapi, app.server);
});
afterAll(async () => {
  await fakes?.close();
  // the demo's knowledge base stored its documents in public/uploads
  if (app) await removeDemoKnowledgeBaseFiles(app.strapi);
  await app?.stop();
});

describe('the rule (domain/crm-sync.ts crmNeedsSync)', () => {
  test('a device the CRM never heard of waits for its installation; after that, any new status or end', () => {
    expect(crmNeedsSync(null, { status: 'awaiting_installation', serviceEnd: '2027-01-01' })).toBe(false);
    expect(crmNeedsSync(null, { status: 'active', serviceEnd: '2027-01-01' })).toBe(true);
    expect(crmNeedsSync({ status: 'active', serviceEnd: '2027-01-01' }, { status: 'active', serviceEnd: '2027-01-01' })).toBe(false);
    expect(crmNeedsSync({ status: 'active', serviceEnd: '2027-01-01' }, { status: 'expired', serviceEnd: '2027-01-01' })).toBe(true);
    expect(crmNeedsSync({ status: 'renewed', serviceEnd: '2027-01-01' }, { status: 'renewed', serviceEnd: '2028-01-01' })).toBe(true);
  });
});

describe('a change staff make in the admin', () => {
  test('one CRM job per status change; an edit that changes no status records none', async () => {
    const d = await createDevice(app.strapi, { owner: owner.documentId, model: model.documentId, serviceEnd: addDays(today(), 100) });
    // the buyer confirmed (the workflow records its own job)
    await crm().recordStatusChange({ deviceId: d.id, event: `installation-confirmed:test-${d.id}` });
    expect(await jobsOf(d.id)).toHaveLength(1);

    // a note-like edit: nothing for the CRM
    expect((await cmUpdate(d.documentId, { dongleOrUserId: 'UID-7781' })).status).toBe(200);
    expect(await jobsOf(d.id)).toHaveLength(1);

    // staff move the device to pay-per-case in the admin
    const res = await cmUpdate(d.documentId, { serviceMode: 'pay_per_case' });
    expect(res.status).toBe(200);
    const jobs = await jobsOf(d.id);
    expect(jobs).toHaveLength(2);
    expect(jobs[1]).toMatchObject({ event: expect.stringMatching(/^staff-edit:after-\d+$/), payload: { status: 'pay_per_case', statusLabel: 'خدمات موردی (Pay Per Case)' } });

    // saved again unchanged (the edit view sends every field back): still one job for that change
    expect((await cmUpdate(d.documentId, { serviceMode: 'pay_per_case', dongleOrUserId: 'UID-7782' })).status).toBe(200);
    expect(await jobsOf(d.id)).toHaveLength(2);

    // and it reaches Didar, in order
    await crm().runOnce();
    await crm().runOnce();
    const deal = [...fakes.didar.deals.values()].find((x) => x.Description.includes(`poshtiban:device:${d.id}`))!;
    expect(deal.stages).toEqual([fakes.didar.stageIds.active, fakes.didar.stageIds.pay_per_case]);
  });

  test('a new service end staff set is synced too', async () => {
    const d = await createDevice(app.strapi, { owner: owner.documentId, model: model.documentId, serviceEnd: addDays(today(), 100) });
    await crm().recordStatusChange({ deviceId: d.id, event: `installation-confirmed:test-${d.id}` });
    expect((await cmUpdate(d.documentId, { serviceEnd: addDays(today(), 200) })).status).toBe(200);
    const jobs = await jobsOf(d.id);
    expect(jobs.map((j) => [j.payload.status, j.payload.serviceEnd])).toEqual([
      ['active', addDays(today(), 100)],
      ['active', addDays(today(), 200)],
    ]);
  });

  test('registering a device awaiting its installation tells the CRM nothing yet', async () => {
    const d = await createDevice(app.strapi, { owner: owner.documentId, model: model.documentId, installationConfirmedAt: null });
    expect(await jobsOf(d.id)).toEqual([]);
  });
});

describe('a service that ends by date', () => {
  test('the daily job records it once, however often it runs', async () => {
    const d = await createDevice(app.strapi, { owner: owner.documentId, model: model.documentId, serviceEnd: addDays(today(), 1) });
    await crm().recordStatusChange({ deviceId: d.id, event: `installation-confirmed:test-${d.id}` });
    expect((await jobsOf(d.id)).map((j) => j.payload.status)).toEqual(['active']);

    // today: nothing changed
    await crm().noticeChanges();
    expect(await jobsOf(d.id)).toHaveLength(1);

    // two days later the term has ended: one job, even when the job runs twice (or in two instances)
    const later = new Date(Date.now() + 2 * 86_400_000);
    const first = await crm().noticeChanges({ at: later });
    await crm().noticeChanges({ at: later });
    await Promise.all([crm().noticeChanges({ at: later }), crm().noticeChanges({ at: later, batchSize: 1 })]);
    const jobs = await jobsOf(d.id);
    expect(jobs.map((j) => j.payload.status)).toEqual(['active', 'expired']);
    expect(jobs[1].event).toMatch(/^noticed:after-\d+$/);
    expect(first.recorded).toBeGreaterThanOrEqual(1);
  });

  test('the daily job is on the schedule, behind a job lease', async () => {
    const { portalJobs } = require('../../dist/src/scheduler/jobs.js');
    const job = portalJobs(app.strapi).find((j: any) => j.name === 'crm-sync.notice-status-changes');
    expect(job).toMatchObject({ schedule: expect.stringMatching(/^0 \d+ 0 \* \* \*$/), leaseMs: expect.any(Number) });
  });
});

describe('the demo data', () => {
  test('every demo device with a status the CRM follows has one sync job, and a second pass adds none', async () => {
    await seedDemo(app.strapi);
    const devices = await app.strapi.db.query(DEVICE).findMany({
      where: { owner: { subscriberNumber: { $in: ['1001', '1002', '1003', '1004', '1005', '1006', '1007', '1008', '1009', '1010', '1011', '1012'] } } },
      select: ['id', 'serviceMode', 'serviceEnd', 'installationConfirmedAt'],
    });
    expect(devices.length).toBeGreaterThan(20);
    // status jobs (the demo's tickets add ticket jobs of their own)
    const counts = async () => Promise.all(devices.map(async (d: any) => (await jobsOf(d.id)).filter((j: any) => !j.event.startsWith('ticket:')).length));
    const before = await counts();
    devices.forEach((d: any, i: number) => {
      const status = computeServiceStatus(d, today());
      expect([status, before[i]]).toEqual([status, status === 'awaiting_installation' ? 0 : 1]);
    });
    const statuses = new Set(devices.map((d: any) => computeServiceStatus(d, today())));
    expect([...statuses].sort()).toEqual(['active', 'awaiting_installation', 'cancelled', 'expired', 'pay_per_case', 'renewed']);
    await crm().noticeChanges();
    expect(await counts()).toEqual(before);
  });
});
