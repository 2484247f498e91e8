import { INSTALLATION_DATE_WINDOW_DAYS, judgeInstallationDate } from '../../src/domain/installation-date';
import { addDays } from '../../src/domain/jalali';

const today = '2026-12-02';

describe('the installation date a buyer may confirm', () => {
  test('a day up to today, with nothing recorded, is accepted', () => {
    expect(judgeInstallationDate({ date: today, today })).toBeNull();
    expect(judgeInstallationDate({ date: '2020-01-01', today })).toBeNull();
  });

  test('not in the future', () => {
    expect(judgeInstallationDate({ date: addDays(today, 1), today })).toBe('dateInFuture');
    expect(judgeInstallationDate({ date: addDays(today, 1), today, recordedDate: today })).toBe('dateInFuture');
  });

  test('not before the sale; the day of the sale is fine', () => {
    const saleDate = addDays(today, -20);
    expect(judgeInstallationDate({ date: addDays(saleDate, -1), today, saleDate })).toBe('installationBeforeSale');
    expect(judgeInstallationDate({ date: saleDate, today, saleDate })).toBeNull();
    // a year off (the mistake the form used to accept) is caught by the sale date too
    expect(judgeInstallationDate({ date: addDays(saleDate, -365), today, saleDate, recordedDate: saleDate })).toBe('installationBeforeSale');
  });

  test(`within ${INSTALLATION_DATE_WINDOW_DAYS} days of the date staff recorded, either way`, () => {
    expect(INSTALLATION_DATE_WINDOW_DAYS).toBe(30);
    const recordedDate = addDays(today, -60);
    expect(judgeInstallationDate({ date: addDays(recordedDate, 30), today, recordedDate })).toBeNull();
    expect(judgeInstallationDate({ date: addDays(recordedDate, -30), today, recordedDate })).toBeNull();
    expect(judgeInstallationDate({ date: addDays(recordedDate, 31), today, recordedDate })).toBe('installationFarFromRecorded');
    expect(judgeInstallationDate({ date: addDays(recordedDate, -31), today, recordedDate })).toBe('installationFarFromRecorded');
    expect(judgeInstallationDate({ date: addDays(recordedDate, -365), today, recordedDate })).toBe('installationFarFromRecorded');
  });
});
