/**
 * The Jalali field's arithmetic, apart from React and the DOM: what the inputs, the list view's
 * cells and the filters show and parse.
 *
 *   storage                    shown / typed in the admin
 *   date      '2025-03-20'  ↔  1403/12/30                (a calendar day: no time zone at all)
 *   datetime  UTC instant   ↔  1403/12/30 14:30          (Tehran wall time, Intl 'Asia/Tehran')
 *
 * Calendar conversion is react-date-object's Persian calendar — the same one the picker draws —
 * so a typed day, a picked day and a shown day agree (jalali.test.ts checks it against Intl's
 * Persian calendar too). Time-zone offsets come from Intl, never from a constant: Tehran's offset
 * has changed before (daylight saving until 2022).
 */
import DateObject from 'react-date-object';
import gregorian from 'react-date-object/calendars/gregorian';
import persian from 'react-date-object/calendars/persian';

export const TEHRAN_TIME_ZONE = 'Asia/Tehran';

/** A day of the Jalali calendar; month 1 = Farvardin … 12 = Esfand. */
export type JalaliDay = { year: number; month: number; day: number };
/** A time of day on Tehran's clock. */
export type WallTime = { hour: number; minute: number };
/** Which digits a formatted value is written in: Persian (۰–۹) or Latin (0–9). */
export type Digits = 'persian' | 'latin';

/** Typed Jalali years outside this range are taken for a mistake (a Gregorian year, a typo). */
export const MIN_JALALI_YEAR = 1300;
export const MAX_JALALI_YEAR = 1499;

/* ------------------------------------------------------------------------------------------------
 * Digits
 * ----------------------------------------------------------------------------------------------*/

const PERSIAN_ZERO = 0x06f0; // ۰
const ARABIC_INDIC_ZERO = 0x0660; // ٠

/** Persian (۰–۹) and Arabic-Indic (٠–٩) digits → Latin digits; everything else unchanged. */
export const normalizeDigits = (text: string): string =>
  text.replace(/[\u06f0-\u06f9\u0660-\u0669]/g, (digit) => {
    const code = digit.charCodeAt(0);
    return String(code >= PERSIAN_ZERO ? code - PERSIAN_ZERO : code - ARABIC_INDIC_ZERO);
  });

/** Latin digits → Persian digits. */
export const toPersianDigits = (text: string): string =>
  text.replace(/[0-9]/g, (digit) => String.fromCharCode(PERSIAN_ZERO + Number(digit)));

const withDigits = (text: string, digits: Digits) => (digits === 'persian' ? toPersianDigits(text) : text);

/* ------------------------------------------------------------------------------------------------
 * Calendar days: ISO (Gregorian) ↔ Jalali
 * ----------------------------------------------------------------------------------------------*/

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const isValidGregorianDay = (year: number, month: number, day: number) => {
  const at = new Date(Date.UTC(year, month - 1, day));
  return at.getUTCFullYear() === year && at.getUTCMonth() === month - 1 && at.getUTCDate() === day;
};

/** 'YYYY-MM-DD' naming a day that exists. */
export const isIsoDate = (value: unknown): value is string => {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE.exec(value);
  return !!match && isValidGregorianDay(Number(match[1]), Number(match[2]), Number(match[3]));
};

/** Days in a Jalali month: 31 (months 1–6), 30 (7–11), 29 or 30 (Esfand, 30 in a leap year). */
export const jalaliMonthLength = (year: number, month: number): number =>
  persian.getMonthLengths(persian.isLeap(year))[month - 1] ?? 0;

export const isValidJalaliDay = ({ year, month, day }: JalaliDay): boolean =>
  Number.isInteger(year) &&
  Number.isInteger(month) &&
  Number.isInteger(day) &&
  year >= MIN_JALALI_YEAR &&
  year <= MAX_JALALI_YEAR &&
  month >= 1 &&
  month <= 12 &&
  day >= 1 &&
  day <= jalaliMonthLength(year, month);

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** '2025-03-20' → { year: 1403, month: 12, day: 30 }; null for anything that is not an ISO day. */
export const isoDateToJalali = (iso: string): JalaliDay | null => {
  if (!isIsoDate(iso)) return null;
  const [year, month, day] = iso.split('-').map(Number);
  const jalali = new DateObject({ calendar: gregorian, year, month, day }).convert(persian);
  return { year: jalali.year, month: jalali.month.number, day: jalali.day };
};

/** { year: 1403, month: 12, day: 30 } → '2025-03-20'; null for a day the Jalali calendar lacks. */
export const jalaliToIsoDate = (jalali: JalaliDay): string | null => {
  if (!isValidJalaliDay(jalali)) return null;
  const day = new DateObject({ calendar: persian, year: jalali.year, month: jalali.month, day: jalali.day }).convert(gregorian);
  return `${pad(day.year, 4)}-${pad(day.month.number)}-${pad(day.day)}`;
};

