/**
 * THE rule for support deadlines (SLA): a number of support hours after an instant, counted
 * around the clock (24/7) or on the business calendar — Tehran wall-clock time, Saturday to
 * Wednesday from the working day's start to its end, Thursday from its start to the Thursday
 * end, Friday and listed holidays off. A ticket opened out of hours starts counting at the next
 * opening; a deadline that falls exactly at closing time stays at closing time.
 *
 * Tehran's offset from UTC is read from Intl (Asia/Tehran) at each instant, as jalali.ts reads
 * dates — never a fixed +03:30 — so a past or future change of the time zone's rules is followed.
 * Pure: the holidays and the settings are passed in.
 */
import { addDays, tehranDate, TEHRAN_TIME_ZONE, type IsoDate } from './jalali';
import { isWorkingDay, weekday } from './working-days';
import type { SlaCalendar, TicketPriority } from './tickets';

export const HOUR_MS = 60 * 60 * 1000;
const MINUTE_MS = 60 * 1000;
/** A calendar with no working time at all would never end: give up after this many days. */
const MAX_DAYS = 3 * 366;
const THURSDAY = 4;

/** The working day's hours, 'HH:MM' in Tehran time (support settings). */
export type Workday = { start: string; end: string; thursdayEnd: string };

export type SupportCalendar =
  | { mode: 'always' }
  | { mode: 'business'; workday: Workday; holidays: ReadonlySet<IsoDate> };

const HH_MM = /^(\d{1,2}):(\d{2})$/;

/** 'HH:MM' → minutes after midnight (null when not a time of day; '24:00' is the day's end). */
export const minutesOfDay = (value: string): number | null => {
  const m = HH_MM.exec(String(value ?? '').trim());
  if (!m) return null;
  const hours = Number(m[1]);
  const minutes = Number(m[2]);
  if (minutes > 59 || hours > 24 || (hours === 24 && minutes > 0)) return null;
  return hours * 60 + minutes;
};

const tehranParts = new Intl.DateTimeFormat('en-US', {
  timeZone: TEHRAN_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
});

/** Tehran's offset from UTC at an instant, in milliseconds (+03:30 → 12,600,000). */
export const tehranOffsetMs = (at: Date): number => {
  const parts = tehranParts.formatToParts(at);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour') % 24, get('minute'), get('second'));
  const exact = at.getTime() - at.getUTCMilliseconds();
  return wall - exact;
};

/**
 * The instant at which Tehran's clocks show `minutes` after midnight on `date`. Two passes find
 * the offset in force at that wall-clock time (around a clock change the first guess may be an
 * hour off).
 */
export const tehranWallClock = (date: IsoDate, minutes: number): Date => {
  const [y, m, d] = date.split('-').map(Number);
  const wall = Date.UTC(y, m - 1, d) + minutes * MINUTE_MS;
  let guess = wall - tehranOffsetMs(new Date(wall));
  guess = wall - tehranOffsetMs(new Date(guess));
  return new Date(guess);
};

/** The hours (as instants) a date is open on the business calendar, or null when it is closed. */
export const openingHours = (date: IsoDate, workday: Workday, holidays: ReadonlySet<IsoDate>): { opens: Date; closes: Date } | null => {
  if (!isWorkingDay(date, holidays)) return null;
  const start = minutesOfDay(workday.start);
  const end = minutesOfDay(weekday(date) === THURSDAY ? workday.thursdayEnd : workday.end);
  if (start === null || end === null || end <= start) return null;
  return { opens: tehranWallClock(date, start), closes: tehranWallClock(date, end) };
};

/**
 * `hours` support hours after `start` (fractions allowed). 24/7: plain hours. Business: only
 * the opening hours count; out of hours the count starts at the next opening; a deadline that
 * uses up a day's hours exactly ends at that day's closing time.
 */
export const addSupportHours = (start: Date, hours: number, calendar: SupportCalendar): Date => {
  if (!Number.isFinite(hours) || hours < 0) throw new RangeError(`Support hours must be zero or more: ${hours}`);
  let left = Math.round(hours * HOUR_MS);
  if (calendar.mode === 'always') return new Date(start.getTime() + left);
  if (left === 0) return new Date(start.getTime());

  let cursor = start.getTime();
  let date = tehranDate(start);
  for (let day = 0; day < MAX_DAYS; day += 1, date = addDays(date, 1)) {
    const open = openingHours(date, calendar.workday, calendar.holidays);
    if (!open) continue;
    const from = Math.max(cursor, open.opens.getTime());
    const until = open.closes.getTime();
    if (from >= until) continue;
    if (left <= until - from) return new Date(from + left);
    left -= until - from;
    cursor = until;
  }
  throw new RangeError('The support calendar has no working hours (check the working day in the support settings)');
};

