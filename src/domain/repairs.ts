/**
 * Repairs under warranty (seed 002): a receipt promising a result within 7 working days; a device
 * unresolved for more than 30 working days is due a replacement; the outcome is repaired,
 * replaced, or refunded at the invoice price.
 */
import type { Label } from './service-status';
import type { IsoDate } from './jalali';
import { workingDaysBetween } from './working-days';

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

/**
 * The day a repair's result came (Tehran calendar day): the first time its history reached
 * «آمادهٔ تحویل» or «تحویل داده شد» — the promise is about the result, so a device ready on time
 * but collected later is not late — or, for a record without that history, its delivery.
 * Null while the repair is still with the workshop.
 */
export const repairResultDay = (
  history: readonly { status: RepairStatus; at: string }[],
  deliveredAt: string | Date | null,
  tehranDay: (at: Date) => IsoDate
): IsoDate | null => {
  const first = history.find((h) => h.status === 'ready' || h.status === 'delivered');
  if (first) return tehranDay(new Date(first.at));
  return deliveredAt ? tehranDay(new Date(deliveredAt)) : null;
};

/**
 * How late a repair is against its promised date («با تأخیر»), in working days (Fridays and
 * official holidays not counted): for a result that came, the working days from the promised
 * date to the result's day; for a repair still open, up to today. Null when not late (a result on
 * the promised day is on time) or when there is no promise.
 */
export const repairDelay = (input: { promisedBy: IsoDate | null; resultDay: IsoDate | null; today: IsoDate; holidays: ReadonlySet<IsoDate> }): { workingDays: number; resolved: boolean } | null => {
  if (!input.promisedBy) return null;
  const until = input.resultDay ?? input.today;
  if (until <= input.promisedBy) return null;
  const workingDays = workingDaysBetween(input.promisedBy, until, input.holidays);
  // past the promise only by days off (a Friday, a holiday): not late in working days
  if (workingDays === 0) return null;
  return { workingDays, resolved: input.resultDay !== null };
};

/** The label of a late repair: «با تأخیر» (with the working days on the site). */
export const REPAIR_LATE_LABEL: Label = { fa: 'با تأخیر', en: 'Late' };
