/**
 * Digits and letters as Iranian users type them.
 *
 * Users type Persian (۰-۹) and Arabic-Indic (٠-٩) digits, Arabic ي/ك instead of Persian ی/ک,
 * and paste numbers with spaces or dashes. Everything that is compared or stored goes through
 * here first.
 */
import { autoArabicToPersian, autoConvertDigitsToEN } from '@persian-tools/persian-tools';

/** Persian and Arabic-Indic digits → ASCII digits; other characters unchanged. */
export const toEnglishDigits = (value: string): string => autoConvertDigitsToEN(value);

/** ASCII digits → Persian digits, for display. */
export const toPersianDigits = (value: string | number): string =>
  String(value).replace(/[0-9]/g, (d) => String.fromCharCode(0x06f0 + Number(d)));

/** Arabic ي/ك (and friends) → Persian ی/ک, trimmed, inner whitespace collapsed. */
export const normalizePersianText = (value: string): string =>
  autoArabicToPersian(value).replace(/\s+/g, ' ').trim();

/**
 * A number typed by a person (national code, mobile, subscriber number…): converts digits and
 * drops spaces, dashes, dots, slashes and zero-width characters. Returns what is left, which the
 * caller still validates.
 */
export const normalizeNumberInput = (value: string): string =>
  toEnglishDigits(value).replace(/[\s\-_.\/\u200c\u200d\u200e\u200f]/g, '');

const ARABIC_TO_PERSIAN_LETTERS: Record<string, string> = { 'ي': 'ی', 'ى': 'ی', 'ك': 'ک' };
const PERSIAN_TO_ARABIC_LETTERS: Record<string, string> = { 'ی': 'ي', 'ک': 'ك' };

/**
 * Arabic ي/ى/ك → Persian ی/ک, nothing else: digits, spacing and line breaks stay as typed. What
 * every text staff store goes through (src/validation/rules/persian-text.ts), so one spelling is
 * stored and searched.
 */
export const toPersianLetters = (value: string): string => value.replace(/[يىك]/g, (c) => ARABIC_TO_PERSIAN_LETTERS[c]);

/** Persian ی/ک → Arabic ي/ك: the spelling of text stored before the letters were normalised. */
export const toArabicLetters = (value: string): string => value.replace(/[یک]/g, (c) => PERSIAN_TO_ARABIC_LETTERS[c]);

/** ASCII digits → Arabic-Indic digits (٠-٩). */
export const toArabicIndicDigits = (value: string): string => value.replace(/[0-9]/g, (d) => String.fromCharCode(0x0660 + Number(d)));

/**
 * A whole number as a client sends it in a JSON body: a JSON integer, or a string of digits only
 * (Latin, Persian or Arabic-Indic, leading zeros allowed). Everything else is null — booleans,
 * arrays, fractions, signs, spaces, exponents and hex or binary forms ("0x1", "1e0", [1], true),
 * which `Number()` would turn into numbers.
 */
export const parseWholeNumber = (value: unknown): number | null => {
  if (typeof value === 'number') return Number.isSafeInteger(value) && value >= 0 ? value : null;
  if (typeof value !== 'string' || !/^[0-9۰-۹٠-٩]{1,15}$/.test(value)) return null;
  return Number(toEnglishDigits(value));
};
