/**
 * THE Jalali quarter (فصل، سه‌ماهه) rule for reports: quarter 1 is Farvardin–Khordad (spring,
 * starting 1 Farvardin, Nowruz), 2 Tir–Shahrivar, 3 Mehr–Azar, 4 Dey–Esfand (ending with 29 Esfand,
 * or 30 in a leap year). A quarter is the half-open range of UTC instants [start, end) between
 * Tehran midnights: start = 00:00 Tehran on its first day, end = 00:00 Tehran on the next
 * quarter's first day.
 *
 * No calendar arithmetic of our own: the Gregorian day a Jalali month starts on is found by asking
 * Intl (jalali.ts jalaliParts, fa-IR-u-ca-persian in Asia/Tehran) about the few days around where
 * it must fall, and Tehran midnight comes from sla.ts tehranWallClock (Intl's offset at that
 * instant). Browser-safe.
 */
import { addDays, jalaliParts, tehranDate, type IsoDate } from './jalali';
import { tehranWallClock } from './sla';
import { toPersianDigits } from './digits';

export type QuarterNumber = 1 | 2 | 3 | 4;
export type JalaliQuarter = { year: number; quarter: QuarterNumber };

/** The years a report may ask for (the portal's data begins long after 1390). */
export const QUARTER_YEAR_MIN = 1390;
export const QUARTER_YEAR_MAX = 1499;

export const QUARTER_NAMES: Record<QuarterNumber, { fa: string; en: string }> = {
  1: { fa: 'بهار', en: 'Spring' },
  2: { fa: 'تابستان', en: 'Summer' },
  3: { fa: 'پاییز', en: 'Autumn' },
  4: { fa: 'زمستان', en: 'Winter' },
};

export const isQuarterNumber = (value: unknown): value is QuarterNumber => value === 1 || value === 2 || value === 3 || value === 4;

/** Where the first day of each quarter falls in the Gregorian year (Jalali year + 621), give or take two days. */
const NEAR: Record<QuarterNumber, [month: number, day: number]> = { 1: [3, 21], 2: [6, 22], 3: [9, 23], 4: [12, 22] };

/** The Gregorian date (ISO) of the first day of a Jalali quarter. */
export const quarterFirstDay = ({ year, quarter }: JalaliQuarter): IsoDate => {
  const [m, d] = NEAR[quarter];
  const near = `${String(year + 621).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const month = (quarter - 1) * 3 + 1;
  for (let offset = -4; offset <= 4; offset += 1) {
    const date = addDays(near, offset);
    const p = jalaliParts(date);
    if (p.year === year && p.month === month && p.day === 1) return date;
  }
  throw new RangeError(`No first day found for quarter ${quarter} of ${year}`);
};

export const nextQuarter = ({ year, quarter }: JalaliQuarter): JalaliQuarter =>
  quarter === 4 ? { year: year + 1, quarter: 1 } : { year, quarter: (quarter + 1) as QuarterNumber };

export const previousQuarter = ({ year, quarter }: JalaliQuarter): JalaliQuarter =>
  quarter === 1 ? { year: year - 1, quarter: 4 } : { year, quarter: (quarter - 1) as QuarterNumber };

/** The quarter's instants: [start, end) — Tehran midnight on its first day and on the next quarter's. */
export const quarterRange = (q: JalaliQuarter): { start: Date; end: Date } => ({
  start: tehranWallClock(quarterFirstDay(q), 0),
  end: tehranWallClock(quarterFirstDay(nextQuarter(q)), 0),
});

/** The quarter an instant falls in, by Tehran's calendar day. */
export const quarterOf = (at: Date): JalaliQuarter => {
  const { year, month } = jalaliParts(tehranDate(at));
  return { year, quarter: Math.ceil(month / 3) as QuarterNumber };
};

/** 'پاییز ۱۴۰۵' / 'Autumn 1405' */
export const quarterLabel = ({ year, quarter }: JalaliQuarter, locale: 'fa' | 'en' = 'fa'): string =>
  locale === 'fa' ? `${QUARTER_NAMES[quarter].fa} ${toPersianDigits(year)}` : `${QUARTER_NAMES[quarter].en} ${year}`;

/** The quarter's last calendar day (Tehran), e.g. 29 or 30 Esfand for quarter 4. */
export const quarterLastDay = (q: JalaliQuarter): IsoDate => addDays(quarterFirstDay(nextQuarter(q)), -1);
