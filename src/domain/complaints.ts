/**
 * THE complaint rules (issue 14, seeds 002 and 003): where a complaint came from, whom it is
 * addressed to, how far it has got, how it ended, the 48-working-hour reply deadline and the
 * tracking code the complainant follows it with.
 *
 * - Sources: the public form on the site (`web`, written only by POST /api/complaints), and those
 *   staff record in the admin: phone, e-mail, in person, social channels, the on-site visit form.
 * - Addressees: the senior managers («مدیران ارشد») or the CEO («ارتباط با مدیرعامل»). A complaint
 *   to the CEO is the restricted "CEO line": only the Manager and CEO roles see it (staff matrix
 *   LIMIT `not-ceo-line`, an admin RBAC condition).
 * - The reply is due 48 working hours after receipt, counted by src/domain/sla.ts on the business
 *   calendar (the support settings' working day, Friday and the listed holidays off) — always the
 *   business calendar, whatever the tickets' SLA mode is: the promise is «۴۸ ساعت کاری».
 * - The tracking code: 10 characters of an alphabet without look-alikes (no 0/O, 1/I/L, U), drawn
 *   from random bytes the caller supplies (crypto.randomBytes on the server), shown as
 *   `K7M-4QX-9TD` plus one; typed in any case, with or without dashes or spaces, in any digits.
 *
 * Browser-safe (the admin's vocabulary imports the labels): no Node module here.
 */
import { addSupportHours, type SupportCalendar, type Workday } from './sla';
import type { IsoDate } from './jalali';

export type Label = { fa: string; en: string };

export const COMPLAINT_SOURCES = ['web', 'phone', 'email', 'in_person', 'social', 'visit_form'] as const;
export type ComplaintSource = (typeof COMPLAINT_SOURCES)[number];
/** the sources staff record in the admin (`web` is the public form's alone) */
export const STAFF_COMPLAINT_SOURCES: readonly ComplaintSource[] = COMPLAINT_SOURCES.filter((s) => s !== 'web');

export const COMPLAINT_SOURCE_LABELS: Record<ComplaintSource, Label> = {
  web: { fa: 'فرم وب‌سایت', en: 'Website form' },
  phone: { fa: 'تلفن', en: 'Phone' },
  email: { fa: 'ایمیل', en: 'E-mail' },
  in_person: { fa: 'مراجعهٔ حضوری', en: 'In person' },
  social: { fa: 'شبکه‌های اجتماعی', en: 'Social channels' },
  visit_form: { fa: 'برگ شکایت بازدید حضوری', en: 'On-site visit form' },
};

export const COMPLAINT_ADDRESSEES = ['managers', 'ceo'] as const;
export type ComplaintAddressee = (typeof COMPLAINT_ADDRESSEES)[number];
export const COMPLAINT_ADDRESSEE_LABELS: Record<ComplaintAddressee, Label> = {
  managers: { fa: 'مدیران ارشد', en: 'Senior managers' },
  ceo: { fa: 'ارتباط با مدیرعامل', en: 'Contact the CEO' },
};

export const COMPLAINT_STATUSES = ['received', 'in_progress', 'answered', 'closed'] as const;
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];
export const COMPLAINT_STATUS_LABELS: Record<ComplaintStatus, Label> = {
  received: { fa: 'دریافت‌شده', en: 'Received' },
  in_progress: { fa: 'در حال رسیدگی', en: 'In progress' },
  answered: { fa: 'پاسخ داده شده', en: 'Answered' },
  closed: { fa: 'بسته‌شده', en: 'Closed' },
};

export const COMPLAINT_OUTCOMES = ['resolved', 'partly_resolved', 'not_resolved', 'unfounded'] as const;
export type ComplaintOutcome = (typeof COMPLAINT_OUTCOMES)[number];
export const COMPLAINT_OUTCOME_LABELS: Record<ComplaintOutcome, Label> = {
  resolved: { fa: 'رفع‌شده', en: 'Resolved' },
  partly_resolved: { fa: 'تا حدی رفع‌شده', en: 'Partly resolved' },
  not_resolved: { fa: 'رفع‌نشده', en: 'Not resolved' },
  unfounded: { fa: 'بی‌مورد', en: 'Unfounded' },
};

/** The customer's satisfaction with how the complaint was handled, 1–5 (surveys' scale). */
export const SATISFACTION_MIN = 1;
export const SATISFACTION_MAX = 5;
export const isSatisfaction = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= SATISFACTION_MIN && value <= SATISFACTION_MAX;

