/**
 * THE rule for a password a customer chooses (change on the profile page, reset with an SMS code).
 *
 * - 8 characters at least; at most 72 bytes (bcrypt reads no more).
 * - At least one letter (any script: Latin or Persian) and one digit (Latin, Persian or Arabic).
 * - Not one of the passwords everyone tries first.
 * - Not built on the customer's own numbers (subscriber number, national code, mobile), which
 *   are printed on bills and known to many.
 * The password is stored as typed (bcrypt); digits are converted only to compare. Whether it is
 * the same as the current one is checked by the service against the stored hash.
 * Staff-issued passwords keep the length rule only (accounts.ts): staff may hand out a simple
 * first password the customer then changes.
 */
import { toEnglishDigits } from './digits';

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_BYTES = 72;

export type PasswordProblem = 'passwordTooShort' | 'passwordTooLong' | 'passwordNeedsLetterAndDigit' | 'passwordTooCommon' | 'passwordContainsIdentity';

/** The first guesses of any attacker, Iranian favourites included; compared without case and digits converted. */
const COMMON = new Set([
  '12345678', '123456789', '1234567890', '0123456789', '87654321', '11111111', '00000000', '12341234', '11223344',
  'password', 'password1', 'password123', 'passw0rd', 'p@ssw0rd', 'qwerty12', 'qwerty123', 'qwertyuiop', '1q2w3e4r',
  '1qaz2wsx', 'abcd1234', 'abc12345', 'a1234567', 'aa123456', 'iloveyou', 'iran1234', 'tehran123', 'demo1234',
  'poshtiban', 'poshtiban1', 'admin123', 'zxcvbnm1', 'asdf1234',
]);

export type PasswordContext = { subscriberNumber?: string | null; nationalCode?: string | null; mobile?: string | null };

/** The first problem with `password`, or null when it may be used. */
export const passwordProblem = (password: string, context: PasswordContext = {}): PasswordProblem | null => {
  if ([...password].length < PASSWORD_MIN_LENGTH) return 'passwordTooShort';
  if (Buffer.byteLength(password, 'utf8') > PASSWORD_MAX_BYTES) return 'passwordTooLong';
  const latin = toEnglishDigits(password);
  if (!/\p{L}/u.test(latin) || !/[0-9]/.test(latin)) return 'passwordNeedsLetterAndDigit';
  if (COMMON.has(latin.toLowerCase())) return 'passwordTooCommon';
  const digitsOnly = latin.replace(/[^0-9]/g, '');
  const own = [context.subscriberNumber, context.nationalCode, context.mobile, context.mobile?.replace(/^0/, '')]
    .map((v) => (v ? toEnglishDigits(String(v)).replace(/[^0-9]/g, '') : ''))
    .filter((v) => v.length >= 4);
  if (own.some((v) => digitsOnly.includes(v))) return 'passwordContainsIdentity';
  return null;
};
