/**
 * The spotplayer provider's request building and answer classification (plugins/video-licensing),
 * the local stand-in, the queue's backoff, and the course rules (src/domain/courses.ts). The
 * client's HTTP behaviour runs against a tiny local server here; the full API is faked in
 * tests/fakes/spotplayer.ts for the API tests.
 */
import spotplayer, { judgeAnswer, licenceBody, licenceOf, licenceUrl, listedLicences, spotPlayerOptions } from '../../plugins/video-licensing/server/src/providers/spotplayer';
import local, { localLicence } from '../../plugins/video-licensing/server/src/providers/local';
import { LicensingError } from '../../plugins/video-licensing/server/src/providers/types';
import { backoffMs } from '../../plugins/video-licensing/server/src/services/licences';
import { courseOrderNumber, isEpisodesLimit, licenceRequestFor, readCoursePrice, readSpotPlayerCourseIds } from '../../src/domain/courses';
import { startFakeServer, type FakeResponse } from '../fakes/http';

const ID = '5f0c6a1b2c3d4e5f6a7b8c9d';
const ID2 = '64a1b2c3d4e5f60718293a4b';
const LICENCE_ID = 'aaaaaaaaaaaaaaaaaaaaaaaa';
const logger = { info: () => undefined, warn: () => undefined };
const input = { courseIds: [ID, ID2], name: 'علی رضایی', payload: 'V-1405-000012', watermarkTexts: ['علی رضایی 09121112266'], limits: { [ID]: '1-3' } };

describe('the request', () => {
  test('the documented body: courses, name, payload, limits per course, the watermark, the test flag', () => {
    const options = spotPlayerOptions({ apiKey: 'k', test: true });
    expect(licenceBody(input, options)).toEqual({
      test: true,
      course: [ID, ID2],
      name: 'علی رضایی',
      payload: 'V-1405-000012',
      data: { confs: 0, limit: { [ID]: '1-3', [ID2]: '0-' } },
      watermark: { position: 511, reposition: 15, margin: 40, texts: [{ text: 'علی رضایی 09121112266' }] },
    });
  });

  test('no watermark without a text; a device limit only when configured; a real licence in production', () => {
    const body = licenceBody({ ...input, watermarkTexts: ['  '] }, spotPlayerOptions({ apiKey: 'k', test: false, device: { p0: 2, p6: 1 } }));
    expect(body).not.toHaveProperty('watermark');
    expect(body).toMatchObject({ test: false, device: { p0: 2, p6: 1 } });
  });

  test('options: the key is required (a permanent error), the rest has defaults', () => {
    expect(() => spotPlayerOptions({})).toThrow(LicensingError);
    try {
      spotPlayerOptions({ apiKey: ' ' });
    } catch (error: any) {
      expect(error.retryable).toBe(false);
    }
    expect(spotPlayerOptions({ apiKey: 'k', baseUrl: 'http://127.0.0.1:9/' })).toMatchObject({ baseUrl: 'http://127.0.0.1:9', level: -1, test: true, downloadBaseUrl: 'https://dl.spotplayer.ir' });
  });
});

describe('judging an answer', () => {
  test('`ex` is a failure whatever the status: permanent with 2xx/4xx, retryable with 5xx', () => {
    const refused = judgeAnswer('create', 200, JSON.stringify({ ex: { msg: 'invalid api key' } }));
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error).toMatchObject({ retryable: false, code: 'ex', message: expect.stringContaining('invalid api key') });
    const busy = judgeAnswer('create', 503, { ex: { msg: 'busy' } });
    expect(!busy.ok && busy.error.retryable).toBe(true);
  });

  test('non-2xx: 5xx, 408 and 429 retryable, other 4xx permanent; the body is read either way', () => {
    for (const [status, retryable] of [
      [500, true],
      [502, true],
      [408, true],
      [429, true],
      [400, false],
      [401, false],
      [404, false],
    ] as const) {
      const judged = judgeAnswer('create', status, '<html>proxy</html>');
      expect({ status, ok: judged.ok, retryable: !judged.ok && judged.error.retryable }).toEqual({ status, ok: false, retryable });
      if (!judged.ok) expect(judged.error.message).toContain('<html>proxy</html>');
    }
  });

  test('2xx bodies are parsed, JSON or not', () => {
    expect(judgeAnswer('create', 200, '{"_id":"x"}')).toEqual({ ok: true, body: { _id: 'x' } });
    expect(judgeAnswer('create', 200, 'OK')).toEqual({ ok: true, body: 'OK' });
  });

  test('a licence needs a 24-hex _id and a key; its url is the download site + its path', () => {
    const options = { test: true, downloadBaseUrl: 'https://dl.spotplayer.ir' };
    expect(licenceOf({ _id: LICENCE_ID, key: 'k3y', url: '/c/abc' }, options)).toEqual({ id: LICENCE_ID, key: 'k3y', url: 'https://dl.spotplayer.ir/c/abc', test: true });
    expect(licenceOf({ key: 'k3y' }, options)).toBeNull();
    expect(licenceOf({ _id: '1234', key: 'k3y' }, options)).toBeNull();
    expect(licenceOf({ _id: LICENCE_ID.replace('a', 'z'), key: 'k3y' }, options)).toBeNull();
    expect(licenceOf({ _id: LICENCE_ID, key: '' }, options)).toBeNull();
    expect(licenceOf('<html>', options)).toBeNull();
    expect(licenceUrl('https://dl.spotplayer.ir/x')).toBe('https://dl.spotplayer.ir/x');
    expect(licenceUrl('//evil.example/x')).toBe('https://dl.spotplayer.ir/');
    expect(licenceUrl('javascript:alert(1)')).toBe('https://dl.spotplayer.ir/');
    expect(licenceUrl(undefined)).toBe('https://dl.spotplayer.ir/');
  });

  test('the licence list, wherever the answer keeps it', () => {
    expect(listedLicences([{ _id: 1 }])).toEqual([{ _id: 1 }]);
    expect(listedLicences({ data: [{ _id: 2 }] })).toEqual([{ _id: 2 }]);
    expect(listedLicences({ licenses: [{ _id: 3 }] })).toEqual([{ _id: 3 }]);
    expect(listedLicences({ nothing: true })).toEqual([]);
    expect(listedLicences('text')).toEqual([]);
  });
});

