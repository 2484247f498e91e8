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
