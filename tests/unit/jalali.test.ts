import {
  addDays,
  addMonths,
  daysBetween,
  formatJalaliDate,
  formatJalaliDateEnglish,
  formatJalaliDateLong,
  formatJalaliDateTime,
  isIsoDate,
  jalaliParts,
  presentDate,
  tehranDate,
} from '../../src/domain/jalali';

describe('Jalali formatting (Intl, Asia/Tehran)', () => {
  test('calendar dates', () => {
    expect(formatJalaliDate('2026-03-21')).toBe('۱۴۰۵/۰۱/۰۱'); // Nowruz 1405
    expect(formatJalaliDate('2026-03-20')).toBe('۱۴۰۴/۱۲/۲۹');
    expect(formatJalaliDateLong('2026-11-23')).toBe('۲ آذر ۱۴۰۵');
  });
  test('in English: still Jalali, English month names, as the English site writes dates', () => {
    expect(formatJalaliDateEnglish('2026-11-23')).toBe('Azar 2, 1405 AP');
    expect(formatJalaliDateEnglish('2026-03-21')).toBe('Farvardin 1, 1405 AP');
  });
  test('a calendar date never shifts a day, whatever the machine time zone', () => {
    expect(formatJalaliDate('2026-09-22')).toBe('۱۴۰۵/۰۶/۳۱');
    expect(jalaliParts('2026-09-22')).toEqual({ year: 1405, month: 6, day: 31 });
  });
  test('instants are shown in Tehran time', () => {
    // 20:45 UTC is 00:15 the next day in Tehran (UTC+3:30)
    expect(formatJalaliDateTime(new Date('2026-11-22T20:45:00Z'))).toBe('۱۴۰۵/۰۹/۰۲، ۰۰:۱۵');
    expect(tehranDate(new Date('2026-11-22T20:45:00Z'))).toBe('2026-11-23');
    expect(tehranDate(new Date('2026-11-22T20:15:00Z'))).toBe('2026-11-22');
  });
  test('presentDate gives ISO and Jalali, null stays null', () => {
    expect(presentDate('2026-11-23')).toEqual({ iso: '2026-11-23', jalali: '۱۴۰۵/۰۹/۰۲', jalaliLong: '۲ آذر ۱۴۰۵' });
    expect(presentDate(null)).toBeNull();
  });
});

describe('calendar arithmetic', () => {
  test('addMonths clamps to the month end', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2026-11-23', 18)).toBe('2028-05-23');
    expect(addMonths('2026-03-15', -3)).toBe('2025-12-15');
  });
  test('addDays and daysBetween', () => {
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(daysBetween('2026-11-23', '2026-12-23')).toBe(30);
    expect(daysBetween('2026-11-23', '2026-11-20')).toBe(-3);
  });
  test('isIsoDate rejects impossible dates', () => {
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('1405/09/02')).toBe(false);
    expect(isIsoDate('2028-02-29')).toBe(true);
  });
});
