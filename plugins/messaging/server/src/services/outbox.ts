/**
 * The outbox: every message is a row before it is a request to a provider. Rows are written in
 * the caller's transaction (so a message exists exactly when the change that caused it does),
 * carry a unique dedupe key (the same event never sends twice), and are claimed atomically by
 * delivery workers (src/utils/work-queue.ts).
 */
import type { Core } from '@strapi/strapi';
import { newDocumentId, rawRows, sqlInstant, withTransaction } from 'poshtiban/utils/raw-sql';
import { claimDueRows, releaseAbandonedRows } from 'poshtiban/utils/work-queue';
import type { Channel } from '../providers';
import { SECRET_PARAMS } from './templates';
import { outboxPriority } from 'poshtiban/domain/outbox';
import { CLAIM_ORDER } from './claim-index';

export const OUTBOX_UID = 'plugin::messaging.outbound-message';
export const OUTBOX_TABLE = 'messaging_outbox';

/** providerStatus while a send without a duplicate key is in flight: the provider may or may not have it. */
export const UNCERTAIN_STATUS = 'unknown';
/** What staff read on a message given up because it may have been delivered already. */
export const UNCERTAIN_NOTE =
  'نامعلوم: ممکن است ارائه‌دهنده این پیام را فرستاده باشد و کلید تکرار ندارد؛ دوباره فرستاده نمی‌شود (برای کد ورود، مشتری کد تازه می‌خواهد) — uncertain: the provider may have sent it and has no duplicate key, so it is not sent again (a code: the buyer asks for a new one)';

export type MessageKind = 'transactional' | 'otp' | 'broadcast';
export type OutboxStatus = 'queued' | 'sending' | 'sent' | 'failed' | 'dead';

export type EnqueueInput = {
  channel: Channel;
  kind?: MessageKind;
  /** sms: 09xxxxxxxxx; whatsapp: 989xxxxxxxxx */
  recipient: string;
  subscriberId?: number | null;
  templateCode: string;
  params?: Record<string, string | number>;
  /** sealed at rest, wiped after sending */
  secretParams?: Record<string, string>;
  dedupeKey: string;
  notBefore?: Date;
  maxAttempts?: number;
  fallbackFor?: number | null;
};

