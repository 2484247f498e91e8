/**
 * Calendar rules: the Jalali (Persian) calendar for display and the Asia/Tehran day for "today".
 *
 * Storage is always UTC instants or ISO calendar dates (YYYY-MM-DD). Display goes through
 * Intl with the `fa-IR-u-ca-persian` locale and the Asia/Tehran time zone; terms (months and
 * years) are counted in the Jalali calendar with react-date-object's Persian calendar (see
 * addJalaliMonths) — no hand-written calendar.
 */
import DateObject from 'react-date-object';
import gregorian from 'react-date-object/calendars/gregorian';
import persian from 'react-date-object/calendars/persian';

export const TEHRAN_TIME_ZONE = 'Asia/Tehran';

/** A calendar date, as stored in `date` columns. */
export type IsoDate = string; // 'YYYY-MM-DD'

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export const isIsoDate = (value: unknown): value is IsoDate => {
  if (typeof value !== 'string') return false;
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
};

/**
 * A calendar date as an instant that falls on that same date in Tehran (noon UTC is 15:30 in
 * Tehran, so formatting it in Asia/Tehran gives back the same calendar day).
 */
const calendarDateToInstant = (date: IsoDate): Date => {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d, 12));
};

const toInstant = (value: IsoDate | Date | string): Date => {
  if (value instanceof Date) return value;
  if (ISO_DATE.test(value)) return calendarDateToInstant(value);
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) throw new RangeError(`Not a date: ${value}`);
  return d;
};

const formatters = {
  fa: new Intl.DateTimeFormat('fa-IR-u-ca-persian', { timeZone: TEHRAN_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }),
  faLong: new Intl.DateTimeFormat('fa-IR-u-ca-persian', { timeZone: TEHRAN_TIME_ZONE, year: 'numeric', month: 'long', day: 'numeric' }),
  faDateTime: new Intl.DateTimeFormat('fa-IR-u-ca-persian', {
    timeZone: TEHRAN_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }),
  parts: new Intl.DateTimeFormat('en-US-u-ca-persian-nu-latn', { timeZone: TEHRAN_TIME_ZONE, year: 'numeric', month: 'numeric', day: 'numeric' }),
  isoInTehran: new Intl.DateTimeFormat('en-CA', { timeZone: TEHRAN_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }),
};

/**
 * Calendar dates repeat (a few thousand distinct ones in a portal's lifetime), and Intl formatting
 * is the costliest step of presenting them: the strings are remembered per date.
 */
const memo = (format: (value: IsoDate | Date | string) => string) => {
  const cache = new Map<string, string>();
  return (value: IsoDate | Date | string): string => {
    if (typeof value !== 'string' || !ISO_DATE.test(value)) return format(value);
    let text = cache.get(value);
    if (text === undefined) {
      text = format(value);
      if (cache.size > 20_000) cache.clear();
      cache.set(value, text);
    }
    return text;
  };
};

/** '۱۴۰۵/۰۹/۰۲' */
export const formatJalaliDate = memo((value) => formatters.fa.format(toInstant(value)));

/** '۲ آذر ۱۴۰۵' */
export const formatJalaliDateLong = memo((value) => formatters.faLong.format(toInstant(value)));

/** '۱۴۰۵/۰۹/۰۲، ۱۴:۳۰' (Intl separates date and time with a Latin comma; Persian uses «،») */
export const formatJalaliDateTime = (value: Date | string): string =>
  formatters.faDateTime.format(toInstant(value)).replace(', ', '، ');

/** The Jalali year, month (1–12) and day of a date, in Tehran. */
export const jalaliParts = (value: IsoDate | Date | string): { year: number; month: number; day: number } => {
  const parts = formatters.parts.formatToParts(toInstant(value));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { year: get('year'), month: get('month'), day: get('day') };
};

/** The calendar date in Tehran at a given instant (default: now) as 'YYYY-MM-DD'. */
export const tehranDate = (at: Date = new Date()): IsoDate => formatters.isoInTehran.format(at);

/** date + n days (n may be negative). */
export const addDays = (date: IsoDate, days: number): IsoDate => {
  const d = calendarDateToInstant(date);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/* ------------------------------------------------------------------------------------------------
 * Terms: contracts, services and warranties run to the same day of the Jalali calendar.
 * ----------------------------------------------------------------------------------------------*/

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

/** Whole days from a to b (b − a). */
export const daysBetween = (a: IsoDate, b: IsoDate): number =>
  Math.round((calendarDateToInstant(b).getTime() - calendarDateToInstant(a).getTime()) / 86_400_000);

/** The API's shape for a date: ISO for machines, Jalali for people. */
export type PresentedDate = { iso: IsoDate; jalali: string; jalaliLong: string };
export type PresentedDateTime = { iso: string; jalali: string };

export const presentDate = (value: IsoDate | null | undefined): PresentedDate | null =>
  value ? { iso: value, jalali: formatJalaliDate(value), jalaliLong: formatJalaliDateLong(value) } : null;

export const presentDateTime = (value: Date | string | null | undefined): PresentedDateTime | null => {
  if (!value) return null;
  const d = toInstant(value);
  return { iso: d.toISOString(), jalali: formatJalaliDateTime(d) };
};
