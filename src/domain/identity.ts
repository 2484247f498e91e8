/**
 * Identity rules: national code, mobile number, subscriber number, the legacy 12-digit account
 * code (seed 000) and how a login identifier is read. Pure functions; validation of the national
 * code check digit and of mobile numbers is delegated to @persian-tools/persian-tools.
 */
import { isPhoneNumberValid, phoneNumberNormalizer, verifyIranianNationalId } from '@persian-tools/persian-tools';
import { normalizeNumberInput } from './digits';

/** Subscriber numbers are the 9-digit subscription number of seed 000 without leading zeros. */
export const SUBSCRIBER_NUMBER_MAX_DIGITS = 9;
/** The legacy code: "11" (the company) + 9-digit subscription number + 1 check digit. */
export const LEGACY_COMPANY_PREFIX = '11';

/** 10 ASCII digits with a valid check digit, or null. */
export const normalizeNationalCode = (input: unknown): string | null => {
  if (typeof input !== 'string' && typeof input !== 'number') return null;
  const digits = normalizeNumberInput(String(input));
  if (!/^\d{10}$/.test(digits)) return null;
  return verifyIranianNationalId(digits) ? digits : null;
};

/** An Iranian mobile number as 09xxxxxxxxx (accepts +989…, 989…, 00989…, 9…), or null. */
export const normalizeMobile = (input: unknown): string | null => {
  if (typeof input !== 'string' && typeof input !== 'number') return null;
  const digits = normalizeNumberInput(String(input)).replace(/^\+/, '');
  if (!/^\d{10,14}$/.test(digits)) return null;
  let local: string;
  if (digits.startsWith('0098')) local = `0${digits.slice(4)}`;
  else if (digits.startsWith('98')) local = `0${digits.slice(2)}`;
  else if (digits.startsWith('9')) local = `0${digits}`;
  else local = digits;
  if (!/^09\d{9}$/.test(local) || !isPhoneNumberValid(local)) return null;
  return phoneNumberNormalizer(local, '0');
};

/** 09121234567 → 989121234567 (the form WhatsApp and some SMS APIs want). */
export const mobileToInternational = (mobile: string): string => `98${mobile.replace(/^0/, '')}`;

/** A landline or any phone: digits only (a leading + kept), 4–15 digits, or null. */
export const normalizePhone = (input: unknown): string | null => {
  if (typeof input !== 'string' && typeof input !== 'number') return null;
  const digits = normalizeNumberInput(String(input)).replace(/[()]/g, '');
  return /^\+?\d{4,15}$/.test(digits) ? digits : null;
};

/** 1–9 digits, leading zeros dropped ("000123" → "123"), or null. */
export const normalizeSubscriberNumber = (input: unknown): string | null => {
  if (typeof input !== 'string' && typeof input !== 'number') return null;
  const digits = normalizeNumberInput(String(input));
  if (!/^\d+$/.test(digits)) return null;
  const stripped = digits.replace(/^0+/, '');
  if (stripped.length === 0 || stripped.length > SUBSCRIBER_NUMBER_MAX_DIGITS) return null;
  return stripped;
};

/**
 * The legacy 12-digit account code → the subscriber number, or null when the input is not one.
 *
 * Seed 000 describes the layout (company code 11, nine digits of subscription number, one check
 * digit) but not how the check digit is computed, so it is not verified here: the code only
 * selects the account, and the password still has to match.
 */
export const subscriberNumberFromLegacyCode = (input: unknown): string | null => {
  if (typeof input !== 'string' && typeof input !== 'number') return null;
  const digits = normalizeNumberInput(String(input));
  if (!/^\d{12}$/.test(digits) || !digits.startsWith(LEGACY_COMPANY_PREFIX)) return null;
  return normalizeSubscriberNumber(digits.slice(2, 11));
};

export type LoginIdentifier =
  | { kind: 'subscriberNumber'; subscriberNumber: string }
  | { kind: 'legacyCode'; subscriberNumber: string }
  | { kind: 'nationalCode'; nationalCode: string };

/**
 * What a customer typed in the login box: a subscriber number (1–9 digits), the legacy 12-digit
 * code, or a 10-digit national code — in any digits, with spaces or dashes. Null when it can be
 * none of them.
 */
export const parseLoginIdentifier = (input: unknown): LoginIdentifier | null => {
  if (typeof input !== 'string') return null;
  const digits = normalizeNumberInput(input);
  if (!/^\d+$/.test(digits)) return null;
  if (digits.length === 12) {
    const subscriberNumber = subscriberNumberFromLegacyCode(digits);
    return subscriberNumber ? { kind: 'legacyCode', subscriberNumber } : null;
  }
  if (digits.length === 10) {
    const nationalCode = normalizeNationalCode(digits);
    return nationalCode ? { kind: 'nationalCode', nationalCode } : null;
  }
  const subscriberNumber = normalizeSubscriberNumber(digits);
  return subscriberNumber ? { kind: 'subscriberNumber', subscriberNumber } : null;
};

/**
 * The longest login identifier worth reading: a 12-digit legacy code or a national code with
 * spaces and dashes is far shorter. Longer input is refused with the same generic answer as a
 * wrong password, before any database read.
 */
export const LOGIN_IDENTIFIER_MAX_LENGTH = 64;

/**
 * One spelling per thing a login identifier can name, for counting failed logins: every form of
 * a subscriber number (leading zeros, Persian/Arabic digits, the legacy 12-digit code) gives
 * `s:<number>`, a national code `n:<code>`, anything else `x:<its digits as typed>`. An identifier
 * that resolves to an account is counted under the account instead (its subscriber number,
 * `s:<username>`), so a subscriber number and its national code share one count; an unknown one
 * is counted under this form, so a locked unknown identifier looks exactly like a locked account.
 */
export const loginIdentifierKey = (input: string): string => {
  const parsed = parseLoginIdentifier(input);
  if (!parsed) return `x:${normalizeNumberInput(input).slice(0, LOGIN_IDENTIFIER_MAX_LENGTH)}`;
  return parsed.kind === 'nationalCode' ? `n:${parsed.nationalCode}` : `s:${parsed.subscriberNumber}`;
};

/** The failure-count key of an account (its username is its subscriber number). */
export const loginAccountKey = (username: string): string => `s:${username}`;
