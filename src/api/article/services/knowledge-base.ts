/**
 * The knowledge base as buyers read it (service `api::article.knowledge-base`; the routes are
 * /api/me/knowledge-base, /api/me/articles…, /api/me/videos…, docs/api.md).
 *
 * Which items a buyer sees — the scope, one SQL WHERE for lists, counts and the home page:
 *   - published versions only: a draft never reaches a buyer, in a list, a search or by its id;
 *   - in the requested locale; for `en`, a document without a published English version is
 *     given in Persian (each item carries its `locale`);
 *   - `deviceType` absent → the types of the caller's devices (their models' types) plus general
 *     items (no device type); a code → that type plus general; `all` → everything published;
 *   - `topic` filters by the topic's code; `q` searches by THE rule of
 *     src/domain/persian-search-text.ts over the stored searchText (every token a substring),
 *     title matches first, then newest.
 * A list is a fixed number of statements whatever its size: the page's ids and the total (knex,
 * with the scope in SQL), then the rows and one query per populated relation (device types,
 * topic, the image) — tests/api/knowledge-base.test.ts counts them.
 *
 * One article or video (by documentId or slug) is any published one, whatever its device type
 * (the ticket page suggests articles of every type). Feedback is one row per buyer and article
 * (UNIQUE article + subscriber; a later answer replaces the earlier one), written with one upsert.
 */
import type { Core } from '@strapi/strapi';
import { searchPatterns, searchTokens } from '../../../domain/persian-search-text';
import { blockImageIds } from '../../../domain/blocks';
import { fieldError, validationError, type FieldError } from '../../../validation/errors';
import { DEFAULT_CONTENT_LOCALE, type ContentLocale } from '../../../validation/locale';
import type { Paging } from '../../../validation/paging';
import { newDocumentId, sqlInstant } from '../../../utils/raw-sql';
import { isDocumentId } from '../../../utils/document-id';
import { STORED_FILE_FIELDS, type StoredFile } from '../../../uploads/file-delivery';
import type { KnowledgeQuery } from '../validation';
import {
  catalogueRef,
  presentArticleDetail,
  presentArticleSummary,
  presentVideoDetail,
  presentVideoSummary,
  type ArticleRow,
  type VideoRow,
} from '../presenter';

export const ARTICLE = 'api::article.article';
export const VIDEO = 'api::video.video';
export const FEEDBACK = 'api::article.article-feedback';
const TOPIC = 'api::knowledge-topic.knowledge-topic';
const DEVICE_TYPE = 'api::device-type.device-type';
const DEVICE = 'api::device.device';
const DEVICE_MODEL = 'api::device-model.device-model';
const FILE = 'plugin::upload.file';

type Kind = 'article' | 'video';
const UIDS: Record<Kind, string> = { article: ARTICLE, video: VIDEO };

/** What a list reads of each kind (the detail adds its own). */
const FIELDS: Record<Kind, string[]> = {
  article: ['id', 'documentId', 'slug', 'locale', 'title', 'summary', 'publishedAt'],
  video: ['id', 'documentId', 'slug', 'locale', 'title', 'description', 'durationSeconds', 'publishedAt'],
};
const CATALOGUE = { select: ['code', 'name', 'nameEn'] };
const MEDIA = { select: STORED_FILE_FIELDS };
const POPULATE: Record<Kind, Record<string, unknown>> = {
  article: { deviceTypes: CATALOGUE, topic: CATALOGUE, cover: MEDIA },
  video: { deviceTypes: CATALOGUE, topic: CATALOGUE, poster: MEDIA },
};

/** A uid field's stored form: an item's slug may be asked for instead of its documentId. */
const SLUG = /^[A-Za-z0-9\-_.~]{1,255}$/;

/** Which items: the locale, the device types (null: all), the topic, the search tokens. */
export type Scope = { locale: ContentLocale; deviceTypeIds: number[] | null; topicId?: number; tokens: string[] };

