/**
 * SpotPlayer (https://panel.spotplayer.ir), called with axios from the server only.
 *
 *   create  POST {baseUrl}/license/edit/      (the trailing slash is part of the path)
 *   read    GET  {baseUrl}/license/edit/{_id}
 *   list    GET  {baseUrl}/license/?p={page}  (to find a licence by its payload after a lost answer)
 * Headers `$API: <key>`, `$LEVEL: -1`. Body of a create (shared/notes/integrations.md §4):
 *   { test, course: [<24-hex id>…], name, payload: <our order number>,
 *     data: { confs: 0, limit: { <course id>: "0-" } },
 *     watermark: { position, reposition, margin, texts: [{ text }] }, device? }
 * Success is `{ _id: <24-hex>, key, url: "/<path>" }`; the buyer opens https://dl.spotplayer.ir + url.
 *
 * Every answer's body is read whatever the status. Failure: a body with `ex` (`{ ex: { msg } }`,
 * possibly with HTTP 200), any non-2xx, a missing or ill-formed `_id` or `key`. Retryable: no
 * answer (network, timeout), 5xx, 408, 429, and a 2xx we cannot read (a proxy's page — SpotPlayer
 * may have created the licence, so the next attempt looks it up by payload first). Permanent: `ex`
 * and other 4xx (wrong key, unknown course) — staff fix the cause and retry.
 *
 * SpotPlayer has no idempotency key: a create always makes a new licence (and may cost money).
 * The queue (services/licences.ts) calls `findLicenceByPayload` before creating again whenever an
 * earlier attempt may have reached SpotPlayer.
 */
import axios from 'axios';
import { LicensingError, type Licence, type LicenceInput, type LicensingProviderModule } from './types';

export const SPOTPLAYER_ID = /^[0-9a-f]{24}$/i;
export const DEFAULT_BASE_URL = 'https://panel.spotplayer.ir';
export const DEFAULT_DOWNLOAD_BASE_URL = 'https://dl.spotplayer.ir';

export type SpotPlayerOptions = {
  apiKey: string;
  baseUrl: string;
  /** the `$LEVEL` header: -1 (the whole account) */
  level: number;
  /** true → SpotPlayer issues test licences (everywhere but production) */
  test: boolean;
  timeoutMs: number;
  /** where a licence's `url` path is opened */
  downloadBaseUrl: string;
  /** how a watermark moves (SpotPlayer's defaults when the account sets none) */
  watermark: { position: number; reposition: number; margin: number };
  /** SpotPlayer's `device` limits ({ p0: total, p1…p6: per platform }); the course package's when absent */
  device?: Record<string, number> | null;
  /** pages of the licence list searched for a payload */
  lookupPages: number;
};

/** The options with their defaults; a missing key is refused here (at the first use). */
export const spotPlayerOptions = (options: Record<string, any>): SpotPlayerOptions => {
  const apiKey = String(options.apiKey ?? '').trim();
  if (!apiKey) throw new LicensingError('video-licensing: the spotplayer provider needs providerOptions.apiKey (SPOTPLAYER_API_KEY)', { retryable: false, code: 'config' });
  const level = Number(options.level ?? -1);
  return {
    apiKey,
    baseUrl: String(options.baseUrl || DEFAULT_BASE_URL).replace(/\/+$/, ''),
    level: Number.isInteger(level) ? level : -1,
    test: options.test !== false,
    timeoutMs: Number(options.timeoutMs ?? 15_000),
    downloadBaseUrl: String(options.downloadBaseUrl || DEFAULT_DOWNLOAD_BASE_URL).replace(/\/+$/, ''),
    watermark: { position: 511, reposition: 15, margin: 40, ...(options.watermark ?? {}) },
    device: options.device ?? null,
    lookupPages: Number(options.lookupPages ?? 20),
  };
};

/** The JSON body of a create, from the app's request. */
export const licenceBody = (input: LicenceInput, options: Pick<SpotPlayerOptions, 'test' | 'watermark' | 'device'>) => {
  const texts = input.watermarkTexts.map((t) => String(t).trim()).filter(Boolean);
  return {
    test: options.test,
    course: [...input.courseIds],
    name: input.name,
    payload: input.payload,
    data: { confs: 0, limit: Object.fromEntries(input.courseIds.map((id) => [id, input.limits?.[id] || '0-'])) },
    ...(texts.length ? { watermark: { ...options.watermark, texts: texts.map((text) => ({ text })) } } : {}),
    ...(options.device ? { device: options.device } : {}),
  };
};

/** A body as sent: JSON when it is JSON, else the text itself. */
export const parseBody = (raw: unknown): unknown => {
  if (typeof raw !== 'string') return raw;
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
};

const retryableStatus = (status: number) => status >= 500 || status === 408 || status === 429;
const snippet = (body: unknown) => (typeof body === 'string' ? body : JSON.stringify(body ?? null)).slice(0, 200);

export type Judged = { ok: true; body: any } | { ok: false; error: LicensingError };

