/**
 * Device serial numbers: stored and compared in one canonical form — Latin capitals and digits,
 * no spaces, dashes or other separators — so that "mx-2024 ۰۰۱۷" and "MX20240017" are the same
 * serial everywhere (registration, search, the public warranty lookup).
 */
import { toEnglishDigits } from './digits';

export const SERIAL_PATTERN = /^[A-Z0-9]{3,40}$/;

export const canonicalSerial = (input: string): string =>
  toEnglishDigits(input)
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s\-_.\/\\\u200c\u200d\u200e\u200f]/g, '');

/** The canonical serial, or null when it cannot be one. */
export const normalizeSerial = (input: unknown): string | null => {
  if (typeof input !== 'string') return null;
  const serial = canonicalSerial(input);
  return SERIAL_PATTERN.test(serial) ? serial : null;
};
