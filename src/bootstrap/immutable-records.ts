/**
 * The database itself refuses to change a confirmed installation form: BEFORE UPDATE / DELETE
 * triggers on installation_confirmations, on PostgreSQL and on SQLite. Created (idempotently) at
 * every start, after Strapi's schema sync.
 */
import type { Core } from '@strapi/strapi';
import { isPostgres } from '../utils/raw-sql';

const MESSAGE = 'installation confirmations are immutable';

export const ensureImmutableRecords = async (strapi: Core.Strapi) => {
  const knex = strapi.db.connection;
  if (isPostgres(strapi)) {
    await knex.raw(`CREATE OR REPLACE FUNCTION poshtiban_refuse_change() RETURNS trigger AS $$
      BEGIN RAISE EXCEPTION '${MESSAGE}' USING ERRCODE = 'raise_exception'; END; $$ LANGUAGE plpgsql`);
    await knex.raw('DROP TRIGGER IF EXISTS installation_confirmations_immutable ON installation_confirmations');
    await knex.raw(`CREATE TRIGGER installation_confirmations_immutable BEFORE UPDATE OR DELETE ON installation_confirmations
      FOR EACH ROW EXECUTE FUNCTION poshtiban_refuse_change()`);
    return;
  }
  await knex.raw(`CREATE TRIGGER IF NOT EXISTS installation_confirmations_no_update BEFORE UPDATE ON installation_confirmations
    BEGIN SELECT RAISE(ABORT, '${MESSAGE}'); END`);
  await knex.raw(`CREATE TRIGGER IF NOT EXISTS installation_confirmations_no_delete BEFORE DELETE ON installation_confirmations
    BEGIN SELECT RAISE(ABORT, '${MESSAGE}'); END`);
};
