/**
 * The public warranty check. One indexed SQL statement per serial not in the cache (the device,
 * its model and type in one join), a small in-process LRU cache with a short life for hot serials,
 * and a presentation that never carries anything about the owner.
 */
import { timingSafeEqual } from 'crypto';
import type { Core } from '@strapi/strapi';
import { isPostgres, rawRows } from 'poshtiban/utils/raw-sql';
import { computeWarrantyStatus, WARRANTY_STATUS_LABELS } from 'poshtiban/domain/service-status';
import { presentDate, tehranDate } from 'poshtiban/domain/jalali';
import { canonicalSerial } from 'poshtiban/domain/serial';

export type WarrantyRecord = {
  serial: string;
  warrantyEnd: string | null;
  hologramCode: string | null;
  brand: string | null;
  model: string | null;
  typeName: string | null;
  typeNameEn: string | null;
};

const LOOKUP_SQL_TEXT = `SELECT d.serial AS serial, d.warranty_end AS warranty_end, d.hologram_code AS hologram_code,
       m.brand AS brand, m.model AS model, t.name AS type_name, t.name_en AS type_name_en
  FROM devices d
  LEFT JOIN devices_model_lnk dm ON dm.device_id = d.id
  LEFT JOIN device_models m ON m.id = dm.device_model_id
  LEFT JOIN device_models_device_type_lnk mt ON mt.device_model_id = m.id
  LEFT JOIN device_types t ON t.id = mt.device_type_id
 WHERE d.serial = $1
 LIMIT 1`;
/** the same statement with knex's placeholder */
const LOOKUP_SQL = LOOKUP_SQL_TEXT.replace('$1', '?');

/** `date` columns: SQLite gives the stored string, PostgreSQL a Date at local midnight. */
const isoDateOf = (value: unknown): string | null => {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) {
    const y = value.getFullYear();
    return `${y}-${String(value.getMonth() + 1).padStart(2, '0')}-${String(value.getDate()).padStart(2, '0')}`;
  }
  return String(value).slice(0, 10);
};

const sameCode = (a: string, b: string) => {
  const x = Buffer.from(canonicalSerial(a));
  const y = Buffer.from(canonicalSerial(b));
  return x.length === y.length && timingSafeEqual(x, y);
};

/**
 * On PostgreSQL the lookup runs as a named prepared statement on a small pool of its own (planned
 * once per connection, not per request; no query builder in between) — this is the hot path of
 * public traffic. On SQLite it goes through the app's connection.
 */
const createPostgresLookup = (strapi: Core.Strapi, poolSize: number) => {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { Pool } = require('pg');
  const connection = strapi.config.get('database.connection.connection') as Record<string, unknown>;
  const pool = new Pool({ ...connection, max: poolSize });
  return {
    query: async (serial: string) => (await pool.query({ name: 'poshtiban_warranty_lookup', text: LOOKUP_SQL_TEXT, values: [serial] })).rows[0],
    close: () => pool.end(),
  };
};

