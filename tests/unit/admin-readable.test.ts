/**
 * The admin's readable values without a browser: the labels the back-office plugin is handed
 * (the app's own vocabulary) and the status history's steps with their Jalali, Tehran-time dates.
 * tests/browser/admin-readable-values.test.ts shows them in the Content Manager.
 */
import { VOCABULARY } from '../../src/domain/vocabulary';
import { displayLanguage, enumerationLabel, setVocabulary, statusLabel } from '../../plugins/back-office/admin/src/readable/vocabulary';
import { historyEntries, jalaliDateAndTime } from '../../plugins/back-office/admin/src/readable/timeline';

const REPAIR = 'api::repair-order.repair-order';

beforeAll(() => setVocabulary(VOCABULARY));

describe('labels handed to the admin', () => {
  test('a value of ours is labelled in the admin language; other types and values are not', () => {
    expect(enumerationLabel(REPAIR, 'repairStatus', 'diagnosing', 'fa')).toBe('در حال عیب‌یابی');
    expect(enumerationLabel(REPAIR, 'repairStatus', 'diagnosing', 'en')).toBe('Diagnosing');
    expect(enumerationLabel('api::payment.payment', 'paymentStatus', 'pending', 'fa')).toBe('در انتظار پرداخت');
    expect(enumerationLabel('admin::user', 'anything', 'x', 'fa')).toBeUndefined();
    expect(enumerationLabel(REPAIR, 'repairStatus', 'unknown', 'fa')).toBeUndefined();
    expect(enumerationLabel(undefined, 'repairStatus', 'received', 'fa')).toBeUndefined();
  });

  test('a status history step takes the label of the type’s status attribute first', () => {
    // 'pending' is also an outcome of a repair; a repair's history holds repair statuses
    expect(statusLabel(REPAIR, 'ready', 'fa')).toBe('آمادهٔ تحویل');
    expect(statusLabel(REPAIR, 'pending', 'en')).toBe('In progress');
    expect(statusLabel('api::ownership-transfer.ownership-transfer', 'pending', 'fa')).toBe('در انتظار بررسی');
  });

  test('the admin language: Persian for fa locales, English otherwise', () => {
    expect(displayLanguage('fa')).toBe('fa');
    expect(displayLanguage('fa-IR')).toBe('fa');
    expect(displayLanguage('en')).toBe('en');
    expect(displayLanguage(undefined)).toBe('en');
  });
});

describe('the status history timeline', () => {
  test('entries oldest first (newest last), with who and note when present; junk left out', () => {
    const stored = [
      { status: 'repairing', at: '2026-11-24T08:00:00.000Z', by: { label: 'مریم احمدی' }, note: 'قطعه رسید' },
      { status: 'received', at: '2026-11-23T07:00:00.000Z' },
      { nothing: true },
      null,
      { status: 'ready', at: 'not a date' },
    ];
    expect(historyEntries(stored)).toEqual([
      { status: 'received', at: '2026-11-23T07:00:00.000Z', by: null, note: null },
      { status: 'repairing', at: '2026-11-24T08:00:00.000Z', by: 'مریم احمدی', note: 'قطعه رسید' },
      { status: 'ready', at: 'not a date', by: null, note: null },
    ]);
  });

  test('the stored JSON text is read too; nothing readable is an empty history', () => {
    expect(historyEntries(JSON.stringify([{ status: 'received', at: '2026-11-23T07:00:00.000Z', by: 'admin' }]))).toEqual([
      { status: 'received', at: '2026-11-23T07:00:00.000Z', by: 'admin', note: null },
    ]);
    expect(historyEntries(null)).toEqual([]);
    expect(historyEntries('{not json')).toEqual([]);
    expect(historyEntries({ status: 'received' })).toEqual([]);
  });

  test('dates in the Jalali calendar at Tehran time, whatever the browser’s zone', () => {
    // 07:00 UTC on 23 Nov 2026 = 10:30 in Tehran, 2 Azar 1405
    expect(jalaliDateAndTime('2026-11-23T07:00:00.000Z', 'fa')).toEqual({ date: '۲ آذر ۱۴۰۵', time: '۱۰:۳۰' });
    expect(jalaliDateAndTime('2026-11-23T07:00:00.000Z', 'en')).toEqual({ date: '2 Azar 1405 AP', time: '10:30' });
    // 21:00 UTC on 20 Mar 2026 is already 21 March in Tehran: 1 Farvardin 1405
    expect(jalaliDateAndTime('2026-03-20T21:00:00.000Z', 'fa')?.date).toBe('۱ فروردین ۱۴۰۵');
    expect(jalaliDateAndTime(null, 'fa')).toBeNull();
    expect(jalaliDateAndTime('not a date', 'fa')).toBeNull();
  });
});