export type OutboxRow = {
  id: number;
  channel: Channel;
  kind: MessageKind;
  priority: number;
  recipient: string;
  subscriberId: number | null;
  templateCode: string;
  params: Record<string, string> | null;
  sealedParams: string | null;
  status: OutboxStatus;
  attempts: number;
  maxAttempts: number;
  nextAttemptAt: Date;
  claimedBy: string | null;
  dedupeKey: string;
  providerMessageId: string | null;
  fallbackFor: number | null;
};

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const config = () => strapi.config.get('plugin::messaging') as any;

  /** The outbox row of a message, as written by one INSERT. */
  const rowOf = (input: EnqueueInput, now: Date) => ({
    document_id: newDocumentId(),
    channel: input.channel,
    kind: input.kind ?? 'transactional',
    priority: outboxPriority(input.kind ?? 'transactional'),
    recipient: input.recipient,
    subscriber_id: input.subscriberId ?? null,
    template_code: input.templateCode,
    params: JSON.stringify(Object.fromEntries(Object.entries(input.params ?? {}).map(([k, v]) => [k, String(v)]))),
    sealed_params: input.secretParams ? strapi.plugin('messaging').service('sealing').seal(input.secretParams) : null,
    status: 'queued',
    attempts: 0,
    max_attempts: input.maxAttempts ?? config().delivery.maxAttempts,
    next_attempt_at: sqlInstant(strapi, input.notBefore ?? now),
    dedupe_key: input.dedupeKey,
    fallback_for: input.fallbackFor ?? null,
    created_at: sqlInstant(strapi, now),
    updated_at: sqlInstant(strapi, now),
    published_at: sqlInstant(strapi, now),
  });

  return {
    /**
     * Adds a message to the outbox inside the current transaction. Idempotent: a second call with
     * the same dedupe key leaves the first row alone and returns it.
     */
    async enqueue(input: EnqueueInput): Promise<{ id: number; created: boolean }> {
      const row = rowOf(input, new Date());
      return withTransaction(strapi, async (trx) => {
        const inserted = rawRows<{ id: number }>(await trx(OUTBOX_TABLE).insert(row).onConflict('dedupe_key').ignore().returning('id'));
        if (inserted.length) return { id: Number(inserted[0].id ?? inserted[0]), created: true };
        const existing = await trx(OUTBOX_TABLE).where({ dedupe_key: input.dedupeKey }).first('id');
        return { id: Number(existing.id), created: false };
      });
    },

    /**
     * Several messages in one INSERT, inside the current transaction (a batch job's alerts). Rows
     * whose dedupe key exists are skipped; returns how many were added.
     */
    async enqueueMany(inputs: EnqueueInput[]): Promise<number> {
      if (!inputs.length) return 0;
      const now = new Date();
      return withTransaction(strapi, async (trx) => {
        const inserted = rawRows<{ id: number }>(
          await trx(OUTBOX_TABLE).insert(inputs.map((input) => rowOf(input, now))).onConflict('dedupe_key').ignore().returning('id')
        );
        return inserted.length;
      });
    },

    /**
     * Claims up to `limit` due messages for `workerId` and returns them: by priority (login codes,
     * then other transactional messages, then broadcasts — src/domain/outbox.ts), oldest first
     * within one. Broadcasts are left waiting outside daytime hours. Each message goes to exactly
     * one worker.
     */
    async claimDue({ workerId, limit, now = new Date(), includeBroadcasts = true }: { workerId: string; limit: number; now?: Date; includeBroadcasts?: boolean }): Promise<OutboxRow[]> {
      const rows = await claimDueRows<OutboxRow>(strapi, { uid: OUTBOX_UID, table: OUTBOX_TABLE, workerId, limit, now, orderBy: CLAIM_ORDER, where: includeBroadcasts ? undefined : "q.kind <> 'broadcast'" });
      // and sent in that order within the batch
      return rows.sort((a, b) => a.priority - b.priority || +new Date(a.nextAttemptAt) - +new Date(b.nextAttemptAt) || a.id - b.id);
    },

    /**
     * Messages left in "sending" by a worker that stopped (crash, deploy) are handed back to the
     * queue once their lease is over (delivery.leaseMs after the worker's last heartbeat); they are
     * sent again by the next worker with the same outbox id — Kavenegar's `localid` — so a message
     * the provider had already accepted is not delivered twice.
     */
    async releaseAbandoned({ now = new Date() }: { now?: Date } = {}) {
      return releaseAbandonedRows(strapi, { uid: OUTBOX_UID, now, leaseMs: config().delivery.leaseMs });
    },

    /**
     * A worker that stopped while a send without a duplicate key was in flight (providerStatus
     * `unknown`: a Kavenegar lookup — a login or reset code) leaves a message the provider may have
     * delivered. It is not sent again (a second copy of the code): it is given up as `dead`, its
     * secret wiped, for staff to see; the buyer asks for a new code once the cool-down allows.
     * Runs before releaseAbandoned, over the same expired leases. Returns how many.
     */
    async giveUpUncertain({ now = new Date() }: { now?: Date } = {}) {
      const { count } = await strapi.db.query(OUTBOX_UID).updateMany({
        where: { status: 'sending', providerStatus: UNCERTAIN_STATUS, claimedAt: { $lt: new Date(now.getTime() - config().delivery.leaseMs) } },
        data: { status: 'dead', claimedBy: null, sealedParams: null, lastError: `${UNCERTAIN_NOTE} (the worker stopped while sending)` },
      });
      return count;
    },

    /** Before a send the provider cannot recognise when repeated: until its answer, the outcome is unknown. */
    async markInFlight(id: number, workerId: string) {
      await strapi.db.query(OUTBOX_UID).update({ where: { id, claimedBy: workerId }, data: { providerStatus: UNCERTAIN_STATUS } });
    },

    /** A send without a duplicate key that may have reached the provider: given up, never repeated. */
    async markUncertain(id: number, workerId: string, { error, provider }: { error: string; provider: string }) {
      await strapi.db.query(OUTBOX_UID).update({
        where: { id, claimedBy: workerId },
        data: { status: 'dead', lastError: `${UNCERTAIN_NOTE}: ${error}`.slice(0, 2000), provider, claimedBy: null, sealedParams: null },
      });
    },

    /**
     * The worker's heartbeat while a batch is in flight: its claims stay its own as long as it
     * lives, so the lease can be short and a dead worker's messages go back to the queue soon.
     */
    async renewClaims(workerId: string, at: Date) {
      const { count } = await strapi.db.query(OUTBOX_UID).updateMany({ where: { claimedBy: workerId, status: 'sending' }, data: { claimedAt: at } });
      return count;
    },

    async markSent(id: number, workerId: string, result: { provider: string; providerMessageId: string; providerStatus?: string }) {
      await strapi.db.query(OUTBOX_UID).update({
        where: { id, claimedBy: workerId },
        data: {
          status: 'sent',
          sentAt: new Date(),
          provider: result.provider,
          providerMessageId: result.providerMessageId,
          providerStatus: result.providerStatus ?? null,
          lastError: null,
          sealedParams: null,
          claimedBy: null,
        },
      });
    },

    async markFailed(id: number, workerId: string, { error, retryAt, provider }: { error: string; retryAt: Date | null; provider: string }) {
      await strapi.db.query(OUTBOX_UID).update({
        where: { id, claimedBy: workerId },
        data: retryAt
          ? { status: 'failed', nextAttemptAt: retryAt, lastError: error, provider, providerStatus: null, claimedBy: null }
          : { status: 'dead', lastError: error, provider, providerStatus: null, claimedBy: null, sealedParams: null },
      });
    },

    /**
     * Staff: send a dead (or failed) message again from the start. Not one whose secret (a login
     * code, a password) was already wiped: that needs a new code or new credentials.
     */
    async resend(id: number) {
      const row = await strapi.db.query(OUTBOX_UID).findOne({ where: { id }, select: ['id', 'status', 'templateCode', 'sealedParams'] });
      if (!row) return null;
      if (row.status !== 'dead' && row.status !== 'failed') return { id, status: row.status, resent: false, reason: 'notFailed' };
      if ((SECRET_PARAMS[row.templateCode] ?? []).length && !row.sealedParams) return { id, status: row.status, resent: false, reason: 'secretWiped' };
      await strapi.db.query(OUTBOX_UID).update({
        where: { id },
        data: { status: 'queued', attempts: 0, nextAttemptAt: new Date(), lastError: null, claimedBy: null },
      });
      return { id, status: 'queued', resent: true };
    },
  };
};
