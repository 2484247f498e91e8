/**
 * Fault: the CRM sync worker is killed (SIGKILL) after Didar accepted a record but before the worker
 * remembered it or marked the job done — once after Didar created the subscriber's contact, once
 * (in the next attempt) after it created the device's deal. Each time the job stays `sending` under
 * the dead worker's claim; after the lease (5 minutes) the next pass — any instance — takes it
 * again and finds what Didar already holds instead of creating it again: the contact by its
 * mobile, the deal by our reference in its Description (Didar has no idempotency key; its ids,
 * remembered at once, and these searches are the duplicate keys). Didar ends with one contact, one
 * deal, the status change once in the deal's stage history, and the next change after it — nothing
 * lost, nothing twice. A real second process (tests/fault/child-app.js) on the same database: an
 * SQLite file, or PostgreSQL with DATABASE_URL; the real Didar client in both against the fake.
 */
import { startApp, type TestApp } from '../helpers/strapi';
import { createCustomer, createDevice, createModel } from '../helpers/fixtures';
import { startLifecycleFakes } from '../helpers/lifecycle';
import { addDays, tehranDate } from '../../src/domain/jalali';
import { startChild, waitFor } from './child';

let app: TestApp;
let fakes: Awaited<ReturnType<typeof startLifecycleFakes>>;
const JOB = 'plugin::crm-sync.sync-job';
const LINK = 'plugin::crm-sync.crm-link';
const LEASE_MS = 5 * 60 * 1000; // crm-sync retry.leaseMs (config default)

const sync = () => app.strapi.plugin('crm-sync').service('sync');
/** the child syncs with the real Didar client, configured as in production */
const childCrm = () => ({
  CRM_PROVIDER: 'didar',
  DIDAR_API_KEY: fakes.didar.apiKey,
  DIDAR_BASE_URL: fakes.didar.url,
  DIDAR_STAGE_IDS: JSON.stringify(fakes.didar.stageIds),
  DIDAR_TIMEOUT_MS: '30000',
});

/** One pass of another instance's worker at `now`, killed once Didar has done what `accepted` waits for. */
const killedAfter = async (accepted: () => boolean, what: string, now?: Date) => {
  const child = startChild('crm-sync', { ...childCrm(), ...(now ? { FAULT_NOW: now.toISOString() } : {}) });
  try {
    await child.ready;
    await waitFor(accepted, { what: `${what} (child: ${child.output()})` });
  } finally {
    await child.kill();
  }
};

beforeAll(async () => {
  app = await startApp();
  fakes = await startLifecycleFakes(app.strapi);
}, 180_000);
afterAll(async () => {
  await fakes?.close();
  await app?.stop();
});

