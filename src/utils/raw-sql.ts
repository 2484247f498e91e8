/**
 * Helpers for the few places that write through knex directly — bulk fan-out and atomic queue
 * claims — where one SQL statement must do what the query engine would do row by row.
 */
import { randomBytes } from 'crypto';
import type { Core } from '@strapi/strapi';

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** A Strapi-style document id: 24 lower-case letters and digits. */
export const newDocumentId = (): string => {
  const bytes = randomBytes(24);
  let id = ALPHABET[bytes[0] % 26]; // starts with a letter, like cuid2
  for (let i = 1; i < 24; i++) id += ALPHABET[bytes[i] % ALPHABET.length];
  return id;
};

export const isPostgres = (strapi: Core.Strapi): boolean => strapi.db.dialect.client === 'postgres';

/** Rows from `knex.raw(...)`: PostgreSQL answers `{ rows }`, SQLite an array. */
export const rawRows = <T = Record<string, unknown>>(result: any): T[] => (Array.isArray(result) ? result : (result?.rows ?? []));

/** Runs `fn` with the knex transaction of the current Strapi transaction (or a new one). */
export const withTransaction = async <T>(strapi: Core.Strapi, fn: (trx: any) => Promise<T>): Promise<T> =>
  (await strapi.db.transaction(({ trx }) => fn(trx))) as T;

/** An instant read by a raw statement, as the query engine gives it: a Date (SQLite holds epoch milliseconds). */
export const instantOf = (value: unknown): Date | null =>
  value === null || value === undefined ? null : value instanceof Date ? value : new Date(value as string | number);

/** The SQL value of an instant for raw statements: SQLite columns hold epoch milliseconds. */
export const sqlInstant = (strapi: Core.Strapi, at: Date): Date | number => (isPostgres(strapi) ? at : at.getTime());
