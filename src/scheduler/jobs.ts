/**
 * Every scheduled job of the portal, in one list. Each runs in every instance on its schedule
 * (Asia/Tehran); the job lease (renewed while the job runs, so an instance that dies frees it
 * within `leaseMs`) lets one instance run each fire, and every job is idempotent
 * (outbox claims, dedupe keys), so a job that runs twice changes nothing.
 */
import type { Core } from '@strapi/strapi';
import type { Job } from './scheduler';

export const portalJobs = (strapi: Core.Strapi): Job[] => [
  {
    // the outbox worker: claims are atomic, so the lease only keeps instances from queueing up
    name: 'messaging.deliver',
    schedule: '*/5 * * * * *',
    leaseMs: 30 * 1000,
    run: () => strapi.plugin('messaging').service('delivery').runOnce(),
  },
  {
    // status changes → Didar, in order per device
    name: 'crm-sync.deliver',
    schedule: '*/30 * * * * *',
    leaseMs: 10 * 60 * 1000,
    run: () => strapi.plugin('crm-sync').service('sync').runOnce(),
  },
  {
    // payments whose callback never came are verified with the gateway, or expire
    name: 'payments.reconcile',
    schedule: '0 */5 * * * *',
    leaseMs: 10 * 60 * 1000,
    run: () => strapi.plugin('payment').service('payments').reconcile(),
  },
  {
    // 30 days, 7 days and on the day before service and warranty ends
    name: 'devices.expiry-reminders',
    schedule: '0 30 9 * * *',
    leaseMs: 60 * 60 * 1000,
    run: () => strapi.service('api::device.reminders').run(),
  },
  {
    // statuses that change with the date (a service term ends) or were written without a job
    // reach the CRM once: devices whose computed status differs from what Didar was last told
    name: 'crm-sync.notice-status-changes',
    schedule: '0 5 0 * * *',
    leaseMs: 60 * 60 * 1000,
    run: () => strapi.plugin('crm-sync').service('sync').noticeChanges(),
  },
  {
    // repairs unresolved for more than 30 working days are flagged for replacement
    name: 'repairs.flag-overdue',
    schedule: '0 0 8 * * *',
    leaseMs: 60 * 60 * 1000,
    run: () => strapi.service('api::repair-order.repairs').flagOverdue(),
  },
  {
    // a fan-out has a lease of its own too, so one whose instance died is taken over (fan-out.ts)
    name: 'announcements.fan-out',
    schedule: '*/10 * * * * *',
    leaseMs: 60 * 1000,
    run: () => strapi.service('api::announcement.fan-out').runPending(),
  },
  {
    // tickets past their reply or resolution deadline: marked overdue, escalated to Senior support,
    // then the Manager; each level recorded and announced once (UNIQUE ticket + level)
    name: 'tickets.escalate',
    schedule: '0 */2 * * * *',
    leaseMs: 10 * 60 * 1000,
    run: () => strapi.service('api::ticket.sla').escalate(),
  },
  // issue 14: a satisfaction survey a week (support settings) after each installation confirmation:
  // one per confirmation (UNIQUE), its row and SMS in one transaction
  {
    name: 'surveys.send',
    schedule: '0 0 * * * *',
    leaseMs: 10 * 60 * 1000,
    run: () => strapi.service('api::survey.surveys').send(),
  },
  // issue 14: complaints past their 48 working hours without an answer: marked and the managers
  // (and the CEO for the CEO line) told once (UPDATE conditional on escalatedAt IS NULL)
  {
    name: 'complaints.escalate',
    schedule: '0 */5 * * * *',
    leaseMs: 10 * 60 * 1000,
    run: () => strapi.service('api::complaint.complaints').escalate(),
  },
  {
    // SpotPlayer licences of paid course orders: claims are atomic and a licence is looked up by
    // its payload before any second create, so the lease only keeps instances from queueing up
    name: 'video-licensing.issue',
    schedule: '*/15 * * * * *',
    leaseMs: 5 * 60 * 1000,
    run: () => strapi.plugin('video-licensing').service('licences').runOnce(),
  },
];
