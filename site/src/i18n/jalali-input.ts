/**
 * Dates the buyer enters, in the Jalali calendar: what is typed (Persian, Arabic or Latin digits,
 * year/month/day with `/`, `-` or `.`) → the ISO day the API stores, and back. The calendar
 * arithmetic is react-date-object's (the library behind the date picker), not ours.
 */
import DateObject from 'react-date-object';
import gregorian from 'react-date-object/calendars/gregorian';
import persian from 'react-date-object/calendars/persian';
import gregorian_en from 'react-date-object/locales/gregorian_en';
import persian_en from 'react-date-object/locales/persian_en';
import persian_fa from 'react-date-object/locales/persian_fa';
import { toPersianDigits, type Lang } from './format';

/** The picker's locale: Persian month names and digits, or the months' Latin names ("Farvardin"). Jalali in both. */
export const calendarLocale = (lang: Lang) => (lang === 'fa' ? persian_fa : persian_en);
export { persian as jalaliCalendar };

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Persian (۰–۹) and Arabic (٠–٩) digits → Latin. */
const latinDigits = (text: string): string =>
  text.replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0)).replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660));

/** A Jalali day as a DateObject, or null when the day does not exist (1404/12/30, 1405/07/31). */
export const jalaliDay = (year: number, month: number, day: number, lang: Lang = 'fa'): DateObject | null => {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day) || year < 1300 || year > 1500 || month < 1 || month > 12 || day < 1) return null;
  const date = new DateObject({ calendar: persian, locale: calendarLocale(lang), year, month, day });
  // react-date-object rolls a day past the month's end over into the next month: that is not what was typed
  return date.isValid && date.year === year && date.month.number === month && date.day === day ? date : null;
};

/** A picked or typed Jalali day → 'YYYY-MM-DD' (Gregorian, as stored). */
export const jalaliToIso = (date: DateObject): string => new DateObject(date).convert(gregorian, gregorian_en).format('YYYY-MM-DD');

/** 'YYYY-MM-DD' → the Jalali day, or null. */
export const isoToJalali = (iso: string | null | undefined, lang: Lang): DateObject | null => {
  const m = iso ? ISO.exec(iso) : null;
  if (!m) return null;
  const date = new DateObject({ calendar: gregorian, locale: gregorian_en, year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) });
  return date.isValid ? date.convert(persian, calendarLocale(lang)) : null;
};

/** What the box shows for a stored day: '۱۴۰۵/۰۹/۱۱' in Persian, '1405/09/11' in English. */
export const formatTyped = (iso: string | null | undefined, lang: Lang): string => {
  const date = isoToJalali(iso, lang);
  if (!date) return '';
  const text = `${date.year}/${String(date.month.number).padStart(2, '0')}/${String(date.day).padStart(2, '0')}`;
  return lang === 'fa' ? toPersianDigits(text) : text;
};

/**
 * What was typed → the ISO day, or null when it is not a whole Jalali date. Year first, as dates
 * are written in Iran: «۱۴۰۵/۹/۱۱», «1405-09-11», «١٤٠٥.٠٩.١١».
 */
export const parseTyped = (text: string): string | null => {
  const m = /^(\d{4})\s*[/\-.]\s*(\d{1,2})\s*[/\-.]\s*(\d{1,2})$/.exec(latinDigits(text.trim()));
  if (!m) return null;
  const date = jalaliDay(Number(m[1]), Number(m[2]), Number(m[3]));
  return date ? jalaliToIso(date) : null;
};
