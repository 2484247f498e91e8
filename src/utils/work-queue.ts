/**
 * The claim step shared by the portal's durable queues (the messaging outbox, CRM sync jobs):
 * rows with `status`, `attempts`, `next_attempt_at`, `claimed_by`, `claimed_at`. A worker claims
 * due rows with one statement — `UPDATE … WHERE id IN (SELECT … FOR UPDATE SKIP LOCKED) RETURNING id`
 * on PostgreSQL, the same without row locks on SQLite (writers are serialised there) — so any
 * number of workers in any number of instances each get different rows.
 */
import type { Core } from '@strapi/strapi';
import { isPostgres, rawRows, sqlInstant } from './raw-sql';

export type ClaimOptions = {
  uid: string;
  table: string;
  workerId: string;
  limit: number;
  now: Date;
  /** more SQL conditions on the candidate rows (alias `q`), with their bindings */
  where?: string;
  bindings?: unknown[];
  /** the order rows are claimed in (alias `q`); oldest due first unless the queue says otherwise */
  orderBy?: string;
};

/** Claims up to `limit` rows in 'queued' or 'failed' whose next attempt is due; returns them. */
export const claimDueRows = async <T>(strapi: Core.Strapi, o: ClaimOptions): Promise<T[]> => {
  const lock = isPostgres(strapi) ? ' FOR UPDATE SKIP LOCKED' : '';
  const sql = `UPDATE ${o.table}
       SET status = 'sending', claimed_by = ?, claimed_at = ?, attempts = attempts + 1, updated_at = ?
     WHERE id IN (SELECT q.id FROM ${o.table} q
                   WHERE q.status IN ('queued', 'failed') AND q.next_attempt_at <= ?${o.where ? ` AND (${o.where})` : ''}
                   ORDER BY ${o.orderBy ?? 'q.next_attempt_at, q.id'} LIMIT ?${lock})
       AND status IN ('queued', 'failed')
    RETURNING id`;
  const at = sqlInstant(strapi, o.now);
  const result = await strapi.db.connection.raw(sql, [o.workerId, at, at, at, ...(o.bindings ?? []), o.limit]);
  const ids = rawRows<{ id: number }>(result).map((r) => Number(r.id));
  if (!ids.length) return [];
  return strapi.db.query(o.uid as any).findMany({ where: { id: { $in: ids } }, orderBy: [{ id: 'asc' }] });
};

/**
 * Rows left in 'sending' by a worker that stopped (crash, deploy) go back to the queue once their
 * lease is over, to be claimed again.
 */
export const releaseAbandonedRows = async (strapi: Core.Strapi, { uid, now, leaseMs }: { uid: string; now: Date; leaseMs: number }) => {
  const { count } = await strapi.db.query(uid as any).updateMany({
    where: { status: 'sending', claimedAt: { $lt: new Date(now.getTime() - leaseMs) } },
    data: { status: 'failed', claimedBy: null, nextAttemptAt: now, lastError: 'the worker stopped before finishing; retrying' },
  });
  return count;
};

/** Delay before attempt n+1: base · 2^(n−1), capped, with ±20 % jitter. */
export const backoffMs = (attempts: number, base: number, max: number, random = Math.random) =>
  Math.round(Math.min(max, base * 2 ** Math.max(0, attempts - 1)) * (0.8 + 0.4 * random()));
