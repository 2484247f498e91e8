/**
 * A tiny HTTP server on an ephemeral port for provider fakes. `down()` closes its port (new
 * connections are refused, open ones cut — a provider that is down); `up()` listens again on the
 * same port, so the client's configured URL works again.
 */
import http from 'http';
import type { AddressInfo } from 'net';

export type FakeRequest = { method: string; path: string; query: URLSearchParams; headers: http.IncomingHttpHeaders; rawBody: string };
export type FakeResponse = { status: number; body: unknown; delayMs?: number };

export const startFakeServer = async (handler: (req: FakeRequest) => FakeResponse | Promise<FakeResponse>) => {
  const sockets = new Set<import('net').Socket>();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', async () => {
      const url = new URL(req.url ?? '/', 'http://fake');
      const answer = await handler({ method: req.method ?? 'GET', path: url.pathname, query: url.searchParams, headers: req.headers, rawBody: Buffer.concat(chunks).toString('utf8') });
      const send = () => {
        if (res.destroyed) return;
        res.writeHead(answer.status, { 'Content-Type': 'application/json' });
        res.end(typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body));
      };
      if (answer.delayMs) setTimeout(send, answer.delayMs).unref();
      else send();
    });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  let listening = true;

  const stop = async () => {
    await new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      if (!listening) return resolve();
      listening = false;
      server.close(() => resolve());
    });
    // let clients see their kept-alive connections closed: the next request connects afresh (and is refused)
    await new Promise((resolve) => setTimeout(resolve, 50));
  };

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    close: stop,
    /** the provider is down: its port refuses connections (ECONNREFUSED) until `up()` */
    down: stop,
    /** back up on the same port */
    up: () =>
      new Promise<void>((resolve, reject) => {
        if (listening) return resolve();
        server.once('error', reject);
        server.listen(port, '127.0.0.1', () => {
          server.off('error', reject);
          listening = true;
          resolve();
        });
      }),
  };
};
