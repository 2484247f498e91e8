/**
 * The one rule for a device's after-sales status (seed 001 §2–3, §5).
 *
 * Service status, in order of precedence:
 *  1. cancelled              — the buyer cancelled the service (انصراف از خدمات)
 *  2. awaiting_installation  — installation not yet confirmed; services start only after it
 *  3. pay_per_case           — the buyer continues pay-per-case after the service term
 *  4. expired                — the service term ended (service end before today, Tehran)
 *  5. renewed                — within a term bought by renewal
 *  6. active                 — within the initial term
 *
 * Warranty status: valid until and including the warranty end date, expired after it, none when
 * the device has no warranty end.
 *
 * Later capabilities (renewal, pay-per-case, cancellation) change the inputs — `serviceMode` and
 * `serviceEnd` — never this rule.
 */
import { daysBetween, tehranDate, type IsoDate } from './jalali';

export const SERVICE_STATUSES = ['awaiting_installation', 'active', 'renewed', 'expired', 'pay_per_case', 'cancelled'] as const;
export type ServiceStatus = (typeof SERVICE_STATUSES)[number];

export const WARRANTY_STATUSES = ['valid', 'expired', 'none'] as const;
export type WarrantyStatus = (typeof WARRANTY_STATUSES)[number];

/** How the device is served now; set by staff and by the service choices (renew / pay-per-case / cancel). */
export const SERVICE_MODES = ['initial', 'renewed', 'pay_per_case', 'cancelled'] as const;
export type ServiceMode = (typeof SERVICE_MODES)[number];

export type Label = { fa: string; en: string };

export const SERVICE_MODE_LABELS: Record<ServiceMode, Label> = {
  initial: { fa: 'دورهٔ اولیه (همراه خرید)', en: 'Initial term' },
  renewed: { fa: 'تمدیدشده', en: 'Renewed' },
  pay_per_case: { fa: 'خدمات موردی (Pay Per Case)', en: 'Pay per case' },
  cancelled: { fa: 'انصراف از خدمات', en: 'Cancelled' },
};

export const SERVICE_STATUS_LABELS: Record<ServiceStatus, Label> = {
  awaiting_installation: { fa: 'در انتظار تأیید نصب', en: 'Awaiting installation confirmation' },
  active: { fa: 'فعال', en: 'Active' },
  renewed: { fa: 'تمدیدشده', en: 'Renewed' },
  expired: { fa: 'منقضی‌شده', en: 'Expired' },
  pay_per_case: { fa: 'خدمات موردی (Pay Per Case)', en: 'Pay per case' },
  cancelled: { fa: 'انصراف از خدمات', en: 'Cancelled' },
};

export const WARRANTY_STATUS_LABELS: Record<WarrantyStatus, Label> = {
  valid: { fa: 'گارانتی معتبر', en: 'Warranty valid' },
  expired: { fa: 'گارانتی منقضی‌شده', en: 'Warranty expired' },
  none: { fa: 'بدون گارانتی', en: 'No warranty' },
};

export type DeviceStatusInput = {
  serviceMode?: ServiceMode | null;
  installationConfirmedAt?: Date | string | null;
  serviceEnd?: IsoDate | null;
  warrantyEnd?: IsoDate | null;
};

export const computeServiceStatus = (device: DeviceStatusInput, today: IsoDate = tehranDate()): ServiceStatus => {
  if (device.serviceMode === 'cancelled') return 'cancelled';
  if (!device.installationConfirmedAt) return 'awaiting_installation';
  if (device.serviceMode === 'pay_per_case') return 'pay_per_case';
  if (!device.serviceEnd || device.serviceEnd < today) return 'expired';
  return device.serviceMode === 'renewed' ? 'renewed' : 'active';
};

export const computeWarrantyStatus = (device: DeviceStatusInput, today: IsoDate = tehranDate()): WarrantyStatus => {
  if (!device.warrantyEnd) return 'none';
  return device.warrantyEnd >= today ? 'valid' : 'expired';
};

/** Service statuses under which the buyer is served (tickets allowed, seed 001 §4). */
export const isServiceUsable = (status: ServiceStatus): boolean =>
  status === 'active' || status === 'renewed' || status === 'pay_per_case';

/** Days left until a date (negative once past), or null without a date. */
export const daysUntil = (date: IsoDate | null | undefined, today: IsoDate = tehranDate()): number | null =>
  date ? daysBetween(today, date) : null;

/** How many days before the service end the buyer is told it is ending. */
export const SERVICE_ENDING_SOON_DAYS = 30;
