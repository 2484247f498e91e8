import {
  mobileToInternational,
  normalizeMobile,
  normalizeNationalCode,
  normalizePhone,
  normalizeSubscriberNumber,
  parseLoginIdentifier,
  loginAccountKey,
  loginIdentifierKey,
  subscriberNumberFromLegacyCode,
} from '../../src/domain/identity';
import { normalizeNumberInput, normalizePersianText, toArabicLetters, toEnglishDigits, toPersianDigits, toPersianLetters } from '../../src/domain/digits';
import { searchVariants } from '../../src/domain/search';

describe('digits', () => {
  test('Persian and Arabic-Indic digits become ASCII', () => {
    expect(toEnglishDigits('۰۱۲۳۴۵۶۷۸۹')).toBe('0123456789');
    expect(toEnglishDigits('٠١٢٣٤٥٦٧٨٩')).toBe('0123456789');
    expect(toEnglishDigits('SN-۱۲٣')).toBe('SN-123');
  });
  test('ASCII digits become Persian for display', () => {
    expect(toPersianDigits(1405)).toBe('۱۴۰۵');
  });
  test('typed numbers lose spaces, dashes and zero-width characters', () => {
    expect(normalizeNumberInput(' ۰۰۱-۱۰۰\u200c۰۰۱۵ ')).toBe('0011000015');
  });
  test('Arabic ي and ك become Persian ی and ک', () => {
    expect(normalizePersianText('  علي   كريمي ')).toBe('علی کریمی');
  });
});

describe('national code', () => {
  test('valid codes pass in any digits and with separators', () => {
    expect(normalizeNationalCode('0011000015')).toBe('0011000015');
    expect(normalizeNationalCode('۰۰۱۱۰۰۰۰۱۵')).toBe('0011000015');
    expect(normalizeNationalCode('001-100001-5')).toBe('0011000015');
  });
  test('a wrong check digit, a wrong length or repeated digits fail', () => {
    expect(normalizeNationalCode('0011000016')).toBeNull();
    expect(normalizeNationalCode('001100001')).toBeNull();
    expect(normalizeNationalCode('1111111111')).toBeNull();
    expect(normalizeNationalCode('abc')).toBeNull();
    expect(normalizeNationalCode(undefined)).toBeNull();
  });
});

describe('mobile', () => {
  test('every common form becomes 09xxxxxxxxx', () => {
    for (const input of ['09121234567', '+989121234567', '989121234567', '00989121234567', '9121234567', '۰۹۱۲۱۲۳۴۵۶۷', '0912 123 4567']) {
      expect(normalizeMobile(input)).toBe('09121234567');
    }
  });
  test('landlines, short numbers and garbage fail', () => {
    expect(normalizeMobile('02122334455')).toBeNull();
    expect(normalizeMobile('0912123456')).toBeNull();
    expect(normalizeMobile('hello')).toBeNull();
  });
  test('international form for messaging APIs', () => {
    expect(mobileToInternational('09121234567')).toBe('989121234567');
  });
  test('phone numbers keep digits only', () => {
    expect(normalizePhone('(021) ۲۲-۳۳۴۴۵۵')).toBe('021223344' + '55');
    expect(normalizePhone('12')).toBeNull();
  });
});

describe('subscriber number and the legacy account code (seed 000)', () => {
  test('leading zeros are dropped; 1–9 digits', () => {
    expect(normalizeSubscriberNumber('0001001')).toBe('1001');
    expect(normalizeSubscriberNumber('۱۰۰۱')).toBe('1001');
    expect(normalizeSubscriberNumber('0000')).toBeNull();
    expect(normalizeSubscriberNumber('1234567890')).toBeNull();
  });
  test('11 + nine digits + check digit gives the subscriber number', () => {
    expect(subscriberNumberFromLegacyCode('110000010017')).toBe('1001');
    expect(subscriberNumberFromLegacyCode('۱۱۰۰۰۰۰۱۰۰۱۷')).toBe('1001');
    expect(subscriberNumberFromLegacyCode('120000010017')).toBeNull(); // another company code
    expect(subscriberNumberFromLegacyCode('11000001001')).toBeNull(); // 11 digits
  });
});

describe('login identifier', () => {
  test.each([
    ['1001', { kind: 'subscriberNumber', subscriberNumber: '1001' }],
    ['۰۰۱۰۰۱', { kind: 'subscriberNumber', subscriberNumber: '1001' }],
    ['110000010017', { kind: 'legacyCode', subscriberNumber: '1001' }],
    ['0011000015', { kind: 'nationalCode', nationalCode: '0011000015' }],
    ['۰۰۱-۱۰۰۰۰۱-۵', { kind: 'nationalCode', nationalCode: '0011000015' }],
  ])('%s', (input, expected) => {
    expect(parseLoginIdentifier(input)).toEqual(expected);
  });
  test('anything else is not an identifier', () => {
    for (const input of ['', 'admin', '0011000016', '130000010017', '00000', 42 as unknown as string]) {
      expect(parseLoginIdentifier(input)).toBeNull();
    }
  });
  test('every form of one subscriber number counts under one key, the account\'s', () => {
    const forms = ['1008', '01008', '001008', '1008'.padStart(27, '0'), '110000010087', '۱۱۰۰۰۰۰۱۰۰۸۳', '۰۱۰۰۸', '١٠٠٨', ' 1-008 '];
    expect(new Set(forms.map(loginIdentifierKey))).toEqual(new Set([loginAccountKey('1008')]));
  });
  test('a national code and anything else have keys of their own', () => {
    expect(loginIdentifierKey('۰۰۱-۱۰۰۰۰۱-۵')).toBe(loginIdentifierKey('0011000015'));
    expect(loginIdentifierKey('0011000015')).not.toBe(loginIdentifierKey('1008'));
    expect(loginIdentifierKey('admin')).toBe('x:admin');
    expect(loginIdentifierKey('admin')).not.toBe(loginIdentifierKey('Admin'));
  });
});

describe('search spellings', () => {
  test('letters: Arabic ي/ى/ك become Persian, and back; nothing else changes', () => {
    expect(toPersianLetters('علي كريمي، مصطفى\n۱۲ 34')).toBe('علی کریمی، مصطفی\n۱۲ 34');
    expect(toArabicLetters('علی کریمی')).toBe('علي كريمي');
  });

  test('a number is looked for in every digit form', () => {
    expect(searchVariants(' ۱۰۰۱ ').sort()).toEqual(['1001', '١٠٠١', '۱۰۰۱'].sort());
  });

  test('a name in both letter forms, digits inside it in every form', () => {
    expect(searchVariants('كوچه 5')).toEqual(expect.arrayContaining(['کوچه 5', 'کوچه ۵', 'کوچه ٥', 'كوچه 5', 'كوچه ۵']));
  });

  test('a number typed with separators is also looked for as stored: compact serials, mobiles from +98', () => {
    expect(searchVariants('zg-۲۰۲۴ 0017')).toContain('ZG20240017');
    expect(searchVariants('+98 912 765 4321')).toContain('09127654321');
    expect(searchVariants('۰۹۱۲ ۷۶۵')).toContain('0912765');
  });

  test('a blank query looks for nothing', () => {
    expect(searchVariants('   ')).toEqual([]);
  });
});
