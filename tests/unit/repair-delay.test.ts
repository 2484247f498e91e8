import { repairDelay, repairResultDay } from '../../src/domain/repairs';
import { tehranDate } from '../../src/domain/jalali';

const none = new Set<string>();

describe('a repair late against its promise («با تأخیر»), in working days', () => {
  // promised Tue 1 Dec 2026; Fri 4 Dec is the weekend
  const promisedBy = '2026-12-01';

  test('a result on or before the promised day is on time', () => {
    expect(repairDelay({ promisedBy, resultDay: '2026-11-30', today: '2026-12-20', holidays: none })).toBeNull();
    expect(repairDelay({ promisedBy, resultDay: promisedBy, today: '2026-12-20', holidays: none })).toBeNull();
  });

  test('delivered after the promise: the working days between, Fridays and holidays not counted', () => {
    // Wed 2, Thu 3, (Fri 4), Sat 5 → 3 working days
    expect(repairDelay({ promisedBy, resultDay: '2026-12-05', today: '2026-12-20', holidays: none })).toEqual({ workingDays: 3, resolved: true });
    expect(repairDelay({ promisedBy, resultDay: '2026-12-05', today: '2026-12-20', holidays: new Set(['2026-12-03']) })).toEqual({ workingDays: 2, resolved: true });
  });

  test('past the promise only by a Friday is not late', () => {
    expect(repairDelay({ promisedBy: '2026-12-03', resultDay: '2026-12-04', today: '2026-12-20', holidays: none })).toBeNull();
  });

  test('still open after the promise: late until today, not resolved', () => {
    expect(repairDelay({ promisedBy, resultDay: null, today: '2026-12-02', holidays: none })).toEqual({ workingDays: 1, resolved: false });
    expect(repairDelay({ promisedBy, resultDay: null, today: promisedBy, holidays: none })).toBeNull();
  });

  test('no promise, no delay', () => {
    expect(repairDelay({ promisedBy: null, resultDay: '2026-12-05', today: '2026-12-20', holidays: none })).toBeNull();
  });

  test("the result's day is the first ready or delivered step, in Tehran's calendar", () => {
    const history = [
      { status: 'received' as const, at: '2026-11-22T06:00:00Z' },
      { status: 'ready' as const, at: '2026-11-30T21:00:00Z' }, // 00:30 on 1 Dec in Tehran
      { status: 'delivered' as const, at: '2026-12-07T08:00:00Z' },
    ];
    expect(repairResultDay(history, '2026-12-07T08:00:00Z', tehranDate)).toBe('2026-12-01');
    expect(repairResultDay(history.slice(0, 1), null, tehranDate)).toBeNull();
    expect(repairResultDay([], '2026-12-07T08:00:00Z', tehranDate)).toBe('2026-12-07');
  });
});
