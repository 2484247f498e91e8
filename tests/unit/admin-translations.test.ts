/**
 * The Persian admin (src/admin/translations/fa) translates the English strings of the Strapi
 * packages staff meet, as installed: every key, each message valid ICU with the same arguments
 * and tags as the English one — so a Strapi upgrade that adds or changes strings fails here until
 * they are translated.
 */
import path from 'path';

// eslint-disable-next-line @typescript-eslint/no-var-requires
const { check } = require('../../scripts/check-admin-translations.js');

const ROOT = path.resolve(__dirname, '../..');
const FA = path.join(ROOT, 'src/admin/translations/fa');
const english = (pkg: string, prefix: string | null): Record<string, string> => {
  const loaded = require(path.join(ROOT, 'node_modules/@strapi', pkg, 'translations/en.json.js'));
  const messages: Record<string, string> = loaded.default ?? loaded;
  return Object.fromEntries(Object.entries(messages).map(([key, value]) => [prefix ? `${prefix}.${key}` : key, value]));
};

/** file(s) → the English strings they translate */
const FILES: Record<string, Record<string, string>> = {
  'admin-1.json+admin-2.json': english('admin/dist/admin/admin/src', null),
  'plugins-1.json': {
    ...english('content-manager/dist/admin', 'content-manager'),
    ...english('i18n/dist/admin', 'i18n'),
    ...english('plugin-users-permissions/dist/admin', 'users-permissions'),
    ...english('email/dist/admin', 'email'),
  },
  'plugins-2.json': { ...english('upload/dist/admin', 'upload'), ...english('content-releases/dist/admin', 'content-releases') },
  'extra.json': require(path.join(FA, 'extra.en.json')),
};

const persian = (files: string): Record<string, string> =>
  Object.assign({}, ...files.split('+').map((file) => require(path.join(FA, file))));

describe.each(Object.entries(FILES))('%s', (files, en) => {
  test('translates every English string, keeping its arguments and tags', () => {
    expect(check(persian(files), en)).toEqual([]);
  });
});

test('Persian text uses Persian letters (ی ک), not Arabic ones (ي ك)', () => {
  const offending = Object.entries(FILES)
    .flatMap(([files]) => Object.entries(persian(files)).map(([key, value]) => ({ file: files, key, value })))
    .filter(({ value }) => /[يك]/.test(value))
    .map(({ file, key }) => `${file}: ${key}`);
  expect(offending).toEqual([]);
});

test('a content type named «Persian (English)» shows the half in the staff member’s language', () => {
  const { splitBilingualName } = require('../../src/admin/translations/bilingual-name');
  expect(splitBilingualName('دستگاه (Device)')).toEqual({ fa: 'دستگاه', en: 'Device' });
  expect(splitBilingualName('تأییدیهٔ نصب (Installation confirmation)')).toEqual({ fa: 'تأییدیهٔ نصب', en: 'Installation confirmation' });
  expect(splitBilingualName('User')).toBeNull();
});
