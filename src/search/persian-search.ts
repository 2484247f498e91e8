/**
 * Search that reads Persian (Document Service middleware on findMany / findFirst / count of the
 * portal's types). The Content Manager's list search sends `_q`, which Strapi matches with one
 * LIKE per text column: «۱۰۰۱» misses «1001», «علي» misses «علی». Here `_q` becomes the same
 * search for each spelling the query may be stored in (src/domain/search.ts): a text column
 * contains any of them, or — for a number — the id or a number column equals it. The list and its
 * count get the same filter, so the count matches the rows. Strapi's own types keep `_q`. Types
 * with a `searchText` (articles, videos) are also found by the knowledge base's rule: every token
 * of the query in it (src/domain/persian-search-text.ts), as buyers search them.
 */
import type { Core } from '@strapi/strapi';
import { searchVariants } from '../domain/search';
import { toEnglishDigits } from '../domain/digits';
import { searchTokens } from '../domain/persian-search-text';
import { isPortalContentType } from '../utils/portal-types';
import { isPostgres } from '../utils/raw-sql';

/** the column types Strapi's `_q` searches as text (@strapi/database search.js) */
const TEXT_TYPES = new Set(['string', 'text', 'uid', 'email', 'enumeration', 'richtext']);
/** the largest value each number column holds (a bigger one would fail the comparison on PostgreSQL) */
const NUMBER_LIMITS: Record<string, number> = {
  increments: 2 ** 31 - 1,
  integer: 2 ** 31 - 1,
  biginteger: Number.MAX_SAFE_INTEGER,
  float: Number.MAX_VALUE,
  decimal: Number.MAX_VALUE,
};
const READS = new Set(['findMany', 'findFirst', 'count']);

/** The filter `_q` stands for: any searchable column matches any spelling of the query. */
/** The searchable attributes of a type: not relations, not marked `searchable: false`. */
const searchableAttributes = (strapi: Core.Strapi, uid: string) =>
  Object.entries(strapi.db.metadata.get(uid).attributes as Record<string, any>).filter(([, a]) => a.searchable !== false && !a.relation && a.type !== 'relation');

/** The text attributes `_q` looks in (src/search/search-indexes.ts indexes exactly these). */
export const searchedTextAttributes = (strapi: Core.Strapi, uid: string): Array<{ name: string; columnName: string }> =>
  searchableAttributes(strapi, uid)
    .filter(([, a]) => TEXT_TYPES.has(a.type))
    .map(([name, a]) => ({ name, columnName: a.columnName ?? name }));

export const searchFilter = (strapi: Core.Strapi, uid: string, query: string) => {
  const attributes = strapi.db.metadata.get(uid).attributes as Record<string, any>;
  const searchable = searchableAttributes(strapi, uid);
  const textColumns = searchedTextAttributes(strapi, uid).map(({ name }) => name);
  const numberColumns = searchable.filter(([, a]) => a.type in NUMBER_LIMITS).map(([name, a]) => ({ name, limit: NUMBER_LIMITS[a.type] }));
  const variants = searchVariants(query);
  const conditions: Record<string, unknown>[] = [];
  for (const variant of variants) for (const column of textColumns) conditions.push({ [column]: { $containsi: variant } });
  // the knowledge base's articles and videos keep a searchText in THE search form
  // (domain/persian-search-text.ts): every token of the query in it, however it was typed
  const tokens = 'searchText' in attributes ? searchTokens(query) : [];
  if (tokens.length) conditions.push({ $and: tokens.map((token) => ({ searchText: { $contains: token } })) });
  const numeric = toEnglishDigits(query.trim());
  if (/^-?\d+(\.\d+)?$/.test(numeric)) {
    const value = Number(numeric);
    for (const { name, limit } of numberColumns) if (Math.abs(value) <= limit) conditions.push({ [name]: { $eq: value } });
  }
  return { $or: conditions };
};

/** PostgreSQL: the types whose searched columns have trigram indexes (search-indexes.ts builds them). */
export const INDEXED_SEARCH_TYPES: readonly string[] = ['api::subscriber.subscriber', 'api::device.device'];
/** at most this many matches become a list of ids; a search matching more (a digit or two) keeps its LIKEs */
export const MATCHED_IDS_LIMIT = 1000;

/**
 * The ids of the rows a search matches, found by the search alone — planned on the trigram
 * indexes — or null when there are more than MATCHED_IDS_LIMIT. Given the LIKEs together with the
 * list's `ORDER BY … LIMIT 10`, PostgreSQL walks the sort column's index expecting to meet ten
 * matches early, and reads the whole table when there is one match (a second per search among
 * 200,000 subscribers); by ids, the page is ten primary-key reads.
 */
export const matchedIds = async (strapi: Core.Strapi, uid: string, filter: Record<string, unknown>): Promise<number[] | null> => {
  const rows: Array<{ id: number }> = await strapi.db.query(uid as any).findMany({ where: filter, select: ['id'], limit: MATCHED_IDS_LIMIT + 1 });
  return rows.length > MATCHED_IDS_LIMIT ? null : rows.map((r) => r.id);
};

export const persianSearchRule = (strapi: Core.Strapi) => async (ctx: any, next: () => Promise<any>) => {
  const params = ctx.params;
  if (!READS.has(ctx.action) || !params || params._q === undefined || params._q === null || !isPortalContentType(strapi, ctx.uid)) return next();
  const query = String(params._q);
  delete params._q;
  if (query.trim()) {
    let filter: Record<string, unknown> = searchFilter(strapi, ctx.uid, query);
    if (isPostgres(strapi) && INDEXED_SEARCH_TYPES.includes(ctx.uid)) {
      const ids = await matchedIds(strapi, ctx.uid, filter);
      if (ids) filter = { id: { $in: ids } };
    }
    params.filters = params.filters ? { $and: [params.filters, filter] } : filter;
  }
  return next();
};
