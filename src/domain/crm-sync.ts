/**
 * Jobs that carry a device's service status to the Didar CRM (plugin::crm-sync.sync-job): a
 * durable queue, retried with backoff until it gives up (plugins/crm-sync/server/src/services/sync.ts).
 */
import type { Label } from './service-status';

export const CRM_SYNC_JOB_STATUSES = ['queued', 'sending', 'done', 'failed', 'dead'] as const;
export type CrmSyncJobStatus = (typeof CRM_SYNC_JOB_STATUSES)[number];

export const CRM_SYNC_JOB_STATUS_LABELS: Record<CrmSyncJobStatus, Label> = {
  queued: { fa: 'در صف', en: 'Queued' },
  sending: { fa: 'در حال ارسال', en: 'Sending' },
  done: { fa: 'در CRM ثبت شد', en: 'Synced' },
  failed: { fa: 'ناموفق (دوباره تلاش می‌شود)', en: 'Failed (will be retried)' },
  dead: { fa: 'ناموفق (تلاش‌ها به پایان رسید)', en: 'Gave up' },
};
