/**
 * The scheduler: node-cron runs the portal's jobs (src/scheduler/jobs.ts) in every instance, and
 * a run coordinator backed by the job_locks table lets exactly one instance run each fire.
 * Started in bootstrap, stopped in destroy, off in tests (config/env/test/scheduler.ts) — tests
 * call the jobs' services directly. config/scheduler.ts `schedules` may give a job another cron
 * expression (`withSchedules`). Each run is logged at debug level with its fire's time and this
 * instance's id: which instance ran which fire.
 */
import cron from 'node-cron';
import type { Core } from '@strapi/strapi';
import { acquireJobLease, releaseJobLease, startLeaseHeartbeat, INSTANCE_ID } from './job-lock';

export type Job = {
  /** unique name, also the lease's */
  name: string;
  /** cron expression (seconds field allowed), Asia/Tehran */
  schedule: string;
  /** how long a run holds the lease past its last heartbeat (renewed every third of it while it runs) */
  leaseMs: number;
  run: () => Promise<unknown>;
};

/**
 * The jobs with the schedules of `overrides` (job name → cron expression) in place of their own.
 * An unknown name or an invalid expression stops the start, naming it.
 */
export const withSchedules = (jobs: Job[], overrides: Record<string, unknown> | null | undefined): Job[] => {
  const byName = new Map(jobs.map((job) => [job.name, job]));
  for (const [name, schedule] of Object.entries(overrides ?? {})) {
    if (!byName.has(name)) throw new Error(`scheduler: SCHEDULER_SCHEDULES names no job "${name}" (jobs: ${[...byName.keys()].join(', ')})`);
    if (typeof schedule !== 'string' || !cron.validate(schedule)) throw new Error(`scheduler: SCHEDULER_SCHEDULES["${name}"] is not a cron expression (${JSON.stringify(schedule)})`);
  }
  return jobs.map((job) => (typeof overrides?.[job.name] === 'string' ? { ...job, schedule: overrides[job.name] as string } : job));
};

type Task = { stop: () => void | Promise<void>; destroy: () => void | Promise<void> };

/** node-cron's run coordinator on top of the job leases. Keys are "<job name>:<slot ISO>". */
const coordinatorFor = (strapi: Core.Strapi, job: Job) => ({
  async shouldRun(key: string) {
    const slot = new Date(key.slice(key.indexOf(':') + 1));
    return acquireJobLease(strapi, job.name, { ttlMs: job.leaseMs, slot: Number.isNaN(slot.getTime()) ? undefined : slot });
  },
  async onComplete() {
    await releaseJobLease(strapi, job.name);
  },
});

export const createScheduler = (strapi: Core.Strapi) => {
  const tasks: Task[] = [];

  return {
    start(jobs: Job[]) {
      for (const job of jobs) {
        const task = cron.schedule(
          job.schedule,
          async (context: { date?: Date }) => {
            // the coordinator took the lease for this fire; keep it while the job runs
            const stopHeartbeat = startLeaseHeartbeat(strapi, job.name, job.leaseMs);
            strapi.log.debug(`[scheduler] run ${job.name} fire=${context?.date?.toISOString?.() ?? '?'} instance=${INSTANCE_ID}`);
            try {
              await job.run();
            } catch (error) {
              strapi.log.error(`[scheduler] ${job.name} failed: ${error instanceof Error ? error.stack : String(error)}`);
            } finally {
              stopHeartbeat();
            }
          },
          {
            name: job.name,
            timezone: 'Asia/Tehran',
            noOverlap: true,
            distributed: true,
            distributedLease: job.leaseMs,
            runCoordinator: coordinatorFor(strapi, job),
            suppressMissedWarning: true,
          } as any
        );
        tasks.push(task as unknown as Task);
      }
      strapi.log.info(`[scheduler] started ${jobs.length} job(s): ${jobs.map((j) => j.name).join(', ')}`);
    },

    async stop() {
      for (const task of tasks.splice(0)) {
        await task.stop();
        await task.destroy();
      }
    },
  };
};
