/**
 * Money as staff read and type it in the admin (plugins/back-office/admin/src/readable/money.ts):
 * thousands separators, Persian/Arabic/Latin digits, tomans = rials / 10, amounts past
 * Number.MAX_SAFE_INTEGER kept exact as strings.
 */
import {
  amountDigits,
  caretAfterDigits,
  digitsBefore,
  formatAmount,
  formatTomans,
  groupThousands,
  parseAmountInput,
  rialsToTomans,
  toLatinDigits,
  toPersianDigits,
} from '../../plugins/back-office/admin/src/readable/money';

describe('digits', () => {
  test('Persian and Arabic-Indic digits become Latin, other characters stay', () => {
    expect(toLatinDigits('۱۲۳٤٥٦abc')).toBe('123456abc');
    expect(toLatinDigits('٠١٢٣٤٥٦٧٨٩')).toBe('0123456789');
    expect(toLatinDigits('۰۱۲۳۴۵۶۷۸۹')).toBe('0123456789');
  });

  test('Latin digits become Persian', () => {
    expect(toPersianDigits('1,234 rials')).toBe('۱,۲۳۴ rials');
  });
});

describe('reading a stored amount', () => {
  test('strings (as Strapi returns bigintegers), numbers and bigints; anything else is not an amount', () => {
    expect(amountDigits('12000000')).toBe('12000000');
    expect(amountDigits(12000000)).toBe('12000000');
    expect(amountDigits(BigInt('9223372036854775807'))).toBe('9223372036854775807');
    expect(amountDigits('007')).toBe('7');
    expect(amountDigits('0')).toBe('0');
    for (const bad of [null, undefined, '', '-5', '1.5', 1.5, -1, 'abc', '12,000', Number.MAX_SAFE_INTEGER + 2]) expect(amountDigits(bad)).toBeNull();
  });
});

describe('thousands separators', () => {
  test('grouped as Intl groups them, in both languages', () => {
    for (const n of [0, 7, 999, 1000, 12_000_000, 123_456_789, 1_000_000_000_000]) {
      expect(groupThousands(String(n), 'en')).toBe(new Intl.NumberFormat('en-US').format(n));
      expect(groupThousands(String(n), 'fa')).toBe(new Intl.NumberFormat('fa-IR').format(n));
    }
  });

  test('an amount past the safe integers keeps every digit', () => {
    expect(formatAmount('9223372036854775807', 'en')).toBe('9,223,372,036,854,775,807');
    expect(formatAmount('9007199254740993', 'en')).toBe('9,007,199,254,740,993');
  });

  test('the Persian admin shows Persian digits and the Persian separator', () => {
    expect(formatAmount('12000000', 'fa')).toBe('۱۲٬۰۰۰٬۰۰۰');
    expect(formatAmount(null, 'fa')).toBeNull();
  });
});

describe('tomans', () => {
  test('rials / 10, exactly, as digit strings', () => {
    expect(rialsToTomans('12000000')).toEqual({ whole: '1200000', tenths: '0' });
    expect(rialsToTomans('12000005')).toEqual({ whole: '1200000', tenths: '5' });
    expect(rialsToTomans('5')).toEqual({ whole: '0', tenths: '5' });
    expect(rialsToTomans('0')).toEqual({ whole: '0', tenths: '0' });
    expect(rialsToTomans('92233720368547758070')).toEqual({ whole: '9223372036854775807', tenths: '0' });
    expect(() => rialsToTomans('-10')).toThrow(RangeError);
  });

  test('formatted with separators; a part of a toman shown as a decimal', () => {
    expect(formatTomans('12000000', 'fa')).toBe('۱٬۲۰۰٬۰۰۰');
    expect(formatTomans('12000000', 'en')).toBe('1,200,000');
    expect(formatTomans('12345', 'fa')).toBe('۱٬۲۳۴٫۵');
    expect(formatTomans('12345', 'en')).toBe('1,234.5');
    expect(formatTomans('abc', 'en')).toBeNull();
  });
});

describe('typing an amount', () => {
  test('Persian, Arabic or Latin digits, with or without separators, give the stored string', () => {
    expect(parseAmountInput('۱۲٬۰۰۰٬۰۰۰')).toBe('12000000');
    expect(parseAmountInput('١٢,٠٠٠')).toBe('12000');
    expect(parseAmountInput('12 000 000 ریال')).toBe('12000000');
    expect(parseAmountInput('0012')).toBe('12');
    expect(parseAmountInput('0')).toBe('0');
    expect(parseAmountInput('')).toBeNull();
    expect(parseAmountInput('ریال')).toBeNull();
  });

  test('no more than 18 digits (a biginteger column holds them)', () => {
    expect(parseAmountInput('1234567890123456789012')).toBe('123456789012345678');
  });

  test('the caret stays after the digit it followed when separators come and go', () => {
    // typed the fourth digit at the end: '1234|' → '1,234|'
    expect(caretAfterDigits('1,234', digitsBefore('1234', 4))).toBe(5);
    // caret after the first digit of '1|234' → '1|,234'
    expect(caretAfterDigits('1,234', digitsBefore('1234', 1))).toBe(1);
    // Persian: '۱۲۳۴۵|' → '۱۲٬۳۴۵|'
    expect(caretAfterDigits('۱۲٬۳۴۵', digitsBefore('۱۲۳۴۵', 5))).toBe(6);
    // a separator deleted in the middle: '1,2|34' had 2 digits before the caret
    expect(caretAfterDigits('1,234', digitsBefore('1,234', 3))).toBe(3);
    expect(caretAfterDigits('1,234', 0)).toBe(0);
  });
});
