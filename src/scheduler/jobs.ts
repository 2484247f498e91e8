/**
 * Every scheduled job of the portal, in one list. Each runs in every instance on its schedule
 * (Asia/Tehran); the job lease lets one instance run each fire, and every job is idempotent
 * (outbox claims, dedupe keys), so a job that runs twice changes nothing.
 */
import type { Core } from '@strapi/strapi';
import type { Job } from './scheduler';

export const portalJobs = (strapi: Core.Strapi): Job[] => [
  {
    // the outbox worker: claims are atomic, so the lease only keeps instances from queueing up
    name: 'messaging.deliver',
    schedule: '*/5 * * * * *',
    leaseMs: 5 * 60 * 1000,
    run: () => strapi.plugin('messaging').service('delivery').runOnce(),
  },
  {
    name: 'announcements.fan-out',
    schedule: '*/10 * * * * *',
    leaseMs: 10 * 60 * 1000,
    run: () => strapi.service('api::announcement.fan-out').runPending(),
  },
];
