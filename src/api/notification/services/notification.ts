/**
 * Dashboard notifications. Announcements fan out into one row per subscriber (their text stays on
 * the announcement and is joined when read); other capabilities add their own through `notify`.
 * Every read and write is scoped to one subscriber by id.
 */
import { factories } from '@strapi/strapi';
import { NOTIFICATION_KIND_LABELS, isPinnedKind, type NotificationKind } from '../../../domain/announcements';
import { presentDateTime } from '../../../domain/jalali';
import { isSiteLink } from '../../../domain/site-links';
import { newDocumentId, sqlInstant, withTransaction } from '../../../utils/raw-sql';

const UID = 'api::notification.notification';
const FIELDS = ['id', 'documentId', 'sourceType', 'sourceId', 'kind', 'titleFa', 'titleEn', 'bodyFa', 'bodyEn', 'link', 'pinned', 'readAt', 'createdAt'];

type Row = {
  id: number;
  documentId: string;
  sourceType: 'announcement' | 'system';
  sourceId: string;
  kind: NotificationKind;
  titleFa: string | null;
  titleEn: string | null;
  bodyFa: string | null;
  bodyEn: string | null;
  link: string | null;
  pinned: boolean;
  readAt: Date | null;
  createdAt: Date;
};

type Text = { fa: string | null; en: string | null };

export default factories.createCoreService(UID, ({ strapi }) => {
  /** The published text of the announcements behind some notifications: one query. */
  const announcementTexts = async (rows: Row[]) => {
    const ids = [...new Set(rows.filter((r) => r.sourceType === 'announcement').map((r) => r.sourceId))];
    const texts = new Map<string, { title: Text; body: Text }>();
    if (!ids.length) return texts;
    const versions = await strapi.db.query('api::announcement.announcement').findMany({
      where: { documentId: { $in: ids }, publishedAt: { $notNull: true } },
      select: ['documentId', 'locale', 'title', 'body'],
    });
    for (const v of versions) {
      const entry = texts.get(v.documentId) ?? { title: { fa: null, en: null }, body: { fa: null, en: null } };
      if (v.locale === 'fa' || v.locale === 'en') {
        entry.title[v.locale as 'fa' | 'en'] = v.title;
        entry.body[v.locale as 'fa' | 'en'] = v.body;
      }
      texts.set(v.documentId, entry);
    }
    return texts;
  };

  const present = (row: Row, texts: Map<string, { title: Text; body: Text }>) => {
    const fromAnnouncement = row.sourceType === 'announcement' ? texts.get(row.sourceId) : undefined;
    const title = fromAnnouncement?.title ?? { fa: row.titleFa, en: row.titleEn };
    const body = fromAnnouncement?.body ?? { fa: row.bodyFa, en: row.bodyEn };
    return {
      id: row.documentId,
      kind: row.kind,
      kindLabel: NOTIFICATION_KIND_LABELS[row.kind],
      title: { fa: title.fa ?? title.en, en: title.en },
      body: { fa: body.fa ?? body.en, en: body.en },
      pinned: Boolean(row.pinned) && !row.readAt,
      read: Boolean(row.readAt),
      readAt: presentDateTime(row.readAt),
      createdAt: presentDateTime(row.createdAt),
      source: { type: row.sourceType, id: row.sourceId },
      /** the site page the notification is about (a repair, a device…), or null */
      link: isSiteLink(row.link) ? row.link : null,
    };
  };

  const presentAll = async (rows: Row[]) => {
    const texts = await announcementTexts(rows);
    return rows.map((r) => present(r, texts));
  };

  return {
    /**
     * A notification from the portal itself (renewal done, repair ready…), inside the caller's
     * transaction. `sourceId` makes it idempotent: the same event never notifies twice. `link` is
     * the site page it is about (domain/site-links.ts), so the buyer can open it from the list.
     */
    async notify(input: { subscriberId: number; kind?: NotificationKind; sourceId: string; title: Text; body?: Text; link?: string; pinned?: boolean }) {
      if (input.link !== undefined && !isSiteLink(input.link)) throw new Error(`notification: not a site link: ${input.link}`);
      const now = new Date();
      const kind = input.kind ?? 'service';
      await withTransaction(strapi, (trx) =>
        trx('notifications')
          .insert({
            document_id: newDocumentId(),
            subscriber_id: input.subscriberId,
            source_type: 'system',
            source_id: input.sourceId,
            kind,
            title_fa: input.title.fa,
            title_en: input.title.en,
            body_fa: input.body?.fa ?? null,
            body_en: input.body?.en ?? null,
            link: input.link ?? null,
            pinned: input.pinned ?? isPinnedKind(kind),
            created_at: sqlInstant(strapi, now),
            updated_at: sqlInstant(strapi, now),
            published_at: sqlInstant(strapi, now),
          })
          .onConflict(['subscriber_id', 'source_type', 'source_id'])
          .ignore()
      );
    },

    async listFor(subscriberId: number, { page, pageSize, unreadOnly }: { page: number; pageSize: number; unreadOnly: boolean }) {
      const where = { subscriberId, ...(unreadOnly ? { readAt: null } : {}) };
      const [rows, total, unread] = await Promise.all([
        strapi.db.query(UID).findMany({ where, select: FIELDS, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], offset: (page - 1) * pageSize, limit: pageSize }),
        strapi.db.query(UID).count({ where }),
        strapi.db.query(UID).count({ where: { subscriberId, readAt: null } }),
      ]);
      return {
        data: await presentAll(rows),
        meta: { pagination: { page, pageSize, total, pageCount: Math.ceil(total / pageSize) }, unread },
      };
    },

    /** The unread count and the pinned notices for the dashboard. */
    async summaryFor(subscriberId: number) {
      const [unread, pinned] = await Promise.all([
        strapi.db.query(UID).count({ where: { subscriberId, readAt: null } }),
        strapi.db.query(UID).findMany({ where: { subscriberId, readAt: null, pinned: true }, select: FIELDS, orderBy: [{ createdAt: 'desc' }], limit: 5 }),
      ]);
      return { unread, pinned: await presentAll(pinned) };
    },

    /** Marks one of the subscriber's notifications read; null when it is not theirs. */
    async markRead(subscriberId: number, documentId: string) {
      const row = await strapi.db.query(UID).findOne({ where: { documentId, subscriberId }, select: FIELDS });
      if (!row) return null;
      if (!row.readAt) {
        row.readAt = new Date();
        await strapi.db.query(UID).update({ where: { id: row.id }, data: { readAt: row.readAt } });
      }
      return (await presentAll([row]))[0];
    },

    unreadCount(subscriberId: number): Promise<number> {
      return strapi.db.query(UID).count({ where: { subscriberId, readAt: null } });
    },

    async markAllRead(subscriberId: number) {
      const { count } = await strapi.db.query(UID).updateMany({ where: { subscriberId, readAt: null }, data: { readAt: new Date() } });
      return { updated: count };
    },
  };
});
