/**
 * Money and digits as staff read and type them in the admin. Pure functions, no React.
 *
 * Amounts are whole rials. Strapi keeps `biginteger` values as strings (they may pass
 * Number.MAX_SAFE_INTEGER), so everything here works on digit strings, never on numbers.
 * 1 toman = 10 rials (tomans are what people say; rials are what invoices and the API carry).
 */

export type DisplayLanguage = 'fa' | 'en';

const PERSIAN_ZERO = 0x06f0; // ۰
const ARABIC_INDIC_ZERO = 0x0660; // ٠
/** Persian thousands separator (U+066C), as Intl writes fa-IR numbers: ۱۲٬۰۰۰ */
export const PERSIAN_THOUSANDS_SEPARATOR = '\u066c';
/** Persian decimal separator (U+066B): ۱۲٫۵ */
export const PERSIAN_DECIMAL_SEPARATOR = '\u066b';

/** The most digits an amount may have: 18 stays inside a biginteger column (max 9223372036854775807). */
export const MAX_AMOUNT_DIGITS = 18;

/** Persian (۰-۹) and Arabic-Indic (٠-٩) digits → Latin; everything else unchanged. */
export const toLatinDigits = (text: string): string =>
  text.replace(/[\u06f0-\u06f9\u0660-\u0669]/g, (d) => {
    const code = d.charCodeAt(0);
    return String(code >= PERSIAN_ZERO ? code - PERSIAN_ZERO : code - ARABIC_INDIC_ZERO);
  });

/** Latin digits → Persian; everything else unchanged. */
export const toPersianDigits = (text: string): string => text.replace(/[0-9]/g, (d) => String.fromCharCode(PERSIAN_ZERO + Number(d)));

/** A stored amount (string, number or bigint) as a canonical digit string, or null when it is not a whole, non-negative amount. */
export const amountDigits = (value: unknown): string | null => {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' && !(Number.isSafeInteger(value) && value >= 0)) return null;
  if (typeof value === 'bigint' && value < BigInt(0)) return null;
  const text = toLatinDigits(String(value).trim());
  if (!/^\d+$/.test(text)) return null;
  return text.replace(/^0+(?=\d)/, '');
};

/** '12000000' → '12,000,000' (en) or '۱۲٬۰۰۰٬۰۰۰' (fa). Takes a canonical digit string. */
export const groupThousands = (digits: string, language: DisplayLanguage): string => {
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, language === 'fa' ? PERSIAN_THOUSANDS_SEPARATOR : ',');
  return language === 'fa' ? toPersianDigits(grouped) : grouped;
};

/** A stored amount for display, without its unit: '۱۲٬۰۰۰٬۰۰۰'; null when it is not an amount. */
export const formatAmount = (value: unknown, language: DisplayLanguage): string | null => {
  const digits = amountDigits(value);
  return digits === null ? null : groupThousands(digits, language);
};

/**
 * Rials → tomans, exactly (rials / 10): '12000005' → { whole: '1200000', tenths: '5' }. A digit
 * string in, digit strings out, so no amount is ever rounded through a float.
 */
export const rialsToTomans = (rials: string): { whole: string; tenths: string } => {
  const digits = amountDigits(rials);
  if (digits === null) throw new RangeError(`Not an amount in rials: ${rials}`);
  if (digits.length === 1) return { whole: '0', tenths: digits };
  return { whole: digits.slice(0, -1), tenths: digits.slice(-1) };
};

/** The toman equivalent for display: '۱٬۲۰۰٬۰۰۰' or, for an amount not a whole toman, '۱٬۲۰۰٬۰۰۰٫۵'. */
export const formatTomans = (value: unknown, language: DisplayLanguage): string | null => {
  const digits = amountDigits(value);
  if (digits === null) return null;
  const { whole, tenths } = rialsToTomans(digits);
  const grouped = groupThousands(whole, language);
  if (tenths === '0') return grouped;
  return language === 'fa' ? `${grouped}${PERSIAN_DECIMAL_SEPARATOR}${toPersianDigits(tenths)}` : `${grouped}.${tenths}`;
};

/**
 * What staff typed into an amount field → the value to store: the digits (Persian, Arabic or
 * Latin) with separators, spaces and anything else dropped, leading zeros removed, at most
 * MAX_AMOUNT_DIGITS digits; null for an empty field.
 */
export const parseAmountInput = (typed: string): string | null => {
  const digits = toLatinDigits(typed).replace(/\D/g, '').slice(0, MAX_AMOUNT_DIGITS);
  if (!digits) return null;
  return digits.replace(/^0+(?=\d)/, '');
};

/** How many digits come before position `caret` of `text` (Persian, Arabic or Latin digits). */
export const digitsBefore = (text: string, caret: number): number => (toLatinDigits(text.slice(0, caret)).match(/\d/g) ?? []).length;

/**
 * Where the caret goes in the re-formatted text so it stays after the same digit it followed
 * while staff typed ('1234|' → '1,234|'; '1|234' → '1|,234' … a separator is skipped forward).
 */
export const caretAfterDigits = (formatted: string, digitCount: number): number => {
  if (digitCount <= 0) return 0;
  let seen = 0;
  for (let i = 0; i < formatted.length; i += 1) {
    if (/\d/.test(toLatinDigits(formatted[i]))) seen += 1;
    if (seen === digitCount) return i + 1;
  }
  return formatted.length;
};
