/**
 * Announcement fan-out. Publishing an announcement records a fan-out request (in the publish's
 * transaction); a scheduled job (src/scheduler/jobs.ts) then writes one dashboard notification
 * per targeted subscriber and, if staff ticked SMS or WhatsApp, one outbox message each — with
 * INSERT … SELECT statements over ranges of subscriber ids, never row by row, so the admin's
 * publish answers at once and 100,000 subscribers take seconds (bench/announcement-fanout.ts).
 * Both inserts skip rows that exist (unique source / dedupe key): publishing again notifies nobody
 * twice.
 *
 * Resuming: the instance running a fan-out holds a lease on it (`claimedBy`, `leaseUntil`,
 * config/announcements.ts) and, in each chunk's transaction, records how far it got
 * (`resumeAfterId`, the counts) and renews the lease — only while the lease is still its own, so
 * an instance that lost it stops without writing. An instance that dies (kill -9, a crash, a
 * deploy) leaves the fan-out `running` with a lease that runs out; the fan-out job then takes it
 * over in any instance and continues after the last chunk written. A chunk cut short rolled back
 * with its transaction, and the inserts skip what exists, so nothing is written twice.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { announcementChannels, isPinnedKind, PREFERRED_CHANNELS, type AnnouncementKind } from '../../../domain/announcements';
import { outboxPriority } from '../../../domain/outbox';
import { isPostgres, rawRows, sqlInstant } from '../../../utils/raw-sql';
import { siteUrl } from '../../../utils/site-url';
import { INSTANCE_ID } from '../../../scheduler/job-lock';
import { FieldErrors } from '../../../validation/errors';

const ANNOUNCEMENT = 'api::announcement.announcement';
const FANOUT = 'api::announcement.announcement-fanout';
/** subscribers per INSERT … SELECT, unless config/announcements.ts says otherwise */
export const FAN_OUT_CHUNK = 20_000;
const MAX_RUNS = 5;

/** The fan-out was taken over by another instance (this one's lease ran out): stop, write nothing. */
class LeaseLost extends Error {}

type FanoutJob = { id: number; announcementDocumentId: string; runs: number | null; resumeAfterId: number | null; notificationsCreated: number | null; messagesQueued: number | null };

type Announcement = {
  id: number;
  documentId: string;
  title: string;
  summary: string | null;
  kind: AnnouncementKind;
  audience: 'everyone' | 'device_types' | 'subscribers';
  sendSms: boolean;
  sendWhatsapp: boolean;
  deviceTypes?: Array<{ id: number }>;
  subscribers?: Array<{ id: number }>;
};

