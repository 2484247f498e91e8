/**
 * Articles and videos of the knowledge base (Document Service middleware, so the admin's Content
 * Manager, API tokens, the demo seed and any code calling strapi.documents() are held alike):
 *
 * - `searchText` is never taken from input. After every create, update, clone and publish it is
 *   written, in the write's transaction, for every version of the document (each locale, draft
 *   and published) from the version's own title and summary + body (articles) or description
 *   (videos), in THE search form of src/domain/persian-search-text.ts. A partial update or a
 *   publish therefore leaves it current too. The edit view does not show it
 *   (src/bootstrap/admin-labels.ts).
 * - The fields an item's locales share (device types, topic, media, a video's link) stay the same
 *   in every locale's draft (shareAcrossLocales): Strapi does not carry relations across locales.
 * - A video has a source: an uploaded file or an https link (an Aparat page, …). Saving or
 *   publishing one with neither — or with a link that is not a full https address — is refused on
 *   the fields, in Persian and English. Both are shared by the video's locales.
 */
import type { Core } from '@strapi/strapi';
import { buildSearchText } from '../../domain/persian-search-text';
import { blocksPlainText } from '../../domain/blocks';
import { FieldErrors } from '../errors';
import { withTransaction } from '../../utils/raw-sql';

export const ARTICLE = 'api::article.article';
export const VIDEO = 'api::video.video';

/** What each searchable type's searchText is made of: its title, then the rest in order. */
const SEARCHABLE: Record<string, { fields: string[]; text: (row: any) => string }> = {
  [ARTICLE]: { fields: ['title', 'summary', 'body'], text: (row) => buildSearchText(row.title, row.summary, blocksPlainText(row.body)) },
  [VIDEO]: { fields: ['title', 'description'], text: (row) => buildSearchText(row.title, row.description) },
};

const WRITES = new Set(['create', 'update', 'clone', 'publish']);

/**
 * The fields an item's locales share (non-localized in the schema): its device types and topic,
 * its media, a video's link and duration. Strapi 5.54 copies media and scalars to a new locale
 * but not relations, and does not carry later changes of relations to the other locales; so this
 * rule does, for the drafts (publishing a locale publishes its draft's values).
 */
const SHARED: Record<string, { relations: string[]; media: string[]; scalars: string[] }> = {
  [ARTICLE]: { relations: ['deviceTypes', 'topic'], media: ['cover'], scalars: [] },
  [VIDEO]: { relations: ['deviceTypes', 'topic'], media: ['file', 'poster'], scalars: ['externalUrl', 'durationSeconds'] },
};

/**
 * Whether a write sets a shared field: a plain value (an id, a list, null), `set`, or a
 * non-empty connect / disconnect — the Content Manager sends `{ connect: [], disconnect: [] }`
 * for a relation left as it was.
 */
const fieldGiven = (data: Record<string, unknown> | undefined, field: string): boolean => {
  if (!data || !(field in data) || data[field] === undefined) return false;
  const input = data[field];
  if (input && typeof input === 'object' && !Array.isArray(input) && ['connect', 'disconnect', 'set'].some((k) => k in input)) {
    const ops = input as Record<string, unknown>;
    if (ops.set !== undefined) return true;
    const size = (v: unknown) => (Array.isArray(v) ? v.length : v ? 1 : 0);
    return size(ops.connect) + size(ops.disconnect) > 0;
  }
  return true;
};

/**
 * After a write to one locale's draft: the shared fields it set are copied to the document's
 * other drafts; a locale version created by this write gets the fields it did not set from the
 * Persian draft (or another). Through the query engine, one UPDATE per draft that differs.
 */
export const shareAcrossLocales = async (strapi: Core.Strapi, uid: string, documentId: string, writtenLocale: string, given: Set<string>, createdVersion: boolean) => {
  const spec = SHARED[uid];
  if (!spec) return;
  const linked = [...spec.relations, ...spec.media];
  const rows: any[] = await strapi.db.query(uid as any).findMany({
    where: { documentId, publishedAt: null },
    select: ['id', 'locale', ...spec.scalars],
    populate: Object.fromEntries(linked.map((f) => [f, { select: ['id'] }])),
  });
  const written = rows.find((r) => r.locale === writtenLocale);
  if (!written || rows.length < 2) return;
  const valueOf = (row: any, field: string): unknown => {
    if (spec.scalars.includes(field)) return row[field] ?? null;
    const v = row[field];
    return Array.isArray(v) ? v.map((x: any) => x.id).sort((a: number, b: number) => a - b) : (v?.id ?? null);
  };
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  const fields = [...linked, ...spec.scalars];
  const copy = async (from: any, to: any, which: string[]) => {
    const data = Object.fromEntries(which.filter((f) => !same(valueOf(from, f), valueOf(to, f))).map((f) => [f, valueOf(from, f)]));
    if (Object.keys(data).length) await strapi.db.query(uid as any).update({ where: { id: to.id }, data });
  };
  const toOthers = fields.filter((f) => given.has(f));
  if (toOthers.length) for (const other of rows) if (other !== written) await copy(written, other, toOthers);
  if (createdVersion) {
    const sibling = rows.find((r) => r !== written && r.locale === 'fa') ?? rows.find((r) => r !== written);
    await copy(sibling, written, fields.filter((f) => !given.has(f)));
  }
};

/**
 * Writes the searchText of every version of a document from its stored fields: one read, and an
 * UPDATE for each version whose text changed. Returns how many it changed.
 */
