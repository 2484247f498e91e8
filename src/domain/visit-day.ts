/**
 * The day a subscriber would like an on-site visit (a ticket of kind `visit`): typed as an ISO day
 * (2026-12-20) or a Jalali one (1405/09/29, also with dashes), in any digits. It must exist in its
 * calendar and fall from today (Tehran) to VISIT_DAY_HORIZON_DAYS ahead.
 */
import { toEnglishDigits } from './digits';
import { addDays, isIsoDate, tehranDate, type IsoDate } from './jalali';
import { jalaliMonthLength, jalaliToIso } from './jalali-terms';

export const VISIT_DAY_HORIZON_DAYS = 90;

export type VisitDayReading = { ok: true; value: IsoDate } | { ok: false; problem: 'invalidDate' | 'visitDayOutOfRange' };

/** A typed day as an ISO day, or null when it is not a day of either calendar. */
export const parseDay = (typed: string): IsoDate | null => {
  const text = toEnglishDigits(typed).trim();
  const m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(text);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year >= 1300 && year < 1500) {
    if (month < 1 || month > 12 || day < 1 || day > jalaliMonthLength(year, month)) return null;
    return jalaliToIso({ year, month, day });
  }
  const iso = `${m[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
};

export const readVisitDay = (typed: string, today: IsoDate = tehranDate()): VisitDayReading => {
  const value = parseDay(typed);
  if (!value) return { ok: false, problem: 'invalidDate' };
  if (value < today || value > addDays(today, VISIT_DAY_HORIZON_DAYS)) return { ok: false, problem: 'visitDayOutOfRange' };
  return { ok: true, value };
};
