/**
 * Scheduled jobs run in every instance; the job lease lets one instance run each fire. The
 * scheduler is off in tests (config/env/test/scheduler.ts) — here it is started explicitly.
 */
import path from 'path';
import { startApp, type TestApp } from '../helpers/strapi';

let app: TestApp;
const dist = (p: string) => require(path.resolve(__dirname, '..', '..', 'dist', 'src', 'scheduler', p));

beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.stop();
});

describe('job leases', () => {
  test('one holder at a time; free again after release or expiry', async () => {
    const { acquireJobLease, releaseJobLease } = dist('job-lock.js');
    const now = new Date();
    expect(await acquireJobLease(app.strapi, 'lease-test', { ttlMs: 60_000, now, holder: 'a' })).toBe(true);
    expect(await acquireJobLease(app.strapi, 'lease-test', { ttlMs: 60_000, now, holder: 'b' })).toBe(false);
    await releaseJobLease(app.strapi, 'lease-test', { holder: 'b' }); // not b's to release
    expect(await acquireJobLease(app.strapi, 'lease-test', { ttlMs: 60_000, now, holder: 'b' })).toBe(false);
    await releaseJobLease(app.strapi, 'lease-test', { holder: 'a' });
    expect(await acquireJobLease(app.strapi, 'lease-test', { ttlMs: 60_000, now, holder: 'b' })).toBe(true);
    // b dies holding it: after the lease, someone else may take over
    expect(await acquireJobLease(app.strapi, 'lease-test', { ttlMs: 60_000, now: new Date(now.getTime() + 61_000), holder: 'c' })).toBe(true);
  });

  test('each scheduled fire (slot) runs once, even when the lease is already free again', async () => {
    const { acquireJobLease, releaseJobLease } = dist('job-lock.js');
    const slot = new Date('2026-11-23T10:00:05.000Z');
    expect(await acquireJobLease(app.strapi, 'slot-test', { ttlMs: 60_000, slot, holder: 'a' })).toBe(true);
    await releaseJobLease(app.strapi, 'slot-test', { holder: 'a' });
    expect(await acquireJobLease(app.strapi, 'slot-test', { ttlMs: 60_000, slot, holder: 'b' })).toBe(false);
    expect(await acquireJobLease(app.strapi, 'slot-test', { ttlMs: 60_000, slot: new Date(slot.getTime() + 5000), holder: 'b' })).toBe(true);
  });
});

describe('a running job keeps its lease; a dead one frees it within one lease', () => {
  test('a job running longer than its lease renews it (heartbeat), so no other instance starts it meanwhile', async () => {
    const { withJobLease, acquireJobLease } = dist('job-lock.js');
    let takenMeanwhile: boolean | null = null;
    await withJobLease(app.strapi, 'heartbeat-test', 300, async () => {
      await new Promise((r) => setTimeout(r, 900)); // three leases long
      takenMeanwhile = await acquireJobLease(app.strapi, 'heartbeat-test', { ttlMs: 300, holder: 'another-instance' });
    });
    expect(takenMeanwhile).toBe(false);
    // after the run the lease is free at once
    expect(await acquireJobLease(app.strapi, 'heartbeat-test', { ttlMs: 300, holder: 'another-instance' })).toBe(true);
  });

  test('a holder that stopped renewing (killed) loses the lease once it runs out', async () => {
    const { acquireJobLease, renewJobLease } = dist('job-lock.js');
    const now = new Date();
    expect(await acquireJobLease(app.strapi, 'dead-holder', { ttlMs: 30_000, now, holder: 'killed' })).toBe(true);
    expect(await renewJobLease(app.strapi, 'dead-holder', { ttlMs: 30_000, now: new Date(now.getTime() + 20_000), holder: 'killed' })).toBe(true);
    expect(await acquireJobLease(app.strapi, 'dead-holder', { ttlMs: 30_000, now: new Date(now.getTime() + 45_000), holder: 'next' })).toBe(false);
    expect(await acquireJobLease(app.strapi, 'dead-holder', { ttlMs: 30_000, now: new Date(now.getTime() + 51_000), holder: 'next' })).toBe(true);
    expect(await renewJobLease(app.strapi, 'dead-holder', { ttlMs: 30_000, holder: 'killed' })).toBe(false);
  });

  test('the outbox worker and the fan-out hold their leases for under a minute past a crash', async () => {
    const { portalJobs } = dist('jobs.js');
    const lease = (name: string) => portalJobs(app.strapi).find((j: any) => j.name === name).leaseMs;
    expect(lease('messaging.deliver')).toBeLessThanOrEqual(60_000);
    expect(lease('announcements.fan-out')).toBeLessThanOrEqual(60_000);
  });
});

describe('the scheduler', () => {
  test('two instances on the same schedule run each fire once between them', async () => {
    const { createScheduler } = dist('scheduler.js');
    const runs: string[] = [];
    const job = (instance: string) => ({
      name: 'test.every-second',
      schedule: '* * * * * *',
      leaseMs: 30_000,
      run: async () => {
        runs.push(instance);
        await new Promise((r) => setTimeout(r, 50));
      },
    });
    const one = createScheduler(app.strapi);
    const two = createScheduler(app.strapi);
    one.start([job('one')]);
    two.start([job('two')]);
    await new Promise((r) => setTimeout(r, 3_500));
    await one.stop();
    await two.stop();
    // about one run per second in all, not two
    expect(runs.length).toBeGreaterThanOrEqual(2);
    expect(runs.length).toBeLessThanOrEqual(4);
  });

  test('SCHEDULER_SCHEDULES gives a job another schedule; an unknown job or a bad expression stops the start', async () => {
    const { portalJobs } = dist('jobs.js');
    const { withSchedules } = dist('scheduler.js');
    const jobs = withSchedules(portalJobs(app.strapi), { 'devices.expiry-reminders': '*/2 * * * * *' });
    expect(jobs.find((j: any) => j.name === 'devices.expiry-reminders').schedule).toBe('*/2 * * * * *');
    expect(jobs.find((j: any) => j.name === 'messaging.deliver').schedule).toBe('*/5 * * * * *');
    expect(() => withSchedules(portalJobs(app.strapi), { 'no.such-job': '* * * * *' })).toThrow(/no job "no.such-job"/);
    expect(() => withSchedules(portalJobs(app.strapi), { 'tickets.escalate': 'every minute' })).toThrow(/not a cron expression/);
  });

  test('the portal’s jobs are declared with their schedules', async () => {
    const { portalJobs } = dist('jobs.js');
    const jobs = portalJobs(app.strapi).map((j: any) => j.name);
    expect(jobs).toEqual(expect.arrayContaining(['messaging.deliver', 'announcements.fan-out']));
    expect(app.strapi.config.get('scheduler.enabled')).toBe(false); // off in tests
  });
});