type Link = { table: string; own: string; other: string };

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = () => strapi.db.connection;

  /** Table and column names as Strapi named them (metadata), per kind. */
  const tables = (kind: Kind) => {
    const meta = strapi.db.metadata.get(UIDS[kind]) as any;
    const link = (attribute: string): Link => {
      const join = meta.attributes[attribute].joinTable;
      return { table: join.name, own: join.joinColumn.name, other: join.inverseJoinColumn.name };
    };
    return { table: meta.tableName as string, searchText: (meta.attributes.searchText.columnName ?? 'search_text') as string, types: link('deviceTypes'), topic: link('topic') };
  };

  /** The scope as a knex query over `<table> as a` (published, locale with fallback, types, topic, search). */
  const scoped = (kind: Kind, scope: Scope) => {
    const db = knex();
    const t = tables(kind);
    const q = db(`${t.table} as a`).whereNotNull('a.published_at');
    if (scope.locale === DEFAULT_CONTENT_LOCALE) q.where('a.locale', DEFAULT_CONTENT_LOCALE);
    else {
      const translated = db(`${t.table} as tr`).select(db.raw('1')).where('tr.document_id', db.ref('a.document_id')).where('tr.locale', scope.locale).whereNotNull('tr.published_at');
      q.where((w: any) => w.where('a.locale', scope.locale).orWhere((f: any) => f.where('a.locale', DEFAULT_CONTENT_LOCALE).whereNotExists(translated)));
    }
    if (scope.deviceTypeIds) {
      const ids = scope.deviceTypeIds;
      const anyType = db(`${t.types.table} as g`).select(db.raw('1')).where(`g.${t.types.own}`, db.ref('a.id'));
      const ofTypes = db(`${t.types.table} as s`).select(db.raw('1')).where(`s.${t.types.own}`, db.ref('a.id')).whereIn(`s.${t.types.other}`, ids);
      q.where((w: any) => (ids.length ? w.whereNotExists(anyType).orWhereExists(ofTypes) : w.whereNotExists(anyType)));
    }
    if (scope.topicId !== undefined) {
      q.whereExists(db(`${t.topic.table} as p`).select(db.raw('1')).where(`p.${t.topic.own}`, db.ref('a.id')).where(`p.${t.topic.other}`, scope.topicId));
    }
    const { anywhere } = searchPatterns(scope.tokens);
    for (const pattern of anywhere) q.where(`a.${t.searchText}`, 'like', pattern);
    return q;
  };

  /** The rows of one page of the scope, presented; and the total. */
  const page = async (kind: Kind, scope: Scope, { page, pageSize }: Paging, { withTotal = true } = {}) => {
    const t = tables(kind);
    const ids = scoped(kind, scope).select('a.id');
    if (scope.tokens.length) {
      const { inTitle } = searchPatterns(scope.tokens);
      ids.orderByRaw(`CASE WHEN ${inTitle.map(() => `a.${t.searchText} LIKE ?`).join(' AND ')} THEN 0 ELSE 1 END`, inTitle);
    }
    ids.orderBy('a.published_at', 'desc').orderBy('a.id', 'desc').limit(pageSize).offset((page - 1) * pageSize);
    const [idRows, totalRow] = await Promise.all([ids, withTotal ? scoped(kind, scope).count({ n: 'a.id' }).first() : Promise.resolve(null)]);
    const order: number[] = (idRows as Array<{ id: number }>).map((r) => Number(r.id));
    const rows: any[] = order.length ? await strapi.db.query(UIDS[kind] as any).findMany({ where: { id: { $in: order } }, select: FIELDS[kind], populate: POPULATE[kind] }) : [];
    const byId = new Map(rows.map((r) => [r.id, r]));
    const sorted = order.map((id) => byId.get(id)).filter(Boolean);
    const data = await Promise.all(sorted.map((row) => (kind === 'article' ? presentArticleSummary(strapi, row as ArticleRow) : presentVideoSummary(strapi, row as VideoRow))));
    const total = totalRow ? Number((totalRow as any).n) : data.length;
    return { data, meta: { pagination: { page, pageSize, total, pageCount: Math.ceil(total / pageSize) } } };
  };

  /** The device types of the caller's devices (their models' types): one statement. */
  const ownedTypeIds = async (subscriberId: number): Promise<number[]> => {
    const device = strapi.db.metadata.get(DEVICE) as any;
    const model = strapi.db.metadata.get(DEVICE_MODEL) as any;
    const owner = device.attributes.owner.joinTable;
    const ofModel = device.attributes.model.joinTable;
    const ofType = model.attributes.deviceType.joinTable;
    const rows: Array<{ id: number }> = await knex()(`${owner.name} as o`)
      .join(`${ofModel.name} as m`, `m.${ofModel.joinColumn.name}`, `o.${owner.joinColumn.name}`)
      .join(`${ofType.name} as t`, `t.${ofType.joinColumn.name}`, `m.${ofModel.inverseJoinColumn.name}`)
      .where(`o.${owner.inverseJoinColumn.name}`, subscriberId)
      .distinct(`t.${ofType.inverseJoinColumn.name} as id`);
    return rows.map((r) => Number(r.id));
  };

  /** The scope a list asks for: codes looked up (unknown → 400 on the query), absent type → the caller's own. */
  const scopeOf = async (subscriberId: number, query: KnowledgeQuery): Promise<Scope> => {
    const errors: FieldError[] = [];
    let deviceTypeIds: number[] | null;
    if (query.deviceType === 'all') deviceTypeIds = null;
    else if (query.deviceType === undefined) deviceTypeIds = await ownedTypeIds(subscriberId);
    else {
      const type = await strapi.db.query(DEVICE_TYPE).findOne({ where: { code: query.deviceType }, select: ['id'] });
      if (!type) errors.push(fieldError(['query', 'deviceType'], 'deviceTypeUnknown'));
      deviceTypeIds = type ? [type.id] : [];
    }
    let topicId: number | undefined;
    if (query.topic !== undefined) {
      const topic = await strapi.db.query(TOPIC).findOne({ where: { code: query.topic }, select: ['id'] });
      if (!topic) errors.push(fieldError(['query', 'topic'], 'topicUnknown'));
      topicId = topic?.id ?? -1;
    }
    if (errors.length) throw validationError(errors);
    return { locale: query.locale, deviceTypeIds, topicId, tokens: searchTokens(query.q) };
  };

  /**
   * The published version of one item for the locale (English falling back to Persian), by
   * documentId or slug: its row id and documentId, or null.
   */
  const findVisible = async (kind: Kind, idOrSlug: string, locale: ContentLocale): Promise<{ id: number; documentId: string; locale: string } | null> => {
    if (!isDocumentId(idOrSlug) && !SLUG.test(idOrSlug)) return null;
    const { table } = tables(kind);
    const matches: Array<{ id: number; document_id: string; locale: string; slug: string | null }> = await knex()(table)
      .select('id', 'document_id', 'locale', 'slug')
      .whereNotNull('published_at')
      .where((w: any) => w.where('document_id', idOrSlug).orWhere('slug', idOrSlug));
    const byDocument = matches.filter((r) => r.document_id === idOrSlug);
    const bySlug = matches.filter((r) => r.slug === idOrSlug);
    const documentId = byDocument.length ? idOrSlug : (bySlug.find((r) => r.locale === locale) ?? bySlug.find((r) => r.locale === DEFAULT_CONTENT_LOCALE) ?? bySlug[0])?.document_id;
    if (!documentId) return null;
    // the document's published versions: the one asked for, else Persian
    const versions = byDocument.length
      ? byDocument
      : await knex()(table).select('id', 'document_id', 'locale').whereNotNull('published_at').where('document_id', documentId).whereIn('locale', [locale, DEFAULT_CONTENT_LOCALE]);
    const chosen = versions.find((r) => r.locale === locale) ?? (locale !== DEFAULT_CONTENT_LOCALE ? versions.find((r) => r.locale === DEFAULT_CONTENT_LOCALE) : undefined);
    return chosen ? { id: Number(chosen.id), documentId, locale: chosen.locale } : null;
  };

  /** The upload files of an article body's images, by id: one statement. */
  const imagesOf = async (body: unknown): Promise<Map<number, StoredFile>> => {
    const ids = blockImageIds(body);
    if (!ids.length) return new Map();
    const files: StoredFile[] = await strapi.db.query(FILE).findMany({ where: { id: { $in: ids } }, select: STORED_FILE_FIELDS });
    return new Map(files.map((f) => [f.id as number, f]));
  };

  /** Item counts per device type in the scope (a type's own items, general ones not counted). */
  const countsByType = async (kind: Kind, scope: Scope): Promise<Map<number, number>> => {
    const t = tables(kind);
    const rows: Array<{ typeId: number; n: unknown }> = await scoped(kind, scope)
      .join(`${t.types.table} as c`, `c.${t.types.own}`, 'a.id')
      .groupBy(`c.${t.types.other}`)
      .select(`c.${t.types.other} as typeId`)
      .count({ n: 'a.id' });
    return new Map(rows.map((r) => [Number(r.typeId), Number(r.n)]));
  };

  /** The topic ids with at least one item in the scope. */
  const topicsInUse = async (kind: Kind, scope: Scope): Promise<number[]> => {
    const t = tables(kind);
    const rows: Array<{ topicId: number }> = await scoped(kind, scope).join(`${t.topic.table} as p`, `p.${t.topic.own}`, 'a.id').distinct(`p.${t.topic.other} as topicId`);
    return rows.map((r) => Number(r.topicId));
  };

  return {
    ownedTypeIds,
    scopeOf,

    /**
     * GET /api/me/knowledge-base: the device types (the caller's own first, then every other type
     * with published items; each with its article and video counts), the topics that have items,
     * and the latest six articles and videos of the caller's default scope.
     */
    async home(subscriberId: number, locale: ContentLocale) {
      const owned = await ownedTypeIds(subscriberId);
      const everything: Scope = { locale, deviceTypeIds: null, tokens: [] };
      const mine: Scope = { locale, deviceTypeIds: owned, tokens: [] };
      const [articleCounts, videoCounts, articleTopics, videoTopics, latestArticles, latestVideos] = await Promise.all([
        countsByType('article', everything),
        countsByType('video', everything),
        topicsInUse('article', everything),
        topicsInUse('video', everything),
        page('article', mine, { page: 1, pageSize: 6 }, { withTotal: false }),
        page('video', mine, { page: 1, pageSize: 6 }, { withTotal: false }),
      ]);
      const typeIds = [...new Set([...owned, ...articleCounts.keys(), ...videoCounts.keys()])];
      const topicIds = [...new Set([...articleTopics, ...videoTopics])];
      const [types, topics] = await Promise.all([
        typeIds.length ? strapi.db.query(DEVICE_TYPE).findMany({ where: { id: { $in: typeIds } }, select: ['id', 'code', 'name', 'nameEn'] }) : [],
        topicIds.length ? strapi.db.query(TOPIC).findMany({ where: { id: { $in: topicIds } }, select: ['id', 'code', 'name', 'nameEn', 'sortOrder'], orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }] }) : [],
      ]);
      const ownedSet = new Set(owned);
      const deviceTypes = (types as any[])
        .map((type) => ({ ...catalogueRef(type), owned: ownedSet.has(type.id), articles: articleCounts.get(type.id) ?? 0, videos: videoCounts.get(type.id) ?? 0 }))
        .sort((a, b) => Number(b.owned) - Number(a.owned) || a.name.localeCompare(b.name, 'fa'));
      return {
        deviceTypes,
        topics: (topics as any[]).map(catalogueRef),
        latestArticles: latestArticles.data,
        latestVideos: latestVideos.data,
      };
    },

    /** GET /api/me/articles and /api/me/videos: one page of the scope. */
    async list(kind: Kind, subscriberId: number, query: KnowledgeQuery & Paging) {
      const scope = await scopeOf(subscriberId, query);
      return page(kind, scope, query);
    },

    /** GET /api/me/articles/:id: the article in the locale (or Persian), its body, the caller's answer; null when not published. */
    async article(subscriberId: number, idOrSlug: string, locale: ContentLocale) {
      const found = await findVisible('article', idOrSlug, locale);
      if (!found) return null;
      const [row, feedback] = await Promise.all([
        strapi.db.query(ARTICLE).findOne({ where: { id: found.id }, select: [...FIELDS.article, 'body'], populate: POPULATE.article }),
        strapi.db.query(FEEDBACK).findOne({ where: { articleDocumentId: found.documentId, subscriberId }, select: ['helpful'] }),
      ]);
      if (!row) return null;
      return presentArticleDetail(strapi, row as ArticleRow, await imagesOf(row.body), feedback ? Boolean(feedback.helpful) : null);
    },

    /** GET /api/me/videos/:id: the video in the locale (or Persian) with its source; null when not published. */
    async video(idOrSlug: string, locale: ContentLocale) {
      const found = await findVisible('video', idOrSlug, locale);
      if (!found) return null;
      const row = await strapi.db.query(VIDEO).findOne({ where: { id: found.id }, select: [...FIELDS.video, 'externalUrl'], populate: { ...POPULATE.video, file: MEDIA } });
      return row ? presentVideoDetail(strapi, row as VideoRow) : null;
    },

    /**
     * POST /api/me/articles/:id/feedback: the caller's answer for a published article, one row
     * per buyer and article (a later answer replaces the earlier one, with the locale read);
     * null when the article is not published.
     */
    async recordFeedback(subscriberId: number, idOrSlug: string, locale: ContentLocale, helpful: boolean): Promise<{ helpful: boolean } | null> {
      const found = await findVisible('article', idOrSlug, locale);
      if (!found) return null;
      const meta = strapi.db.metadata.get(FEEDBACK) as any;
      const now = sqlInstant(strapi, new Date());
      await knex()(meta.tableName)
        .insert({
          document_id: newDocumentId(),
          article_document_id: found.documentId,
          subscriber_id: subscriberId,
          reader_locale: found.locale,
          helpful,
          created_at: now,
          updated_at: now,
          published_at: now,
        })
        .onConflict(['article_document_id', 'subscriber_id'])
        .merge(['helpful', 'reader_locale', 'updated_at']);
      return { helpful };
    },

    /** Staff: an article's answers counted per locale read — { locale, helpful, notHelpful }[] (one statement). */
    async feedbackCounts(articleDocumentId: string) {
      const meta = strapi.db.metadata.get(FEEDBACK) as any;
      const rows: Array<{ locale: string; helpful: unknown; n: unknown }> = await knex()(meta.tableName)
        .where('article_document_id', articleDocumentId)
        .groupBy('reader_locale', 'helpful')
        .select('reader_locale as locale', 'helpful')
        .count({ n: '*' });
      const byLocale = new Map<string, { locale: string; helpful: number; notHelpful: number }>();
      for (const row of rows) {
        const entry = byLocale.get(row.locale) ?? { locale: row.locale, helpful: 0, notHelpful: 0 };
        if (row.helpful === true || row.helpful === 1 || row.helpful === '1' || row.helpful === 't') entry.helpful += Number(row.n);
        else entry.notHelpful += Number(row.n);
        byLocale.set(row.locale, entry);
      }
      return [...byLocale.values()].sort((a, b) => (a.locale === DEFAULT_CONTENT_LOCALE ? -1 : b.locale === DEFAULT_CONTENT_LOCALE ? 1 : a.locale.localeCompare(b.locale)));
    },
  };
};
