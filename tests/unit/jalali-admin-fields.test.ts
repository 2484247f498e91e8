/**
 * The Jalali fields' arithmetic (plugins/jalali-date/admin/src/jalali.ts): what the admin's date inputs,
 * list-view cells and filters show, parse and store.
 */
import {
  formatInstantAsJalali,
  formatStoredValue,
  formatIsoDateAsJalali,
  formatJalaliDay,
  instantToTehran,
  isoDateToJalali,
  jalaliMonthLength,
  jalaliToStoredValue,
  jalaliToIsoDate,
  jalaliWallTimeToInstant,
  normalizeDigits,
  parseJalaliDate,
  parseJalaliDateTime,
  parseTypedValue,
  storedValueToJalali,
  tehranOffsetMinutes,
  tehranWallTimeToInstant,
  toPersianDigits,
} from '../../plugins/jalali-date/admin/src/jalali';

describe('calendar days: ISO ↔ Jalali', () => {
  test('Esfand 30 exists in the leap year 1403 and not in 1404', () => {
    expect(jalaliMonthLength(1403, 12)).toBe(30);
    expect(jalaliMonthLength(1404, 12)).toBe(29);
    expect(isoDateToJalali('2025-03-20')).toEqual({ year: 1403, month: 12, day: 30 });
    expect(jalaliToIsoDate({ year: 1403, month: 12, day: 30 })).toBe('2025-03-20');
    expect(jalaliToIsoDate({ year: 1404, month: 12, day: 30 })).toBeNull();
    expect(jalaliToIsoDate({ year: 1404, month: 12, day: 29 })).toBe('2026-03-20');
  });

  test('Nowruz: 1 Farvardin follows the last day of Esfand', () => {
    expect(isoDateToJalali('2025-03-21')).toEqual({ year: 1404, month: 1, day: 1 });
    expect(jalaliToIsoDate({ year: 1404, month: 1, day: 1 })).toBe('2025-03-21');
    expect(isoDateToJalali('2026-03-20')).toEqual({ year: 1404, month: 12, day: 29 });
    expect(isoDateToJalali('2026-03-21')).toEqual({ year: 1405, month: 1, day: 1 });
  });

  test('the first six months have 31 days, the next five 30', () => {
    expect(jalaliToIsoDate({ year: 1405, month: 6, day: 31 })).toBe('2026-09-22');
    expect(jalaliToIsoDate({ year: 1405, month: 7, day: 31 })).toBeNull();
    expect(jalaliToIsoDate({ year: 1405, month: 7, day: 30 })).toBe('2026-10-22');
  });

  test("the picker's calendar agrees with Intl's Persian calendar (2000–2040: every day around Nowruz, the 1st of each month), both ways", () => {
    const intl = new Intl.DateTimeFormat('en-US-u-ca-persian-nu-latn', { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });
    const days: number[] = [];
    for (let year = 2000; year <= 2040; year += 1) {
      for (let day = 8; day <= 31; day += 1) days.push(Date.UTC(year, 2, day)); // 8–31 March: Esfand's end, Nowruz
      for (let month = 0; month < 12; month += 1) days.push(Date.UTC(year, month, 1));
    }
    const disagreements: string[] = [];
    for (const at of days) {
      const iso = new Date(at).toISOString().slice(0, 10);
      const parts = intl.formatToParts(new Date(at));
      const get = (type: string) => Number(parts.find((part) => part.type === type)?.value);
      const expected = { year: get('year'), month: get('month'), day: get('day') };
      const jalali = isoDateToJalali(iso);
      if (JSON.stringify(jalali) !== JSON.stringify(expected) || jalaliToIsoDate(expected) !== iso) {
        disagreements.push(`${iso}: ${JSON.stringify(jalali)} vs Intl ${JSON.stringify(expected)}`);
      }
    }
    expect(disagreements).toEqual([]);
  });

  test('a calendar day never shifts, whatever the machine time zone', () => {
    const original = process.env.TZ;
    try {
      for (const zone of ['America/Los_Angeles', 'Asia/Tehran', 'Pacific/Kiritimati', 'UTC']) {
        process.env.TZ = zone;
        expect(isoDateToJalali('2025-03-20')).toEqual({ year: 1403, month: 12, day: 30 });
        expect(jalaliToIsoDate({ year: 1404, month: 1, day: 1 })).toBe('2025-03-21');
        expect(formatInstantAsJalali('2025-03-19T20:45:00.000Z')).toBe('1403/12/30 00:15');
      }
    } finally {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    }
  });

  test('anything but an existing ISO day is refused', () => {
    expect(isoDateToJalali('2025-02-29')).toBeNull();
    expect(isoDateToJalali('2025-03-20T00:00:00.000Z')).toBeNull();
    expect(isoDateToJalali('1403/12/30')).toBeNull();
    expect(isoDateToJalali('')).toBeNull();
    expect(jalaliToIsoDate({ year: 1403, month: 0, day: 1 })).toBeNull();
    expect(jalaliToIsoDate({ year: 1403, month: 13, day: 1 })).toBeNull();
    expect(jalaliToIsoDate({ year: 1403, month: 1, day: 0 })).toBeNull();
    expect(jalaliToIsoDate({ year: 1403.5, month: 1, day: 1 })).toBeNull();
    expect(jalaliToIsoDate({ year: 2025, month: 3, day: 20 })).toBeNull(); // a Gregorian year
  });
});

