/**
 * The SLA rule (src/domain/sla.ts) with fixed instants. The business calendar is the default
 * settings': Saturday–Wednesday 08:00–17:00, Thursday 08:00–13:00 Tehran time, Friday off.
 * Tehran is UTC+03:30 in 2026, so 08:00 Tehran = 04:30Z, 13:00 = 09:30Z, 17:00 = 13:30Z.
 * 2026-11-26 is a Thursday, 2026-11-27 a Friday, 2026-11-28 a Saturday.
 */
import {
  addSupportHours,
  minutesOfDay,
  replyDueAfter,
  supportCalendar,
  supportHoursBetween,
  tehranOffsetMs,
  tehranWallClock,
  ticketDueDates,
  type SupportCalendar,
} from '../../src/domain/sla';

const workday = { start: '08:00', end: '17:00', thursdayEnd: '13:00' };
const business = (holidays: string[] = []): SupportCalendar => supportCalendar('business', workday, new Set(holidays));
const always = supportCalendar('always', workday, new Set(['2026-11-28']));
const at = (iso: string) => new Date(iso);
const add = (start: string, hours: number, calendar = business()) => addSupportHours(at(start), hours, calendar).toISOString();

describe('SLA hours on the business calendar (Tehran wall-clock)', () => {
  test('within one working day', () => {
    // Saturday 10:00 Tehran + 4 h = Saturday 14:00 Tehran
    expect(add('2026-11-28T06:30:00Z', 4)).toBe('2026-11-28T10:30:00.000Z');
  });

  test('Friday is skipped: opened on Friday morning, counting starts Saturday 08:00', () => {
    // Friday 10:00 Tehran + 1 h = Saturday 09:00 Tehran
    expect(add('2026-11-27T06:30:00Z', 1)).toBe('2026-11-28T05:30:00.000Z');
  });

  test('Thursday is a short day (until 13:00), then Friday off', () => {
    // Thursday 12:00 Tehran: 1 h on Thursday, none on Friday, 2 h on Saturday → Saturday 10:00
    expect(add('2026-11-26T08:30:00Z', 3)).toBe('2026-11-28T06:30:00.000Z');
    // Thursday 14:00 Tehran is after Thursday's closing: Saturday 08:00 + 1 h
    expect(add('2026-11-26T10:30:00Z', 1)).toBe('2026-11-28T05:30:00.000Z');
  });

  test('a listed holiday is skipped', () => {
    // as above, with Saturday a holiday: Thursday 1 h, Sunday 08:00 + 2 h → Sunday 10:00
    expect(add('2026-11-26T08:30:00Z', 3, business(['2026-11-28']))).toBe('2026-11-29T06:30:00.000Z');
    // a holiday mid-week in a multi-day count: Monday 30 Nov off
    // Sunday 16:00 + 10 h: Sunday 1 h, Monday off, Tuesday 9 h → Tuesday 17:00
    expect(add('2026-11-29T12:30:00Z', 10, business(['2026-11-30']))).toBe('2026-12-01T13:30:00.000Z');
  });

  test('opened at night: counting starts at the next opening', () => {
    // Saturday 22:00 Tehran + 1 h = Sunday 09:00 Tehran
    expect(add('2026-11-28T18:30:00Z', 1)).toBe('2026-11-29T05:30:00.000Z');
    // Sunday 02:30 Tehran (still Saturday in UTC) + 1 h = Sunday 09:00 Tehran: the day is Tehran's
    expect(add('2026-11-28T23:00:00Z', 1)).toBe('2026-11-29T05:30:00.000Z');
    // Friday 23:30 UTC is Saturday 03:00 Tehran, a working day: Saturday 09:00
    expect(add('2026-11-27T23:30:00Z', 1)).toBe('2026-11-28T05:30:00.000Z');
  });

  test('across several days and weeks', () => {
    // a week has 5 × 9 + 5 = 50 working hours
    // Saturday 08:00 + 48 h: Sat–Wed 45 h, Thursday 3 h → Thursday 3 Dec 11:00 Tehran
    expect(add('2026-11-28T04:30:00Z', 48)).toBe('2026-12-03T07:30:00.000Z');
    // Saturday 08:00 + 120 h: two weeks (100 h) to Thursday 10 Dec 13:00, then Sat 9, Sun 9, Mon 2 → Monday 14 Dec 10:00
    expect(add('2026-11-28T04:30:00Z', 120)).toBe('2026-12-14T06:30:00.000Z');
  });

  test('exact boundary: a deadline that uses a day up ends at closing time, not the next opening', () => {
    // Saturday 16:00 + 1 h = Saturday 17:00
    expect(add('2026-11-28T12:30:00Z', 1)).toBe('2026-11-28T13:30:00.000Z');
    // Thursday 12:00 + 1 h = Thursday 13:00
    expect(add('2026-11-26T08:30:00Z', 1)).toBe('2026-11-26T09:30:00.000Z');
    // a full week from Saturday's opening ends at Thursday's closing
    expect(add('2026-11-28T04:30:00Z', 50)).toBe('2026-12-03T09:30:00.000Z');
    // opened exactly at closing time: nothing left that day
    expect(add('2026-11-28T13:30:00Z', 1)).toBe('2026-11-29T05:30:00.000Z');
    // opened exactly at opening time
    expect(add('2026-11-29T04:30:00Z', 9)).toBe('2026-11-29T13:30:00.000Z');
  });

  test('fractions of an hour and zero hours', () => {
    expect(add('2026-11-28T13:15:00Z', 0.5)).toBe('2026-11-29T04:45:00.000Z'); // 16:45 + 30 min: 15 min Sat, 15 min Sun
    expect(add('2026-11-28T12:45:00Z', 0.5)).toBe('2026-11-28T13:15:00.000Z'); // 16:15 + 30 min = 16:45
    expect(add('2026-11-27T06:30:00Z', 0)).toBe('2026-11-27T06:30:00.000Z');
    expect(() => add('2026-11-27T06:30:00Z', -1)).toThrow(RangeError);
  });

  test('a calendar with no working hours is refused rather than counted forever', () => {
    const closed = supportCalendar('business', { start: '17:00', end: '08:00', thursdayEnd: '08:00' }, new Set());
    expect(() => addSupportHours(at('2026-11-28T06:30:00Z'), 1, closed)).toThrow(/no working hours/);
  });

  test('support hours between two instants agree with adding them', () => {
    const start = at('2026-11-26T08:30:00Z');
    for (const hours of [0.25, 1, 3, 9, 17, 48, 120]) {
      const end = addSupportHours(start, hours, business(['2026-11-30']));
      expect(supportHoursBetween(start, end, business(['2026-11-30']))).toBeCloseTo(hours, 6);
    }
    expect(supportHoursBetween(at('2026-11-27T00:00:00Z'), at('2026-11-27T20:00:00Z'), business())).toBe(0); // Friday
    expect(supportHoursBetween(at('2026-11-28T10:00:00Z'), at('2026-11-28T09:00:00Z'), business())).toBe(0);
  });
});