/** One answer, judged: its body read whatever the status; `ex` and non-2xx are failures. */
export const judgeAnswer = (what: string, status: number, raw: unknown): Judged => {
  const body = parseBody(raw);
  const ex = body && typeof body === 'object' ? (body as any).ex : undefined;
  if (ex !== undefined && ex !== null) {
    const message = typeof ex === 'object' && typeof ex.msg === 'string' ? ex.msg : snippet(ex);
    return { ok: false, error: new LicensingError(`spotplayer ${what} ${status}: ${message}`, { retryable: retryableStatus(status), code: 'ex', outage: retryableStatus(status) }) };
  }
  if (status < 200 || status > 299) {
    return { ok: false, error: new LicensingError(`spotplayer ${what} HTTP ${status}: ${snippet(body)}`, { retryable: retryableStatus(status), code: status, outage: retryableStatus(status) }) };
  }
  return { ok: true, body };
};

/** Where the buyer opens a licence: the download site + the licence's path. */
export const licenceUrl = (url: unknown, downloadBaseUrl = DEFAULT_DOWNLOAD_BASE_URL) => {
  if (typeof url === 'string' && url.startsWith('/') && !url.startsWith('//')) return `${downloadBaseUrl}${url}`;
  if (typeof url === 'string' && /^https:\/\//.test(url)) return url;
  return `${downloadBaseUrl}/`;
};

/** A licence from an answer's body, or null when `_id` or `key` is missing or ill-formed. */
export const licenceOf = (body: any, options: Pick<SpotPlayerOptions, 'test' | 'downloadBaseUrl'>): Licence | null => {
  if (!body || typeof body !== 'object' || typeof body._id !== 'string' || !SPOTPLAYER_ID.test(body._id)) return null;
  if (typeof body.key !== 'string' || !body.key.trim()) return null;
  return { id: body._id, key: body.key.trim(), url: licenceUrl(body.url, options.downloadBaseUrl), test: typeof body.test === 'boolean' ? body.test : options.test };
};

/** The licences of a list page, wherever the answer keeps them. */
export const listedLicences = (body: unknown): any[] => {
  if (Array.isArray(body)) return body;
  if (body && typeof body === 'object') {
    for (const key of ['data', 'licenses', 'licences', 'list', 'items', 'docs', 'result']) {
      const value = (body as any)[key];
      if (Array.isArray(value)) return value;
    }
  }
  return [];
};

const payloadOf = (item: any) => (typeof item?.payload === 'string' ? item.payload : typeof item?.data?.payload === 'string' ? item.data.payload : null);

const spotplayer: LicensingProviderModule = {
  init(providerOptions) {
    const options = spotPlayerOptions(providerOptions);
    const http = axios.create({
      baseURL: options.baseUrl,
      timeout: options.timeoutMs,
      validateStatus: () => true,
      // the body is read as text and judged here, JSON or not
      responseType: 'text',
      transformResponse: [(data) => data],
      headers: { $API: options.apiKey, $LEVEL: String(options.level), 'Content-Type': 'application/json', Accept: 'application/json' },
    });

    const call = async (what: string, method: 'get' | 'post', path: string, body?: unknown): Promise<any> => {
      let response;
      try {
        response = method === 'get' ? await http.get(path) : await http.post(path, JSON.stringify(body));
      } catch (error: any) {
        const timedOut = error?.code === 'ECONNABORTED' || error?.code === 'ETIMEDOUT' || /timeout/i.test(String(error?.message));
        throw new LicensingError(`spotplayer ${what}: ${timedOut ? `no answer within ${options.timeoutMs} ms` : (error?.code ?? error?.message ?? 'network error')}`, {
          retryable: true,
          code: timedOut ? 'timeout' : 'network',
          outage: true,
        });
      }
      const judged = judgeAnswer(what, response.status, response.data);
      if (!judged.ok) throw judged.error;
      return judged.body;
    };

    /** One licence by id (the list may not carry the key). */
    const read = async (id: string): Promise<Licence | null> => licenceOf(await call('read', 'get', `/license/edit/${id}`), options);

    return {
      name: 'spotplayer',

      async createLicence(input) {
        const body = await call('create', 'post', '/license/edit/', licenceBody(input, options));
        const licence = licenceOf(body, options);
        if (licence) return licence;
        // created, but the key did not come back: read it
        if (body && typeof body._id === 'string' && SPOTPLAYER_ID.test(body._id)) {
          const again = await read(body._id);
          if (again) return again;
        }
        throw new LicensingError(`spotplayer create: an answer without a valid _id and key: ${snippet(body)}`, { retryable: true, code: 'bad-answer' });
      },

      async findLicenceByPayload(payload) {
        for (let page = 0; page < options.lookupPages; page += 1) {
          const items = listedLicences(await call('list', 'get', `/license/?p=${page}`));
          if (!items.length) return null;
          const match = items.find((item) => payloadOf(item) === payload && typeof item?._id === 'string' && SPOTPLAYER_ID.test(item._id));
          if (!match) continue;
          // it exists: never answer "none" for it, or a second licence would be created
          const licence = licenceOf(match, options) ?? (await read(match._id));
          if (!licence) throw new LicensingError(`spotplayer read: licence ${match._id} (payload ${payload}) has no readable key`, { retryable: true, code: 'bad-answer' });
          return licence;
        }
        return null;
      },
    };
  },
};

export default spotplayer;
