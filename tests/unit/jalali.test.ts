import {
  addDays,
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
import { addJalaliMonths, addJalaliYears, isoToJalali, jalaliMonthLength, jalaliToIso } from '../../src/domain/jalali-terms';

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
  test('moments remembered per minute: seconds never carry a string into the next minute', () => {
    expect(formatJalaliDateTime(new Date('2026-11-22T20:29:00.000Z'))).toBe('۱۴۰۵/۰۹/۰۱، ۲۳:۵۹');
    expect(formatJalaliDateTime(new Date('2026-11-22T20:29:59.999Z'))).toBe('۱۴۰۵/۰۹/۰۱، ۲۳:۵۹');
    expect(formatJalaliDateTime(new Date('2026-11-22T20:30:00.000Z'))).toBe('۱۴۰۵/۰۹/۰۲، ۰۰:۰۰');
    expect(formatJalaliDateTime('2026-11-22T20:30:30Z')).toBe('۱۴۰۵/۰۹/۰۲، ۰۰:۰۰');
    expect(() => formatJalaliDateTime(new Date('not a date'))).toThrow(RangeError);
  });
  test('presentDate gives ISO and Jalali, null stays null', () => {
    expect(presentDate('2026-11-23')).toEqual({ iso: '2026-11-23', jalali: '۱۴۰۵/۰۹/۰۲', jalaliLong: '۲ آذر ۱۴۰۵' });
    expect(presentDate(null)).toBeNull();
  });
});

describe('calendar arithmetic', () => {
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

/** The Jalali day a customer sees for a date (Intl, what the site and messages show). */
const shown = (iso: string) => formatJalaliDate(iso);

describe('terms in Jalali months and years (addJalaliMonths / addJalaliYears)', () => {
  const azar10 = '2026-12-01'; // 10 Azar 1405

  test('a renewal from 10 Azar 1405 ends on 10 Azar of the next 1, 2 and 3 years', () => {
    expect(shown(azar10)).toBe('۱۴۰۵/۰۹/۱۰');
    expect(shown(addJalaliYears(azar10, 1))).toBe('۱۴۰۶/۰۹/۱۰');
    expect(shown(addJalaliYears(azar10, 2))).toBe('۱۴۰۷/۰۹/۱۰'); // Gregorian years gave 11 Azar 1407
    expect(shown(addJalaliYears(azar10, 3))).toBe('۱۴۰۸/۰۹/۱۰'); // and 11 Azar 1408
    expect([1, 2, 3].map((y) => addJalaliYears(azar10, y))).toEqual(['2027-12-01', '2028-11-30', '2029-11-30']);
  });

  test('months keep the day; a shorter target month gives its last day', () => {
    const shahrivar31 = jalaliToIso({ year: 1405, month: 6, day: 31 });
    expect(shown(addJalaliMonths(shahrivar31, 1))).toBe('۱۴۰۵/۰۷/۳۰'); // Mehr has 30 days
    expect(shown(addJalaliMonths(shahrivar31, 12))).toBe('۱۴۰۶/۰۶/۳۱');
    expect(shown(addJalaliMonths(shahrivar31, -1))).toBe('۱۴۰۵/۰۵/۳۱');
    expect(shown(addJalaliMonths(jalaliToIso({ year: 1405, month: 11, day: 30 }), 1))).toBe('۱۴۰۵/۱۲/۲۹'); // Esfand 1405: 29 days
    expect(shown(addJalaliMonths(jalaliToIso({ year: 1405, month: 10, day: 15 }), 18))).toBe('۱۴۰۷/۰۴/۱۵'); // across a year end
    expect(shown(addJalaliMonths(jalaliToIso({ year: 1405, month: 2, day: 5 }), -3))).toBe('۱۴۰۴/۱۱/۰۵');
    expect(addJalaliMonths('2026-11-23', 0)).toBe('2026-11-23');
  });

  test('leap years: 30 Esfand exists only in a leap year', () => {
    expect(jalaliMonthLength(1403, 12)).toBe(30); // 30 Esfand 1403 = 2025-03-20
    expect(jalaliMonthLength(1404, 12)).toBe(29);
    expect(jalaliMonthLength(1408, 12)).toBe(30);
    const esfand30 = jalaliToIso({ year: 1403, month: 12, day: 30 });
    expect(esfand30).toBe('2025-03-20');
    expect(shown(addJalaliYears(esfand30, 1))).toBe('۱۴۰۴/۱۲/۲۹'); // no 30 Esfand in 1404: its last day
    expect(addJalaliYears(esfand30, 1)).toBe('2026-03-20'); // the day before Nowruz 1405, not Nowruz
    expect(shown(addJalaliYears(esfand30, 5))).toBe('۱۴۰۸/۱۲/۳۰'); // 1408 is leap again
    expect(shown(addJalaliYears(jalaliToIso({ year: 1404, month: 12, day: 29 }), 4))).toBe('۱۴۰۸/۱۲/۲۹');
    expect(shown(addJalaliYears(jalaliToIso({ year: 1408, month: 12, day: 30 }), -5))).toBe('۱۴۰۳/۱۲/۳۰');
  });

  test('a Date counts from its day in Tehran', () => {
    // 21:00 UTC on 30 Nov 2026 is already 1 Dec (10 Azar) in Tehran
    expect(shown(addJalaliYears(new Date('2026-11-30T21:00:00Z'), 1))).toBe('۱۴۰۶/۰۹/۱۰');
    expect(() => addJalaliMonths(azar10, 1.5)).toThrow(RangeError);
  });

  test('the calendar that counts agrees with the one customers see (Intl): every day of 1398–1410, every year end of 1343–1470', () => {
    const mismatches: string[] = [];
    const check = (iso: string) => {
      const j = isoToJalali(iso);
      const intl = jalaliParts(iso);
      if (j.year !== intl.year || j.month !== intl.month || j.day !== intl.day) mismatches.push(iso);
      else if (jalaliToIso(j) !== iso) mismatches.push(`${iso} (back)`);
    };
    for (let iso = '2019-03-21'; iso < '2032-03-21'; iso = addDays(iso, 1)) check(iso);
    for (let year = 1343; year <= 1470; year++) {
      const nowruz = jalaliToIso({ year: year + 1, month: 1, day: 1 });
      for (const iso of [addDays(nowruz, -2), addDays(nowruz, -1), nowruz]) check(iso);
    }
    expect(mismatches).toEqual([]);
  });

  test('every day of 1403–1405 plus 1, 2, 3 years lands on the same Jalali day, or the month’s last', () => {
    for (let iso = jalaliToIso({ year: 1403, month: 1, day: 1 }); iso < jalaliToIso({ year: 1406, month: 1, day: 1 }); iso = addDays(iso, 1)) {
      const from = jalaliParts(iso);
      for (const years of [1, 2, 3]) {
        const to = jalaliParts(addJalaliYears(iso, years));
        expect([to.year, to.month]).toEqual([from.year + years, from.month]);
        expect(to.day).toBe(Math.min(from.day, jalaliMonthLength(to.year, to.month)));
      }
    }
  });
});
