/**
 * Announcement fan-out. Publishing an announcement records a fan-out request (in the publish's
 * transaction); a scheduled job (src/scheduler/jobs.ts) then writes one dashboard notification
 * per targeted subscriber and, if staff ticked SMS or WhatsApp, one outbox message each — with
 * INSERT … SELECT statements over ranges of subscriber ids, never row by row, so the admin's
 * publish answers at once and 100,000 subscribers take seconds (bench/announcement-fanout.ts).
 * Both inserts skip rows that exist (unique source / dedupe key): publishing again notifies nobody
 * twice, and an interrupted fan-out simply runs again.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { announcementChannels, isPinnedKind, PREFERRED_CHANNELS, type AnnouncementKind } from '../../../domain/announcements';
import { outboxPriority } from '../../../domain/outbox';
import { isPostgres, rawRows, sqlInstant } from '../../../utils/raw-sql';
import { FieldErrors } from '../../../validation/errors';

const ANNOUNCEMENT = 'api::announcement.announcement';
const FANOUT = 'api::announcement.announcement-fanout';
/** subscribers per INSERT … SELECT */
export const FAN_OUT_CHUNK = 20_000;
const MAX_RUNS = 5;

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

  const execute = async (documentId: string) => {
    const announcement = (await loadPublished(documentId, 'fa')) ?? (await loadPublished(documentId));
    if (!announcement) throw new Error('the announcement is not published');
    const now = new Date();
    const at = sqlInstant(strapi, now);
    const knex = strapi.db.connection;
    const [audience, audienceBindings] = audienceSql(announcement);

    const bounds = rawRows<{ lo: number | null; hi: number | null }>(await knex.raw(`SELECT MIN(a.id) AS lo, MAX(a.id) AS hi FROM (${audience}) a`, audienceBindings))[0];
    const audienceSize = Number(rawRows<{ n: number }>(await knex.raw(`SELECT COUNT(*) AS n FROM (${audience}) a`, audienceBindings))[0]?.n ?? 0);
    let notificationsCreated = 0;
    let messagesQueued = 0;
    if (bounds?.lo == null || bounds.hi == null) return { audienceSize, notificationsCreated, messagesQueued };

    const channelPrefs = (['sms', 'whatsapp'] as const).map((channel) => ({
      channel,
      prefs: PREFERRED_CHANNELS.filter((p) => announcementChannels(p, announcement).includes(channel)),
    }));
    const maxAttempts = (strapi.config.get('plugin::messaging') as any).delivery.maxAttempts;
    const siteUrl = (strapi.config.get('server.url') as string) || '';
    const summary = announcement.summary || announcement.title;
    const jsonParams = pg()
      ? `json_build_object('name', s.full_name, 'title', ${typed('text')}, 'summary', ${typed('text')}, 'url', ${typed('text')})::jsonb`
      : `json_object('name', s.full_name, 'title', ?, 'summary', ?, 'url', ?)`;

    for (let lo = Number(bounds.lo) - 1; lo < Number(bounds.hi); lo += FAN_OUT_CHUNK) {
      const hi = lo + FAN_OUT_CHUNK;
      await strapi.db.transaction(async ({ trx }) => {
        notificationsCreated += affected(
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
          messagesQueued += affected(
            await trx.raw(
              `INSERT INTO messaging_outbox (document_id, channel, kind, priority, recipient, subscriber_id, template_code, params, status, attempts, max_attempts, next_attempt_at, dedupe_key, created_at, updated_at, published_at)
               SELECT ${newDocumentIdSql()}, '${channel}', 'broadcast', ${outboxPriority('broadcast')}, ${recipient}, s.id, 'announcement', ${jsonParams}, 'queued', 0, ${typed('integer')}, ${typed('timestamptz')},
                      ${typed('text')} || CAST(s.id AS TEXT) || ':${channel}', ${typed('timestamptz')}, ${typed('timestamptz')}, ${typed('timestamptz')}
                 FROM subscribers s
                 JOIN (${audience}) a ON a.id = s.id
                WHERE s.id > ? AND s.id <= ? AND s.mobile IS NOT NULL AND s.preferred_channel IN (${prefs.map(() => '?').join(', ')})
               ON CONFLICT (dedupe_key) DO NOTHING`,
              [announcement.title, summary, siteUrl, maxAttempts, at, `announcement:${documentId}:`, at, at, at, ...audienceBindings, lo, hi, ...prefs]
            )
          );
        }
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
      const data = { fanoutStatus: 'pending', requestedAt: new Date(), title: announcement.title, lastError: null };
      if (existing) await strapi.db.query(FANOUT).update({ where: { id: existing.id }, data });
      else await strapi.db.query(FANOUT).create({ data: { ...data, announcementDocumentId: documentId, runs: 0 } });
    },

    /** The scheduled job: runs every pending fan-out (each claimed by one instance). */
    async runPending({ limit = 5 }: { limit?: number } = {}) {
      const pending = await strapi.db.query(FANOUT).findMany({ where: { fanoutStatus: 'pending' }, select: ['id', 'announcementDocumentId', 'runs'], orderBy: [{ id: 'asc' }], limit });
      const results: Array<{ documentId: string; audienceSize: number; notificationsCreated: number; messagesQueued: number }> = [];
      for (const job of pending) {
        const { count } = await strapi.db.query(FANOUT).updateMany({
          where: { id: job.id, fanoutStatus: 'pending' },
          data: { fanoutStatus: 'running', startedAt: new Date(), runs: (job.runs ?? 0) + 1 },
        });
        if (count !== 1) continue; // another instance took it
        try {
          const outcome = await execute(job.announcementDocumentId);
          await strapi.db.query(FANOUT).update({ where: { id: job.id }, data: { fanoutStatus: 'done', finishedAt: new Date(), ...outcome } });
          results.push({ documentId: job.announcementDocumentId, ...outcome });
        } catch (error: any) {
          const retry = (job.runs ?? 0) + 1 < MAX_RUNS;
          await strapi.db.query(FANOUT).update({ where: { id: job.id }, data: { fanoutStatus: retry ? 'pending' : 'failed', lastError: String(error?.message ?? error) } });
          strapi.log.error(`[announcements] fan-out of ${job.announcementDocumentId} failed: ${error?.stack ?? error}`);
        }
      }
      return results;
    },
  };
};