test('killed after Didar created the contact, then after it created the deal: after each lease the next pass finds them — one contact, one deal, each change once', async () => {
  const mobile = '09127778899';
  const owner = await createCustomer(app.strapi, { mobile, fullName: 'حسین مرادی' });
  const d = await createDevice(app.strapi, { owner: owner.documentId, model: (await createModel(app.strapi)).documentId, serviceEnd: addDays(tehranDate(), 200) });
  await sync().syncDevice(d.documentId);
  const jobs = await app.strapi.db.query(JOB).findMany({ where: { deviceId: d.id }, orderBy: [{ id: 'asc' }] });
  expect(jobs.map((j: any) => j.status)).toEqual(['queued']);
  const jobId = jobs[0].id;
  const reference = `poshtiban:device:${d.id}`;
  const contactsOf = () => [...fakes.didar.contacts.values()].filter((c) => c.MobilePhone === mobile);
  const dealsOf = () => [...fakes.didar.deals.values()].filter((x) => x.Description.includes(reference));

  // 1. another instance's worker: Didar creates the contact, and the worker dies before the answer
  fakes.didar.setMode('save-then-hang', '/contact/save');
  await killedAfter(() => contactsOf().length === 1, 'Didar to create the contact');
  const first = await app.strapi.db.query(JOB).findOne({ where: { id: jobId } });
  expect(first).toMatchObject({ status: 'sending', attempts: 1, claimedBy: expect.any(String) });
  expect(await app.strapi.db.query(LINK).count({ where: { localKey: `subscriber:${owner.id}` } })).toBe(0);
  const firstClaim = new Date(first.claimedAt).getTime();
  // within the dead worker's lease nobody touches it
  fakes.didar.setMode('ok');
  expect(await sync().runOnce({ now: new Date(firstClaim + 60_000) })).toMatchObject({ released: 0, claimed: 0 });

  // 2. after the lease another worker takes it: finds the contact by mobile, then Didar creates the deal and this worker dies too
  fakes.didar.setMode('save-then-hang', '/deal/save');
  await killedAfter(() => dealsOf().length === 1, 'Didar to create the deal', new Date(firstClaim + LEASE_MS + 1_000));
  fakes.didar.setMode('ok');
  const second = await app.strapi.db.query(JOB).findOne({ where: { id: jobId } });
  expect(second).toMatchObject({ status: 'sending', attempts: 2, claimedBy: expect.any(String) });
  const secondClaim = new Date(second.claimedAt).getTime();
  expect(secondClaim).toBe(firstClaim + LEASE_MS + 1_000);
  expect(contactsOf()).toHaveLength(1);
  // the contact was remembered at once; the deal's answer never came
  expect(await app.strapi.db.query(LINK).findOne({ where: { localKey: `subscriber:${owner.id}` } })).toMatchObject({ remoteId: contactsOf()[0].Id });
  expect(await app.strapi.db.query(LINK).count({ where: { localKey: `device:${d.id}` } })).toBe(0);
  expect(await sync().runOnce({ now: new Date(secondClaim + 60_000) })).toMatchObject({ released: 0, claimed: 0 });

  // 3. after that lease: the deal found by our reference, moved (to the stage it is in), the change recorded — done
  expect(await sync().runOnce({ now: new Date(secondClaim + LEASE_MS + 1_000) })).toMatchObject({ released: 1, claimed: 1, done: 1 });
  const [contact] = contactsOf();
  const deals = dealsOf();
  expect(deals).toHaveLength(1);
  expect(deals[0]).toMatchObject({ PersonId: contact.Id, PipelineStageId: fakes.didar.stageIds.active, stages: [fakes.didar.stageIds.active] });
  expect(fakes.didar.activities.filter((a) => a.DealId === deals[0].Id)).toHaveLength(1);
  expect(await app.strapi.db.query(JOB).findOne({ where: { id: jobId } })).toMatchObject({ status: 'done', attempts: 3, claimedBy: null, result: { contactId: contact.Id, dealId: deals[0].Id } });
  expect(await app.strapi.db.query(LINK).findOne({ where: { localKey: `device:${d.id}` } })).toMatchObject({ remoteId: deals[0].Id });

  // 4. the device's next change goes through after it, to the same deal: nothing lost, nothing twice
  await app.strapi.db.query('api::device.device').update({ where: { id: d.id }, data: { serviceEnd: addDays(tehranDate(), -3) } });
  expect(await sync().syncDevice(d.documentId)).toBe(true);
  expect(await sync().runOnce({ now: new Date(secondClaim + LEASE_MS + 120_000) })).toMatchObject({ released: 0, claimed: 1, done: 1 });
  expect(dealsOf()).toHaveLength(1);
  expect(dealsOf()[0].stages).toEqual([fakes.didar.stageIds.active, fakes.didar.stageIds.expired]);
  expect(contactsOf()).toHaveLength(1);
  expect(fakes.didar.activities.filter((a) => a.DealId === deals[0].Id)).toHaveLength(2);
  expect(await sync().runOnce({ now: new Date(secondClaim + 3 * LEASE_MS) })).toMatchObject({ released: 0, claimed: 0 });
}, 300_000);