export default ({ strapi }: { strapi: Core.Strapi }) => {
  let postgres: ReturnType<typeof createPostgresLookup> | null = null;
  /** what an operator watches: database reads against cache hits */
  const stats = { databaseReads: 0, cacheHits: 0 };
  const queryOne = async (serial: string) => {
    stats.databaseReads += 1;
    if (isPostgres(strapi)) {
      postgres ??= createPostgresLookup(strapi, (strapi.config.get('plugin::warranty-lookup') as any).poolSize ?? 10);
      return postgres.query(serial);
    }
    return rawRows<any>(await strapi.db.connection.raw(LOOKUP_SQL, [serial]))[0];
  };

  const config = () => strapi.config.get('plugin::warranty-lookup') as { cache: { ttlMs: number; maxEntries: number }; reportContact: { fa: string; en: string } };
  /** per serial: the record, when it was read, and the JSON answer without a hologram check (for the day it was made) */
  const cache = new Map<string, { record: WarrantyRecord | null; at: number; json?: string; day?: string }>();

  const fromCache = (serial: string): { hit: boolean; record: WarrantyRecord | null } => {
    const entry = cache.get(serial);
    if (!entry) return { hit: false, record: null };
    if (Date.now() - entry.at > config().cache.ttlMs) {
      cache.delete(serial);
      return { hit: false, record: null };
    }
    // most recently used last
    cache.delete(serial);
    cache.set(serial, entry);
    return { hit: true, record: entry.record };
  };

  /**
   * Admission: a serial is cached on its second lookup within a while, not its first. Hot serials
   * (a shared link, a shop checking a batch) get cached at once; a crawl of random serials does not
   * churn the cache — and the garbage collector — with entries nobody asks for again.
   */
  const seenOnce = new Set<string>();
  const remember = (serial: string, record: WarrantyRecord | null) => {
    if (!seenOnce.delete(serial)) {
      if (seenOnce.size >= 20_000) seenOnce.clear();
      seenOnce.add(serial);
      return;
    }
    cache.set(serial, { record, at: Date.now() });
    const { maxEntries } = config().cache;
    while (cache.size > maxEntries) cache.delete(cache.keys().next().value as string);
  };

  const service = {
    /** The warranty record of a canonical serial, or null when it is not registered. */
    async find(serial: string): Promise<WarrantyRecord | null> {
      const cached = fromCache(serial);
      if (cached.hit) {
        stats.cacheHits += 1;
        return cached.record;
      }
      const row = await queryOne(serial);
      const record: WarrantyRecord | null = row
        ? {
            serial: row.serial,
            warrantyEnd: isoDateOf(row.warranty_end),
            hologramCode: row.hologram_code ?? null,
            brand: row.brand ?? null,
            model: row.model ?? null,
            typeName: row.type_name ?? null,
            typeNameEn: row.type_name_en ?? null,
          }
        : null;
      remember(serial, record);
      return record;
    },

    /**
     * The whole answer as JSON text. The common case — no hologram code — is made once per serial
     * and day and then served from the cache as is.
     */
    async answer(serial: string, hologram?: string): Promise<string> {
      const record = await service.find(serial);
      if (hologram) return JSON.stringify({ data: service.present(serial, record, hologram) });
      const entry = cache.get(serial);
      const today = tehranDate();
      if (entry && entry.json && entry.day === today) return entry.json;
      const json = JSON.stringify({ data: service.present(serial, record) });
      if (entry) {
        entry.json = json;
        entry.day = today;
      }
      return json;
    },

    /** A device changed: forget its cached answer (other instances: within the cache's life). */
    invalidate(serial: string) {
      cache.delete(serial);
    },

    clearCache() {
      cache.clear();
      seenOnce.clear();
    },

    /** Database reads and cache hits since start (one read is one SQL statement). */
    stats() {
      return { ...stats, cachedSerials: cache.size };
    },

    async close() {
      await postgres?.close();
      postgres = null;
    },

    /** The public answer. Nothing about the owner, ever; the hologram code itself never leaves. */
    present(serial: string, record: WarrantyRecord | null, hologram?: string) {
      if (!record) {
        return {
          serial,
          registered: false,
          genuine: false,
          message: {
            fa: 'این شماره سریال در سامانه ثبت نشده است. ممکن است گارانتی آن اصل نباشد.',
            en: 'This serial number is not registered. The warranty may not be genuine.',
          },
          report: config().reportContact,
        };
      }
      const today = tehranDate();
      const status = computeWarrantyStatus({ warrantyEnd: record.warrantyEnd }, today);
      return {
        serial: record.serial,
        registered: true,
        genuine: true,
        brand: record.brand,
        model: record.model,
        deviceType: record.typeName ? { name: record.typeName, nameEn: record.typeNameEn } : null,
        warranty: {
          status,
          label: WARRANTY_STATUS_LABELS[status],
          validUntil: status === 'valid' ? presentDate(record.warrantyEnd) : null,
          expiredSince: status === 'expired' ? presentDate(record.warrantyEnd) : null,
        },
        hologram:
          hologram === undefined || hologram === ''
            ? 'not-checked'
            : !record.hologramCode
              ? 'not-available'
              : sameCode(hologram, record.hologramCode)
                ? 'verified'
                : 'mismatch',
      };
    },
  };
  return service;
};
