/**
 * The Ticket desk's pure rules, apart from React (tests/unit/admin-ticket-desk.test.ts):
 * which due time a row shows and how urgent it is, the hours staff type, the invoice preview
 * computed from the settings' rates, and dates and amounts as staff read them.
 */
import { formatInstantAsJalali, formatIsoDateAsJalali, normalizeDigits, tehranWallTimeToInstant, type Digits } from '../../../../jalali-date/admin/src/jalali';
import { amountDigits, formatAmount, formatTomans, type DisplayLanguage } from '../readable/money';
import type { FaultAttribution, TicketDifficulty, TicketKind, TicketStatus } from 'poshtiban/domain/tickets';
import { hoursFromHundredths, invoiceLines, type InvoiceLine } from 'poshtiban/domain/invoices';
import type { Rates } from './api';

/* ------------------------------------------------------------------------------------------------
 * Due times
 * ----------------------------------------------------------------------------------------------*/

/** What "soon" means for a due time: within this many minutes. */
export const DUE_SOON_MINUTES = 120;

export type DueState = 'overdue' | 'soon' | 'ok' | 'none';
export type Due = { kind: 'reply' | 'resolution'; at: string; state: DueState } | null;

type DueFields = { ticketStatus: TicketStatus; replyDueAt: string | null; resolutionDueAt: string | null; overdueAt: string | null };

const time = (iso: string | null | undefined) => {
  if (!iso) return null;
  const at = new Date(iso).getTime();
  return Number.isNaN(at) ? null : at;
};

/**
 * The due time a ticket row shows: the next reply's while the ticket waits on staff, otherwise its
 * resolution's; none once closed. Overdue when the SLA job marked it (overdueAt) or the time has
 * passed; soon within DUE_SOON_MINUTES.
 */
export const dueOf = (row: DueFields, now: Date = new Date()): Due => {
  if (row.ticketStatus === 'closed') return null;
  const reply = time(row.replyDueAt);
  const resolution = time(row.resolutionDueAt);
  const kind = reply !== null ? 'reply' : resolution !== null ? 'resolution' : null;
  if (!kind) return row.overdueAt ? { kind: 'resolution', at: row.overdueAt, state: 'overdue' } : null;
  const at = (kind === 'reply' ? reply : resolution) as number;
  const iso = (kind === 'reply' ? row.replyDueAt : row.resolutionDueAt) as string;
  const left = at - now.getTime();
  const state: DueState = row.overdueAt || left < 0 ? 'overdue' : left <= DUE_SOON_MINUTES * 60_000 ? 'soon' : 'ok';
  return { kind, at: iso, state };
};

/* ------------------------------------------------------------------------------------------------
 * Work hours and the invoice preview
 * ----------------------------------------------------------------------------------------------*/

export const MAX_WORK_HOURS = 200;

/**
 * What staff typed as work hours → hundredths of an hour (1.5 → 150), so the invoice is computed
 * in whole numbers. Persian, Arabic or Latin digits; the decimal point as «.», «٫», «/» or «,».
 * null when it is not a number of hours above zero, at most MAX_WORK_HOURS, with at most two
 * decimals.
 */
export const parseWorkHours = (typed: string): number | null => {
  const text = normalizeDigits(typed).trim().replace(/[\u066b/,،]/g, '.');
  const match = /^(\d{1,3})(?:\.(\d{1,2}))?$/.exec(text);
  if (!match) return null;
  const hundredths = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  return hundredths > 0 && hundredths <= MAX_WORK_HOURS * 100 ? hundredths : null;
};

/** Hundredths of an hour as staff read them: 150 → '1.5' (or '۱٫۵'). */
export const formatHours = (hundredths: number, language: DisplayLanguage): string => {
  const whole = Math.floor(hundredths / 100);
  const rest = String(hundredths % 100).padStart(2, '0').replace(/0+$/, '');
  const latin = rest ? `${whole}.${rest}` : String(whole);
  return language === 'fa' ? latin.replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)]).replace('.', '\u066b') : latin;
};

/** A stored work-hours value (decimal: number or string) → hundredths; null when absent. */
export const storedHoursToHundredths = (value: unknown): number | null => {
  if (value === null || value === undefined || value === '') return null;
  return parseWorkHours(String(value));
};

export type BillingInput = {
  billable: boolean;
  kind: TicketKind;
  faultAttribution: FaultAttribution | null;
  difficulty: TicketDifficulty | null;
  /** work hours in hundredths */
  hundredths: number | null;
};

/**
 * Whether resolving bills the ticket: a ticket the server marked billable (a pay-per-case device),
 * or an on-site visit whose fault was not the company's (src/domain/invoices.ts isBillable, with
 * the device's service as the server read it).
 */
