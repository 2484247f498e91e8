/**
 * The licence-request queue: one request per thing licensed (UNIQUE `reference` — the app uses the
 * course order's documentId), written in the same transaction as the payment's grant, issued
 * through the configured provider and retried with backoff until it is issued.
 *
 * - Claims are atomic: one UPDATE … WHERE id IN (SELECT … FOR UPDATE SKIP LOCKED) RETURNING id on
 *   PostgreSQL, the same without row locks on SQLite (one writer at a time there) — any number of
 *   workers in any number of instances each get different requests. A claim counts the attempt.
 * - A request whose worker died (crash, deploy, kill -9) stays `sending` until its lease ends, then
 *   goes back to the queue.
 * - SpotPlayer has no idempotency key: every attempt after the first one (`attempts > 1` once
 *   claimed — a lost answer, a timeout, a worker killed mid-call, a failure to record) first looks
 *   the licence up by its payload, and creates one only when none exists.
 * - An issued licence is recorded with a conditional UPDATE (only the worker that holds the claim
 *   wins) and the app's `onIssued` listeners run in that same transaction (the app marks its order
 *   licensed and tells the buyer there): all of it, or none of it and the next attempt finds the
 *   licence by payload.
 * - A permanent refusal (or running out of attempts) leaves the request `failed` for staff, who
 *   retry it from the order's page once the cause is fixed.
 *
 * The plugin imports nothing from the app: the app enqueues a complete request and registers what
 * happens when a licence is issued (`onIssued`), as it registers payment purposes.
 */
import { randomBytes, randomUUID } from 'crypto';
import type { Core } from '@strapi/strapi';
import { LICENSING_PROVIDERS, LicensingError, type Licence, type LicenceInput, type LicensingProvider } from '../providers';
import type { VideoLicensingConfig } from '../config';

export const REQUEST_UID = 'plugin::video-licensing.licence-request';
const TABLE = 'video_licence_requests';