describe('SLA hours around the clock (24/7)', () => {
  test('plain hours: Friday, nights and holidays count', () => {
    // Friday 23:30 Tehran + 8 h = Saturday 07:30 Tehran, though Saturday is listed as a holiday
    expect(addSupportHours(at('2026-11-27T20:00:00Z'), 8, always).toISOString()).toBe('2026-11-28T04:00:00.000Z');
    expect(supportHoursBetween(at('2026-11-27T20:00:00Z'), at('2026-11-28T04:00:00Z'), always)).toBe(8);
  });
});

describe('Tehran wall-clock from Intl, not a fixed offset', () => {
  test('UTC+03:30 now; UTC+04:30 in the summers Iran still kept daylight time (before 2022)', () => {
    expect(tehranOffsetMs(at('2026-06-01T00:00:00Z'))).toBe(3.5 * 3_600_000);
    expect(tehranOffsetMs(at('2020-06-01T00:00:00Z'))).toBe(4.5 * 3_600_000);
    expect(tehranWallClock('2026-06-01', 8 * 60).toISOString()).toBe('2026-06-01T04:30:00.000Z');
    expect(tehranWallClock('2020-06-01', 8 * 60).toISOString()).toBe('2020-06-01T03:30:00.000Z');
  });

  test('working-day times', () => {
    expect(minutesOfDay('08:00')).toBe(480);
    expect(minutesOfDay('8:30')).toBe(510);
    expect(minutesOfDay('24:00')).toBe(1440);
    expect(minutesOfDay('25:00')).toBeNull();
    expect(minutesOfDay('08:60')).toBeNull();
    expect(minutesOfDay('hh:mm')).toBeNull();
  });
});

describe('ticket due dates from the targets', () => {
  const targets = {
    firstResponseHours: { low: 24, medium: 8, high: 4, urgent: 1 },
    resolutionHours: { low: 120, medium: 48, high: 24, urgent: 8 },
  };

  test('an urgent ticket opened on Thursday at noon', () => {
    const due = ticketDueDates('urgent', at('2026-11-26T08:30:00Z'), targets, business());
    expect(due.firstResponseDueAt.toISOString()).toBe('2026-11-26T09:30:00.000Z'); // Thursday 13:00
    expect(due.resolutionDueAt.toISOString()).toBe('2026-11-28T11:30:00.000Z'); // Thursday 1 h + Saturday 7 h → 15:00
  });

  test('the next reply after the subscriber writes: the first-response target again', () => {
    expect(replyDueAfter('high', at('2026-11-28T18:30:00Z'), targets, business()).toISOString()).toBe('2026-11-29T08:30:00.000Z'); // Sunday 12:00
    expect(replyDueAfter('high', at('2026-11-28T18:30:00Z'), targets, always).toISOString()).toBe('2026-11-28T22:30:00.000Z');
  });
});
