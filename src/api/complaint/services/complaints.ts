/**
 * Complaints (service `api::complaint.complaints`, issue 14): the public form and its bot
 * protection, tracking by code + mobile, the reply deadline, and the escalation job.
 *
 * Bot protection without a third-party captcha, in front of every write:
 *   - a form token (GET /api/complaints/form): the issue time signed with HMAC-SHA256 under the
 *     app's first key; refused younger than 3 s (no person fills the form that fast) or older than
 *     2 h (src/domain/complaints.ts formTokenAge);
 *   - a honeypot field `website`, hidden from people and screen readers: filled → answered as a
 *     success (a random-looking code) and nothing is stored, so the bot learns nothing;
 *   - throttles per client address and per mobile (src/utils/counters.ts: Redis with REDIS_URL,
 *     memory otherwise) → 429 with Retry-After; status look-ups per address too.
 * A body is validated field by field first (400, Persian + English, nothing written); the
 * throttles count only submissions that would be stored.
 *
 * submit() writes the complaint and the complainant's SMS (tracking code, due time) in one
 * transaction, with the query engine (the Document Service rules are for staff: they refuse the
 * `web` source). escalate() marks complaints past their deadline without a first answer — once,
 * by an UPDATE conditional on escalatedAt IS NULL — and tells the managers (and the CEO for the
 * CEO line) by SMS in the same transaction.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'crypto';
import type { Core } from '@strapi/strapi';
import {
  COMPLAINT_ADDRESSEE_LABELS,
  complaintReplyDueAt,
  formatTrackingCode,
  formTokenAge,
  trackingCodeFrom,
  type ComplaintAddressee,
  type FormTokenAge,
} from '../../../domain/complaints';
import { formatJalaliDateTime, presentDateTime } from '../../../domain/jalali';
import { toPersianLetters } from '../../../domain/digits';
import { createMemoryStore, createRedisStore, type CounterStore } from '../../../utils/counters';
import { rawRows, sqlInstant } from '../../../utils/raw-sql';
import type { SupportSettings } from '../../support-settings/services/support-settings';

export const COMPLAINT = 'api::complaint.complaint';
const BATCH = 200;
const SUBJECT_IN_SMS = 60;

type ThrottleConfig = { enabled: boolean; windowMs: number; maxPerAddress: number; maxPerMobile: number; maxLookupsPerAddress: number };

export type ComplaintInput = {
  name: string;
  mobile: string;
  email: string | null;
  subject: string;
  description: string;
  addressedTo: ComplaintAddressee;
};

export class ComplaintThrottled extends Error {
  constructor(public readonly retryAfterSeconds: number) {
    super('complaint throttled');
  }
}

export type EscalationRun = { escalated: number; messages: number };

const short = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const config = () => strapi.config.get('complaints') as { throttle: ThrottleConfig; redisUrl?: string; redisPrefix?: string };
  let counters: CounterStore | null = null;
  const store = () => (counters ??= config().redisUrl ? createRedisStore(config().redisUrl!, `${config().redisPrefix ?? 'poshtiban:'}complaints:`) : createMemoryStore());

  const settings = (): Promise<SupportSettings> => strapi.service('api::support-settings.support-settings').current();
  const holidays = (): Promise<Set<string>> => strapi.service('api::holiday.holiday').dates();

  const secret = () => {
    const keys = strapi.config.get('server.app.keys') as string[] | undefined;
    return `complaint-form:${(keys && keys[0]) || strapi.config.get('admin.auth.secret') || 'poshtiban'}`;
  };
  const sign = (payload: string) => createHmac('sha256', secret()).update(payload).digest('base64url');

  /** Counts one event under `key`; over `max` in the window → ComplaintThrottled. */
  const take = async (key: string, max: number) => {
    const t = config().throttle;
    if (!t.enabled) return;
    let hit: { count: number; ttlMs: number };
    try {
      hit = await store().hit(key, t.windowMs);
    } catch (error) {
      strapi.log.warn(`[complaints] throttle counters unavailable (${(error as Error).message}); not throttling`);
      return;
    }
    if (hit.count > max) throw new ComplaintThrottled(Math.max(1, Math.ceil(hit.ttlMs / 1000)));
  };

  /** A tracking code no complaint has (10 random characters; a clash is astronomically rare, but checked). */
  const newTrackingCode = async (): Promise<string> => {
    for (;;) {
      const code = trackingCodeFrom(randomBytes(32));
      if (!code) continue;
      if (!(await strapi.db.query(COMPLAINT).findOne({ where: { trackingCode: code }, select: ['id'] }))) return code;
    }
  };

  return {
    /** The form's token: `v1.<issued ms>.<HMAC>`. */
    issueFormToken(now: Date = new Date()): string {
      const payload = `v1.${now.getTime()}`;
      return `${payload}.${sign(payload)}`;
    },

    /** 'ok', 'young', 'expired' or 'invalid' (not ours, tampered, malformed). */
    checkFormToken(token: string, now: Date = new Date()): FormTokenAge | 'invalid' {
      const m = /^v1\.(\d{1,15})\.([A-Za-z0-9_-]{43})$/.exec(token);
      if (!m) return 'invalid';
      const expected = Buffer.from(sign(`v1.${m[1]}`));
      const given = Buffer.from(m[2]);
      if (expected.length !== given.length || !timingSafeEqual(expected, given)) return 'invalid';
      return formTokenAge(Number(m[1]), now.getTime());
    },

    /** A complaint to be written is allowed for this address and mobile (throws ComplaintThrottled). */
    async takeSubmission({ ip, mobile }: { ip: string; mobile: string }) {
      const t = config().throttle;
      await take(`submit:ip:${ip}`, t.maxPerAddress);
      await take(`submit:mobile:${mobile}`, t.maxPerMobile);
    },

    async takeLookup({ ip }: { ip: string }) {
      await take(`lookup:ip:${ip}`, config().throttle.maxLookupsPerAddress);
    },

    /** A made-up answer for a bot that filled the honeypot: shaped like the real one, stored nowhere. */
    decoyAnswer(addressedTo: ComplaintAddressee, now: Date = new Date()) {
      const code = trackingCodeFrom(randomBytes(32)) ?? 'K7M4QX9TDH';
      return { trackingCode: formatTrackingCode(code), replyDueAt: presentDateTime(new Date(now.getTime() + 3 * 86_400_000)), addressedTo };
    },

    /** 48 working hours after `receivedAt` on the support settings' working day and the holidays. */
    async replyDueAt(receivedAt: Date): Promise<Date> {
      const current = await settings();
      return complaintReplyDueAt(receivedAt, current.workday, await holidays());
    },

    /**
     * Files a complaint from the site (source `web`), linked to the subscriber when the caller's
     * bearer was valid; the complainant's SMS in the same transaction.
     */
    async submit(input: ComplaintInput, { subscriberId, now = new Date() }: { subscriberId: number | null; now?: Date }) {
      const replyDueAt = await this.replyDueAt(now);
      return strapi.db.transaction(async () => {
        const trackingCode = await newTrackingCode();
        const row = await strapi.db.query(COMPLAINT).create({
          data: {
            trackingCode,
            name: toPersianLetters(input.name),
            mobile: input.mobile,
            email: input.email,
            subject: toPersianLetters(input.subject),
            description: toPersianLetters(input.description),
            addressedTo: input.addressedTo,
            source: 'web',
            subscriber: subscriberId,
            complaintStatus: 'received',
            receivedAt: now,
            replyDueAt,
          },
          select: ['id', 'trackingCode', 'addressedTo', 'replyDueAt'],
        });
        await strapi.plugin('messaging').service('outbox').enqueue({
          channel: 'sms',
          kind: 'transactional',
          recipient: input.mobile,
          subscriberId,
          templateCode: 'complaint-received',
          params: { name: input.name, code: formatTrackingCode(trackingCode), due: formatJalaliDateTime(replyDueAt) },
          dedupeKey: `complaint-received:${row.id}:sms`,
        });
        return { trackingCode: formatTrackingCode(trackingCode), replyDueAt: presentDateTime(replyDueAt), addressedTo: input.addressedTo };
      });
    },

    /** Where a complaint stands, for its code and mobile together (null: no such pair — the caller answers 404). */
    async status(trackingCode: string, mobile: string) {
      const row = await strapi.db.query(COMPLAINT).findOne({
        where: { trackingCode, mobile },
        select: ['trackingCode', 'subject', 'addressedTo', 'complaintStatus', 'receivedAt', 'replyDueAt', 'firstAnsweredAt', 'response', 'outcome'],
      });
      if (!row) return null;
      const answered = row.complaintStatus === 'answered' || row.complaintStatus === 'closed';
      return {
        trackingCode: formatTrackingCode(row.trackingCode),
        subject: row.subject,
        addressedTo: row.addressedTo,
        status: row.complaintStatus,
        receivedAt: presentDateTime(row.receivedAt),
        replyDueAt: presentDateTime(row.replyDueAt),
        answeredAt: presentDateTime(row.firstAnsweredAt),
        response: answered && row.response ? row.response : null,
        outcome: row.complaintStatus === 'closed' ? (row.outcome ?? null) : null,
      };
    },

    /**
     * The scheduled job: complaints past replyDueAt with no first answer (not closed) get
     * overdueAt and escalatedAt — once: the UPDATE is conditional on escalatedAt IS NULL and only
     * the rows it changed are announced, by SMS to the managers' mobiles (support settings) and,
     * for the CEO line, the CEO's, in the same transaction (dedupe key per complaint and mobile).
     */
    async escalate({ now = new Date() }: { now?: Date } = {}): Promise<EscalationRun> {
      const current = await settings();
      const table = strapi.db.metadata.get(COMPLAINT).tableName;
      const totals = { escalated: 0, messages: 0 };
      let cursor = 0;
      for (;;) {
        const batch = await strapi.db.transaction(async ({ trx }) => {
          const candidates: Array<{ id: number }> = await strapi.db.query(COMPLAINT).findMany({
            where: { id: { $gt: cursor }, escalatedAt: { $null: true }, firstAnsweredAt: { $null: true }, complaintStatus: { $ne: 'closed' }, replyDueAt: { $lt: now } },
            select: ['id'],
            orderBy: { id: 'asc' },
            limit: BATCH,
          });
          if (!candidates.length) return { rows: 0, escalated: 0, messages: 0 };
          cursor = candidates[candidates.length - 1].id;
          const at = sqlInstant(strapi, now);
          const marked = rawRows<{ id: number; tracking_code: string; subject: string; addressed_to: ComplaintAddressee; reply_due_at: any }>(
            await trx(table)
              .whereIn('id', candidates.map((c) => c.id))
              .whereNull('escalated_at')
              .whereNull('first_answered_at')
              .update({ overdue_at: at, escalated_at: at, updated_at: at })
              .returning(['id', 'tracking_code', 'subject', 'addressed_to', 'reply_due_at'])
          );
          const alerts = marked.flatMap((c) => {
            const mobiles = [...current.complaintAlertMobiles, ...(c.addressed_to === 'ceo' && current.ceoAlertMobile ? [current.ceoAlertMobile] : [])];
            const due = new Date(typeof c.reply_due_at === 'number' || /^\d+$/.test(String(c.reply_due_at)) ? Number(c.reply_due_at) : c.reply_due_at);
            return [...new Set(mobiles)].map((mobile) => ({
              channel: 'sms' as const,
              kind: 'transactional' as const,
              recipient: mobile,
              subscriberId: null,
              templateCode: 'complaint-overdue',
              params: {
                code: formatTrackingCode(c.tracking_code),
                addressee: COMPLAINT_ADDRESSEE_LABELS[c.addressed_to]?.fa ?? c.addressed_to,
                due: formatJalaliDateTime(due),
                subject: short(c.subject, SUBJECT_IN_SMS),
              },
              dedupeKey: `complaint-overdue:${c.id}:${mobile}`,
            }));
          });
          const messages = alerts.length ? await strapi.plugin('messaging').service('outbox').enqueueMany(alerts) : 0;
          return { rows: candidates.length, escalated: marked.length, messages };
        });
        totals.escalated += batch.escalated;
        totals.messages += batch.messages;
        if (batch.rows < BATCH) return totals;
      }
    },

    /** for tests: forgets the throttles' counters */
    async resetThrottle() {
      await counters?.clear();
    },

    async destroy() {
      await counters?.close();
      counters = null;
    },
  };
};