const affected = (result: any): number => Number(result?.rowCount ?? result?.changes ?? 0);

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const pg = () => isPostgres(strapi);
  /** A parameter with its SQL type where PostgreSQL cannot infer one (INSERT … SELECT lists). */
  const typed = (type: string) => (pg() ? `CAST(? AS ${type})` : '?');
  const newDocumentIdSql = () => (pg() ? "substr(md5(random()::text || clock_timestamp()::text), 1, 24)" : 'lower(hex(randomblob(12)))');
  const bool = (value: boolean) => (pg() ? value : value ? 1 : 0);

  /** The published announcement (Persian version first), with its audience relations. */
  const loadPublished = async (documentId: string, locale?: string): Promise<Announcement | null> =>
    strapi.db.query(ANNOUNCEMENT).findOne({
      where: { documentId, publishedAt: { $notNull: true }, ...(locale ? { locale } : {}) },
      select: ['id', 'documentId', 'title', 'summary', 'kind', 'audience', 'sendSms', 'sendWhatsapp'],
      populate: { deviceTypes: { select: ['id'] }, subscribers: { select: ['id'] } },
    });

  /** SQL for the ids of the targeted subscribers, and its bindings. */
  const audienceSql = (a: Announcement): [string, unknown[]] => {
    if (a.audience === 'everyone') return ['SELECT id FROM subscribers', []];
    if (a.audience === 'subscribers') {
      const ids = (a.subscribers ?? []).map((s) => s.id);
      return ids.length ? [`SELECT id FROM subscribers WHERE id IN (${ids.map(() => '?').join(', ')})`, ids] : ['SELECT id FROM subscribers WHERE 1 = 0', []];
    }
    const types = (a.deviceTypes ?? []).map((t) => t.id);
    if (!types.length) return ['SELECT id FROM subscribers WHERE 1 = 0', []];
    return [
      `SELECT DISTINCT o.subscriber_id AS id
         FROM devices_owner_lnk o
         JOIN devices_model_lnk dm ON dm.device_id = o.device_id
         JOIN device_models_device_type_lnk mt ON mt.device_model_id = dm.device_model_id
        WHERE mt.device_type_id IN (${types.map(() => '?').join(', ')})`,
      types,
    ];
  };

  const fanOutConfig = () => {
    const c = (strapi.config.get('announcements.fanOut') ?? {}) as { leaseMs?: number; chunk?: number };
    return { leaseMs: Number(c.leaseMs) || 2 * 60 * 1000, chunk: Number(c.chunk) || FAN_OUT_CHUNK };
  };

  /** Writes the fan-out `job` holds the lease of, from where it stopped; renews the lease per chunk. */
  const execute = async (job: FanoutJob, holder: string) => {
    const documentId = job.announcementDocumentId;
    const { leaseMs, chunk } = fanOutConfig();
    const announcement = (await loadPublished(documentId, 'fa')) ?? (await loadPublished(documentId));
    if (!announcement) throw new Error('the announcement is not published');
    const now = new Date();
    const at = sqlInstant(strapi, now);
    const knex = strapi.db.connection;
    const [audience, audienceBindings] = audienceSql(announcement);

    const bounds = rawRows<{ lo: number | null; hi: number | null }>(await knex.raw(`SELECT MIN(a.id) AS lo, MAX(a.id) AS hi FROM (${audience}) a`, audienceBindings))[0];
    const audienceSize = Number(rawRows<{ n: number }>(await knex.raw(`SELECT COUNT(*) AS n FROM (${audience}) a`, audienceBindings))[0]?.n ?? 0);
    let notificationsCreated = Number(job.notificationsCreated ?? 0);
    let messagesQueued = Number(job.messagesQueued ?? 0);
    if (bounds?.lo == null || bounds.hi == null) return { audienceSize, notificationsCreated, messagesQueued };

    const channelPrefs = (['sms', 'whatsapp'] as const).map((channel) => ({
      channel,
      prefs: PREFERRED_CHANNELS.filter((p) => announcementChannels(p, announcement).includes(channel)),
    }));
    const maxAttempts = (strapi.config.get('plugin::messaging') as any).delivery.maxAttempts;
    const url = siteUrl(strapi);
    const summary = announcement.summary || announcement.title;
    const jsonParams = pg()
      ? `json_build_object('name', s.full_name, 'title', ${typed('text')}, 'summary', ${typed('text')}, 'url', ${typed('text')})::jsonb`
      : `json_object('name', s.full_name, 'title', ?, 'summary', ?, 'url', ?)`;

    const start = Math.max(Number(bounds.lo) - 1, job.resumeAfterId ?? -Infinity);
    for (let lo = start; lo < Number(bounds.hi); lo += chunk) {
      const hi = lo + chunk;
      await strapi.db.transaction(async ({ trx }) => {
        let notes = 0;
        let messages = 0;
        notes += affected(
          await trx.raw(
            `INSERT INTO notifications (document_id, subscriber_id, source_type, source_id, kind, pinned, created_at, updated_at, published_at)
             SELECT ${newDocumentIdSql()}, a.id, 'announcement', ${typed('text')}, ${typed('text')}, ${typed('boolean')}, ${typed('timestamptz')}, ${typed('timestamptz')}, ${typed('timestamptz')}
               FROM (${audience}) a
              WHERE a.id > ? AND a.id <= ?
             ON CONFLICT (subscriber_id, source_type, source_id) DO NOTHING`,
            [documentId, announcement.kind, bool(isPinnedKind(announcement.kind)), at, at, at, ...audienceBindings, lo, hi]
          )
        );
        for (const { channel, prefs } of channelPrefs) {
          if (!prefs.length) continue;
          const recipient = channel === 'whatsapp' ? "'98' || substr(s.mobile, 2)" : 's.mobile';
          messages += affected(
            await trx.raw(
              `INSERT INTO messaging_outbox (document_id, channel, kind, priority, recipient, subscriber_id, template_code, params, status, attempts, max_attempts, next_attempt_at, dedupe_key, created_at, updated_at, published_at)
               SELECT ${newDocumentIdSql()}, '${channel}', 'broadcast', ${outboxPriority('broadcast')}, ${recipient}, s.id, 'announcement', ${jsonParams}, 'queued', 0, ${typed('integer')}, ${typed('timestamptz')},
                      ${typed('text')} || CAST(s.id AS TEXT) || ':${channel}', ${typed('timestamptz')}, ${typed('timestamptz')}, ${typed('timestamptz')}
                 FROM subscribers s
                 JOIN (${audience}) a ON a.id = s.id
                WHERE s.id > ? AND s.id <= ? AND s.mobile IS NOT NULL AND s.preferred_channel IN (${prefs.map(() => '?').join(', ')})
               ON CONFLICT (dedupe_key) DO NOTHING`,
              [announcement.title, summary, url, maxAttempts, at, `announcement:${documentId}:`, at, at, at, ...audienceBindings, lo, hi, ...prefs]
            )
          );
        }
        // how far it got, in the chunk's own transaction, while the lease is still this instance's
        const leaseUntil = new Date(Date.now() + leaseMs);
        const kept = affected(
          await trx.raw(
            `UPDATE announcement_fanouts
                SET resume_after_id = ?, notifications_created = ?, messages_queued = ?, audience_size = ?, lease_until = ?, updated_at = ?
              WHERE id = ? AND claimed_by = ? AND fanout_status = 'running'`,
            [hi, notificationsCreated + notes, messagesQueued + messages, audienceSize, sqlInstant(strapi, leaseUntil), sqlInstant(strapi, new Date()), job.id, holder]
          )
        );
        if (kept !== 1) throw new LeaseLost(`the fan-out of ${documentId} was taken over by another instance`);
        notificationsCreated += notes;
        messagesQueued += messages;
      });
    }
    return { audienceSize, notificationsCreated, messagesQueued };
  };

  return {
    /** Checks that the announcement's audience is complete before it is published. */
    async assertPublishable(documentId: string) {
      const draft = await strapi.db.query(ANNOUNCEMENT).findOne({
        where: { documentId, publishedAt: null },
        select: ['id', 'audience'],
        populate: { deviceTypes: { select: ['id'] }, subscribers: { select: ['id'] } },
      });
      if (!draft) return;
      const errs = new FieldErrors();
      if (draft.audience === 'device_types' && !draft.deviceTypes?.length) errs.add('deviceTypes', 'audienceDeviceTypesRequired');
      if (draft.audience === 'subscribers' && !draft.subscribers?.length) errs.add('subscribers', 'audienceSubscribersRequired');
      errs.throwIfAny();
    },

    /** Records that an announcement was published and must reach its audience (idempotent). */
    async request(documentId: string) {
      const announcement = await loadPublished(documentId, 'fa') ?? (await loadPublished(documentId));
      if (!announcement) throw new errors.ApplicationError('The announcement is not published');
      const existing = await strapi.db.query(FANOUT).findOne({ where: { announcementDocumentId: documentId }, select: ['id'] });
      // from the start again (an edit may change the audience); an instance still running the
      // previous request loses its lease at its next chunk and stops
      const data = { fanoutStatus: 'pending', requestedAt: new Date(), title: announcement.title, lastError: null, claimedBy: null, leaseUntil: null, resumeAfterId: null, notificationsCreated: 0, messagesQueued: 0 };
      if (existing) await strapi.db.query(FANOUT).update({ where: { id: existing.id }, data });
      else await strapi.db.query(FANOUT).create({ data: { ...data, announcementDocumentId: documentId, runs: 0 } });
    },

    /**
     * The scheduled job: runs every pending fan-out, and takes over every running one whose lease
     * ran out (its instance died) — each claimed by one instance with a conditional UPDATE.
     */
    async runPending({ limit = 5, now = new Date(), holder = INSTANCE_ID }: { limit?: number; now?: Date; holder?: string } = {}) {
      const { leaseMs } = fanOutConfig();
      const due = { $or: [{ fanoutStatus: 'pending' }, { fanoutStatus: 'running', $or: [{ leaseUntil: null }, { leaseUntil: { $lt: now } }] }] };
      const candidates: FanoutJob[] = await strapi.db.query(FANOUT).findMany({
        where: due,
        select: ['id', 'announcementDocumentId', 'runs', 'resumeAfterId', 'notificationsCreated', 'messagesQueued', 'fanoutStatus', 'startedAt'],
        orderBy: [{ id: 'asc' }],
        limit,
      });
      const results: Array<{ documentId: string; audienceSize: number; notificationsCreated: number; messagesQueued: number; resumedAfterId: number | null }> = [];
      for (const candidate of candidates as Array<FanoutJob & { fanoutStatus: string; startedAt: Date | null }>) {
        const { count } = await strapi.db.query(FANOUT).updateMany({
          where: { $and: [{ id: candidate.id }, due] },
          data: {
            fanoutStatus: 'running',
            claimedBy: holder,
            leaseUntil: new Date(now.getTime() + leaseMs),
            runs: (candidate.runs ?? 0) + 1,
            ...(candidate.fanoutStatus === 'pending' || !candidate.startedAt ? { startedAt: now } : {}),
          },
        });
        if (count !== 1) continue; // another instance took it
        // read again: the claim is what counts (a request may have reset the progress meanwhile)
        const job: FanoutJob = await strapi.db.query(FANOUT).findOne({
          where: { id: candidate.id },
          select: ['id', 'announcementDocumentId', 'runs', 'resumeAfterId', 'notificationsCreated', 'messagesQueued'],
        });
        if (candidate.fanoutStatus === 'running') {
          strapi.log.warn(`[announcements] taking over the fan-out of ${job.announcementDocumentId}: its lease ran out; continuing after subscriber ${job.resumeAfterId ?? 0}`);
        }
        try {
          const outcome = await execute(job, holder);
          await strapi.db.query(FANOUT).updateMany({
            where: { id: job.id, claimedBy: holder, fanoutStatus: 'running' },
            data: { fanoutStatus: 'done', finishedAt: new Date(), claimedBy: null, leaseUntil: null, ...outcome },
          });
          results.push({ documentId: job.announcementDocumentId, ...outcome, resumedAfterId: job.resumeAfterId ?? null });
        } catch (error: any) {
          if (error instanceof LeaseLost) {
            strapi.log.warn(`[announcements] ${error.message}`);
            continue;
          }
          const retry = (job.runs ?? 0) < MAX_RUNS;
          await strapi.db.query(FANOUT).updateMany({
            where: { id: job.id, claimedBy: holder },
            data: { fanoutStatus: retry ? 'pending' : 'failed', lastError: String(error?.message ?? error), claimedBy: null, leaseUntil: null },
          });
          strapi.log.error(`[announcements] fan-out of ${job.announcementDocumentId} failed: ${error?.stack ?? error}`);
        }
      }
      return results;
    },
  };
};
