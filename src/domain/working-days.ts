/**
 * Working days in Iran: Friday is the weekend; official holidays come from a list staff edit in
 * the admin (api::holiday). Used for the repair promises of seed 002 (a result within 7 working
 * days, replacement past 30) and the 48-working-hour complaint replies.
 */
import { addDays, type IsoDate } from './jalali';

/** 0 = Sunday … 5 = Friday, 6 = Saturday; a calendar date's weekday is the same everywhere. */
export const weekday = (date: IsoDate): number => {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d, 12)).getUTCDay();
};

export const FRIDAY = 5;

export const isWorkingDay = (date: IsoDate, holidays: ReadonlySet<IsoDate>): boolean => weekday(date) !== FRIDAY && !holidays.has(date);

/** The date `n` working days after `start` (start itself not counted). */
export const addWorkingDays = (start: IsoDate, n: number, holidays: ReadonlySet<IsoDate>): IsoDate => {
  let date = start;
  let left = n;
  while (left > 0) {
    date = addDays(date, 1);
    if (isWorkingDay(date, holidays)) left -= 1;
  }
  return date;
};

/** Working days after `from` up to and including `to` (0 when `to` is not after `from`). */
export const workingDaysBetween = (from: IsoDate, to: IsoDate, holidays: ReadonlySet<IsoDate>): number => {
  let count = 0;
  for (let date = addDays(from, 1); date <= to; date = addDays(date, 1)) if (isWorkingDay(date, holidays)) count += 1;
  return count;
};
