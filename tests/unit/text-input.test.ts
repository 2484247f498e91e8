/**
 * The text rule (src/domain/text-input.ts): what every text field of a customer or public write
 * route goes through, and the schema columns that store such text.
 */
import path from 'path';
import { INVISIBLE_FORMAT, STORED_IN, TEXT_FIELDS, normalizeText, readText } from '../../src/domain/text-input';

const line = { max: 20 };
const notes = { max: 50, multiline: true };

test('text is NFC, trimmed (invisible marks at the ends too) and its spaces collapsed', () => {
  expect(readText('  علی   \t رضایی  ', { max: 100 })).toEqual({ ok: false, problem: 'textControlCharacters' }); // a tab in one line
  expect(readText('  علی    رضایی\u00A0 ', line)).toEqual({ ok: true, value: 'علی رضایی' });
  expect(readText('\u200F\u202Bمریم\u202C\u200E', line)).toEqual({ ok: true, value: 'مریم' });
  // e + combining acute → é (one code unit)
  expect(readText('Jose\u0301', line)).toEqual({ ok: true, value: 'Jos\u00E9' });
});

test('the zero-width non-joiner inside a Persian word is kept; alone it is no value', () => {
  expect(readText('محمدی\u200Cپور', line)).toEqual({ ok: true, value: 'محمدی\u200Cپور' });
  expect(readText('\u200C', line)).toEqual({ ok: false, problem: 'textInvisibleOnly' });
  expect(readText(' \u200C \u200C ', line, { required: false })).toEqual({ ok: false, problem: 'textInvisibleOnly' });
});

test('only direction marks, zero-width characters or a BOM is refused, even for an optional field', () => {
  for (const value of ['\u200E', '\u200F\u200F', '\u202A\u202B\u202C\u202D\u202E', '\u2066\u2067\u2068\u2069', '\uFEFF', '\u200B \u200D']) {
    expect(readText(value, line)).toEqual({ ok: false, problem: 'textInvisibleOnly' });
    expect(readText(value, line, { required: false })).toEqual({ ok: false, problem: 'textInvisibleOnly' });
  }
  expect('a\u200Bb\u202Ec'.replace(INVISIBLE_FORMAT, '')).toBe('abc');
});

test('control characters: NUL, the rest of C0, DEL and C1 are refused; newline and tab only in a multi-line field', () => {
  for (const c of ['\u0000', '\u0001', '\u001B', '\u001F', '\u007F', '\u0080', '\u0085', '\u009F']) {
    expect(readText(`ab${c}cd`, line)).toEqual({ ok: false, problem: 'textControlCharacters' });
    expect(readText(`ab${c}cd`, notes)).toEqual({ ok: false, problem: 'textControlCharacters' });
  }
  expect(readText('ab\ncd', line)).toEqual({ ok: false, problem: 'textControlCharacters' });
  expect(readText('ab\u000Bcd', notes)).toEqual({ ok: false, problem: 'textControlCharacters' });
  expect(readText('سطر یک\r\n\tسطر  دو\n\n\n\nسطر سه\n', notes)).toEqual({ ok: true, value: 'سطر یک\nسطر دو\n\nسطر سه' });
  // a lone surrogate is not text
  expect(readText('ab\uD800cd', line)).toEqual({ ok: false, problem: 'textControlCharacters' });
  expect(readText('ok 😀', line)).toEqual({ ok: true, value: 'ok 😀' });
});

test('length is counted after normalising; more than the field max is refused with the max', () => {
  expect(readText('ب'.repeat(20), line)).toEqual({ ok: true, value: 'ب'.repeat(20) });
  expect(readText(`  ${'ب'.repeat(20)}     `, line)).toEqual({ ok: true, value: 'ب'.repeat(20) });
  expect(readText('ب'.repeat(21), line)).toEqual({ ok: false, problem: 'textTooLong', max: 20 });
  expect(readText('x'.repeat(100_000), TEXT_FIELDS.personName)).toEqual({ ok: false, problem: 'textTooLong', max: 120 });
});

test('not text: numbers, booleans, objects and arrays; empty is required (or null when optional)', () => {
  for (const value of [0, 12, true, {}, { $ne: '' }, [], ['a']]) expect(readText(value, line)).toEqual({ ok: false, problem: 'mustBeText' });
  for (const value of [undefined, null, '', '   ']) {
    expect(readText(value, line)).toEqual({ ok: false, problem: 'required' });
    expect(readText(value, line, { required: false })).toEqual({ ok: true, value: null });
  }
});

test('a verbatim field (passwords) is taken as typed, with the same refusals', () => {
  const password = TEXT_FIELDS.password;
  expect(readText('  Gol  ab٣٤ ', password)).toEqual({ ok: true, value: '  Gol  ab٣٤ ' });
  expect(normalizeText('Jose\u0301 ', password)).toBe('Jose\u0301 ');
  expect(readText('abc\u0000def12', password)).toEqual({ ok: false, problem: 'textControlCharacters' });
  expect(readText('\u200F\u200E', password)).toEqual({ ok: false, problem: 'textInvisibleOnly' });
  expect(readText('   ', password)).toEqual({ ok: false, problem: 'required' });
  expect(readText('a1'.repeat(37), password)).toEqual({ ok: false, problem: 'textTooLong', max: 72 });
});

const schemaOf = (uid: string) => {
  const [scope, rest] = uid.split('::');
  const [api, type] = rest.split('.');
  const file = scope === 'api' ? path.join('src', 'api', api, 'content-types', type, 'schema.json') : path.join('plugins', api, 'server', 'src', 'content-types', type, 'schema.json');
  return require(path.resolve(__dirname, '..', '..', file));
};

test('the columns that store a customer\'s text have the field\'s max as their maxLength', () => {
  for (const [field, columns] of Object.entries(STORED_IN)) {
    for (const column of columns ?? []) {
      const [uid, attribute] = [column.slice(0, column.lastIndexOf('.')), column.slice(column.lastIndexOf('.') + 1)];
      expect({ column, maxLength: schemaOf(uid).attributes[attribute].maxLength }).toEqual({ column, maxLength: TEXT_FIELDS[field as keyof typeof TEXT_FIELDS].max });
    }
  }
});

test('every string attribute of the types a customer\'s request writes has a maxLength', () => {
  const types = [
    'api::ownership-transfer.ownership-transfer',
    'api::ownership-transfer.device-ownership',
    'api::installation-confirmation.installation-confirmation',
    'api::subscriber.subscriber',
    'api::contract.contract',
    'api::payment.payment',
    'api::notification.notification',
    'api::audit-event.audit-event',
    'plugin::customer-accounts.login-code',
  ];
  const missing: string[] = [];
  for (const uid of types) {
    for (const [name, attribute] of Object.entries<any>(schemaOf(uid).attributes)) {
      if (['string', 'email', 'uid'].includes(attribute.type) && !(attribute.maxLength > 0)) missing.push(`${uid}.${name}`);
    }
  }
  expect(missing).toEqual([]);
});