export const REQUEST_STATUSES = ['queued', 'sending', 'issued', 'failed'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

export type LicenceRequestRow = {
  id: number;
  documentId: string;
  reference: string;
  payload: string;
  subscriberId: number | null;
  request: LicenceInput | string;
  requestStatus: RequestStatus;
  attempts: number;
  maxAttempts: number;
  nextAttemptAt: Date | string;
  claimedBy: string | null;
  claimedAt: Date | string | null;
  lastError: string | null;
  lastErrorCode: string | null;
  provider: string | null;
  licenceId: string | null;
  licenceKey: string | null;
  licenceUrl: string | null;
  licenceTest: boolean | null;
  foundByLookup: boolean | null;
  issuedAt: Date | string | null;
  createdAt: Date | string;
};

/** What the app hears when a licence is issued (inside the transaction that records it). */
export type IssuedEvent = {
  reference: string;
  payload: string;
  subscriberId: number | null;
  licence: Licence;
  provider: string;
  /** the licence was found by its payload after an earlier attempt's answer was lost */
  foundByLookup: boolean;
  issuedAt: Date;
};
export type IssuedListener = (event: IssuedEvent) => Promise<void>;

export type Outcome = 'issued' | 'retrying' | 'failed' | 'lost-claim';
/** An attempt's outcome; `outage`: the provider was out of reach (why), so the pass stops calling it. */
type Attempt = { outcome: Outcome; outage: string | null };

// ── the few raw statements (the plugin keeps its own helpers: it does not import the app) ────
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';
const newDocumentId = () => {
  const bytes = randomBytes(24);
  let id = ALPHABET[bytes[0] % 26];
  for (let i = 1; i < 24; i++) id += ALPHABET[bytes[i] % ALPHABET.length];
  return id;
};
const rowsOf = <T>(result: any): T[] => (Array.isArray(result) ? result : (result?.rows ?? []));

/** Delay before attempt n+1: base · 2^(n−1), capped, ±20 % jitter. */
export const backoffMs = (attempts: number, base: number, max: number, random = Math.random) =>
  Math.round(Math.min(max, base * 2 ** Math.max(0, attempts - 1)) * (0.8 + 0.4 * random()));

const parseRequest = (value: LicenceInput | string): LicenceInput => (typeof value === 'string' ? JSON.parse(value) : value);

/** Checks a request before it is queued: a wrong one would only fail at the provider, later. */
const checkInput = (input: LicenceInput) => {
  const problems: string[] = [];
  if (!Array.isArray(input.courseIds) || input.courseIds.length === 0 || input.courseIds.some((id) => typeof id !== 'string' || !id.trim())) problems.push('courseIds');
  if (typeof input.name !== 'string' || !input.name.trim()) problems.push('name');
  if (typeof input.payload !== 'string' || !input.payload.trim()) problems.push('payload');
  if (!Array.isArray(input.watermarkTexts)) problems.push('watermarkTexts');
  if (problems.length) throw new Error(`video-licensing: a licence request needs ${problems.join(', ')}`);
};

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const config = () => strapi.config.get('plugin::video-licensing') as VideoLicensingConfig;
  const workerId = `${process.pid}-${randomUUID().slice(0, 8)}`;
  const listeners: IssuedListener[] = [];
  let provider: LicensingProvider | null = null;

  const isPostgres = () => strapi.db.dialect.client === 'postgres';
  /** SQLite keeps instants as epoch milliseconds; PostgreSQL as timestamps. */
  const sqlInstant = (at: Date) => (isPostgres() ? at : at.getTime());

  const providerFor = (): LicensingProvider => {
    if (provider) return provider;
    const { provider: name, providerOptions } = config();
    const module = LICENSING_PROVIDERS[name];
    if (!module) throw new LicensingError(`video-licensing: unknown provider "${name}"`, { retryable: false, code: 'config' });
    provider = module.init(providerOptions ?? {}, { logger: strapi.log });
    return provider;
  };

  /** Claims up to `limit` due requests (or just the one with `reference`); returns them. */
  const claim = async ({ now, worker, limit, reference }: { now: Date; worker: string; limit: number; reference?: string }): Promise<LicenceRequestRow[]> => {
    const lock = isPostgres() ? ' FOR UPDATE SKIP LOCKED' : '';
    const at = sqlInstant(now);
    const sql = `UPDATE ${TABLE}
         SET request_status = 'sending', claimed_by = ?, claimed_at = ?, attempts = attempts + 1, updated_at = ?
       WHERE id IN (SELECT q.id FROM ${TABLE} q
                     WHERE q.request_status = 'queued' AND q.next_attempt_at <= ?${reference ? ' AND q.reference = ?' : ''}
                     ORDER BY q.next_attempt_at, q.id LIMIT ?${lock})
         AND request_status = 'queued'
      RETURNING id`;
    const bindings = [worker, at, at, at, ...(reference ? [reference] : []), limit];
    // inside the caller's transaction when there is one (a seed writing and issuing in one transaction)
    const result = strapi.db.inTransaction() ? await strapi.db.transaction(({ trx }) => trx.raw(sql, bindings)) : await strapi.db.connection.raw(sql, bindings);
    const ids = rowsOf<{ id: number }>(result).map((r) => Number(r.id));
    if (!ids.length) return [];
    return strapi.db.query(REQUEST_UID).findMany({ where: { id: { $in: ids } }, orderBy: [{ id: 'asc' }] });
  };

  /** Requests left `sending` by a worker that stopped go back to the queue once its lease is over. */
  const releaseAbandoned = async (now: Date) => {
    const { count } = await strapi.db.query(REQUEST_UID).updateMany({
      where: { requestStatus: 'sending', claimedAt: { $lt: new Date(now.getTime() - config().retry.leaseMs) } },
      data: { requestStatus: 'queued', claimedBy: null, nextAttemptAt: now, lastError: 'the worker stopped before it finished; the licence is looked up before another is created', lastErrorCode: 'abandoned' },
    });
    return count;
  };

  /** The attempt failed: back to the queue with backoff, or `failed` for staff. `outage`: the provider is out of reach. */
  const fail = async (row: LicenceRequestRow, error: unknown, now: Date, worker: string, providerName: string | null): Promise<Attempt> => {
    const e = error instanceof LicensingError ? error : new LicensingError(String((error as any)?.message ?? error), { retryable: true, code: 'unexpected' });
    const again = e.retryable && row.attempts < row.maxAttempts;
    const { backoffBaseMs, backoffMaxMs } = config().retry;
    const common = { lastError: e.message.slice(0, 2000), lastErrorCode: e.code.slice(0, 40), provider: providerName, claimedBy: null };
    await strapi.db.query(REQUEST_UID).updateMany({
      where: { id: row.id, claimedBy: worker, requestStatus: 'sending' },
      data: again ? { ...common, requestStatus: 'queued', nextAttemptAt: new Date(now.getTime() + backoffMs(row.attempts, backoffBaseMs, backoffMaxMs)) } : { ...common, requestStatus: 'failed' },
    });
    if (!again) strapi.log.warn(`[video-licensing] licence for ${row.payload} failed after ${row.attempts} attempt(s): ${e.message}`);
    return { outcome: again ? 'retrying' : 'failed', outage: e.outage ? e.message : null };
  };

  /** One claimed request: look up (after any earlier attempt), else create; record it with the app's listeners. */
  const deliver = async (row: LicenceRequestRow, now: Date, worker: string, knownOutage: string | null = null): Promise<Attempt> => {
    let p: LicensingProvider;
    try {
      p = providerFor();
    } catch (error) {
      return fail(row, error, now, worker, null);
    }
    // the provider was found out of reach earlier in this pass: not called, failed with that reason
    if (knownOutage) return fail(row, new LicensingError(`not sent: the provider is out of reach in this pass (${knownOutage})`, { retryable: true, code: 'outage', outage: true }), now, worker, p.name);
    let licence: Licence | null = null;
    let foundByLookup = false;
    try {
      if (row.attempts > 1) {
        licence = await p.findLicenceByPayload(row.payload);
        foundByLookup = licence !== null;
      }
      if (!licence) licence = await p.createLicence(parseRequest(row.request));
    } catch (error) {
      return fail(row, error, now, worker, p.name);
    }
    const issued = licence;
    try {
      const won = await strapi.db.transaction(async () => {
        const issuedAt = new Date();
        const { count } = await strapi.db.query(REQUEST_UID).updateMany({
          where: { id: row.id, claimedBy: worker, requestStatus: 'sending' },
          data: {
            requestStatus: 'issued',
            licenceId: issued.id,
            licenceKey: issued.key,
            licenceUrl: issued.url,
            licenceTest: issued.test,
            foundByLookup,
            issuedAt,
            provider: p.name,
            claimedBy: null,
            lastError: null,
            lastErrorCode: null,
          },
        });
        // the lease ran out and another worker took the request: it looks the licence up and records it
        if (count !== 1) return false;
        if (!listeners.length) throw new Error('video-licensing: no onIssued listener is registered');
        const event: IssuedEvent = { reference: row.reference, payload: row.payload, subscriberId: row.subscriberId ?? null, licence: issued, provider: p.name, foundByLookup, issuedAt };
        for (const listener of listeners) await listener(event);
        return true;
      });
      return { outcome: won ? 'issued' : 'lost-claim', outage: null };
    } catch (error: any) {
      // the licence exists at the provider; nothing was recorded: the next attempt finds it by payload
      return fail(row, new LicensingError(`the licence ${issued.id} was issued but not recorded: ${error?.message ?? error}`, { retryable: true, code: 'record' }), now, worker, p.name);
    }
  };

  const service = {
    workerId,

    /** For tests and after a configuration change at runtime. */
    resetProvider() {
      provider = null;
    },

    /** What happens when a licence is issued: the app marks its order licensed and tells the buyer. */
    onIssued(listener: IssuedListener) {
      listeners.push(listener);
    },

    /**
     * Queues the licence for `reference` (once: a second call for the same reference changes
     * nothing), inside the caller's transaction. Returns whether this call queued it.
     */
    async enqueue({ reference, subscriberId = null, request }: { reference: string; subscriberId?: number | null; request: LicenceInput }, { now = new Date() }: { now?: Date } = {}) {
      checkInput(request);
      const at = sqlInstant(now);
      const inserted = await strapi.db.transaction(({ trx }) =>
        trx(TABLE)
          .insert({
            document_id: newDocumentId(),
            reference,
            payload: request.payload,
            subscriber_id: subscriberId,
            request: JSON.stringify(request),
            request_status: 'queued',
            attempts: 0,
            max_attempts: config().retry.maxAttempts,
            next_attempt_at: at,
            found_by_lookup: false,
            created_at: at,
            updated_at: at,
            published_at: at,
          })
          .onConflict('reference')
          .ignore()
          .returning('id')
      );
      return { queued: rowsOf<unknown>(inserted).length > 0 };
    },

    /**
     * Tries the licence for `reference` in this process as soon as the current transaction commits
     * (the payment's grant), when `issueAfterPayment` is on. Fire and forget: the scheduled job
     * picks up whatever this attempt leaves (a failure, a crash, an instance that stops).
     */
    async issueSoon(reference: string) {
      if (!config().issueAfterPayment) return;
      const fire = () =>
        setImmediate(() => {
          service.issueNow(reference).catch((error: any) => strapi.log.warn(`[video-licensing] issuing ${reference} now failed (the job retries it): ${error?.message ?? error}`));
        });
      if (strapi.db.inTransaction()) await strapi.db.transaction(async ({ onCommit }) => onCommit(fire));
      else fire();
    },

    /** One attempt for one request, if it is due and nobody holds it. Null when it was not claimed. */
    async issueNow(reference: string, { now = new Date(), worker = workerId }: { now?: Date; worker?: string } = {}): Promise<Outcome | null> {
      const [row] = await claim({ now, worker, limit: 1, reference });
      return row ? (await deliver(row, now, worker)).outcome : null;
    },

    /**
     * One pass of the scheduled job `video-licensing.issue`. A provider that is slow or down costs
     * one failed call a pass: once it is out of reach, the rest of the batch fails with that reason
     * without calling it (retried with backoff) — a batch never outlives the claims' lease call by call.
     */
    async runOnce({ now = new Date(), limit = 20, worker = workerId }: { now?: Date; limit?: number; worker?: string } = {}) {
      const released = await releaseAbandoned(now);
      const rows = await claim({ now, worker, limit });
      const outcome = { released, claimed: rows.length, issued: 0, retrying: 0, failed: 0, lostClaim: 0, deferred: 0 };
      let outage: string | null = null;
      for (const row of rows) {
        const known = outage;
        const attempt = await deliver(row, now, worker, known);
        if (attempt.outcome === 'lost-claim') outcome.lostClaim += 1;
        else outcome[attempt.outcome] += 1;
        if (known) outcome.deferred += 1;
        else outage = attempt.outage;
      }
      return outcome;
    },

    /**
     * Staff: try a failed request again (after fixing the cause). Its attempts are kept — so the
     * next one looks the licence up before creating — and it gets a fresh allowance of attempts.
     */
    async retry(id: number) {
      const row: Pick<LicenceRequestRow, 'id' | 'reference' | 'attempts'> | null = await strapi.db.query(REQUEST_UID).findOne({ where: { id }, select: ['id', 'reference', 'attempts'] });
      if (!row) return null;
      const { count } = await strapi.db.query(REQUEST_UID).updateMany({
        where: { id, requestStatus: 'failed' },
        data: { requestStatus: 'queued', nextAttemptAt: new Date(), maxAttempts: row.attempts + config().retry.maxAttempts, claimedBy: null },
      });
      if (count !== 1) return { retried: false as const };
      await service.issueSoon(row.reference);
      return { retried: true as const };
    },

    /** The request for `reference` (the admin's panel on an order), or null. */
    async forReference(reference: string): Promise<LicenceRequestRow | null> {
      return strapi.db.query(REQUEST_UID).findOne({ where: { reference } });
    },

    /** Requests waiting for staff (permanently refused, or out of attempts). */
    async countFailed() {
      return strapi.db.query(REQUEST_UID).count({ where: { requestStatus: 'failed' } });
    },
  };
  return service;
};
