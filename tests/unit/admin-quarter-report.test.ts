/**
 * The quarterly report's admin side (plugins/back-office/admin/src/reports): which Jalali quarter
 * today is on Tehran's clock (the picker's default), the quarter before, the figures table and the
 * chart rows read from the report route's answer (the contract of issue 14), and its strings in
 * both languages.
 */
import { isQuarter, nameOf, previousQuarter, quarterLabel, quarterOf, rangeOf, formatShare, formatScore, formatCount } from '../../plugins/back-office/admin/src/reports/quarters';
import { chartRows, describe as describeChart, figureRows, formatValue } from '../../plugins/back-office/admin/src/reports/figures';
import { reportTranslations } from '../../plugins/back-office/admin/src/reports/translations';
import type { QuarterReport } from '../../plugins/back-office/admin/src/reports/api';

const en = reportTranslations.en;
const say = (key: string, values?: Record<string, string | number>) =>
  (en[`back-office.reports.${key}`] ?? key).replace(/\{(\w+)\}/g, (_, name: string) => String(values?.[name] ?? `{${name}}`));

describe('the quarter of a moment, Tehran time', () => {
  test('1 Farvardin 1405 (20 March 2026 at Tehran midnight, 20:30 UTC the day before) starts quarter 1', () => {
    expect(quarterOf(new Date('2026-03-20T20:29:59Z'))).toEqual({ year: 1404, quarter: 4 });
    expect(quarterOf(new Date('2026-03-20T20:30:00Z'))).toEqual({ year: 1405, quarter: 1 });
  });
  test('1 Tir starts quarter 2, 1 Mehr quarter 3, 1 Dey quarter 4', () => {
    expect(quarterOf(new Date('2026-06-21T12:00:00Z'))).toEqual({ year: 1405, quarter: 1 }); // 31 Khordad
    expect(quarterOf(new Date('2026-06-22T12:00:00Z'))).toEqual({ year: 1405, quarter: 2 }); // 1 Tir
    expect(quarterOf(new Date('2026-09-23T12:00:00Z'))).toEqual({ year: 1405, quarter: 3 }); // 1 Mehr
    expect(quarterOf(new Date('2026-12-02T08:00:00Z'))).toEqual({ year: 1405, quarter: 3 }); // 11 Azar
    expect(quarterOf(new Date('2026-12-22T12:00:00Z'))).toEqual({ year: 1405, quarter: 4 }); // 1 Dey
  });
  test('the previous quarter crosses the year after spring', () => {
    expect(previousQuarter({ year: 1405, quarter: 1 })).toEqual({ year: 1404, quarter: 4 });
    expect(previousQuarter({ year: 1405, quarter: 3 })).toEqual({ year: 1405, quarter: 2 });
  });
  test('only a real quarter is taken from the address', () => {
    expect(isQuarter({ year: 1405, quarter: 3 })).toBe(true);
    expect(isQuarter({ year: 1405, quarter: 5 })).toBe(false);
    expect(isQuarter({ year: Number.NaN, quarter: 1 })).toBe(false);
    expect(isQuarter({ year: 2026, quarter: 1 })).toBe(false);
  });
  test('named by season, in the reader’s digits', () => {
    expect(quarterLabel({ year: 1405, quarter: 3 }, 'fa')).toBe('پاییز ۱۴۰۵');
    expect(quarterLabel({ year: 1405, quarter: 4 }, 'en')).toBe('Winter 1405');
  });
});

test('counts, scores and shares in both languages; a dash where there is nothing', () => {
  expect(formatCount(1234, 'fa')).toBe('۱٬۲۳۴');
  expect(formatScore(4.25, 'en')).toBe('4.3');
  expect(formatShare(0.4, 'en')).toBe('40%');
  expect(formatShare(null, 'fa')).toBe('—');
  expect(formatScore(null, 'en')).toBe('—');
});

const REPORT: QuarterReport = {
  quarter: { year: 1405, quarter: 3, label: 'پاییز ۱۴۰۵', start: '2026-09-22T20:30:00.000Z', end: '2026-12-21T20:30:00.000Z' },
  surveys: { sent: 20, answered: 10, responseRate: 0.5, averages: { staffConduct: 4.5, salesProcess: 3, installationTraining: null, afterSalesSupport: 2 }, dissatisfiedShare: 0.2 },
  complaints: { total: 7, bySource: { web: 4, phone: 2, email: 1 }, byOutcome: { resolved: 3, open: 4 }, answeredWithin48hShare: 0.75, addressedToCeo: 2 },
  previous: {
    quarter: { year: 1405, quarter: 2, label: 'تابستان ۱۴۰۵' },
    surveys: { sent: 0, answered: 0, responseRate: null, averages: {}, dissatisfiedShare: null },
    complaints: { total: 1, bySource: { web: 1, fax: 1 }, byOutcome: { unfounded: 1 }, answeredWithin48hShare: 1, addressedToCeo: 0 },
  },
};