export const refreshSearchText = async (strapi: Core.Strapi, uid: string, documentId: string): Promise<number> => {
  const spec = SEARCHABLE[uid];
  if (!spec) return 0;
  const rows: any[] = await strapi.db.query(uid as any).findMany({ where: { documentId }, select: ['id', 'searchText', ...spec.fields] });
  const meta = strapi.db.metadata.get(uid) as any;
  const column: string = meta.attributes.searchText.columnName ?? 'search_text';
  let changed = 0;
  for (const row of rows) {
    const text = spec.text(row);
    if (text === row.searchText) continue;
    await withTransaction(strapi, (trx) => trx(meta.tableName).where('id', row.id).update({ [column]: text }));
    changed += 1;
  }
  return changed;
};

/** A media input as the Document Service takes it: null / [] for none, an id, { id }, or a list. */
const mediaGiven = (value: unknown): boolean => {
  if (value === null || value === undefined || value === '') return false;
  if (Array.isArray(value)) return value.some(mediaGiven);
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if ('set' in v) return mediaGiven(v.set);
    if ('connect' in v) return mediaGiven(v.connect);
    return v.id !== undefined && v.id !== null;
  }
  return true;
};

/** Whether a link is a full https address; null when empty. */
const readLink = (value: unknown): { ok: true; value: string | null } | { ok: false } => {
  if (value === null || value === undefined) return { ok: true, value: null };
  if (typeof value !== 'string') return { ok: false };
  const link = value.trim();
  if (!link) return { ok: true, value: null };
  try {
    const url = new URL(link);
    return url.protocol === 'https:' && url.hostname.includes('.') && !url.username && !url.password ? { ok: true, value: link } : { ok: false };
  } catch {
    return { ok: false };
  }
};

/** The stored source of a video (any version: file and link are shared by its locales). */
const storedSource = async (strapi: Core.Strapi, documentId: string, where: Record<string, unknown> = {}) => {
  const row = await strapi.db.query(VIDEO).findOne({ where: { documentId, ...where }, select: ['id', 'externalUrl'], populate: { file: { select: ['id'] } } });
  return row ? { file: Boolean(row.file), link: row.externalUrl ?? null } : null;
};

const checkVideoSource = async (strapi: Core.Strapi, ctx: any) => {
  const errors = new FieldErrors();
  if (ctx.action === 'publish') {
    if (!ctx.params?.documentId) return;
    const draft = await storedSource(strapi, ctx.params.documentId, { publishedAt: null });
    if (draft && !draft.file && !draft.link) errors.add('file', 'videoSourceRequired').add('externalUrl', 'videoSourceRequired');
    errors.throwIfAny('videoSourceRequired');
    return;
  }
  const data = ctx.params.data as Record<string, unknown>;
  let link: string | null = null;
  if ('externalUrl' in data) {
    const read = readLink(data.externalUrl);
    if (!read.ok) {
      errors.add('externalUrl', 'videoLinkHttps');
      errors.throwIfAny();
      return;
    }
    data.externalUrl = read.value;
    link = read.value;
  }
  const stored = ctx.action === 'update' && ctx.params.documentId && (!('externalUrl' in data) || !('file' in data)) ? await storedSource(strapi, ctx.params.documentId) : null;
  const hasFile = 'file' in data ? mediaGiven(data.file) : Boolean(stored?.file);
  const hasLink = 'externalUrl' in data ? Boolean(link) : Boolean(stored?.link);
  if (!hasFile && !hasLink) errors.add('file', 'videoSourceRequired').add('externalUrl', 'videoSourceRequired');
  errors.throwIfAny('videoSourceRequired');
};

export const knowledgeBaseRule = (strapi: Core.Strapi) => async (ctx: any, next: () => Promise<any>) => {
  if (!SEARCHABLE[ctx.uid] || !WRITES.has(ctx.action)) return next();
  if (ctx.params?.data && typeof ctx.params.data === 'object') delete ctx.params.data.searchText;
  if (ctx.uid === VIDEO && (ctx.action === 'publish' || ctx.action === 'create' || ctx.action === 'update')) {
    if (ctx.action !== 'publish') ctx.params.data ??= {};
    await checkVideoSource(strapi, ctx);
  }
  return strapi.db.transaction(async () => {
    // does this write create a locale version of an existing document?
    const createdVersion =
      ctx.action === 'update' && ctx.params?.documentId && typeof ctx.params.locale === 'string' && ctx.params.locale !== '*'
        ? (await strapi.db.query(ctx.uid).count({ where: { documentId: ctx.params.documentId, locale: ctx.params.locale, publishedAt: null } })) === 0
        : false;
    const result = await next();
    const documentId: string | undefined = result?.documentId ?? result?.entries?.[0]?.documentId ?? ctx.params?.documentId;
    if (!documentId) return result;
    if (ctx.action === 'create' || ctx.action === 'update') {
      const spec = SHARED[ctx.uid];
      const given = new Set([...spec.relations, ...spec.media, ...spec.scalars].filter((f) => fieldGiven(ctx.params.data, f)));
      const locale = result?.locale ?? ctx.params?.locale;
      if (typeof locale === 'string') await shareAcrossLocales(strapi, ctx.uid, documentId, locale, given, createdVersion);
    }
    await refreshSearchText(strapi, ctx.uid, documentId);
    return result;
  });
};
