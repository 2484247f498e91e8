/**
 * Calendar rules: the Jalali (Persian) calendar for display and the Asia/Tehran day for "today".
 *
 * Storage is always UTC instants or ISO calendar dates (YYYY-MM-DD). Display goes through
 * Intl with the `fa-IR-u-ca-persian` locale and the Asia/Tehran time zone — no hand-written
 * calendar arithmetic. Terms (months and years of the Jalali calendar) are counted in
 * jalali-terms.ts.
 */
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
  // the English site's date (site/src/i18n/format.ts): Jalali, English month names — 'Azar 2, 1405 AP'
  en: new Intl.DateTimeFormat('en-u-ca-persian', { timeZone: TEHRAN_TIME_ZONE, dateStyle: 'medium' }),
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

/** 'Azar 2, 1405 AP': the Jalali date in English, as the English site writes it (texts in English). */
export const formatJalaliDateEnglish = memo((value) => formatters.en.format(toInstant(value)));

/** Moments shown to the minute: the strings are remembered per minute (tickets, notifications and
 * messages of one page often share their minutes; a page formats dozens). */
const dateTimeTexts = new Map<number, string>();

/** '۱۴۰۵/۰۹/۰۲، ۱۴:۳۰' (Intl separates date and time with a Latin comma; Persian uses «،») */
export const formatJalaliDateTime = (value: Date | string): string => {
  const instant = toInstant(value);
  const minute = Math.floor(instant.getTime() / 60_000);
  let text = dateTimeTexts.get(minute);
  if (text === undefined) {
    text = formatters.faDateTime.format(instant).replace(', ', '، ');
    if (dateTimeTexts.size > 20_000) dateTimeTexts.clear();
    dateTimeTexts.set(minute, text);
  }
  return text;
};

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
