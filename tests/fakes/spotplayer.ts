/**
 * A fake SpotPlayer licence API (shared/notes/integrations.md §4), a real HTTP server the real
 * spotplayer provider talks to. It checks what the notes say a request must be:
 *   - POST /license/edit/ (the trailing slash), headers `$API` = the key and `$LEVEL` = -1 —
 *     otherwise `{ ex: { msg } }` with HTTP 200, as SpotPlayer may answer;
 *   - `course` a non-empty array of 24-hex ids the fake knows, `name` non-empty,
 *     `watermark.texts[0].text` non-empty when a watermark is sent, `device.p0` 1–99 if present,
 *     `test` a boolean, `data.limit` keyed by the licence's own courses;
 * and answers `{ _id, key, url }` with a fresh 24-hex id. Every licence is kept with the body that
 * made it, so tests assert the name, payload (our order number), courses and watermark, and count
 * licences per payload ("one licence per paid order" under retries).
 *
 * Modes: 'ok'; 'ex' (HTTP 200 with `ex`); 'server-error' (503 for everything — SpotPlayer down);
 * 'lost-after-create' (the licence is created, the answer comes only after `lostDelayMs` — the
 * client times out: a lost answer); 'hang-after-create' (the same, answer held for a minute: a
 * worker killed while it waits). Reads: GET /license/edit/:id, GET /license/?p=N (newest first,
 * `pageSize` a page, without the key — the client reads it by id), GET /course/?p=0; edits:
 * POST /license/edit/:id.
 */
import { randomBytes } from 'crypto';
import { startFakeServer, type FakeRequest } from './http';

export type SpotPlayerMode = 'ok' | 'ex' | 'server-error' | 'lost-after-create' | 'hang-after-create';
export type FakeLicence = { _id: string; key: string; url: string; body: any; createdAt: number };

const HEX24 = /^[0-9a-f]{24}$/i;
const hex = (bytes: number) => randomBytes(bytes).toString('hex');

export const startFakeSpotPlayer = async ({
  apiKey = 'test-spotplayer-key',
  courses = ['5f0c6a1b2c3d4e5f6a7b8c9d', '64a1b2c3d4e5f60718293a4b', '65b2c3d4e5f60718293a4b5c'],
  pageSize = 10,
  lostDelayMs = 3_000,
}: { apiKey?: string; courses?: string[]; pageSize?: number; lostDelayMs?: number } = {}) => {
  const licences = new Map<string, FakeLicence>();
  const requests: Array<{ method: string; path: string; headers: Record<string, unknown>; body: any }> = [];
  const refusals: string[] = [];
  let mode: SpotPlayerMode = 'ok';
  let exMessage = 'The license could not be created';

  const ex = (msg: string) => {
    refusals.push(msg);
    return { status: 200, body: { ex: { msg } } };
  };
  const newest = () => [...licences.values()].sort((a, b) => b.createdAt - a.createdAt);

  /** What is wrong with a create's body, or null. */
  const problemWith = (body: any): string | null => {
    if (!body || typeof body !== 'object') return 'body is not JSON';
    if (!Array.isArray(body.course) || body.course.length === 0) return 'course must be a non-empty array';
    for (const id of body.course) {
      if (typeof id !== 'string' || !HEX24.test(id)) return `course id ${id} is not a 24-hex id`;
      if (!courses.includes(id)) return `course ${id} not found`;
    }
    if (typeof body.name !== 'string' || !body.name.trim()) return 'name is required';
    if (body.test !== undefined && typeof body.test !== 'boolean') return 'test must be a boolean';
    if (body.payload !== undefined && typeof body.payload !== 'string') return 'payload must be text';
    if (body.watermark !== undefined) {
      const first = body.watermark?.texts?.[0]?.text;
      if (typeof first !== 'string' || !first.trim()) return 'watermark.texts[0].text is required';
    }
    if (body.device !== undefined) {
      const p0 = body.device?.p0;
      if (!Number.isInteger(p0) || p0 < 1 || p0 > 99) return 'device.p0 must be 1–99';
    }
    if (body.data?.limit !== undefined) {
      for (const id of Object.keys(body.data.limit)) if (!body.course.includes(id)) return `data.limit names ${id}, not a course of this licence`;
    }
    return null;
  };

  const handle = ({ method, path, query, headers, rawBody }: FakeRequest) => {
    let body: any = null;
    try {
      body = rawBody ? JSON.parse(rawBody) : null;
    } catch {
      body = rawBody;
    }
    requests.push({ method, path, headers: { ...headers }, body });
    if (mode === 'server-error') return { status: 503, body: '<html><body>503 Service Temporarily Unavailable</body></html>' };
    if (headers['$api'] !== apiKey) return ex('Invalid API key');
    if (headers['$level'] !== '-1') return ex('Invalid level');

    if (method === 'POST' && path === '/license/edit/') {
      if (mode === 'ex') return ex(exMessage);
      const problem = problemWith(body);
      if (problem) return ex(problem);
      const licence: FakeLicence = { _id: hex(12), key: hex(16), url: `/c/${hex(6)}`, body, createdAt: Date.now() + licences.size / 1000 };
      licences.set(licence._id, licence);
      const answer = { _id: licence._id, key: licence.key, url: licence.url };
      if (mode === 'lost-after-create') return { status: 200, body: answer, delayMs: lostDelayMs };
      if (mode === 'hang-after-create') return { status: 200, body: answer, delayMs: 60_000 };
      return { status: 200, body: answer };
    }
    const one = /^\/license\/edit\/([0-9a-f]{24})$/i.exec(path);
    if (one) {
      const licence = licences.get(one[1]);
      if (!licence) return ex('License not found');
      if (method === 'POST') Object.assign(licence.body, body ?? {});
      return { status: 200, body: { _id: licence._id, key: licence.key, url: licence.url, name: licence.body.name, payload: licence.body.payload, course: licence.body.course, test: licence.body.test } };
    }
    if (method === 'GET' && path === '/license/') {
      const page = Number(query.get('p') ?? 0);
      const items = newest().slice(page * pageSize, (page + 1) * pageSize);
      return { status: 200, body: items.map((l) => ({ _id: l._id, name: l.body.name, payload: l.body.payload, course: l.body.course, test: l.body.test })) };
    }
    if (method === 'GET' && path === '/course/') {
      return { status: 200, body: courses.map((_id, i) => ({ _id, name: `Course ${i + 1}` })) };
    }
    return { status: 404, body: { ex: { msg: 'Not found' } } };
  };

  const server = await startFakeServer(handle);

  return {
    url: server.url,
    apiKey,
    courses,
    licences,
    requests,
    refusals,
    /** the licences made with this payload (our order number) */
    byPayload: (payload: string) => [...licences.values()].filter((l) => l.body?.payload === payload),
    /** the create requests that reached the fake (accepted or not) */
    creates: () => requests.filter((r) => r.method === 'POST' && r.path === '/license/edit/'),
    setMode(next: SpotPlayerMode, message?: string) {
      mode = next;
      if (message) exMessage = message;
    },
    close: server.close,
    /** connection refused until `up()` (tests/fakes/http.ts) */
    down: server.down,
    up: server.up,
  };
};
