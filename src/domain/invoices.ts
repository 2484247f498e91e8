/**
 * Pay-per-case invoices (seed 001 §3): statuses and their labels, which tickets are billed, an
 * invoice's lines from the rate table (integer rials), its number, and the debt ceiling rule.
 * Browser-safe (the admin's vocabulary imports the label maps).
 */
import type { Label, ServiceStatus } from './service-status';
import { TICKET_DIFFICULTY_LABELS, type FaultAttribution, type TicketDifficulty, type TicketKind } from './tickets';

export const INVOICE_STATUSES = ['unpaid', 'paid', 'void'] as const;
export type InvoiceStatus = (typeof INVOICE_STATUSES)[number];

export const INVOICE_STATUS_LABELS: Record<InvoiceStatus, Label> = {
  unpaid: { fa: 'پرداخت‌نشده', en: 'Unpaid' },
  paid: { fa: 'پرداخت‌شده', en: 'Paid' },
  void: { fa: 'باطل‌شده', en: 'Void' },
};

// ── billing (seed 001 §3, seed 004) ─────────────────────────────────────────────────────────

/** Persian (۰–۹) and Arabic-Indic (٠–٩) digits → Latin (kept here: this file is browser-safe). */
const latinDigits = (value: string): string =>
  value.replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0)).replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660));

/**
 * THE billing rule: a ticket on a device served pay-per-case is billed; an on-site visit whose
 * fault was not the company's (the buyer's: `customer`) is billed whatever the device's service.
 * A visit whose fault is undetermined or the company's is billed only on a pay-per-case device.
 */
export const isBillable = ({ serviceStatus, kind, faultAttribution }: { serviceStatus: ServiceStatus | null | undefined; kind: TicketKind; faultAttribution?: FaultAttribution | null }): boolean =>
  serviceStatus === 'pay_per_case' || (kind === 'visit' && faultAttribution === 'customer');

/** The most hours one ticket may bill (the ticket's `workHours` attribute allows 0–200). */
export const MAX_WORK_HOURS = 200;

/**
 * Work hours as staff type them — a number or a string, any digits, `.` or `٫` as the decimal
 * separator, at most two decimal places, above 0 and at most 200 — in hundredths of an hour
 * (1.25 → 125), so the arithmetic stays in whole numbers. Null for anything else.
 */
export const parseWorkHours = (value: unknown): number | null => {
  let text: string;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return null;
    text = String(value);
  } else if (typeof value === 'string') {
    text = latinDigits(value.trim()).replace('\u066b', '.');
  } else return null;
  const m = /^(\d{1,3})(?:\.(\d{1,2}))?$/.exec(text);
  if (!m) return null;
  const hundredths = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
  return hundredths > 0 && hundredths <= MAX_WORK_HOURS * 100 ? hundredths : null;
};

/** hundredths of an hour → the hours as a number with at most two decimals (125 → 1.25) */
export const hoursFromHundredths = (hundredths: number): number => Number(`${Math.floor(hundredths / 100)}.${String(hundredths % 100).padStart(2, '0')}`);

/** What the settings say an hour and a visit cost (api::support-settings current()). */
export type BillingRates = { hourlyRateRials: Record<TicketDifficulty, number>; visitFeeRials: number };

export type InvoiceLine = {
  description: Label;
  quantity: number;
  unit: Label;
  unitRials: number;
  amountRials: number;
};

/** rials × hundredths of an hour ÷ 100, rounded half up to a whole rial; exact for any safe amount. */
export const rialsForHours = (rateRials: number, hundredths: number): number => {
  if (!Number.isSafeInteger(rateRials) || rateRials < 0) throw new RangeError(`Not a rate in rials: ${rateRials}`);
  if (!Number.isSafeInteger(hundredths) || hundredths < 0) throw new RangeError(`Not hundredths of an hour: ${hundredths}`);
  const amount = (BigInt(rateRials) * BigInt(hundredths) + 50n) / 100n;
  if (amount > BigInt(Number.MAX_SAFE_INTEGER)) throw new RangeError('The amount is too large');
  return Number(amount);
};

