/**
 * The Ticket desk's pure rules (plugins/back-office/admin/src/ticket-desk/logic.ts): the due time a
 * row shows, the hours staff type, the invoice preview from the settings' rates, and the desk's
 * strings in both languages.
 */
import {
  asksForBilling,
  billsOnResolve,
  dueOf,
  formatHours,
  invoicePreview,
  jalaliInstant,
  money,
  parseWorkHours,
  storedHoursToHundredths,
  visitStartValue,
} from '../../plugins/back-office/admin/src/ticket-desk/logic';
import { ticketDeskTranslations } from '../../plugins/back-office/admin/src/ticket-desk/translations';

const NOW = new Date('2026-12-02T08:00:00Z');
const row = (over: Partial<Parameters<typeof dueOf>[0]> = {}) => ({
  ticketStatus: 'open' as const,
  replyDueAt: null,
  resolutionDueAt: null,
  overdueAt: null,
  ...over,
});

describe('due time of a row', () => {
  test('the next reply while the ticket waits on staff, else the resolution', () => {
    expect(dueOf(row({ replyDueAt: '2026-12-02T12:00:00Z', resolutionDueAt: '2026-12-04T12:00:00Z' }), NOW)).toEqual({ kind: 'reply', at: '2026-12-02T12:00:00Z', state: 'ok' });
    expect(dueOf(row({ resolutionDueAt: '2026-12-04T12:00:00Z' }), NOW)).toEqual({ kind: 'resolution', at: '2026-12-04T12:00:00Z', state: 'ok' });
  });
  test('overdue once passed or marked by the SLA job; soon within two hours', () => {
    expect(dueOf(row({ replyDueAt: '2026-12-02T07:59:00Z' }), NOW)?.state).toBe('overdue');
    expect(dueOf(row({ replyDueAt: '2026-12-02T12:00:00Z', overdueAt: '2026-12-02T07:00:00Z' }), NOW)?.state).toBe('overdue');
    expect(dueOf(row({ replyDueAt: '2026-12-02T09:30:00Z' }), NOW)?.state).toBe('soon');
    expect(dueOf(row({ replyDueAt: '2026-12-02T10:01:00Z' }), NOW)?.state).toBe('ok');
  });
  test('none for a closed ticket or one without due times', () => {
    expect(dueOf(row({ ticketStatus: 'closed', replyDueAt: '2026-12-01T00:00:00Z' }), NOW)).toBeNull();
    expect(dueOf(row(), NOW)).toBeNull();
  });
});

describe('work hours as staff type them', () => {
  test.each([
    ['1.5', 150],
    ['۱٫۵', 150],
    ['١.٢٥', 125],
    ['2', 200],
    [' 0.25 ', 25],
    ['3/75', 375],
    ['200', 20000],
  ])('%s → %i hundredths', (typed, hundredths) => expect(parseWorkHours(typed)).toBe(hundredths));
  test.each(['', '0', '0.00', '-1', '1.234', 'abc', '200.01', '1e2', '1.5.2'])('%s is refused', (typed) => expect(parseWorkHours(typed)).toBeNull());
  test('shown back in the reader’s digits', () => {
    expect(formatHours(150, 'en')).toBe('1.5');
    expect(formatHours(150, 'fa')).toBe('۱٫۵');
    expect(formatHours(200, 'fa')).toBe('۲');
    expect(formatHours(125, 'en')).toBe('1.25');
    expect(storedHoursToHundredths('2.50')).toBe(250);
    expect(storedHoursToHundredths(null)).toBeNull();
  });
});

