/**
 * Pay-per-case billing (src/domain/invoices.ts): which tickets are billed, the lines in integer
 * rials (hours in hundredths: no float error, half-up rounding, amounts past 2^31 rials), the
 * invoice number, and the debt ceiling's crossings.
 */
import {
  debtCeilingCrossing,
  invoiceLines,
  invoiceNumber,
  isBillable,
  parseWorkHours,
  presentDebt,
  rialsForHours,
  type BillingRates,
} from '../../src/domain/invoices';
import { SERVICE_STATUSES } from '../../src/domain/service-status';
import { FAULT_ATTRIBUTIONS, TICKET_KINDS } from '../../src/domain/tickets';

const RATES: BillingRates = {
  hourlyRateRials: { simple: 5_000_000, standard: 8_000_000, complex: 12_000_000, expert: 18_000_000 },
  visitFeeRials: 15_000_000,
};

describe('isBillable', () => {
  test('the whole table: pay-per-case always; a visit whose fault was the buyer’s, whatever the service', () => {
    const billed: string[] = [];
    for (const serviceStatus of SERVICE_STATUSES)
      for (const kind of TICKET_KINDS)
        for (const faultAttribution of FAULT_ATTRIBUTIONS) if (isBillable({ serviceStatus, kind, faultAttribution })) billed.push(`${serviceStatus}/${kind}/${faultAttribution}`);
    const expected = [
      ...TICKET_KINDS.flatMap((kind) => FAULT_ATTRIBUTIONS.map((f) => `pay_per_case/${kind}/${f}`)),
      ...SERVICE_STATUSES.filter((s) => s !== 'pay_per_case').map((s) => `${s}/visit/customer`),
    ];
    expect(billed.sort()).toEqual(expected.sort());
  });

  test('a visit on an active service is not billed when the fault is the company’s or undetermined', () => {
    expect(isBillable({ serviceStatus: 'active', kind: 'visit', faultAttribution: 'company' })).toBe(false);
    expect(isBillable({ serviceStatus: 'renewed', kind: 'visit', faultAttribution: 'undetermined' })).toBe(false);
    expect(isBillable({ serviceStatus: 'active', kind: 'fault', faultAttribution: 'customer' })).toBe(false);
    expect(isBillable({ serviceStatus: null, kind: 'visit', faultAttribution: 'customer' })).toBe(true);
    expect(isBillable({ serviceStatus: null, kind: 'question', faultAttribution: null })).toBe(false);
  });
});

describe('work hours', () => {
  test('hundredths of an hour from numbers and typed strings in any digits', () => {
    expect(parseWorkHours(1)).toBe(100);
    expect(parseWorkHours(1.5)).toBe(150);
    expect(parseWorkHours(1.15)).toBe(115);
    expect(parseWorkHours(0.01)).toBe(1);
    expect(parseWorkHours('2.25')).toBe(225);
    expect(parseWorkHours('۱٫۲۵')).toBe(125);
    expect(parseWorkHours('۳.۵')).toBe(350);
    expect(parseWorkHours('٢')).toBe(200);
    expect(parseWorkHours(' 4 ')).toBe(400);
    expect(parseWorkHours(200)).toBe(20_000);
  });
  test('refused: zero, negative, over 200, three decimals, exponents, non-numbers', () => {
    for (const bad of [0, '0', '0.00', -1, '-1', 200.01, 201, '1.234', 1.234, 0.1 + 0.2, '1e2', 'abc', '', '1,5', NaN, Infinity, null, undefined, true, [1], { h: 1 }]) {
      expect([bad, parseWorkHours(bad)]).toEqual([bad, null]);
    }
  });
});