describe("instants: UTC ↔ Tehran's clock (Intl, Asia/Tehran)", () => {
  test('just after midnight in Tehran is still the previous day in UTC', () => {
    // 00:15 on 30 Esfand 1403 in Tehran (UTC+3:30) is 20:45 UTC on 19 March
    expect(jalaliWallTimeToInstant({ year: 1403, month: 12, day: 30 }, { hour: 0, minute: 15 })).toBe('2025-03-19T20:45:00.000Z');
    expect(instantToTehran('2025-03-19T20:45:00.000Z')).toEqual({
      isoDate: '2025-03-20',
      jalali: { year: 1403, month: 12, day: 30 },
      time: { hour: 0, minute: 15 },
    });
    // a minute before Tehran's midnight it is still 29 Esfand
    expect(formatInstantAsJalali('2025-03-19T20:29:00.000Z')).toBe('1403/12/29 23:59');
  });

  test('Nowruz begins at midnight in Tehran, 20:30 UTC', () => {
    expect(formatInstantAsJalali('2025-03-20T20:29:59.999Z')).toBe('1403/12/30 23:59');
    expect(formatInstantAsJalali('2025-03-20T20:30:00.000Z')).toBe('1404/01/01 00:00');
    expect(tehranWallTimeToInstant('2025-03-21', { hour: 0, minute: 0 })).toBe('2025-03-20T20:30:00.000Z');
  });

  test("the offset is Intl's, not a constant: +4:30 in the summer of 2021, +3:30 since 2023", () => {
    expect(tehranOffsetMinutes(new Date('2021-06-22T12:00:00Z'))).toBe(270);
    expect(tehranOffsetMinutes(new Date('2025-06-22T12:00:00Z'))).toBe(210);
    expect(jalaliWallTimeToInstant({ year: 1400, month: 4, day: 1 }, { hour: 12, minute: 0 })).toBe('2021-06-22T07:30:00.000Z');
    expect(jalaliWallTimeToInstant({ year: 1404, month: 4, day: 1 }, { hour: 12, minute: 0 })).toBe('2025-06-22T08:30:00.000Z');
    expect(formatInstantAsJalali('2021-06-22T07:30:00.000Z')).toBe('1400/04/01 12:00');
  });

  test('wall time → instant → wall time round-trips through the day', () => {
    for (let hour = 0; hour < 24; hour += 1) {
      for (const minute of [0, 29, 30, 59]) {
        const instant = tehranWallTimeToInstant('2026-11-23', { hour, minute });
        expect(instantToTehran(instant!)).toMatchObject({ isoDate: '2026-11-23', time: { hour, minute } });
      }
    }
  });

  test('unreadable instants and impossible times are refused', () => {
    expect(instantToTehran('not a date')).toBeNull();
    expect(formatInstantAsJalali(null)).toBeNull();
    expect(formatInstantAsJalali(12)).toBeNull();
    expect(tehranWallTimeToInstant('2025-03-20', { hour: 24, minute: 0 })).toBeNull();
    expect(tehranWallTimeToInstant('2025-03-20', { hour: 10, minute: 60 })).toBeNull();
    expect(tehranWallTimeToInstant('2025-02-30', { hour: 10, minute: 0 })).toBeNull();
    expect(jalaliWallTimeToInstant({ year: 1404, month: 12, day: 30 }, { hour: 10, minute: 0 })).toBeNull();
  });
});

describe('digits', () => {
  test('Persian and Arabic-Indic digits are read as Latin ones', () => {
    expect(normalizeDigits('۱۴۰۳/۱۲/۳۰')).toBe('1403/12/30');
    expect(normalizeDigits('١٤٠٣/١٢/٣٠')).toBe('1403/12/30');
    expect(normalizeDigits('۱4٠3 abc')).toBe('1403 abc');
    expect(toPersianDigits('1403/12/30 00:15')).toBe('۱۴۰۳/۱۲/۳۰ ۰۰:۱۵');
  });
});

describe('formatting', () => {
  test('days and instants in Latin or Persian digits', () => {
    expect(formatJalaliDay({ year: 1404, month: 1, day: 1 })).toBe('1404/01/01');
    expect(formatIsoDateAsJalali('2025-03-20', 'persian')).toBe('۱۴۰۳/۱۲/۳۰');
    expect(formatInstantAsJalali('2025-03-19T20:45:00.000Z', 'persian')).toBe('۱۴۰۳/۱۲/۳۰ ۰۰:۱۵');
    expect(formatIsoDateAsJalali('2025-03-20T00:00:00.000Z')).toBeNull();
    expect(formatIsoDateAsJalali(undefined)).toBeNull();
  });
});

