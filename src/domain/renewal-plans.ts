/**
 * The renewal plans by their length, on their own: the labels (contracts.ts, the admin's
 * vocabulary) name them without the term arithmetic of service-choices.ts and its calendar.
 */
export const RENEWAL_YEARS = [1, 2, 3] as const;
export type RenewalYears = (typeof RENEWAL_YEARS)[number];
/** «تمدید دوساله»: a renewal plan by its length */
export const RENEWAL_PLAN_NAMES: Record<RenewalYears, string> = { 1: 'یک‌ساله', 2: 'دوساله', 3: 'سه‌ساله' };
