/**
 * Issue 14's rules: complaints (src/domain/complaints.ts — the 48-working-hour deadline from
 * src/domain/sla.ts across a Friday and a holiday, tracking codes, the form token's age), Jalali
 * quarters (src/domain/jalali-quarters.ts — 1 Farvardin, 29/30 Esfand, Tehran midnight) and
 * surveys (src/domain/surveys.ts, survey-token.ts).
 * Tehran is UTC+03:30: 08:00 Tehran = 04:30Z, 17:00 = 13:30Z. 2026-11-26 is a Thursday,
 * 2026-11-27 a Friday.
 */
import {
  COMPLAINT_REPLY_WORKING_HOURS,
  TRACKING_ALPHABET,
  answeredInTime,
  complaintReplyDueAt,
  formTokenAge,
  formatTrackingCode,
  honeypotFilled,
  isOverdue,
  normalizeTrackingCode,
  trackingCodeFrom,
} from '../../src/domain/complaints';
import { previousQuarter, quarterFirstDay, quarterLabel, quarterLastDay, quarterOf, quarterRange } from '../../src/domain/jalali-quarters';
import { isDissatisfied, isScore, isSurveyTokenShape, surveyDueWindow } from '../../src/domain/surveys';
import { hashSurveyToken, newSurveyToken } from '../../src/domain/survey-token';
import { supportHoursBetween } from '../../src/domain/sla';

const workday = { start: '08:00', end: '17:00', thursdayEnd: '13:00' };

describe('complaints: the reply is due 48 working hours after receipt (src/domain/sla.ts)', () => {
  test('across a Thursday and a Friday', () => {
    // Wednesday 25 Nov 10:00 Tehran: Wed 7 h, Thu 5 h, Friday off, Sat–Mon 27 h, Tue 9 h → Tue 17:00
    const due = complaintReplyDueAt(new Date('2026-11-25T06:30:00Z'), workday, new Set());
    expect(due.toISOString()).toBe('2026-12-01T13:30:00.000Z');
    expect(supportHoursBetween(new Date('2026-11-25T06:30:00Z'), due, { mode: 'business', workday, holidays: new Set() })).toBe(COMPLAINT_REPLY_WORKING_HOURS);
  });

  test('a listed holiday is skipped like a Friday', () => {
    const due = complaintReplyDueAt(new Date('2026-11-25T06:30:00Z'), workday, new Set(['2026-11-29']));
    expect(due.toISOString()).toBe('2026-12-02T13:30:00.000Z');
  });

  test('received on a Friday evening: counting starts Saturday 08:00', () => {
    // Sat–Wed 5 × 9 = 45 h, Thursday 3 h → Thursday 11:00 Tehran
    const due = complaintReplyDueAt(new Date('2026-11-27T16:00:00Z'), workday, new Set());
    expect(due.toISOString()).toBe('2026-12-03T07:30:00.000Z');
  });

  test('overdue and answered in time', () => {
    const due = new Date('2026-12-01T13:30:00Z');
    expect(isOverdue({ replyDueAt: due, firstAnsweredAt: null }, new Date('2026-12-01T13:31:00Z'))).toBe(true);
    expect(isOverdue({ replyDueAt: due, firstAnsweredAt: null }, new Date('2026-12-01T13:29:00Z'))).toBe(false);
    expect(isOverdue({ replyDueAt: due, firstAnsweredAt: new Date('2026-12-01T10:00:00Z') }, new Date('2026-12-05T00:00:00Z'))).toBe(false);
    expect(answeredInTime('2026-12-01T13:30:00Z', due)).toBe(true);
    expect(answeredInTime('2026-12-01T13:30:01Z', due)).toBe(false);
    expect(answeredInTime(null, due)).toBe(false);
  });
});

describe('complaints: tracking codes', () => {
  test('10 characters of the unambiguous alphabet, every character reachable', () => {
    const bytes = Array.from({ length: 40 }, (_, i) => i * 6);
    const code = trackingCodeFrom(bytes)!;
    expect(code).toMatch(/^[23456789ABCDEFGHJKMNPQRSTVWXYZ]{10}$/);
    expect(TRACKING_ALPHABET).not.toMatch(/[01OILU]/);
    // bytes past the last whole multiple of the alphabet are skipped (no bias); too few → null
    expect(trackingCodeFrom([255, 254, 253, 252, 251, 250, 249, 248, 247, 246, 245])).toBeNull();
    expect(trackingCodeFrom([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])).toBe('23456789AB');
  });

  test('shown grouped, typed in any case, digits or separators', () => {
    expect(formatTrackingCode('K7M4QX9TDH')).toBe('K7M-4QX-9TD-H');
    expect(normalizeTrackingCode('k7m-4qx-9td-h')).toBe('K7M4QX9TDH');
    expect(normalizeTrackingCode(' K۷M ۴QX ٩TD H ')).toBe('K7M4QX9TDH');
    expect(normalizeTrackingCode('K7M4QX9TD')).toBeNull();
    expect(normalizeTrackingCode('K7M4QX9TD0')).toBeNull();
    expect(normalizeTrackingCode(12345)).toBeNull();
  });
});

