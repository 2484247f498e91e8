/**
 * Loaded into a benchmarked server with `--require` (bench/run.js puts it in NODE_OPTIONS; the app
 * itself knows nothing of it): counts every statement sent to PostgreSQL through node-postgres —
 * knex's, the warranty lookup's own pool, transactions' BEGIN/COMMIT included — and answers the
 * running total as JSON on 127.0.0.1:BENCH_COUNTER_PORT. Statements per request = the difference
 * over a run ÷ the requests wrk made.
 */
const http = require('http');
const path = require('path');

const port = Number(process.env.BENCH_COUNTER_PORT);
// NODE_OPTIONS reaches worker threads too (the bcrypt pool): only the main thread counts and listens
if (port && require('worker_threads').isMainThread) {
  const appDir = path.resolve(__dirname, '..');
  const pg = require(require.resolve('pg', { paths: [appDir] }));
  let statements = 0;
  const query = pg.Client.prototype.query;
  pg.Client.prototype.query = function countedQuery(...args) {
    statements += 1;
    return query.apply(this, args);
  };
  const server = http.createServer((req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ statements, pid: process.pid }));
  });
  server.unref();
  server.listen(port, '127.0.0.1');
}
