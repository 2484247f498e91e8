/** How a subscriber, device, device model and contract are named in the admin's relations. */
import { contractLabel, deviceLabel, deviceModelLabel, LABEL_MAX_LENGTH, subscriberLabel } from '../../src/domain/record-labels';

test('a subscriber: number — full name', () => {
  expect(subscriberLabel({ subscriberNumber: '1001', fullName: ' علی رضایی ' })).toBe('1001 — علی رضایی');
});

test('a device model: brand model; a device: serial — brand model, or its serial alone', () => {
  expect(deviceModelLabel({ brand: 'Zima', model: 'ZI-200' })).toBe('Zima ZI-200');
  expect(deviceLabel({ serial: 'ZI200024001' }, { brand: 'Zima', model: 'ZI-200' })).toBe('ZI200024001 — Zima ZI-200');
  expect(deviceLabel({ serial: 'ZI200024001' }, null)).toBe('ZI200024001');
});

test('a contract: its kind (a renewal by its length) and Jalali dates', () => {
  expect(contractLabel({ kind: 'renewal', years: 2, startDate: '2026-12-01', endDate: '2028-11-30' })).toBe('تمدید دوساله ۱۴۰۵/۰۹/۱۰ تا ۱۴۰۷/۰۹/۱۰');
  expect(contractLabel({ kind: 'renewal', years: null, startDate: '2026-12-01', endDate: '2027-12-01' })).toBe('تمدید قرارداد خدمات ۱۴۰۵/۰۹/۱۰ تا ۱۴۰۶/۰۹/۱۰');
  expect(contractLabel({ kind: 'initial', startDate: '2026-03-21', endDate: '2027-03-21' })).toBe('خدمات اولیه (همراه خرید) ۱۴۰۵/۰۱/۰۱ تا ۱۴۰۶/۰۱/۰۱');
  expect(contractLabel({ kind: 'pay_per_case', startDate: '2026-12-01' })).toBe('خدمات موردی از تاریخ ۱۴۰۵/۰۹/۱۰');
  expect(contractLabel({ kind: 'cancellation', startDate: '2026-12-01', endDate: null })).toBe('انصراف از خدمات از تاریخ ۱۴۰۵/۰۹/۱۰');
});

test('never longer than the column', () => {
  const label = deviceLabel({ serial: 'S'.repeat(64) }, { brand: 'B'.repeat(80), model: 'M'.repeat(120) });
  expect(label).toHaveLength(LABEL_MAX_LENGTH);
  expect(label.startsWith(`${'S'.repeat(64)} — `)).toBe(true);
});
