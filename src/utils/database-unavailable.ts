/**
 * Is this error the database being out of reach — restarting, refusing connections, the pool
 * unable to hand out a connection — rather than a fault in our code? Those requests are answered
 * 503 with Retry-After (src/middlewares/database-unavailable.ts): the client may try again in a
 * few seconds, and the app reconnects by itself (pg's pool opens new connections on demand).
 */

/** PostgreSQL SQLSTATE classes 08 (connection exception) and 57P0x (operator intervention: shutdown, restart). */
const POSTGRES_CODES = /^(08\d{3}|57P0[1-4])$/;
/** Node's socket errors on the way to the database server. */
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);
/** SQLite: another connection holds the write lock longer than the busy timeout. */
const SQLITE_CODES = new Set(['SQLITE_BUSY', 'SQLITE_LOCKED']);
const MESSAGES = [/is not currently accepting connections/i, /connection terminated/i, /connection ended unexpectedly/i, /timeout acquiring a connection/i, /the database system is (starting up|shutting down|in recovery mode)/i];

export const isDatabaseUnavailable = (error: unknown): boolean => {
  for (let e: any = error, depth = 0; e && typeof e === 'object' && depth < 4; e = e.cause ?? e.original ?? e.nativeError, depth += 1) {
    const code = typeof e.code === 'string' ? e.code : '';
    if (POSTGRES_CODES.test(code) || SOCKET_CODES.has(code) || SQLITE_CODES.has(code)) return true;
    if (e.name === 'KnexTimeoutError') return true;
    const message = typeof e.message === 'string' ? e.message : '';
    if (MESSAGES.some((pattern) => pattern.test(message))) return true;
  }
  return false;
};

/** Seconds a client is told to wait (Retry-After) when the database is out of reach. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;