// ── the reply deadline ─────────────────────────────────────────────────────────────────────────

export const COMPLAINT_REPLY_WORKING_HOURS = 48;

/** The business calendar complaints are counted on: the support settings' working day and the holidays. */
export const complaintCalendar = (workday: Workday, holidays: ReadonlySet<IsoDate>): SupportCalendar => ({ mode: 'business', workday, holidays });

/** 48 working hours after receipt (a complaint received out of hours starts counting at the next opening). */
export const complaintReplyDueAt = (receivedAt: Date, workday: Workday, holidays: ReadonlySet<IsoDate>): Date =>
  addSupportHours(receivedAt, COMPLAINT_REPLY_WORKING_HOURS, complaintCalendar(workday, holidays));

/** Answered within its deadline: the first answer came no later than replyDueAt. */
export const answeredInTime = (firstAnsweredAt: Date | string | null, replyDueAt: Date | string | null): boolean =>
  Boolean(firstAnsweredAt && replyDueAt && new Date(firstAnsweredAt).getTime() <= new Date(replyDueAt).getTime());

/** Past its deadline with no first answer yet (what the escalation job looks for). */
export const isOverdue = (complaint: { replyDueAt: Date | string | null; firstAnsweredAt: Date | string | null }, now: Date): boolean =>
  Boolean(complaint.replyDueAt && !complaint.firstAnsweredAt && new Date(complaint.replyDueAt).getTime() < now.getTime());

// ── the tracking code ──────────────────────────────────────────────────────────────────────────

/** 30 characters: no 0/O, 1/I/L or U (look-alikes when read out over the phone). */
export const TRACKING_ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';
export const TRACKING_CODE_LENGTH = 10;

/**
 * A tracking code from random bytes (at least TRACKING_CODE_LENGTH of them): each character from
 * one byte, bytes at or above the largest multiple of the alphabet's size skipped so every
 * character is equally likely. Returns null when the bytes run out (ask for more).
 */
export const trackingCodeFrom = (bytes: ArrayLike<number>): string | null => {
  const n = TRACKING_ALPHABET.length;
  const limit = 256 - (256 % n);
  let code = '';
  for (let i = 0; i < bytes.length && code.length < TRACKING_CODE_LENGTH; i += 1) {
    if (bytes[i] < limit) code += TRACKING_ALPHABET[bytes[i] % n];
  }
  return code.length === TRACKING_CODE_LENGTH ? code : null;
};

/** `K7M4QX9TDH` → `K7M-4QX-9TD-H` (groups of three, as the site and the SMS show it). */
export const formatTrackingCode = (code: string): string => code.replace(/(.{3})(?=.)/g, '$1-');

/**
 * A tracking code as typed: any case, any digits, dashes, spaces and underscores ignored. Null
 * when it cannot be one (wrong length or a character outside the alphabet).
 */
/** Persian (۰-۹) and Arabic-Indic (٠-٩) digits → Latin (here, so this file needs no package). */
const latinDigits = (value: string) =>
  value.replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0)).replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660));

export const normalizeTrackingCode = (input: unknown): string | null => {
  if (typeof input !== 'string') return null;
  const compact = latinDigits(input).replace(/[\s\-_\u200c\u2010-\u2015]/g, '').toUpperCase();
  if (compact.length !== TRACKING_CODE_LENGTH) return null;
  for (const c of compact) if (!TRACKING_ALPHABET.includes(c)) return null;
  return compact;
};

// ── the public form's bot protection ───────────────────────────────────────────────────────────

/** A form token is refused when younger than this (no person fills the form in 3 seconds) … */
export const FORM_TOKEN_MIN_AGE_MS = 3_000;
/** … or older than this (a page left open all day asks for a fresh one). */
export const FORM_TOKEN_MAX_AGE_MS = 2 * 60 * 60 * 1000;

export type FormTokenAge = 'ok' | 'young' | 'expired';
export const formTokenAge = (issuedAt: number, now: number): FormTokenAge => {
  const age = now - issuedAt;
  if (age < FORM_TOKEN_MIN_AGE_MS) return 'young';
  if (age > FORM_TOKEN_MAX_AGE_MS) return 'expired';
  return 'ok';
};

/** The honeypot: a field people never see; anything in it means a bot filled the form. */
export const honeypotFilled = (value: unknown): boolean => value !== undefined && value !== null && value !== '';
