/**
 * What a buyer may choose for a device's service (seed 001 §3), and how a renewal extends it.
 *
 * - Renew for 1, 2 or 3 years: once the service has ended (expired, pay-per-case, cancelled), or
 *   within the renewal window before the end of a running term.
 * - Continue pay-per-case, or cancel: once the service has ended, and not the mode it is in.
 * - Nothing before the installation is confirmed.
 * A renewal runs from the later of today and the current end, for whole Jalali years (to the same
 * Jalali day: jalali-terms.ts addJalaliYears).
 */
import type { IsoDate } from './jalali';
import { addJalaliYears } from './jalali-terms';
import type { ServiceStatus, Label } from './service-status';
import { RENEWAL_YEARS, type RenewalYears } from './renewal-plans';

export const SERVICE_CHOICES = ['renew', 'pay_per_case', 'cancel'] as const;
export type ServiceChoice = (typeof SERVICE_CHOICES)[number];
export { RENEWAL_YEARS, RENEWAL_PLAN_NAMES, type RenewalYears } from './renewal-plans';

export const SERVICE_CHOICE_LABELS: Record<ServiceChoice, Label> = {
  renew: { fa: 'تمدید قرارداد خدمات', en: 'Renew the service contract' },
  pay_per_case: { fa: 'ادامهٔ خدمات به‌صورت موردی', en: 'Continue pay-per-case' },
  cancel: { fa: 'انصراف از خدمات', en: 'Cancel the service' },
};

export type ChoiceVerdict = { allowed: true } | { allowed: false; reason: 'awaitingInstallation' | 'serviceRunning' | 'alreadyInMode' };

export const judgeChoice = (
  choice: ServiceChoice,
  { status, daysToServiceEnd, renewalWindowDays }: { status: ServiceStatus; daysToServiceEnd: number | null; renewalWindowDays: number }
): ChoiceVerdict => {
  if (status === 'awaiting_installation') return { allowed: false, reason: 'awaitingInstallation' };
  const running = status === 'active' || status === 'renewed';
  if (choice === 'renew') {
    if (running && (daysToServiceEnd === null || daysToServiceEnd > renewalWindowDays)) return { allowed: false, reason: 'serviceRunning' };
    return { allowed: true };
  }
  if (running) return { allowed: false, reason: 'serviceRunning' };
  if ((choice === 'pay_per_case' && status === 'pay_per_case') || (choice === 'cancel' && status === 'cancelled')) {
    return { allowed: false, reason: 'alreadyInMode' };
  }
  return { allowed: true };
};

/** The new term of a renewal: from max(today, current end), for `years` Jalali years. */
export const renewalTerm = (today: IsoDate, currentEnd: IsoDate | null, years: RenewalYears): { start: IsoDate; end: IsoDate } => {
  const start = currentEnd && currentEnd > today ? currentEnd : today;
  return { start, end: addJalaliYears(start, years) };
};
