'use strict';

/**
 * Records stored before text was put in one spelling (src/validation/rules/persian-text.ts):
 * Arabic ي/ى/ك become Persian ی/ک in the text staff write and search (names, addresses, notes,
 * catalogue, repairs, announcements, message templates), and identifiers get Latin digits
 * (subscriber number, national code, mobile, phone, postal code, dongle / User ID) — free text
 * keeps the digits it was typed with. Records the portal alone writes are left as recorded (the
 * installation confirmations are signed and immutable); search finds both spellings anyway.
 * An identifier whose Latin form another row already has is left as it is (the unique index
 * would refuse it; staff see both in a search). Runs before Strapi syncs the schema; a fresh
 * database has none of these tables yet, and a second run changes nothing.
 */
const PERSIAN_LETTERS = { 'ي': 'ی', 'ى': 'ی', 'ك': 'ک' };
const ARABIC_LETTERS = Object.keys(PERSIAN_LETTERS);
const OTHER_DIGITS = [];
for (let d = 0; d < 10; d += 1) OTHER_DIGITS.push(String.fromCharCode(0x06f0 + d), String.fromCharCode(0x0660 + d));

const toPersianLetters = (value) => value.replace(/[يىك]/g, (c) => PERSIAN_LETTERS[c]);
const toLatinDigits = (value) =>
  value.replace(/[\u06f0-\u06f9\u0660-\u0669]/g, (c) => String(c.charCodeAt(0) - (c.charCodeAt(0) >= 0x06f0 ? 0x06f0 : 0x0660)));

const TEXT = {
  subscribers: ['full_name', 'main_operator_name', 'staff_notes'],
  components_shared_addresses: ['city', 'street', 'building'],
  devices: ['staff_notes'],
  device_types: ['name', 'description'],
  device_models: ['brand', 'model'],
  contracts: ['staff_notes'],
  repair_orders: ['reported_fault', 'accessories_received', 'staff_notes'],
  holidays: ['name'],
  announcements: ['title', 'summary', 'body'],
  messaging_templates: ['description', 'sms_text'],
};

/** [table, column, unique] */
const IDENTIFIERS = [
  ['subscribers', 'subscriber_number', true],
  ['subscribers', 'national_code', true],
  ['subscribers', 'mobile', false],
  ['subscribers', 'phone', false],
  ['components_shared_addresses', 'postal_code', false],
  ['devices', 'dongle_or_user_id', false],
];

const normalizeColumn = async (knex, table, column, { convert, chars, unique }) => {
  if (!(await knex.schema.hasTable(table)) || !(await knex.schema.hasColumn(table, column))) return;
  const rows = await knex(table)
    .select('id', column)
    .where((q) => {
      for (const c of chars) q.orWhere(column, 'like', `%${c}%`);
    });
  for (const row of rows) {
    const value = convert(row[column]);
    if (value === row[column]) continue;
    if (unique && (await knex(table).where(column, value).whereNot('id', row.id).first('id'))) continue;
    await knex(table).where('id', row.id).update({ [column]: value });
  }
};

module.exports = {
  async up(knex) {
    for (const [table, columns] of Object.entries(TEXT)) {
      for (const column of columns) await normalizeColumn(knex, table, column, { convert: toPersianLetters, chars: ARABIC_LETTERS, unique: false });
    }
    for (const [table, column, unique] of IDENTIFIERS) {
      await normalizeColumn(knex, table, column, { convert: toLatinDigits, chars: OTHER_DIGITS, unique });
    }
  },
};
