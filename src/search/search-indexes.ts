/**
 * Indexes for the staff's search on the large tables (PostgreSQL). The Content Manager's search
 * box becomes, for every text column of the type and every spelling of the query
 * (persian-search.ts), Strapi's `LOWER(CAST(column AS VARCHAR)) LIKE LOWER('%…%')`: a substring
 * match no B-tree serves, so each search read all 200,000 subscribers twice (the page and its
 * count) — 2–3 s a search, 20 s with 50 staff searching.
 *
 * A trigram index (PostgreSQL's pg_trgm) on exactly that expression serves a LIKE with the
 * pattern anywhere in the value; with one on every column the search touches, PostgreSQL ORs
 * their bitmaps and reads only the matching rows (persian-search.ts asks for the matching ids on
 * their own, so the list's ORDER BY … LIMIT cannot lead the planner to a scan). Created at start, once, under an advisory
 * lock (several instances starting together build each index once); a database where the app
 * may not create the extension keeps working and searching by scanning, and says so in the log.
 * SQLite has no such index: the embedded database is for small installations.
 */
import type { Core } from '@strapi/strapi';
import { isPostgres } from '../utils/raw-sql';
import { INDEXED_SEARCH_TYPES, searchedTextAttributes } from './persian-search';

/** an arbitrary constant: the advisory lock the index builds take */
const INDEX_BUILD_LOCK = 71_640_016;

/** One index per searched text column: name and definition. */
export const searchIndexes = (strapi: Core.Strapi, uid: string) => {
  const table = strapi.db.metadata.get(uid).tableName as string;
  return searchedTextAttributes(strapi, uid).map(({ columnName }) => ({
    name: `${table}_${columnName}_trgm`.slice(0, 63),
    table,
    column: columnName,
  }));
};

export const ensureSearchIndexes = async (strapi: Core.Strapi, types: readonly string[] = INDEXED_SEARCH_TYPES) => {
  if (!isPostgres(strapi)) return { created: [] as string[], available: false };
  const knex = strapi.db.connection;
  const installed = await knex.raw("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'");
  if (!installed.rows.length) {
    try {
      await knex.raw('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    } catch (error) {
      strapi.log.warn(
        `[search] PostgreSQL's pg_trgm extension could not be created (${(error as Error).message}): the staff's search reads whole tables. ` +
          'Create it once as a superuser: CREATE EXTENSION pg_trgm;'
      );
      return { created: [] as string[], available: false };
    }
  }
  const wanted = types.flatMap((uid) => searchIndexes(strapi, uid));
  const existing = new Set(
    (await knex.raw('SELECT indexname FROM pg_indexes WHERE schemaname = current_schema() AND indexname = ANY(?)', [wanted.map((i) => i.name)])).rows.map(
      (r: { indexname: string }) => r.indexname
    )
  );
  const missing = wanted.filter((i) => !existing.has(i.name));
  if (!missing.length) return { created: [] as string[], available: true };
  const created: string[] = [];
  await knex.transaction(async (trx: any) => {
    await trx.raw('SELECT pg_advisory_xact_lock(?)', [INDEX_BUILD_LOCK]);
    for (const index of missing) {
      const started = Date.now();
      const result = await trx.raw(`SELECT 1 FROM pg_indexes WHERE schemaname = current_schema() AND indexname = ?`, [index.name]);
      if (result.rows.length) continue;
      await trx.raw(`CREATE INDEX IF NOT EXISTS ?? ON ?? USING gin (LOWER(CAST(?? AS VARCHAR)) gin_trgm_ops)`, [index.name, index.table, index.column]);
      created.push(index.name);
      const seconds = (Date.now() - started) / 1000;
      if (seconds > 1) strapi.log.info(`[search] built ${index.name} in ${seconds.toFixed(1)} s`);
    }
  });
  return { created, available: true };
};