describe('parsing what staff type', () => {
  test('a day in any digits and with any of the usual separators', () => {
    const esfand30 = { year: 1403, month: 12, day: 30 };
    expect(parseJalaliDate('1403/12/30')).toEqual(esfand30);
    expect(parseJalaliDate('۱۴۰۳/۱۲/۳۰')).toEqual(esfand30);
    expect(parseJalaliDate('١٤٠٣-١٢-٣٠')).toEqual(esfand30);
    expect(parseJalaliDate(' 1403.12.30 ')).toEqual(esfand30);
    expect(parseJalaliDate('1403 12 30')).toEqual(esfand30);
    expect(parseJalaliDate('\u200f۱۴۰۳/۱۲/۳۰\u200f')).toEqual(esfand30);
    expect(parseJalaliDate('1404/1/1')).toEqual({ year: 1404, month: 1, day: 1 });
  });

  test('days that do not exist, Gregorian years and half-typed dates are refused', () => {
    expect(parseJalaliDate('1404/12/30')).toBeNull();
    expect(parseJalaliDate('1403/13/01')).toBeNull();
    expect(parseJalaliDate('1403/07/31')).toBeNull();
    expect(parseJalaliDate('1403/00/10')).toBeNull();
    expect(parseJalaliDate('2025/03/20')).toBeNull();
    expect(parseJalaliDate('1403/12')).toBeNull();
    expect(parseJalaliDate('')).toBeNull();
    expect(parseJalaliDate('فردا')).toBeNull();
    expect(parseJalaliDate('1403/12/30 10:00')).toBeNull();
  });

  test('a date and time, the time optional', () => {
    expect(parseJalaliDateTime('۱۴۰۳/۱۲/۳۰ ۰۰:۱۵')).toEqual({ jalali: { year: 1403, month: 12, day: 30 }, time: { hour: 0, minute: 15 } });
    expect(parseJalaliDateTime('1403/12/30، 9:05')).toEqual({ jalali: { year: 1403, month: 12, day: 30 }, time: { hour: 9, minute: 5 } });
    expect(parseJalaliDateTime('1403-12-30T23:59:30')).toEqual({ jalali: { year: 1403, month: 12, day: 30 }, time: { hour: 23, minute: 59 } });
    expect(parseJalaliDateTime('1403/12/30')).toEqual({ jalali: { year: 1403, month: 12, day: 30 }, time: null });
    expect(parseJalaliDateTime('1403/12/30 24:00')).toBeNull();
    expect(parseJalaliDateTime('1403/12/30 10:75')).toBeNull();
    expect(parseJalaliDateTime('1404/12/30 10:00')).toBeNull();
    expect(parseJalaliDateTime('1403/12/30 10')).toBeNull();
  });
});

describe('the two fields: stored value ↔ what the field shows', () => {
  test('a date field stores the ISO day; a date-time field the UTC instant of a Tehran wall time', () => {
    expect(parseTypedValue('date', '۱۴۰۳/۱۲/۳۰')).toEqual({ value: '2025-03-20' });
    expect(parseTypedValue('datetime', '۱۴۰۳/۱۲/۳۰ ۰۰:۱۵')).toEqual({ value: '2025-03-19T20:45:00.000Z' });
    expect(parseTypedValue('datetime', '1404/01/01')).toEqual({ value: '2025-03-20T20:30:00.000Z' }); // no time: 00:00 Tehran
    expect(formatStoredValue('date', '2025-03-20', 'persian')).toBe('۱۴۰۳/۱۲/۳۰');
    expect(formatStoredValue('datetime', '2025-03-19T20:45:00.000Z')).toBe('1403/12/30 00:15');
  });

  test('an empty box stores null; a wrong entry stores nothing', () => {
    expect(parseTypedValue('date', '  ')).toEqual({ value: null });
    expect(parseTypedValue('date', '1404/12/30')).toBeNull();
    expect(parseTypedValue('datetime', '1403/12/30 25:00')).toBeNull();
    expect(formatStoredValue('date', null)).toBe('');
    expect(formatStoredValue('datetime', 'yesterday')).toBe('');
  });

  test('the calendar reads and writes the same values', () => {
    expect(storedValueToJalali('date', '2025-03-21')).toEqual({ jalali: { year: 1404, month: 1, day: 1 }, time: { hour: 0, minute: 0 } });
    expect(storedValueToJalali('datetime', '2025-03-19T20:45:00.000Z')).toEqual({
      jalali: { year: 1403, month: 12, day: 30 },
      time: { hour: 0, minute: 15 },
    });
    expect(storedValueToJalali('date', undefined)).toBeNull();
    expect(jalaliToStoredValue('date', { year: 1404, month: 1, day: 1 })).toBe('2025-03-21');
    expect(jalaliToStoredValue('datetime', { year: 1403, month: 12, day: 30 }, { hour: 0, minute: 15 })).toBe('2025-03-19T20:45:00.000Z');
  });
});
