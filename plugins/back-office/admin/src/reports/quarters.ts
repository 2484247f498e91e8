/**
 * Jalali quarters on the admin side: which quarter today is (Tehran), the one before, the names
 * of the seasons and the digits of the staff member's language. The server decides a quarter's
 * instants (src/domain/jalali-quarters.ts); the page only needs year and number.
 */
export type Quarter = { year: number; quarter: number };
export type Language = 'fa' | 'en';

const jalaliParts = new Intl.DateTimeFormat('en-u-ca-persian-nu-latn', { timeZone: 'Asia/Tehran', year: 'numeric', month: 'numeric' });

/** The Jalali quarter an instant falls in, as Tehran sees it. */
export const quarterOf = (at: Date = new Date()): Quarter => {
  const parts = jalaliParts.formatToParts(at);
  const year = Number.parseInt(parts.find((p) => p.type === 'year')?.value ?? '', 10);
  const month = Number.parseInt(parts.find((p) => p.type === 'month')?.value ?? '', 10);
  return { year, quarter: Math.min(4, Math.max(1, Math.ceil(month / 3))) };
};

export const previousQuarter = ({ year, quarter }: Quarter): Quarter => (quarter === 1 ? { year: year - 1, quarter: 4 } : { year, quarter: quarter - 1 });

export const isQuarter = (q: Partial<Quarter>): q is Quarter =>
  Number.isInteger(q.year) && (q.year as number) >= 1300 && (q.year as number) <= 1500 && Number.isInteger(q.quarter) && (q.quarter as number) >= 1 && (q.quarter as number) <= 4;

const SEASONS: Record<Language, string[]> = {
  fa: ['بهار', 'تابستان', 'پاییز', 'زمستان'],
  en: ['Spring', 'Summer', 'Autumn', 'Winter'],
};

export const seasonName = (quarter: number, language: Language) => SEASONS[language][quarter - 1] ?? String(quarter);

const PERSIAN_DIGITS = '۰۱۲۳۴۵۶۷۸۹';
export const localDigits = (value: string | number, language: Language) => (language === 'fa' ? String(value).replace(/\d/g, (d) => PERSIAN_DIGITS[Number(d)]) : String(value));

/** «پاییز ۱۴۰۵» / "Autumn 1405" */
export const quarterLabel = (q: Quarter, language: Language) => `${seasonName(q.quarter, language)} ${localDigits(q.year, language)}`;

const numberFormats: Record<Language, Intl.NumberFormat> = { fa: new Intl.NumberFormat('fa-IR'), en: new Intl.NumberFormat('en-US') };
const decimalFormats: Record<Language, Intl.NumberFormat> = {
  fa: new Intl.NumberFormat('fa-IR', { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
  en: new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
};
const percentFormats: Record<Language, Intl.NumberFormat> = {
  fa: new Intl.NumberFormat('fa-IR', { style: 'percent', maximumFractionDigits: 0 }),
  en: new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 0 }),
};

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** A count; «—» when there is none. */
export const formatCount = (value: unknown, language: Language) => (isNumber(value) ? numberFormats[language].format(value) : '—');
/** An average score (one decimal), «—» when nothing was answered. */
export const formatScore = (value: unknown, language: Language) => (isNumber(value) ? decimalFormats[language].format(value) : '—');
/** A share 0–1 as a percentage, «—» when there is nothing to share. */
export const formatShare = (value: unknown, language: Language) => (isNumber(value) ? percentFormats[language].format(value) : '—');

export const asNumber = (value: unknown): number | null => (isNumber(value) ? value : typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)) ? Number(value) : null);

type QuarterNames = { year: number; quarter: number; label?: string; labelEn?: string } | null | undefined;

/** The quarter's name as the server gave it in the reader's language, else made here. */
export const nameOf = (ref: QuarterNames, fallback: Quarter, language: Language) =>
  (language === 'fa' ? ref?.label : ref?.labelEn) || quarterLabel(ref && isQuarter(ref) ? ref : fallback, language);

const isoOf = (value: unknown): string | null =>
  typeof value === 'string' ? value : value && typeof value === 'object' && typeof (value as { iso?: unknown }).iso === 'string' ? (value as { iso: string }).iso : null;

const longDay = (language: Language) =>
  new Intl.DateTimeFormat(language === 'fa' ? 'fa-IR-u-ca-persian' : 'en-u-ca-persian', { dateStyle: 'long', timeZone: 'Asia/Tehran' });

/**
 * The quarter's first and last days, long form: the server's Jalali days in Persian, else made from
 * its instants (the end is the next quarter's first instant: the last day is the one before it).
 */
export const rangeOf = (
  ref: { start?: unknown; end?: unknown; firstDay?: { jalaliLong?: string } | null; lastDay?: { jalaliLong?: string } | null } | null | undefined,
  language: Language
): { first: string; last: string } | null => {
  if (!ref) return null;
  if (language === 'fa' && ref.firstDay?.jalaliLong && ref.lastDay?.jalaliLong) return { first: ref.firstDay.jalaliLong, last: ref.lastDay.jalaliLong };
  const start = isoOf(ref.start);
  const end = isoOf(ref.end);
  const from = start ? new Date(start) : null;
  const until = end ? new Date(new Date(end).getTime() - 1) : null;
  if (!from || !until || Number.isNaN(from.getTime()) || Number.isNaN(until.getTime())) return null;
  return { first: longDay(language).format(from), last: longDay(language).format(until) };
};