/** Support hours between two instants on a calendar (0 when `to` is not after `from`). */
export const supportHoursBetween = (from: Date, to: Date, calendar: SupportCalendar): number => {
  if (to.getTime() <= from.getTime()) return 0;
  if (calendar.mode === 'always') return (to.getTime() - from.getTime()) / HOUR_MS;
  let total = 0;
  let date = tehranDate(from);
  const last = tehranDate(to);
  for (let day = 0; day < MAX_DAYS && date <= last; day += 1, date = addDays(date, 1)) {
    const open = openingHours(date, calendar.workday, calendar.holidays);
    if (!open) continue;
    const a = Math.max(from.getTime(), open.opens.getTime());
    const b = Math.min(to.getTime(), open.closes.getTime());
    if (b > a) total += b - a;
  }
  return total / HOUR_MS;
};

/** The settings' calendar with today's holiday list. */
export const supportCalendar = (mode: SlaCalendar, workday: Workday, holidays: ReadonlySet<IsoDate>): SupportCalendar =>
  mode === 'always' ? { mode: 'always' } : { mode: 'business', workday, holidays };

/** The targets a ticket's due dates come from (support settings). */
export type SlaTargets = {
  firstResponseHours: Record<TicketPriority, number>;
  resolutionHours: Record<TicketPriority, number>;
};

/** A new ticket's first-response and resolution deadlines. */
export const ticketDueDates = (priority: TicketPriority, openedAt: Date, targets: SlaTargets, calendar: SupportCalendar) => ({
  firstResponseDueAt: addSupportHours(openedAt, targets.firstResponseHours[priority], calendar),
  resolutionDueAt: addSupportHours(openedAt, targets.resolutionHours[priority], calendar),
});

/** When staff's next reply is due after the subscriber writes at `at`: the first-response target again. */
export const replyDueAfter = (priority: TicketPriority, at: Date, targets: SlaTargets, calendar: SupportCalendar): Date =>
  addSupportHours(at, targets.firstResponseHours[priority], calendar);

// ── escalation ────────────────────────────────────────────────────────────────────────────────

/** Escalation levels: 1 = Senior support, 2 = the Manager. */
export const ESCALATION_LEVELS = [1, 2] as const;
export type EscalationLevel = (typeof ESCALATION_LEVELS)[number];
export const ESCALATION_LEVEL_LABELS: Record<EscalationLevel, { fa: string; en: string }> = {
  1: { fa: 'پشتیبانی ارشد', en: 'Senior support' },
  2: { fa: 'مدیر', en: 'Manager' },
};

/** The deadlines of a ticket the escalation job reads. replyDueAt is null while staff owe no reply. */
export type TicketDeadlines = { replyDueAt: Date | string | null; resolutionDueAt: Date | string | null };

const instant = (value: Date | string | null | undefined): Date | null => (value ? new Date(value) : null);

/**
 * Which deadline a ticket still open has missed at `now` — strictly after it (a reply at the
 * deadline is on time): the earlier of the owed reply (reason first_response) and the
 * resolution. Null when none has passed.
 */
export const missedDeadline = (ticket: TicketDeadlines, now: Date): { reason: 'first_response' | 'resolution'; dueAt: Date } | null => {
  const missed = [
    { reason: 'first_response' as const, dueAt: instant(ticket.replyDueAt) },
    { reason: 'resolution' as const, dueAt: instant(ticket.resolutionDueAt) },
  ].filter((d): d is { reason: 'first_response' | 'resolution'; dueAt: Date } => d.dueAt !== null && d.dueAt.getTime() < now.getTime());
  missed.sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
  return missed[0] ?? null;
};

/**
 * When a ticket escalated to Senior support goes on to the Manager: `hours` support hours (on the
 * same calendar) after it became overdue — for a ticket that was back on time and then missed a
 * deadline again, after it became overdue again.
 */
export const managerEscalationDueAt = (overdueSince: Date | string, hours: number, calendar: SupportCalendar): Date =>
  addSupportHours(new Date(overdueSince), hours, calendar);
