/**
 * Jobs that carry a device's service status to the Didar CRM (plugin::crm-sync.sync-job): a
 * durable queue, retried with backoff until it gives up (plugins/crm-sync/server/src/services/sync.ts).
 */
import type { IsoDate } from './jalali';
import { computeServiceStatus, type DeviceStatusInput, type Label, type ServiceStatus } from './service-status';

export const CRM_SYNC_JOB_STATUSES = ['queued', 'sending', 'done', 'failed', 'dead'] as const;
export type CrmSyncJobStatus = (typeof CRM_SYNC_JOB_STATUSES)[number];

export const CRM_SYNC_JOB_STATUS_LABELS: Record<CrmSyncJobStatus, Label> = {
  queued: { fa: 'در صف', en: 'Queued' },
  sending: { fa: 'در حال ارسال', en: 'Sending' },
  done: { fa: 'در CRM ثبت شد', en: 'Synced' },
  failed: { fa: 'ناموفق (دوباره تلاش می‌شود)', en: 'Failed (will be retried)' },
  dead: { fa: 'ناموفق (تلاش‌ها به پایان رسید)', en: 'Gave up' },
};

/** What a job carries: a device's service status, or a ticket's change (an activity on the contact). */
export const CRM_SYNC_JOB_KINDS = ['status', 'ticket'] as const;
export type CrmSyncJobKind = (typeof CRM_SYNC_JOB_KINDS)[number];
export const CRM_SYNC_JOB_KIND_LABELS: Record<CrmSyncJobKind, Label> = {
  status: { fa: 'وضعیت خدمات دستگاه', en: 'Service status' },
  ticket: { fa: 'تیکت پشتیبانی', en: 'Support ticket' },
};

/**
 * What the CRM is told about a device — its service status and service end — and when it must be
 * told again. Jobs are written by the workflows that change a device (confirmation, choices,
 * renewal, transfer) and, for every other way a status changes (staff editing a device, the date
 * passing a service end, data written below the Document Service such as the demo's), by
 * comparing the device with the state its latest job carried (plugins/crm-sync `syncIfChanged`,
 * `noticeChanges`).
 */
export type CrmDeviceState = { status: ServiceStatus; serviceEnd: IsoDate | null };

export const crmStateOf = (device: DeviceStatusInput, today: IsoDate): CrmDeviceState => ({
  status: computeServiceStatus(device, today),
  serviceEnd: device.serviceEnd ?? null,
});

/**
 * Whether the CRM must hear of `now`, given the state its latest job carried (`last`, null when
 * it never heard of the device). A device the CRM never heard of is taken to await its
 * installation: its deal opens when the services start (the installation confirmation's job).
 */
export const crmNeedsSync = (last: CrmDeviceState | null, now: CrmDeviceState): boolean => {
  if (!last) return now.status !== 'awaiting_installation';
  return last.status !== now.status || (last.serviceEnd ?? null) !== now.serviceEnd;
};