describe('the client over HTTP', () => {
  let answer: (path: string, method: string) => FakeResponse;
  let server: Awaited<ReturnType<typeof startFakeServer>>;
  const seen: Array<{ method: string; path: string; headers: Record<string, unknown>; body: string }> = [];
  const client = (options: Record<string, unknown> = {}) => spotplayer.init({ apiKey: 'secret', baseUrl: server.url, timeoutMs: 300, ...options }, { logger });

  beforeAll(async () => {
    server = await startFakeServer(({ method, path, headers, rawBody, query }) => {
      seen.push({ method, path: `${path}${query.toString() ? `?${query}` : ''}`, headers: { ...headers }, body: rawBody });
      return answer(`${path}${query.toString() ? `?${query}` : ''}`, method);
    });
  });
  afterAll(async () => {
    await server.close();
  });
  beforeEach(() => {
    seen.length = 0;
  });

  test('POST /license/edit/ with $API and $LEVEL: -1, the JSON body; a good answer is the licence', async () => {
    answer = () => ({ status: 200, body: { _id: LICENCE_ID, key: 'the-key', url: '/c/1' } });
    await expect(client().createLicence(input)).resolves.toEqual({ id: LICENCE_ID, key: 'the-key', url: 'https://dl.spotplayer.ir/c/1', test: true });
    expect(seen[0]).toMatchObject({ method: 'POST', path: '/license/edit/', headers: { $api: 'secret', $level: '-1', 'content-type': 'application/json' } });
    expect(JSON.parse(seen[0].body)).toMatchObject({ course: [ID, ID2], payload: 'V-1405-000012' });
  });

  test('an answer without the key: the licence is read by its id', async () => {
    answer = (path) => (path === '/license/edit/' ? { status: 200, body: { _id: LICENCE_ID } } : { status: 200, body: { _id: LICENCE_ID, key: 'read-key', url: '/c/2' } });
    await expect(client().createLicence(input)).resolves.toMatchObject({ key: 'read-key' });
    expect(seen.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /license/edit/', `GET /license/edit/${LICENCE_ID}`]);
  });

  test('a 2xx page that is not a licence, a timeout and a refused connection are retryable', async () => {
    answer = () => ({ status: 200, body: '<html>maintenance</html>' });
    await expect(client().createLicence(input)).rejects.toMatchObject({ retryable: true, code: 'bad-answer' });
    answer = () => ({ status: 200, body: { _id: LICENCE_ID, key: 'late' }, delayMs: 2_000 });
    await expect(client().createLicence(input)).rejects.toMatchObject({ retryable: true, code: 'timeout' });
    await expect(spotplayer.init({ apiKey: 'k', baseUrl: 'http://127.0.0.1:9', timeoutMs: 300 }, { logger }).createLicence(input)).rejects.toMatchObject({ retryable: true, code: 'network' });
    answer = () => ({ status: 200, body: { ex: { msg: 'course not found' } } });
    await expect(client().createLicence(input)).rejects.toMatchObject({ retryable: false, code: 'ex' });
  });

  test('findLicenceByPayload pages through the list, reads the key by id; none → null', async () => {
    const pages: Record<string, unknown[]> = {
      '/license/?p=0': [{ _id: 'bbbbbbbbbbbbbbbbbbbbbbbb', payload: 'V-1405-000001' }],
      '/license/?p=1': [{ _id: LICENCE_ID, payload: 'V-1405-000012' }],
    };
    answer = (path) => (pages[path] ? { status: 200, body: pages[path] } : path.startsWith('/license/edit/') ? { status: 200, body: { _id: LICENCE_ID, key: 'found', url: '/c/3' } } : { status: 200, body: [] });
    await expect(client().findLicenceByPayload('V-1405-000012')).resolves.toMatchObject({ id: LICENCE_ID, key: 'found' });
    await expect(client().findLicenceByPayload('V-1405-999999')).resolves.toBeNull();
    expect(seen.filter((r) => r.path.startsWith('/license/?p=')).every((r) => r.headers.$api === 'secret')).toBe(true);
  });

  test('a licence found whose key cannot be read is an error, never "none" (that would create a second)', async () => {
    answer = (path) => (path === '/license/?p=0' ? { status: 200, body: [{ _id: LICENCE_ID, payload: 'V-1' }] } : { status: 200, body: { _id: LICENCE_ID } });
    await expect(client().findLicenceByPayload('V-1')).rejects.toMatchObject({ retryable: true });
    answer = () => ({ status: 503, body: 'down' });
    await expect(client().findLicenceByPayload('V-1')).rejects.toMatchObject({ retryable: true, code: '503' });
  });
});

describe('the local stand-in and the queue', () => {
  test('fake licences, marked test, the same for the same payload; found after being issued', async () => {
    const provider = local.init({}, { logger });
    expect(await provider.findLicenceByPayload('V-1')).toBeNull();
    const licence = await provider.createLicence({ ...input, payload: 'V-1' });
    expect(licence).toEqual(localLicence('V-1'));
    expect(licence).toMatchObject({ test: true, key: expect.stringMatching(/^TEST-/), id: expect.stringMatching(/^[0-9a-f]{24}$/) });
    expect(await provider.findLicenceByPayload('V-1')).toEqual(licence);
    expect(localLicence('V-2').key).not.toBe(licence.key);
  });

  test('backoff doubles from the base, capped, with ±20 % jitter', () => {
    expect(backoffMs(1, 30_000, 3_600_000, () => 0.5)).toBe(30_000);
    expect(backoffMs(3, 30_000, 3_600_000, () => 0.5)).toBe(120_000);
    expect(backoffMs(20, 30_000, 3_600_000, () => 0.5)).toBe(3_600_000);
    expect(backoffMs(1, 30_000, 3_600_000, () => 0)).toBe(24_000);
    expect(backoffMs(1, 30_000, 3_600_000, () => 1)).toBe(36_000);
  });
});

describe('the course rules (src/domain/courses.ts)', () => {
  test('SpotPlayer course ids: a list of 24-hex ids, pasted text accepted, lower case, each once', () => {
    expect(readSpotPlayerCourseIds([ID])).toEqual([ID]);
    expect(readSpotPlayerCourseIds(`${ID.toUpperCase()}, ${ID2}\n${ID}`)).toEqual([ID, ID2]);
    expect(readSpotPlayerCourseIds(JSON.stringify([ID2]))).toEqual([ID2]);
    expect(readSpotPlayerCourseIds(`${ID}،${ID2}`)).toEqual([ID, ID2]);
    for (const bad of [[], '', null, undefined, [ID, 'x'], ['g'.repeat(24)], 42, { id: ID }, '[not json']) expect(readSpotPlayerCourseIds(bad)).toBeNull();
  });

  test('the episodes limit is SpotPlayer’s form', () => {
    for (const good of ['0-', '1,4-6,10-', '3', ' 1-2 ']) expect(isEpisodesLimit(good)).toBe(true);
    for (const bad of ['', 'all', '1--2', '-3', '1,,2', 'همه', null]) expect(isEpisodesLimit(bad)).toBe(false);
  });

  test('a price is whole rials above zero', () => {
    expect(readCoursePrice('45000000')).toBe('45000000');
    expect(readCoursePrice(1000)).toBe('1000');
    for (const bad of ['0', 0, -5, '1.5', 'abc', '', null, 1.5]) expect(readCoursePrice(bad)).toBeNull();
  });

  test('an order number and the licence an order asks for', () => {
    expect(courseOrderNumber(1405, 12)).toBe('V-1405-000012');
    expect(licenceRequestFor({ number: 'V-1405-000012' }, { spotPlayerCourseIds: [ID, ID2], episodesLimit: '1-3' }, { fullName: ' علی رضایی ', mobile: '09121112266' })).toEqual({
      courseIds: [ID, ID2],
      name: 'علی رضایی',
      payload: 'V-1405-000012',
      watermarkTexts: ['علی رضایی 09121112266'],
      limits: { [ID]: '1-3', [ID2]: '1-3' },
    });
    expect(licenceRequestFor({ number: 'V-1' }, { spotPlayerCourseIds: [ID], episodesLimit: null }, { fullName: 'مریم', mobile: null }).limits).toEqual({ [ID]: '0-' });
  });
});
