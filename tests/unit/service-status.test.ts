import { computeServiceStatus, computeWarrantyStatus, daysUntil, isServiceUsable, SERVICE_STATUSES, SERVICE_STATUS_LABELS } from '../../src/domain/service-status';
import { deviceAttention } from '../../src/domain/device-attention';

const today = '2026-11-23';
const confirmed = '2025-01-10T06:30:00Z';

describe('service status — the one rule', () => {
  test.each([
    ['cancelled beats everything', { serviceMode: 'cancelled', installationConfirmedAt: null, serviceEnd: '2030-01-01' }, 'cancelled'],
    ['nothing starts before installation is confirmed', { serviceMode: 'initial', installationConfirmedAt: null, serviceEnd: '2030-01-01' }, 'awaiting_installation'],
    ['pay-per-case continues after the term', { serviceMode: 'pay_per_case', installationConfirmedAt: confirmed, serviceEnd: '2025-01-01' }, 'pay_per_case'],
    ['ended yesterday is expired', { serviceMode: 'initial', installationConfirmedAt: confirmed, serviceEnd: '2026-11-22' }, 'expired'],
    ['ending today is still active', { serviceMode: 'initial', installationConfirmedAt: confirmed, serviceEnd: '2026-11-23' }, 'active'],
    ['a renewed term', { serviceMode: 'renewed', installationConfirmedAt: confirmed, serviceEnd: '2028-11-23' }, 'renewed'],
    ['a renewed term that ran out is expired', { serviceMode: 'renewed', installationConfirmedAt: confirmed, serviceEnd: '2026-01-01' }, 'expired'],
    ['no service end at all is expired', { serviceMode: 'initial', installationConfirmedAt: confirmed, serviceEnd: null }, 'expired'],
  ])('%s', (_name, device, expected) => {
    expect(computeServiceStatus(device as any, today)).toBe(expected);
  });

  test('every status has a Persian and an English label', () => {
    for (const s of SERVICE_STATUSES) {
      expect(SERVICE_STATUS_LABELS[s].fa).toMatch(/[\u0600-\u06FF]/);
      expect(SERVICE_STATUS_LABELS[s].en).toMatch(/[A-Za-z]/);
    }
  });

  test('tickets are allowed while active, renewed or pay-per-case (seed 001 §4)', () => {
    expect(SERVICE_STATUSES.filter(isServiceUsable)).toEqual(['active', 'renewed', 'pay_per_case']);
  });
});

describe('warranty status', () => {
  test('valid through the end date, expired after, none without one', () => {
    expect(computeWarrantyStatus({ warrantyEnd: '2026-11-23' }, today)).toBe('valid');
    expect(computeWarrantyStatus({ warrantyEnd: '2026-11-22' }, today)).toBe('expired');
    expect(computeWarrantyStatus({ warrantyEnd: null }, today)).toBe('none');
  });
  test('days until', () => {
    expect(daysUntil('2026-12-03', today)).toBe(10);
    expect(daysUntil(null, today)).toBeNull();
  });
});

describe('what a device needs from its buyer', () => {
  test('awaiting installation asks for the confirmation form', () => {
    const list = deviceAttention({ serviceStatus: 'awaiting_installation', warrantyStatus: 'valid', daysToServiceEnd: 300, daysToWarrantyEnd: 500 });
    expect(list.map((a) => a.kind)).toEqual(['confirm_installation']);
  });
  test('expired service asks for a choice', () => {
    const list = deviceAttention({ serviceStatus: 'expired', warrantyStatus: 'expired', daysToServiceEnd: -5, daysToWarrantyEnd: -5 });
    expect(list.map((a) => a.kind)).toEqual(['choose_service']);
  });
  test('ending within 30 days warns with the number of days in Persian digits', () => {
    const list = deviceAttention({ serviceStatus: 'active', warrantyStatus: 'valid', daysToServiceEnd: 12, daysToWarrantyEnd: 30 });
    expect(list.map((a) => a.kind)).toEqual(['service_ending_soon', 'warranty_ending_soon']);
    expect(list[0].message.fa).toContain('۱۲ روز');
    expect(list[0].message.en).toContain('12 days');
  });
  test('nothing to do for a healthy device or a cancelled one', () => {
    expect(deviceAttention({ serviceStatus: 'active', warrantyStatus: 'valid', daysToServiceEnd: 31, daysToWarrantyEnd: 31 })).toEqual([]);
    expect(deviceAttention({ serviceStatus: 'cancelled', warrantyStatus: 'expired', daysToServiceEnd: -100, daysToWarrantyEnd: -100 })).toEqual([]);
  });
});