export const billsOnResolve = ({ billable, kind, faultAttribution }: Pick<BillingInput, 'billable' | 'kind' | 'faultAttribution'>): boolean =>
  billable || (kind === 'visit' && faultAttribution === 'customer');

/** The resolve form asks for difficulty and hours (and, for a visit, whose fault it was). */
export const asksForBilling = ({ billable, kind }: Pick<BillingInput, 'billable' | 'kind'>): boolean => billable || kind === 'visit';

export type InvoicePreview = { lines: InvoiceLine[]; totalRials: number };

/**
 * The invoice resolving would issue, computed with THE invoice rule (src/domain/invoices.ts
 * invoiceLines: the difficulty's hourly rate × the hours in hundredths, rounded half up to whole
 * rials; the visit fee for an on-site visit) from the settings' rates the desk was given. null when
 * the ticket is not billed, the input is not complete, or the amounts cannot be read.
 */
export const invoicePreview = (rates: Rates, input: BillingInput): InvoicePreview | null => {
  if (!billsOnResolve(input) || !input.difficulty || !input.hundredths) return null;
  const rials = (value: unknown) => {
    const digits = amountDigits(value);
    const n = digits === null ? NaN : Number(digits);
    return Number.isSafeInteger(n) ? n : null;
  };
  const hourlyRateRials = {} as Record<TicketDifficulty, number>;
  for (const [difficulty, rate] of Object.entries(rates.hourlyRateRials)) {
    const n = rials(rate);
    if (n === null) return null;
    hourlyRateRials[difficulty as TicketDifficulty] = n;
  }
  const visitFeeRials = rials(rates.visitFeeRials);
  if (visitFeeRials === null) return null;
  try {
    return invoiceLines({ hourlyRateRials, visitFeeRials }, { difficulty: input.difficulty, workHours: hoursFromHundredths(input.hundredths), kind: input.kind, faultAttribution: input.faultAttribution });
  } catch {
    return null; // an amount past what the invoice may hold: the server refuses it too
  }
};

/* ------------------------------------------------------------------------------------------------
 * The on-site visit
 * ----------------------------------------------------------------------------------------------*/

/** The Tehran hour a visit is offered at when staff start from the subscriber's preferred day. */
export const VISIT_START_HOUR = 10;

/**
 * What the «تعیین زمان بازدید» box starts with: the booked visit while it is still ahead (to move
 * it), else the subscriber's preferred day at VISIT_START_HOUR Tehran time while that is ahead;
 * otherwise empty (the server refuses a time in the past).
 */
export const visitStartValue = (
  ticket: { visitScheduledAt: string | null; preferredVisitDay: string | null },
  now: Date = new Date()
): string | null => {
  const ahead = (iso: string | null) => {
    const at = time(iso);
    return at !== null && at > now.getTime() ? iso : null;
  };
  const booked = ahead(ticket.visitScheduledAt);
  if (booked) return booked;
  if (!ticket.preferredVisitDay) return null;
  return ahead(tehranWallTimeToInstant(ticket.preferredVisitDay.slice(0, 10), { hour: VISIT_START_HOUR, minute: 0 }));
};

/* ------------------------------------------------------------------------------------------------
 * Reading dates and amounts
 * ----------------------------------------------------------------------------------------------*/

export const digitsFor = (language: DisplayLanguage): Digits => (language === 'fa' ? 'persian' : 'latin');

/** An instant as Tehran reads it in the Jalali calendar ('۱۴۰۵/۰۹/۱۲ ۱۰:۳۰'); '—' when absent. */
export const jalaliInstant = (iso: string | null | undefined, language: DisplayLanguage): string =>
  (iso && formatInstantAsJalali(iso, digitsFor(language))) || '—';

/** A calendar day ('2026-12-03') as its Jalali day ('۱۴۰۵/۰۹/۱۲'); '—' when absent. */
export const jalaliDay = (iso: string | null | undefined, language: DisplayLanguage): string =>
  (iso && formatIsoDateAsJalali(iso.slice(0, 10), digitsFor(language))) || '—';

/** Rials with separators, and the toman equivalent. */
export const money = (rials: unknown, language: DisplayLanguage): { rials: string; tomans: string } | null => {
  const amount = formatAmount(rials, language);
  const tomans = formatTomans(rials, language);
  return amount === null || tomans === null ? null : { rials: amount, tomans };
};

/** A code (ticket number, tracking code) kept left to right inside a Persian sentence (U+2066 … U+2069). */
export const ltr = (text: string): string => `\u2066${text}\u2069`;

/** Digits in the reader's language (a ticket number, a count). */
export const localDigits = (text: string | number, language: DisplayLanguage): string =>
  language === 'fa' ? String(text).replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)]) : String(text);
