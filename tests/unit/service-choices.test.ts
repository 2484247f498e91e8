import { judgeChoice, renewalTerm, RENEWAL_YEARS } from '../../src/domain/service-choices';
import { formatJalaliDate } from '../../src/domain/jalali';
import { hashConfirmation } from '../../src/domain/installation-confirmation';

const ctx = (status: any, daysToServiceEnd: number | null = null) => ({ status, daysToServiceEnd, renewalWindowDays: 60 });

describe('service choices (seed 001 §3)', () => {
  test('after the service ended, every choice but the current mode', () => {
    for (const choice of ['renew', 'pay_per_case', 'cancel'] as const) expect(judgeChoice(choice, ctx('expired', -3))).toEqual({ allowed: true });
    expect(judgeChoice('pay_per_case', ctx('pay_per_case'))).toEqual({ allowed: false, reason: 'alreadyInMode' });
    expect(judgeChoice('renew', ctx('pay_per_case'))).toEqual({ allowed: true });
    expect(judgeChoice('cancel', ctx('cancelled'))).toEqual({ allowed: false, reason: 'alreadyInMode' });
    expect(judgeChoice('renew', ctx('cancelled'))).toEqual({ allowed: true });
  });
  test('while the service runs: renewal only within the window, nothing else', () => {
    expect(judgeChoice('renew', ctx('active', 61))).toEqual({ allowed: false, reason: 'serviceRunning' });
    expect(judgeChoice('renew', ctx('active', 60))).toEqual({ allowed: true });
    expect(judgeChoice('renew', ctx('renewed', 10))).toEqual({ allowed: true });
    expect(judgeChoice('cancel', ctx('active', 10))).toEqual({ allowed: false, reason: 'serviceRunning' });
    expect(judgeChoice('pay_per_case', ctx('renewed', 5))).toEqual({ allowed: false, reason: 'serviceRunning' });
  });
  test('nothing before the installation is confirmed', () => {
    expect(judgeChoice('renew', ctx('awaiting_installation'))).toEqual({ allowed: false, reason: 'awaitingInstallation' });
  });
  test('a renewal extends from the later of today and the current end', () => {
    expect(renewalTerm('2026-11-23', '2026-12-10', 2).start).toBe('2026-12-10');
    expect(renewalTerm('2026-11-23', '2026-01-01', 1).start).toBe('2026-11-23');
    expect(renewalTerm('2026-11-23', null, 3).start).toBe('2026-11-23');
  });
  test('a renewal runs whole Jalali years, to the same Jalali day (10 Azar 1405 → 10 Azar 1406, 1407, 1408)', () => {
    const azar10 = '2026-12-01'; // 10 Azar 1405
    const ends = RENEWAL_YEARS.map((years) => renewalTerm('2026-11-23', azar10, years).end);
    expect(ends.map((end) => formatJalaliDate(end))).toEqual(['۱۴۰۶/۰۹/۱۰', '۱۴۰۷/۰۹/۱۰', '۱۴۰۸/۰۹/۱۰']);
    expect(ends).toEqual(['2027-12-01', '2028-11-30', '2029-11-30']);
    // from 30 Esfand 1403 (a leap year) to the last day of Esfand 1404
    expect(formatJalaliDate(renewalTerm('2025-03-01', '2025-03-20', 1).end)).toBe('۱۴۰۴/۱۲/۲۹');
  });
});

describe('installation confirmation hash', () => {
  const content = {
    deviceDocumentId: 'abc', serial: 'ZC200001', subscriberNumber: '1001', nationalCode: '0011000015',
    deviceFullyInstalled: true, driverCompressorConnectionsInstalled: true, initialTrainingGiven: true, allItemsDone: true,
    installationDate: '2026-11-20', confirmedAt: '2026-11-23T10:00:00.000Z', confirmedByUserId: 7, ip: '10.0.0.1', userAgent: 'test',
  };
  test('is a stable SHA-256 of the content', () => {
    expect(hashConfirmation(content)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashConfirmation({ ...content })).toBe(hashConfirmation(content));
  });
  test('changes with any field', () => {
    expect(hashConfirmation({ ...content, initialTrainingGiven: false })).not.toBe(hashConfirmation(content));
    expect(hashConfirmation({ ...content, installationDate: '2026-11-21' })).not.toBe(hashConfirmation(content));
  });
});
