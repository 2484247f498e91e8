/** Which errors mean "the database is out of reach" (503, try again) rather than a fault (500). */
import { isDatabaseUnavailable } from '../../src/utils/database-unavailable';

const withCode = (code: string, message = 'x') => Object.assign(new Error(message), { code });

describe('isDatabaseUnavailable', () => {
  test.each([
    ['a PostgreSQL shutdown (57P01 admin_shutdown)', withCode('57P01', 'terminating connection due to administrator command')],
    ['a server still starting (57P03)', withCode('57P03', 'the database system is starting up')],
    ['a connection failure (08006)', withCode('08006')],
    ['a refused connection', withCode('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432')],
    ['a reset connection', withCode('ECONNRESET')],
    ['pg: the socket closed', new Error('Connection terminated unexpectedly')],
    ['pg: the connection ended', new Error('Connection ended unexpectedly')],
    ['knex: the pool had no connection to give', Object.assign(new Error('Knex: Timeout acquiring a connection. The pool is probably full.'), { name: 'KnexTimeoutError' })],
    ['a message without a code while PostgreSQL shuts down', new Error('the database system is shutting down')],
    ['a database closed to new connections (ALLOW_CONNECTIONS false)', withCode('55000', 'database "portal" is not currently accepting connections')],
    ['SQLite busy past its timeout', withCode('SQLITE_BUSY', 'database is locked')],
    ['the cause of a wrapping error', Object.assign(new Error('query failed'), { cause: withCode('57P01') })],
  ])('%s', (_what, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  test.each([
    ['a unique violation (23505) is the data, not the server', withCode('23505', 'duplicate key value violates unique constraint')],
    ['a syntax error (42601) is our fault', withCode('42601', 'syntax error at or near')],
    ['a not-null violation (23502)', withCode('23502')],
    ['SQLite constraint', withCode('SQLITE_CONSTRAINT_UNIQUE')],
    ['a TypeError in the code', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['not an error at all', 'boom'],
    ['nothing', undefined],
  ])('%s → a fault, not an outage', (_what, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});
