import { formatTomans, rialsToTomans, toRials } from '../../src/domain/money';
import { canonicalSerial, normalizeSerial } from '../../src/domain/serial';

describe('money: integer rials, shown as tomans', () => {
  test('stored amounts (bigint columns come back as strings) become safe integers', () => {
    expect(toRials('500000000')).toBe(500_000_000);
    expect(toRials(0)).toBe(0);
    for (const bad of ['12.5', '-1', 'abc', 1.5, -3, Number.MAX_SAFE_INTEGER + 2, null]) expect(() => toRials(bad)).toThrow(RangeError);
  });
  test('tomans are rials ÷ 10', () => {
    expect(rialsToTomans(100_000_000)).toBe(10_000_000);
    expect(formatTomans(100_000_000)).toBe('۱۰٬۰۰۰٬۰۰۰ تومان');
    expect(formatTomans(100_000_000, 'en')).toBe('10,000,000 toman');
  });
});

describe('serial numbers: one canonical form', () => {
  test('case, Persian digits, spaces and dashes do not matter', () => {
    expect(canonicalSerial('zc-200 ۰۰۱۷')).toBe('ZC2000017');
    expect(normalizeSerial(' Zc_200/0017 ')).toBe('ZC2000017');
  });
  test('too short, too long or with other characters is not a serial', () => {
    expect(normalizeSerial('A1')).toBeNull();
    expect(normalizeSerial('X'.repeat(41))).toBeNull();
    expect(normalizeSerial('ZC#200')).toBeNull();
    expect(normalizeSerial(12345 as unknown as string)).toBeNull();
  });
});