/* ------------------------------------------------------------------------------------------------
 * Instants: UTC ↔ Tehran's wall clock
 * ----------------------------------------------------------------------------------------------*/

const tehranClock = new Intl.DateTimeFormat('en-US', {
  timeZone: TEHRAN_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

type ClockReading = { year: number; month: number; day: number; hour: number; minute: number; second: number };

const readTehranClock = (at: Date): ClockReading => {
  const parts = tehranClock.formatToParts(at);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((part) => part.type === type)?.value);
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour') % 24, minute: get('minute'), second: get('second') };
};

const toInstant = (value: string | Date): Date | null => {
  const at = value instanceof Date ? value : new Date(value);
  return Number.isNaN(at.getTime()) ? null : at;
};

/** Tehran's offset from UTC at an instant, in minutes (210 today, 270 in a summer before 2023). */
export const tehranOffsetMinutes = (at: Date): number => {
  const clock = readTehranClock(at);
  const asUtc = Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute, clock.second);
  const wholeSeconds = Math.floor(at.getTime() / 1000) * 1000;
  return Math.round((asUtc - wholeSeconds) / 60_000);
};

/** What Tehran's clock and Jalali calendar read at an instant; null for an unreadable value. */
export const instantToTehran = (value: string | Date): { isoDate: string; jalali: JalaliDay; time: WallTime } | null => {
  const at = toInstant(value);
  if (!at) return null;
  const clock = readTehranClock(at);
  const isoDate = `${pad(clock.year, 4)}-${pad(clock.month)}-${pad(clock.day)}`;
  const jalali = isoDateToJalali(isoDate);
  return jalali && { isoDate, jalali, time: { hour: clock.hour, minute: clock.minute } };
};

const isValidWallTime = ({ hour, minute }: WallTime) =>
  Number.isInteger(hour) && Number.isInteger(minute) && hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59;

/**
 * The UTC instant (ISO string) at which Tehran's clock reads `time` on the day `isoDate`.
 * The offset is asked of Intl at the guessed instant and asked again at the answer, so a day on
 * which the offset changed still lands right; a time the clocks skipped is read with the offset
 * in force before the change.
 */
export const tehranWallTimeToInstant = (isoDate: string, time: WallTime): string | null => {
  if (!isIsoDate(isoDate) || !isValidWallTime(time)) return null;
  const [year, month, day] = isoDate.split('-').map(Number);
  const wall = Date.UTC(year, month - 1, day, time.hour, time.minute);
  const first = wall - tehranOffsetMinutes(new Date(wall)) * 60_000;
  const second = wall - tehranOffsetMinutes(new Date(first)) * 60_000;
  return new Date(second).toISOString();
};

/** A Jalali day and Tehran time → the stored UTC instant. */
export const jalaliWallTimeToInstant = (jalali: JalaliDay, time: WallTime): string | null => {
  const isoDate = jalaliToIsoDate(jalali);
  return isoDate && tehranWallTimeToInstant(isoDate, time);
};

/* ------------------------------------------------------------------------------------------------
 * Formatting
 * ----------------------------------------------------------------------------------------------*/

/** { 1403, 12, 30 } → '1403/12/30' (or '۱۴۰۳/۱۲/۳۰'). */
export const formatJalaliDay = (jalali: JalaliDay, digits: Digits = 'latin'): string =>
  withDigits(`${pad(jalali.year, 4)}/${pad(jalali.month)}/${pad(jalali.day)}`, digits);

export const formatWallTime = (time: WallTime, digits: Digits = 'latin'): string =>
  withDigits(`${pad(time.hour)}:${pad(time.minute)}`, digits);

/** A stored date ('2025-03-20') as its Jalali day ('1403/12/30'); null when absent or unreadable. */
export const formatIsoDateAsJalali = (value: unknown, digits: Digits = 'latin'): string | null => {
  if (typeof value !== 'string') return null;
  const jalali = isoDateToJalali(value);
  return jalali && formatJalaliDay(jalali, digits);
};

/** A stored instant as Tehran reads it: '1403/12/30 14:30'; null when absent or unreadable. */
export const formatInstantAsJalali = (value: unknown, digits: Digits = 'latin'): string | null => {
  if (typeof value !== 'string' && !(value instanceof Date)) return null;
  const tehran = instantToTehran(value);
  return tehran && `${formatJalaliDay(tehran.jalali, digits)} ${formatWallTime(tehran.time, digits)}`;
};

