/**
 * Job leases: several app instances run the same schedule, and each fire of a job must run in
 * one of them only. A lease row per job (api::job-lock) is taken with one conditional UPDATE —
 * atomic on PostgreSQL and on SQLite alike — that succeeds only when the lease is free (or has
 * expired, if its holder died) and this fire's slot is newer than the last one run. A running job
 * renews its lease (heartbeat every third of it), so leases are short: an instance killed mid-run
 * holds its jobs for one lease at most.
 */
import { randomUUID } from 'crypto';
import type { Core } from '@strapi/strapi';

const UID = 'api::job-lock.job-lock';

/** This process, as a lease holder. */
export const INSTANCE_ID = `${process.pid}-${randomUUID().slice(0, 8)}`;

const ensureRow = async (strapi: Core.Strapi, name: string) => {
  const existing = await strapi.db.query(UID).findOne({ where: { name }, select: ['id'] });
  if (existing) return;
  try {
    await strapi.db.query(UID).create({ data: { name } });
  } catch {
    // another instance created it at the same moment: the unique index kept one row
  }
};

/**
 * Takes the lease for `name` for `ttlMs`, for the fire scheduled at `slot`. False when another
 * holder has it, or this slot (or a later one) already ran.
 */
export const acquireJobLease = async (
  strapi: Core.Strapi,
  name: string,
  { ttlMs, slot, now = new Date(), holder = INSTANCE_ID }: { ttlMs: number; slot?: Date; now?: Date; holder?: string }
): Promise<boolean> => {
  await ensureRow(strapi, name);
  const conditions: Record<string, unknown>[] = [{ name }, { $or: [{ lockedUntil: null }, { lockedUntil: { $lt: now } }] }];
  if (slot) conditions.push({ $or: [{ lastSlot: null }, { lastSlot: { $lt: slot } }] });
  const { count } = await strapi.db.query(UID).updateMany({
    where: { $and: conditions },
    data: { holder, lockedUntil: new Date(now.getTime() + ttlMs), ...(slot ? { lastSlot: slot } : {}) },
  });
  return count === 1;
};

/**
 * Extends the lease `name` by `ttlMs` from now, if this holder still has it: the heartbeat of a
 * running job, so leases can be short and a dead instance's job is free again soon.
 */
export const renewJobLease = async (
  strapi: Core.Strapi,
  name: string,
  { ttlMs, now = new Date(), holder = INSTANCE_ID }: { ttlMs: number; now?: Date; holder?: string }
): Promise<boolean> => {
  const { count } = await strapi.db.query(UID).updateMany({
    where: { name, holder, lockedUntil: { $notNull: true } },
    data: { lockedUntil: new Date(now.getTime() + ttlMs) },
  });
  return count === 1;
};

/** Gives the lease back (only if this holder still has it). */
export const releaseJobLease = async (
  strapi: Core.Strapi,
  name: string,
  { holder = INSTANCE_ID, error }: { holder?: string; error?: string | null } = {}
) => {
  await strapi.db.query(UID).updateMany({
    where: { name, holder },
    data: { lockedUntil: null, lastRunAt: new Date(), lastError: error ?? null },
  });
};

/** Renews the lease every third of `ttlMs` until the returned function is called. */
export const startLeaseHeartbeat = (strapi: Core.Strapi, name: string, ttlMs: number, holder = INSTANCE_ID) => {
  const timer = setInterval(() => {
    renewJobLease(strapi, name, { ttlMs, holder }).catch((error: Error) => strapi.log.warn(`[scheduler] could not renew the lease of ${name}: ${error.message}`));
  }, Math.max(100, Math.floor(ttlMs / 3)));
  timer.unref();
  return () => clearInterval(timer);
};

/** Runs `fn` under the lease, or not at all when the lease is taken. True when it ran. */
export const withJobLease = async (
  strapi: Core.Strapi,
  name: string,
  ttlMs: number,
  fn: () => Promise<unknown>
): Promise<boolean> => {
  if (!(await acquireJobLease(strapi, name, { ttlMs }))) return false;
  let failure: string | null = null;
  const stopHeartbeat = startLeaseHeartbeat(strapi, name, ttlMs);
  try {
    await fn();
  } catch (error) {
    failure = error instanceof Error ? error.message : String(error);
    throw error;
  } finally {
    stopHeartbeat();
    await releaseJobLease(strapi, name, { error: failure });
  }
  return true;
};