describe('invoice preview (THE invoice rule, src/domain/invoices.ts, from the rates the desk was given)', () => {
  const rates = { hourlyRateRials: { simple: '5000000', standard: 8000000, complex: '12000000', expert: '18000000' }, visitFeeRials: '15000000' };
  const input = { billable: true, kind: 'fault' as const, faultAttribution: 'undetermined' as const, difficulty: 'standard' as const, hundredths: 150 };

  test('rate × hours for a billable ticket', () => {
    const preview = invoicePreview(rates, input);
    expect(preview?.lines.map((l) => [l.quantity, l.unitRials, l.amountRials, l.unit.fa])).toEqual([[1.5, 8000000, 12000000, 'ساعت']]);
    expect(preview?.totalRials).toBe(12000000);
  });
  test('a billed visit adds the visit fee', () => {
    const preview = invoicePreview(rates, { ...input, billable: false, kind: 'visit', faultAttribution: 'customer', difficulty: 'simple', hundredths: 100 });
    expect(preview?.lines.map((l) => [l.description.fa, l.amountRials])).toEqual([
      ['دستمزد کار (سختی کار: ساده)', 5000000],
      ['هزینهٔ بازدید حضوری', 15000000],
    ]);
    expect(preview?.totalRials).toBe(20000000);
  });
  test('whole rials, rounded half up, with no float error', () => {
    expect(invoicePreview({ ...rates, hourlyRateRials: { ...rates.hourlyRateRials, simple: '333' } }, { ...input, difficulty: 'simple', hundredths: 150 })?.totalRials).toBe(500); // 499.5
    expect(invoicePreview({ ...rates, hourlyRateRials: { ...rates.hourlyRateRials, simple: '3' } }, { ...input, difficulty: 'simple', hundredths: 115 })?.totalRials).toBe(3); // 3.45
    expect(invoicePreview({ ...rates, hourlyRateRials: { ...rates.hourlyRateRials, expert: '9000000000000' } }, { ...input, difficulty: 'expert', hundredths: 20000 })?.totalRials).toBe(1800000000000000);
  });
  test('nothing while not billed, incomplete or unreadable', () => {
    expect(invoicePreview(rates, { ...input, billable: false })).toBeNull();
    expect(invoicePreview(rates, { ...input, billable: false, kind: 'visit', faultAttribution: 'company' })).toBeNull();
    expect(invoicePreview(rates, { ...input, difficulty: null })).toBeNull();
    expect(invoicePreview(rates, { ...input, hundredths: null })).toBeNull();
    expect(invoicePreview({ ...rates, visitFeeRials: 'n/a' }, input)).toBeNull();
  });
  test('who is billed and who is asked', () => {
    expect(billsOnResolve({ billable: true, kind: 'question', faultAttribution: null })).toBe(true);
    expect(billsOnResolve({ billable: false, kind: 'visit', faultAttribution: 'customer' })).toBe(true);
    expect(billsOnResolve({ billable: false, kind: 'visit', faultAttribution: 'undetermined' })).toBe(false);
    expect(asksForBilling({ billable: false, kind: 'visit' })).toBe(true);
    expect(asksForBilling({ billable: false, kind: 'fault' })).toBe(false);
  });
});

test('dates in the Jalali calendar on Tehran’s clock, amounts with separators and tomans', () => {
  expect(jalaliInstant('2026-12-02T08:00:00Z', 'en')).toBe('1405/09/11 11:30');
  expect(jalaliInstant('2026-12-02T08:00:00Z', 'fa')).toBe('۱۴۰۵/۰۹/۱۱ ۱۱:۳۰');
  expect(jalaliInstant(null, 'fa')).toBe('—');
  expect(money('12000000', 'fa')).toEqual({ rials: '۱۲٬۰۰۰٬۰۰۰', tomans: '۱٬۲۰۰٬۰۰۰' });
  expect(money(12000000, 'en')).toEqual({ rials: '12,000,000', tomans: '1,200,000' });
});

test('the visit box starts from the booked visit ahead, else the preferred day at 10:00 Tehran, else empty', () => {
  // NOW is 1405/09/11 11:30 in Tehran
  expect(visitStartValue({ visitScheduledAt: '2026-12-05T06:30:00.000Z', preferredVisitDay: '2026-12-04' }, NOW)).toBe('2026-12-05T06:30:00.000Z');
  expect(visitStartValue({ visitScheduledAt: null, preferredVisitDay: '2026-12-04' }, NOW)).toBe('2026-12-04T06:30:00.000Z');
  // a visit already past, or a preferred day whose 10:00 has gone: nothing the server would take
  expect(visitStartValue({ visitScheduledAt: '2026-12-01T06:30:00.000Z', preferredVisitDay: '2026-12-02' }, NOW)).toBeNull();
  expect(visitStartValue({ visitScheduledAt: null, preferredVisitDay: null }, NOW)).toBeNull();
});

test('every desk string is in Persian and English, with the same arguments', () => {
  const { fa, en } = ticketDeskTranslations;
  expect(Object.keys(fa).sort()).toEqual(Object.keys(en).sort());
  const args = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
  for (const key of Object.keys(fa)) expect([key, args(fa[key])]).toEqual([key, args(en[key])]);
  expect(Object.values(fa).filter((text) => /[يك]/.test(text))).toEqual([]);
});