describe('invoice lines', () => {
  test('work = the difficulty’s hourly rate × hours, integer rials', () => {
    const { lines, totalRials } = invoiceLines(RATES, { difficulty: 'standard', workHours: 1.5, kind: 'fault', faultAttribution: 'undetermined' });
    expect(lines).toEqual([
      {
        description: { fa: 'دستمزد کار (سختی کار: معمولی)', en: 'Labour (difficulty: standard)' },
        quantity: 1.5,
        unit: { fa: 'ساعت', en: 'hour' },
        unitRials: 8_000_000,
        amountRials: 12_000_000,
      },
    ]);
    expect(totalRials).toBe(12_000_000);
  });

  test('a billed visit adds the visit fee; total is the sum', () => {
    const { lines, totalRials } = invoiceLines(RATES, { difficulty: 'expert', workHours: '2.25', kind: 'visit', faultAttribution: 'customer' });
    expect(lines.map((l) => [l.description.en, l.quantity, l.unitRials, l.amountRials])).toEqual([
      ['Labour (difficulty: expert)', 2.25, 18_000_000, 40_500_000],
      ['On-site visit fee', 1, 15_000_000, 15_000_000],
    ]);
    expect(lines[1].unit).toEqual({ fa: 'بار', en: 'visit' });
    expect(totalRials).toBe(55_500_000);
  });

  test('no float error: 1.15 h and 0.29 h at odd rates, rounded half up to a rial', () => {
    // 1.15 * 3 = 3.4499999999999997 in floating point; in hundredths 115 * 3 / 100 = 3.45 → 3
    expect(rialsForHours(3, 115)).toBe(3);
    // 0.29 * 100 = 28.999999999999996; 29 * 100 / 100 = 29 exactly
    expect(rialsForHours(100, 29)).toBe(29);
    // half up: 0.5 → 1, 1.49 → 1, 2.5 → 3
    expect(rialsForHours(50, 1)).toBe(1);
    expect(rialsForHours(149, 1)).toBe(1);
    expect(rialsForHours(250, 1)).toBe(3);
    expect(invoiceLines({ ...RATES, hourlyRateRials: { ...RATES.hourlyRateRials, simple: 5_000_001 } }, { difficulty: 'simple', workHours: 0.01, kind: 'question' }).totalRials).toBe(50_000);
  });

  test('amounts past 2^31 and 2^32 rials stay exact', () => {
    const rates: BillingRates = { hourlyRateRials: { ...RATES.hourlyRateRials, expert: 9_999_999_999 }, visitFeeRials: 4_294_967_296 };
    const { lines, totalRials } = invoiceLines(rates, { difficulty: 'expert', workHours: '199.99', kind: 'visit', faultAttribution: 'customer' });
    // 9,999,999,999 × 199.99 = 1,999,899,999,800.01 → 1,999,899,999,800
    expect(lines[0].amountRials).toBe(1_999_899_999_800);
    expect(totalRials).toBe(1_999_899_999_800 + 4_294_967_296);
    expect(totalRials).toBeGreaterThan(2 ** 32);
    expect(Number.isSafeInteger(totalRials)).toBe(true);
  });

  test('refuses what cannot be billed exactly', () => {
    expect(() => invoiceLines(RATES, { difficulty: 'simple', workHours: '1.234', kind: 'fault' })).toThrow(RangeError);
    expect(() => rialsForHours(Number.MAX_SAFE_INTEGER, 20_000)).toThrow(RangeError);
    expect(() => rialsForHours(1.5, 100)).toThrow(RangeError);
  });
});

test('the invoice number: F-, the Jalali year and the id padded to six digits', () => {
  expect(invoiceNumber(1405, 42)).toBe('F-1405-000042');
  expect(invoiceNumber(1406, 1_234_567)).toBe('F-1406-1234567');
});

describe('the debt ceiling', () => {
  const CEILING = 100_000_000;
  test('reaching it with no alert open: alert; staying above with it open: nothing', () => {
    expect(debtCeilingCrossing(90_000_000, 100_000_000, CEILING, false)).toBe('alert');
    expect(debtCeilingCrossing(0, 150_000_000, CEILING, false)).toBe('alert');
    expect(debtCeilingCrossing(100_000_000, 130_000_000, CEILING, true)).toBe('none');
    expect(debtCeilingCrossing(130_000_000, 110_000_000, CEILING, true)).toBe('none');
  });
  test('below it: cleared when an alert is open, else nothing; the next crossing alerts again', () => {
    expect(debtCeilingCrossing(130_000_000, 99_999_999, CEILING, true)).toBe('clear');
    expect(debtCeilingCrossing(50_000_000, 60_000_000, CEILING, false)).toBe('none');
    expect(debtCeilingCrossing(60_000_000, 100_000_001, CEILING, false)).toBe('alert');
  });
  test('a ceiling lowered under a debt already owed alerts once; no ceiling (0) never alerts', () => {
    expect(debtCeilingCrossing(80_000_000, 80_000_000, 50_000_000, false)).toBe('alert');
    expect(debtCeilingCrossing(0, 10, 0, false)).toBe('none');
    expect(debtCeilingCrossing(10, 10, 0, true)).toBe('clear');
    expect(debtCeilingCrossing(0, 0, CEILING, false)).toBe('none');
  });
  test('the buyer’s view of it', () => {
    expect(presentDebt(100_000_000, 2, CEILING)).toEqual({ outstandingRials: 100_000_000, ceilingRials: CEILING, overCeiling: true, unpaidCount: 2 });
    expect(presentDebt(99_999_999, 1, CEILING).overCeiling).toBe(false);
  });
});
