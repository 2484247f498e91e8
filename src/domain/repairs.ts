/**
 * Repairs under warranty (seed 002): a receipt promising a result within 7 working days; a device
 * unresolved for more than 30 working days is due a replacement; the outcome is repaired,
 * replaced, or refunded at the invoice price.
 */
import type { Label } from './service-status';

export const REPAIR_PROMISE_WORKING_DAYS = 7;
export const REPLACEMENT_AFTER_WORKING_DAYS = 30;

export const REPAIR_STATUSES = ['received', 'diagnosing', 'repairing', 'ready', 'delivered'] as const;
export type RepairStatus = (typeof REPAIR_STATUSES)[number];
export const REPAIR_OUTCOMES = ['pending', 'repaired', 'replaced', 'refunded'] as const;
export type RepairOutcome = (typeof REPAIR_OUTCOMES)[number];

export const REPAIR_STATUS_LABELS: Record<RepairStatus, Label> = {
  received: { fa: 'پذیرش شد', en: 'Received' },
  diagnosing: { fa: 'در حال عیب‌یابی', en: 'Diagnosing' },
  repairing: { fa: 'در حال تعمیر', en: 'Repairing' },
  ready: { fa: 'آمادهٔ تحویل', en: 'Ready for collection' },
  delivered: { fa: 'تحویل داده شد', en: 'Delivered' },
};

export const REPAIR_OUTCOME_LABELS: Record<RepairOutcome, Label> = {
  pending: { fa: 'در جریان', en: 'In progress' },
  repaired: { fa: 'تعمیر شد', en: 'Repaired' },
  replaced: { fa: 'تعویض دستگاه', en: 'Replaced' },
  refunded: { fa: 'استرداد وجه مطابق فاکتور', en: 'Refunded at the invoice price' },
};

/** Unresolved: not yet ready or delivered. */
export const isUnresolved = (status: RepairStatus) => status !== 'ready' && status !== 'delivered';

/** A tracking code people can read out: no 0/O or 1/I. */
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const newTrackingCode = (random: (n: number) => number) => `R-${Array.from({ length: 8 }, () => ALPHABET[random(ALPHABET.length)]).join('')}`;
