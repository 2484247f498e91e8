'use strict';

/**
 * The Content Manager takes a field called `status` for Strapi's own draft/published switch: it
 * refused to save a repair order ("Invalid status") and dropped the field from what staff read.
 * Each record's status is now named for what it is the status of. Runs before Strapi syncs the
 * schema, so existing rows keep their values (a fresh database has none of these tables yet).
 */
const RENAMES = [
  ['repair_orders', 'repair_status'],
  ['ownership_transfers', 'transfer_status'],
  ['contracts', 'contract_status'],
  ['payments', 'payment_status'],
  ['announcement_fanouts', 'fanout_status'],
];

module.exports = {
  async up(knex) {
    for (const [table, column] of RENAMES) {
      if (!(await knex.schema.hasTable(table))) continue;
      if (!(await knex.schema.hasColumn(table, 'status')) || (await knex.schema.hasColumn(table, column))) continue;
      await knex.schema.alterTable(table, (t) => t.renameColumn('status', column));
    }
  },
};
