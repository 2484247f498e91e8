import { addWorkingDays, isWorkingDay, weekday, workingDaysBetween } from '../../src/domain/working-days';

const none = new Set<string>();

describe('working days: Friday off, listed holidays off', () => {
  test('weekday of calendar dates', () => {
    expect(weekday('2026-11-27')).toBe(5); // a Friday
    expect(weekday('2026-11-28')).toBe(6); // Saturday, the first day of the Iranian week
  });

  test('7 working days from a Monday skip the Friday', () => {
    // Mon 23 Nov 2026 → Tue 24, Wed 25, Thu 26, (Fri 27), Sat 28, Sun 29, Mon 30, Tue 1 Dec
    expect(addWorkingDays('2026-11-23', 7, none)).toBe('2026-12-01');
  });

  test('holidays are skipped too', () => {
    const holidays = new Set(['2026-11-28', '2026-11-29']);
    expect(addWorkingDays('2026-11-23', 7, holidays)).toBe('2026-12-03');
    expect(isWorkingDay('2026-11-28', holidays)).toBe(false);
  });

  test('received on a Thursday: the count starts Saturday', () => {
    expect(addWorkingDays('2026-11-26', 1, none)).toBe('2026-11-28');
  });

  test('Nowruz holidays (1–4 Farvardin 1406 = 21–24 March 2027) push a promise across the new year', () => {
    const nowruz = new Set(['2027-03-21', '2027-03-22', '2027-03-23', '2027-03-24']);
    // Sat 20 Mar 2027 + 7 working days: 25 (Thu), 27 Sat, 28, 29, 30, 31, 1 Apr (Thu)… Friday 26 skipped
    expect(addWorkingDays('2027-03-20', 7, nowruz)).toBe('2027-04-01');
  });

  test('counting working days between two dates', () => {
    expect(workingDaysBetween('2026-11-23', '2026-12-01', none)).toBe(7);
    expect(workingDaysBetween('2026-11-23', '2026-11-23', none)).toBe(0);
    expect(workingDaysBetween('2026-11-23', '2026-11-20', none)).toBe(0);
    // 30 working days ≈ 35 calendar days
    expect(workingDaysBetween('2026-11-01', addWorkingDays('2026-11-01', 30, none), none)).toBe(30);
  });
});
