/**
 * The outbox's claim order and the index that serves it. Workers claim due messages by priority,
 * then age (services/outbox.ts claimDue → src/utils/work-queue.ts); a partial index over the rows
 * still waiting — 'queued' or 'failed' — in exactly that order lets the claim read the first few
 * rows of the index even behind a backlog of 400,000 broadcasts, and stays small as sent messages
 * pile up. Strapi's schema.json cannot declare a partial index, so it is created here at start
 * (a fresh database) and by database/migrations/2026.12.03T00.00.00.outbox-priority.js (an
 * existing one); Strapi leaves indexes it never declared alone.
 */
import type { Core } from '@strapi/strapi';

export const CLAIM_ORDER = 'q.priority, q.next_attempt_at, q.id';
export const CLAIM_INDEX = 'messaging_outbox_claim_idx';

export const ensureClaimIndex = async (strapi: Core.Strapi) => {
  await strapi.db.connection.raw(
    `CREATE INDEX IF NOT EXISTS ${CLAIM_INDEX} ON messaging_outbox (priority, next_attempt_at, id) WHERE status IN ('queued', 'failed')`
  );
};
