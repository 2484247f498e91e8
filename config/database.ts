import path from 'path';

/**
 * Database from the environment.
 *
 * - Default: embedded SQLite (better-sqlite3) in `.tmp/data.db`, no set-up at all.
 * - PostgreSQL (through `pg`) when `DATABASE_CLIENT=postgres` or `DATABASE_URL` is set.
 */
const SQLITE_SYNCHRONOUS = ['off', 'normal', 'full', 'extra'];

export default ({ env }) => {
  const url = env('DATABASE_URL', '');
  const client = env('DATABASE_CLIENT', url ? 'postgres' : 'sqlite');

  if (client === 'postgres') {
    return {
      connection: {
        client: 'postgres',
        connection: url
          ? { connectionString: url, ssl: env.bool('DATABASE_SSL', false) && { rejectUnauthorized: env.bool('DATABASE_SSL_REJECT_UNAUTHORIZED', true) } }
          : {
              host: env('DATABASE_HOST', '127.0.0.1'),
              port: env.int('DATABASE_PORT', 5432),
              database: env('DATABASE_NAME', 'poshtiban'),
              user: env('DATABASE_USERNAME', 'postgres'),
              password: env('DATABASE_PASSWORD', ''),
              ssl: env.bool('DATABASE_SSL', false) && { rejectUnauthorized: env.bool('DATABASE_SSL_REJECT_UNAUTHORIZED', true) },
              schema: env('DATABASE_SCHEMA', 'public'),
            },
        pool: { min: env.int('DATABASE_POOL_MIN', 2), max: env.int('DATABASE_POOL_MAX', 10) },
      },
      acquireConnectionTimeout: env.int('DATABASE_CONNECTION_TIMEOUT', 60000),
    };
  }

  if (client !== 'sqlite') {
    throw new Error(`DATABASE_CLIENT must be "sqlite" or "postgres" (got "${client}")`);
  }

  // the embedded database keeps a write-ahead log: readers never wait for the writer, and a commit
  // is one append rather than a rewritten journal with three syncs — still whole after a killed
  // process. `normal` syncs at each checkpoint; the tests' throwaway databases use `off`.
  const synchronous = env('DATABASE_SQLITE_SYNCHRONOUS', 'normal').toLowerCase();
  if (!SQLITE_SYNCHRONOUS.includes(synchronous)) {
    throw new Error(`DATABASE_SQLITE_SYNCHRONOUS must be one of ${SQLITE_SYNCHRONOUS.join(', ')} (got "${synchronous}")`);
  }

  return {
    connection: {
      client: 'sqlite',
      connection: {
        // config runs from dist/config, so the project root is two levels up
        filename: path.resolve(__dirname, '..', '..', env('DATABASE_FILENAME', '.tmp/data.db')),
      },
      useNullAsDefault: true,
      pool: {
        afterCreate: (connection: { pragma: (statement: string) => unknown }, done: (error: Error | null, connection: unknown) => void) => {
          try {
            connection.pragma('journal_mode = WAL');
            connection.pragma(`synchronous = ${synchronous}`);
            done(null, connection);
          } catch (error) {
            done(error as Error, connection);
          }
        },
      },
    },
    acquireConnectionTimeout: env.int('DATABASE_CONNECTION_TIMEOUT', 60000),
  };
};
