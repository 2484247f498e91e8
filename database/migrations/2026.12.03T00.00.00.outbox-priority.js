'use strict';

/**
 * Outbox messages carry a `priority` (src/domain/outbox.ts OUTBOX_PRIORITY: login codes 0, other
 * transactional messages 10, broadcasts 50) and workers claim them by priority, then age. This
 * gives messages written before it their priority from their kind, and creates the partial index
 * the claim reads (plugins/messaging/server/src/services/claim-index.ts; the app creates it too on
 * a fresh database, where this migration finds no table yet). Runs before Strapi syncs the
 * schema, so it adds the column itself (the integer Strapi would). Idempotent.
 */
const PRIORITY = { otp: 0, transactional: 10, broadcast: 50 };

module.exports = {
  async up(knex) {
    if (!(await knex.schema.hasTable('messaging_outbox'))) return;
    if (!(await knex.schema.hasColumn('messaging_outbox', 'priority'))) {
      await knex.schema.alterTable('messaging_outbox', (t) => t.integer('priority'));
    }
    for (const [kind, priority] of Object.entries(PRIORITY)) {
      await knex('messaging_outbox').where({ kind }).whereNull('priority').update({ priority });
    }
    await knex('messaging_outbox').whereNull('priority').update({ priority: PRIORITY.transactional });
    await knex.raw(
      "CREATE INDEX IF NOT EXISTS messaging_outbox_claim_idx ON messaging_outbox (priority, next_attempt_at, id) WHERE status IN ('queued', 'failed')"
    );
  },
};
