/**
 * The company's contact details as the public sees them (the site's footer, the login page, the
 * warranty lookup…): what staff keep in the «اطلاعات تماس» single type, reduced to the public
 * fields, with each phone ready for a tel: link. Pure functions; the site only changes the digits.
 */
import { normalizePhone } from './identity';

export type PublicPhone = {
  /** canonical digits, e.g. 02191001234 */
  number: string;
  /** grouped for reading, Latin digits: 021 9100 1234 */
  display: string;
  /** tel:+982191001234 */
  href: string;
};

export type PublicContactDetails = {
  phones: PublicPhone[];
  email: string | null;
  workingHours: { fa: string; en: string | null } | null;
  address: { fa: string; en: string | null } | null;
};

/** The attributes of the single type the public may see (nothing else is ever read for them). */
export const PUBLIC_CONTACT_FIELDS = ['supportPhone', 'secondPhone', 'email', 'workingHoursFa', 'workingHoursEn', 'addressFa', 'addressEn'] as const;

/** 02191001234 → 021 9100 1234; 09121234567 → 0912 123 4567; anything else as stored. */
export const groupPhone = (digits: string): string => {
  if (/^09\d{9}$/.test(digits)) return `${digits.slice(0, 4)} ${digits.slice(4, 7)} ${digits.slice(7)}`;
  if (/^0\d{10}$/.test(digits)) return `${digits.slice(0, 3)} ${digits.slice(3, 7)} ${digits.slice(7)}`;
  return digits;
};

/** An Iranian number in international form for tel: links (a short service number stays as is). */
export const phoneHref = (digits: string): string => {
  if (digits.startsWith('+')) return `tel:${digits}`;
  if (digits.startsWith('00')) return `tel:+${digits.slice(2)}`;
  if (/^0\d{10}$/.test(digits)) return `tel:+98${digits.slice(1)}`;
  return `tel:${digits}`;
};

export const publicPhone = (value: unknown): PublicPhone | null => {
  const number = normalizePhone(value);
  return number ? { number, display: groupPhone(number), href: phoneHref(number) } : null;
};

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value.trim() : null);

const bilingual = (fa: unknown, en: unknown) => {
  const f = text(fa);
  const e = text(en);
  if (!f && !e) return null;
  return { fa: (f ?? e) as string, en: e };
};

/** The stored row (or none yet) → the public answer; missing parts are null / empty. */
export const presentContactDetails = (row: Record<string, unknown> | null | undefined): PublicContactDetails => ({
  phones: [row?.supportPhone, row?.secondPhone].map(publicPhone).filter((p): p is PublicPhone => p !== null),
  email: text(row?.email),
  workingHours: bilingual(row?.workingHoursFa, row?.workingHoursEn),
  address: bilingual(row?.addressFa, row?.addressEn),
});

/** A plain e-mail address check for what staff type (one @, a dot in the domain, no spaces). */
export const isEmailAddress = (value: string): boolean => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value);