test('the figures table puts each figure beside the previous quarter’s (null where none)', () => {
  const rows = figureRows(REPORT, say as any);
  const byId = Object.fromEntries(rows.map((r) => [r.id, r]));
  expect(byId.sent).toMatchObject({ current: 20, previous: 0, kind: 'count' });
  expect(byId.responseRate).toMatchObject({ current: 0.5, previous: null, kind: 'share' });
  expect(byId['average-staffConduct']).toMatchObject({ current: 4.5, previous: null, kind: 'score', label: 'Average “Staff conduct”' });
  expect(byId['average-installationTraining'].current).toBeNull();
  expect(byId.complaints).toMatchObject({ current: 7, previous: 1 });
  expect(byId.answeredWithin48h).toMatchObject({ current: 0.75, previous: 1 });
  expect(formatValue('share', byId.answeredWithin48h.current, 'fa')).toBe('۷۵٪');
});

test('chart rows: every source and outcome (zero when absent), and any other key the server adds', () => {
  const charts = chartRows(REPORT, say as any, 'en');
  expect(charts.bySource.map((r) => r.key)).toEqual(['web', 'phone', 'email', 'in_person', 'social', 'visit_form', 'fax']);
  expect(charts.bySource.find((r) => r.key === 'social')).toMatchObject({ label: 'Social media', current: 0, previous: 0 });
  expect(charts.bySource.find((r) => r.key === 'fax')).toMatchObject({ label: 'fax', current: 0, previous: 1 });
  expect(charts.byOutcome.map((r) => [r.key, r.current, r.previous])).toEqual([
    ['resolved', 3, 0],
    ['partly_resolved', 0, 0],
    ['not_resolved', 0, 0],
    ['unfounded', 0, 1],
    ['open', 4, 0],
  ]);
  expect(charts.averages.map((r) => r.current)).toEqual([4.5, 3, null, 2]);
  expect(charts.rates.map((r) => r.key)).toEqual(['responseRate', 'dissatisfiedShare', 'answeredWithin48h']);
  expect(describeChart(charts.rates, (v) => formatShare(v, 'en'), 'Summer 1405', 'en')).toBe(
    'Response rate: 50% (Summer 1405: —); Share dissatisfied: 20% (Summer 1405: —); Answered within 48 working hours: 75% (Summer 1405: 100%)'
  );
});

test('every report string is in Persian and English, with the same arguments', () => {
  const { fa, en: english } = reportTranslations;
  expect(Object.keys(fa).sort()).toEqual(Object.keys(english).sort());
  const args = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
  for (const key of Object.keys(fa)) expect([key, args(fa[key])]).toEqual([key, args(english[key])]);
  expect(Object.values(fa).filter((text) => /[يك]/.test(text))).toEqual([]);
});

test('the quarter’s names and days as the report route gives them (moments and Jalali days), or made here', () => {
  const ref = {
    year: 1405,
    quarter: 1,
    label: 'بهار ۱۴۰۵',
    labelEn: 'Spring 1405',
    start: { iso: '2026-03-20T20:30:00.000Z', jalali: '۱۴۰۵/۰۱/۰۱ ۰۰:۰۰' },
    end: { iso: '2026-06-21T20:30:00.000Z', jalali: '۱۴۰۵/۰۴/۰۱ ۰۰:۰۰' },
    firstDay: { iso: '2026-03-21', jalali: '۱۴۰۵/۰۱/۰۱', jalaliLong: '۱ فروردین ۱۴۰۵' },
    lastDay: { iso: '2026-06-21', jalali: '۱۴۰۵/۰۳/۳۱', jalaliLong: '۳۱ خرداد ۱۴۰۵' },
  };
  expect(nameOf(ref, { year: 1, quarter: 1 }, 'fa')).toBe('بهار ۱۴۰۵');
  expect(nameOf(ref, { year: 1, quarter: 1 }, 'en')).toBe('Spring 1405');
  expect(nameOf(undefined, { year: 1404, quarter: 4 }, 'fa')).toBe('زمستان ۱۴۰۴');
  expect(rangeOf(ref, 'fa')).toEqual({ first: '۱ فروردین ۱۴۰۵', last: '۳۱ خرداد ۱۴۰۵' });
  // English from the instants: the last day is the one before the next quarter's first instant
  expect(rangeOf(ref, 'en')).toEqual({ first: 'Farvardin 1, 1405 AP', last: 'Khordad 31, 1405 AP' });
  expect(rangeOf({ start: 'nonsense' }, 'en')).toBeNull();
});