/* ------------------------------------------------------------------------------------------------
 * Parsing what staff type
 * ----------------------------------------------------------------------------------------------*/

// year, month and day in that order, separated by / - . or spaces (Persian keyboards also give
// the Arabic slash ⁄ and the Persian decimal separator ٫); the time, when given, after a space,
// a comma (, or ،) or a T, as HH:mm (or HH:mm:ss, the seconds dropped)
const SEPARATORS = /[\u2044\u066b\u066c\u060c]/g;
const DATE_PATTERN = /^(\d{4})\s*[/.\-\s]\s*(\d{1,2})\s*[/.\-\s]\s*(\d{1,2})$/;
const DATE_TIME_PATTERN = /^(\d{4})\s*[/.\-\s]\s*(\d{1,2})\s*[/.\-\s]\s*(\d{1,2})(?:\s*(?:[,T]|\s)\s*(\d{1,2})\s*:\s*(\d{1,2})(?::\d{1,2})?)?$/;

const clean = (text: string) =>
  normalizeDigits(text)
    .replace(/[\u200c\u200e\u200f\u061c]/g, '') // ZWNJ and direction marks pasted along with a date
    .replace(SEPARATORS, (mark) => (mark === '\u060c' || mark === '\u066c' ? ',' : '/'))
    .trim();

/** '۱۴۰۳/۱۲/۳۰', '1403-12-30', '١٤٠٣.١٢.٣٠' → { 1403, 12, 30 }; null when not a Jalali day. */
export const parseJalaliDate = (text: string): JalaliDay | null => {
  const match = DATE_PATTERN.exec(clean(text));
  if (!match) return null;
  const jalali = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return isValidJalaliDay(jalali) ? jalali : null;
};

/**
 * '1403/12/30 14:30' → the day and the time; a date alone gives `time: null` (the caller decides
 * what a time-less entry means). null when the day or the time does not exist.
 */
export const parseJalaliDateTime = (text: string): { jalali: JalaliDay; time: WallTime | null } | null => {
  const match = DATE_TIME_PATTERN.exec(clean(text));
  if (!match) return null;
  const jalali = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  if (!isValidJalaliDay(jalali)) return null;
  if (match[4] === undefined) return { jalali, time: null };
  const time = { hour: Number(match[4]), minute: Number(match[5]) };
  return isValidWallTime(time) ? { jalali, time } : null;
};

/* ------------------------------------------------------------------------------------------------
 * The two fields: what they store ↔ what they show
 * ----------------------------------------------------------------------------------------------*/

/** `date` stores 'YYYY-MM-DD'; `datetime` stores a UTC instant. */
export type JalaliFieldKind = 'date' | 'datetime';

/** A stored value as the field shows it; '' when empty or unreadable. */
export const formatStoredValue = (kind: JalaliFieldKind, value: unknown, digits: Digits = 'latin'): string =>
  (kind === 'date' ? formatIsoDateAsJalali(value, digits) : formatInstantAsJalali(value, digits)) ?? '';

/** The Jalali day and Tehran time a stored value stands for (a date's time is 00:00); null when empty or unreadable. */
export const storedValueToJalali = (kind: JalaliFieldKind, value: unknown): { jalali: JalaliDay; time: WallTime } | null => {
  if (kind === 'date') {
    const jalali = typeof value === 'string' ? isoDateToJalali(value) : null;
    return jalali && { jalali, time: { hour: 0, minute: 0 } };
  }
  if (typeof value !== 'string' && !(value instanceof Date)) return null;
  const tehran = instantToTehran(value);
  return tehran && { jalali: tehran.jalali, time: tehran.time };
};

/** A Jalali day (and, for `datetime`, a Tehran time) → the value to store; null when the day does not exist. */
export const jalaliToStoredValue = (kind: JalaliFieldKind, jalali: JalaliDay, time: WallTime = { hour: 0, minute: 0 }): string | null =>
  kind === 'date' ? jalaliToIsoDate(jalali) : jalaliWallTimeToInstant(jalali, time);

/**
 * What a typed text stores: `{ value: null }` for an empty box, `{ value }` for a valid entry,
 * `null` when the text is not one. A date-time typed without its time is taken at 00:00, Tehran.
 */
export const parseTypedValue = (kind: JalaliFieldKind, text: string): { value: string | null } | null => {
  if (!text.trim()) return { value: null };
  if (kind === 'date') {
    const jalali = parseJalaliDate(text);
    return jalali && { value: jalaliToIsoDate(jalali) };
  }
  const typed = parseJalaliDateTime(text);
  const value = typed && jalaliWallTimeToInstant(typed.jalali, typed.time ?? { hour: 0, minute: 0 });
  return value ? { value } : null;
};
