/**
 * Terms — contracts, services, warranties — run to the same day of the Jalali calendar: THE rule
 * for adding Jalali months and years to a date (addJalaliMonths / addJalaliYears).
 *
 * Kept apart from jalali.ts because it needs a calendar library (react-date-object, already the
 * admin's Jalali fields' calendar) and jalali.ts is part of what the admin bundle imports through
 * the vocabulary, which must import nothing outside src/domain (tests/api/admin-vocabulary).
 */
import DateObject from 'react-date-object';
import gregorian from 'react-date-object/calendars/gregorian';
import persian from 'react-date-object/calendars/persian';
import { tehranDate, type IsoDate } from './jalali';

/** A day of the Jalali calendar; month 1 = Farvardin … 12 = Esfand. */
export type JalaliDay = { year: number; month: number; day: number };

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** The Jalali day of a calendar date (react-date-object's Persian calendar; agrees with Intl's). */
export const isoToJalali = (date: IsoDate): JalaliDay => {
  const [year, month, day] = date.split('-').map(Number);
  const j = new DateObject({ calendar: gregorian, year, month, day }).convert(persian);
  return { year: j.year, month: j.month.number, day: j.day };
};

/** Days in a Jalali month: 31 (Farvardin–Shahrivar), 30 (Mehr–Bahman), 29 or 30 (Esfand, 30 in a leap year). */
export const jalaliMonthLength = (year: number, month: number): number => persian.getMonthLengths(persian.isLeap(year))[month - 1];

/** The calendar date of a Jalali day that exists. */
export const jalaliToIso = ({ year, month, day }: JalaliDay): IsoDate => {
  const g = new DateObject({ calendar: persian, year, month, day }).convert(gregorian);
  return `${pad(g.year, 4)}-${pad(g.month.number)}-${pad(g.day)}`;
};

/**
 * THE rule for the length of a term: `date` + n months of the Jalali calendar (n may be negative),
 * in Tehran (a Date is first read as its calendar day in Tehran). The result keeps the day of the
 * month; when the target month is shorter, it is that month's last day:
 *   31 Shahrivar + 1 month = 30 Mehr;  30 Esfand 1403 (leap) + 1 year = 29 Esfand 1404.
 * A year is 12 months, so 10 Azar 1405 + 1, 2, 3 years = 10 Azar 1406, 1407, 1408.
 *
 * Why not react-date-object's own `add`: it overflows into the next month (30 Esfand 1403 + 1
 * year = 1 Farvardin 1405, 31 Shahrivar + 1 month = an impossible 31 Mehr). Its Persian calendar
 * is used only to convert days and to know month lengths — the one the admin's Jalali fields use,
 * checked against Intl's (what customers see) in tests/unit/jalali.test.ts.
 */
export const addJalaliMonths = (date: IsoDate | Date, months: number): IsoDate => {
  if (!Number.isInteger(months)) throw new RangeError(`Whole months only: ${months}`);
  const start = isoToJalali(date instanceof Date ? tehranDate(date) : date);
  const index = start.year * 12 + (start.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return jalaliToIso({ year, month, day: Math.min(start.day, jalaliMonthLength(year, month)) });
};

/** `date` + n Jalali years, to the same Jalali day (30 Esfand → 29 Esfand in a common year). */
export const addJalaliYears = (date: IsoDate | Date, years: number): IsoDate => addJalaliMonths(date, 12 * years);