/**
 * An invoice's lines and total for a billable ticket (the caller decides that with isBillable):
 * the work — the difficulty's hourly rate × the hours — and, for an on-site visit, the visit fee.
 * Integer rials throughout; hours are counted in hundredths, so 1.15 h × 3 rials is 3 (3.45
 * rounded half up), never a float's 3.4499….
 */
export const invoiceLines = (
  rates: BillingRates,
  { difficulty, workHours, kind }: { difficulty: TicketDifficulty; workHours: number | string; kind: TicketKind; faultAttribution?: FaultAttribution | null }
): { lines: InvoiceLine[]; totalRials: number } => {
  const hundredths = parseWorkHours(workHours);
  if (hundredths === null) throw new RangeError(`Not work hours: ${String(workHours)}`);
  const rate = rates.hourlyRateRials[difficulty];
  if (rate === undefined) throw new RangeError(`No hourly rate for ${difficulty}`);
  const label = TICKET_DIFFICULTY_LABELS[difficulty];
  const lines: InvoiceLine[] = [
    {
      description: { fa: `دستمزد کار (سختی کار: ${label.fa})`, en: `Labour (difficulty: ${label.en.toLowerCase()})` },
      quantity: hoursFromHundredths(hundredths),
      unit: { fa: 'ساعت', en: 'hour' },
      unitRials: rate,
      amountRials: rialsForHours(rate, hundredths),
    },
  ];
  if (kind === 'visit') {
    lines.push({
      description: { fa: 'هزینهٔ بازدید حضوری', en: 'On-site visit fee' },
      quantity: 1,
      unit: { fa: 'بار', en: 'visit' },
      unitRials: rates.visitFeeRials,
      amountRials: rates.visitFeeRials,
    });
  }
  const total = lines.reduce((sum, line) => sum + BigInt(line.amountRials), 0n);
  if (total > BigInt(Number.MAX_SAFE_INTEGER)) throw new RangeError('The total is too large');
  return { lines, totalRials: Number(total) };
};

/** The readable number: «F-», the Jalali year of issue and the row's id, e.g. F-1405-000042. */
export const invoiceNumber = (jalaliYear: number, id: number): string => `F-${jalaliYear}-${String(id).padStart(6, '0')}`;

/**
 * The debt ceiling (seed 001 §3): what to do after the outstanding debt changed.
 * - 'alert': it reached the ceiling and no alert is open — one alert, one message (a crossing);
 * - 'clear': it fell below the ceiling while an alert is open — the alert is closed, so the next
 *   crossing alerts again;
 * - 'none':  nothing changes (still above with the alert open, or below with none).
 * It goes by the open alert rather than the previous amount, so a ceiling staff lowered below a
 * debt already owed still alerts once; `previousOutstanding` says where the change came from. A
 * ceiling of 0 (or less) means no ceiling.
 */
export const debtCeilingCrossing = (previousOutstanding: number, nextOutstanding: number, ceiling: number, alertOpen: boolean): 'alert' | 'clear' | 'none' => {
  void previousOutstanding;
  const over = ceiling > 0 && nextOutstanding > 0 && nextOutstanding >= ceiling;
  if (over) return alertOpen ? 'none' : 'alert';
  return alertOpen ? 'clear' : 'none';
};

/** The debt as the buyer sees it (dashboard, invoices page). */
export type Debt = { outstandingRials: number; ceilingRials: number; overCeiling: boolean; unpaidCount: number };
export const presentDebt = (outstandingRials: number, unpaidCount: number, ceilingRials: number): Debt => ({
  outstandingRials,
  ceilingRials,
  overCeiling: ceilingRials > 0 && outstandingRials > 0 && outstandingRials >= ceilingRials,
  unpaidCount,
});