describe('complaints: bot protection', () => {
  test('the form token must be at least 3 seconds and at most 2 hours old', () => {
    const now = 1_800_000_000_000;
    expect(formTokenAge(now - 2_999, now)).toBe('young');
    expect(formTokenAge(now - 3_000, now)).toBe('ok');
    expect(formTokenAge(now - 2 * 3600_000, now)).toBe('ok');
    expect(formTokenAge(now - 2 * 3600_000 - 1, now)).toBe('expired');
    expect(formTokenAge(now + 60_000, now)).toBe('young');
  });

  test('the honeypot is filled by anything but nothing', () => {
    expect(honeypotFilled('')).toBe(false);
    expect(honeypotFilled(undefined)).toBe(false);
    expect(honeypotFilled(null)).toBe(false);
    expect(honeypotFilled('http://spam.example')).toBe(true);
    expect(honeypotFilled(0)).toBe(true);
  });
});

describe('Jalali quarters', () => {
  test('quarter 1 starts on 1 Farvardin at Tehran midnight', () => {
    expect(quarterFirstDay({ year: 1405, quarter: 1 })).toBe('2026-03-21');
    expect(quarterRange({ year: 1405, quarter: 1 }).start.toISOString()).toBe('2026-03-20T20:30:00.000Z');
    expect(quarterRange({ year: 1405, quarter: 1 }).end.toISOString()).toBe('2026-06-21T20:30:00.000Z');
  });

  test('quarter 4 ends with 29 Esfand, or 30 Esfand in a leap year', () => {
    expect(quarterLastDay({ year: 1404, quarter: 4 })).toBe('2026-03-20'); // 29 Esfand 1404
    expect(quarterLastDay({ year: 1403, quarter: 4 })).toBe('2025-03-20'); // 30 Esfand 1403 (leap)
    expect(quarterRange({ year: 1403, quarter: 4 }).end.toISOString()).toBe('2025-03-20T20:30:00.000Z');
    expect(quarterRange({ year: 1404, quarter: 4 }).end).toEqual(quarterRange({ year: 1405, quarter: 1 }).start);
  });

  test('the quarters of a year follow each other without gaps', () => {
    for (const quarter of [1, 2, 3] as const) {
      expect(quarterRange({ year: 1405, quarter }).end).toEqual(quarterRange({ year: 1405, quarter: (quarter + 1) as 2 | 3 | 4 }).start);
    }
    expect(quarterFirstDay({ year: 1405, quarter: 2 })).toBe('2026-06-22'); // 1 Tir
    expect(quarterFirstDay({ year: 1405, quarter: 3 })).toBe('2026-09-23'); // 1 Mehr
    expect(quarterFirstDay({ year: 1405, quarter: 4 })).toBe('2026-12-22'); // 1 Dey
  });

  test('the quarter of an instant is decided by Tehran’s day, either side of midnight', () => {
    expect(quarterOf(new Date('2026-03-20T20:29:59Z'))).toEqual({ year: 1404, quarter: 4 }); // 23:59:59 on 29 Esfand
    expect(quarterOf(new Date('2026-03-20T20:30:00Z'))).toEqual({ year: 1405, quarter: 1 }); // 00:00 on 1 Farvardin
    expect(quarterOf(new Date('2026-12-01T08:00:00Z'))).toEqual({ year: 1405, quarter: 3 });
  });

  test('previous quarter and labels', () => {
    expect(previousQuarter({ year: 1405, quarter: 1 })).toEqual({ year: 1404, quarter: 4 });
    expect(previousQuarter({ year: 1405, quarter: 3 })).toEqual({ year: 1405, quarter: 2 });
    expect(quarterLabel({ year: 1405, quarter: 3 })).toBe('پاییز ۱۴۰۵');
    expect(quarterLabel({ year: 1405, quarter: 1 }, 'en')).toBe('Spring 1405');
  });
});

describe('surveys', () => {
  test('dissatisfied: any score of 2 or less', () => {
    expect(isDissatisfied({ staffConduct: 5, salesProcess: 4, installationTraining: 3, afterSalesSupport: 3 })).toBe(false);
    expect(isDissatisfied({ staffConduct: 5, salesProcess: 5, installationTraining: 5, afterSalesSupport: 2 })).toBe(true);
    expect(isDissatisfied({ staffConduct: 1, salesProcess: 5, installationTraining: 5, afterSalesSupport: 5 })).toBe(true);
    expect([0, 6, 2.5, '3', null].map(isScore)).toEqual([false, false, false, false, false]);
    expect([1, 5].map(isScore)).toEqual([true, true]);
  });

  test('tokens: 32 random bytes as base64url, stored as SHA-256', () => {
    const a = newSurveyToken();
    const b = newSurveyToken();
    expect(a).not.toBe(b);
    expect(isSurveyTokenShape(a)).toBe(true);
    expect(Buffer.from(a, 'base64url')).toHaveLength(32);
    expect(hashSurveyToken(a)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashSurveyToken(a)).not.toBe(hashSurveyToken(b));
    expect(isSurveyTokenShape('short')).toBe(false);
    expect(isSurveyTokenShape(`${a}=`)).toBe(false);
  });

  test('due: confirmed at least the delay ago, and not more than two weeks past it', () => {
    const now = new Date('2026-12-10T06:00:00Z');
    const { from, until } = surveyDueWindow(now, 7);
    expect(until.toISOString()).toBe('2026-12-03T06:00:00.000Z');
    expect(from.toISOString()).toBe('2026-11-19T06:00:00.000Z');
  });
});
