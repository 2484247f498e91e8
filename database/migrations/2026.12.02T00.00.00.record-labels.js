'use strict';

/**
 * Subscribers, devices, device models and contracts carry a stored `label` — how the Content
 * Manager shows them in relations (src/domain/record-labels.ts; the app keeps it current on every
 * write). This fills it for rows written before it existed. Runs before Strapi syncs the schema,
 * so on an existing database it adds the column itself (the same varchar(255) Strapi would);
 * a fresh database has none of these tables yet. Only rows without a label are written.
 *
 * The labels as of this migration: «1001 — علی رضایی», «Zima ZI-200», «ZI200024001 — Zima ZI-200»,
 * «تمدید دوساله ۱۴۰۵/۰۹/۱۰ تا ۱۴۰۷/۰۹/۱۰» (tests/unit/migrations.test.ts holds them equal to the
 * app's rules).
 */
const MAX = 255;
const SEPARATOR = ' — ';
const KIND = {
  initial: 'خدمات اولیه (همراه خرید)',
  renewal: 'تمدید قرارداد خدمات',
  pay_per_case: 'خدمات موردی',
  cancellation: 'انصراف از خدمات',
};
const PLAN = { 1: 'یک‌ساله', 2: 'دوساله', 3: 'سه‌ساله' };
const JALALI = new Intl.DateTimeFormat('fa-IR-u-ca-persian', { timeZone: 'Asia/Tehran', year: 'numeric', month: '2-digit', day: '2-digit' });

const pad = (n) => String(n).padStart(2, '0');
/** a `date` column as 'YYYY-MM-DD' (SQLite keeps the text; pg may hand back a local-midnight Date) */
const isoDay = (value) => {
  if (!value) return null;
  if (value instanceof Date) return `${value.getFullYear()}-${pad(value.getMonth() + 1)}-${pad(value.getDate())}`;
  return String(value).slice(0, 10);
};
const jalali = (day) => {
  const [y, m, d] = day.split('-').map(Number);
  return JALALI.format(new Date(Date.UTC(y, m - 1, d, 12)));
};
const fit = (text) => text.trim().slice(0, MAX);

const contractLabel = ({ kind, years, start_date: startDate, end_date: endDate }) => {
  const start = isoDay(startDate);
  const end = isoDay(endDate);
  const name = kind === 'renewal' && PLAN[years] ? `تمدید ${PLAN[years]}` : KIND[kind] || kind || '';
  if (start && end) return fit(`${name} ${jalali(start)} تا ${jalali(end)}`);
  if (start) return fit(`${name} از تاریخ ${jalali(start)}`);
  return fit(name);
};

const addLabelColumn = async (knex, table) => {
  if (!(await knex.schema.hasColumn(table, 'label'))) await knex.schema.alterTable(table, (t) => t.string('label', MAX));
};

module.exports = {
  async up(knex) {
    const has = async (table) => knex.schema.hasTable(table);

    if (await has('subscribers')) {
      await addLabelColumn(knex, 'subscribers');
      await knex('subscribers')
        .whereNull('label')
        .update({ label: knex.raw(`SUBSTR(TRIM(subscriber_number) || ? || TRIM(full_name), 1, ${MAX})`, [SEPARATOR]) });
    }

    if (await has('device_models')) {
      await addLabelColumn(knex, 'device_models');
      await knex('device_models')
        .whereNull('label')
        .update({ label: knex.raw(`SUBSTR(TRIM(brand) || ' ' || TRIM(model), 1, ${MAX})`) });
    }

    if (await has('devices')) {
      await addLabelColumn(knex, 'devices');
      const model = (await has('devices_model_lnk'))
        ? `(SELECT ? || TRIM(m.brand) || ' ' || TRIM(m.model) FROM devices_model_lnk l JOIN device_models m ON m.id = l.device_model_id WHERE l.device_id = devices.id LIMIT 1)`
        : null;
      await knex('devices')
        .whereNull('label')
        .update({ label: model ? knex.raw(`SUBSTR(TRIM(serial) || COALESCE(${model}, ''), 1, ${MAX})`, [SEPARATOR]) : knex.raw(`SUBSTR(TRIM(serial), 1, ${MAX})`) });
    }

    if (await has('contracts')) {
      await addLabelColumn(knex, 'contracts');
      // Jalali dates are formatted here, not in SQL: a page of rows at a time
      for (;;) {
        const rows = await knex('contracts').whereNull('label').select('id', 'kind', 'years', 'start_date', 'end_date').orderBy('id').limit(500);
        if (!rows.length) break;
        for (const row of rows) await knex('contracts').where('id', row.id).update({ label: contractLabel(row) });
      }
    }
  },
};
