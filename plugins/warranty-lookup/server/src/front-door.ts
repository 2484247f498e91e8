/**
 * GET /api/warranty/:serial[?hologram=…] is answered at the HTTP server's front door, before
 * Koa: public traffic for this one route pays for no session cookie parsing, no middleware chain,
 * no router, no permission lookup, no per-request log line — only the throttle, the cache and
 * one indexed query. Everything else goes on to Strapi as usual. (bench/warranty-lookup.js,
 * docs/perf.md)
 *
 * What Koa's middleware would have added is added here: strapi::security's headers (the same
 * values, so no frame embeds the answer and no browser sniffs it; HSTS when the browser came over
 * https — through TLS, a trusted proxy's X-Forwarded-Proto, or an https PUBLIC_URL), and
 * `rest.strictParams`: a query parameter other than `hologram` is a bilingual 400.
 */
import type { IncomingMessage, ServerResponse } from 'http';
import type { TLSSocket } from 'tls';
import type { Core } from '@strapi/strapi';
import { canonicalSerial, SERIAL_PATTERN } from 'poshtiban/domain/serial';
import { isHttpsUrl } from 'poshtiban/domain/secure-cookie';
import { errorEnvelope, fieldError, validationError, type FieldError } from 'poshtiban/validation/errors';
import { DATABASE_RETRY_AFTER_SECONDS, isDatabaseUnavailable } from 'poshtiban/utils/database-unavailable';

export const PREFIX = '/api/warranty/';
/** the route's only query parameter */
const ALLOWED_PARAMETERS = new Set(['hologram']);

/** strapi::security's (helmet's) headers as Strapi configures them for Koa's routes */
const SECURITY_HEADERS = {
  'X-Frame-Options': 'SAMEORIGIN',
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'self'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-DNS-Prefetch-Control': 'off',
  'X-Download-Options': 'noopen',
  'X-Permitted-Cross-Domain-Policies': 'none',
};
const HSTS = 'max-age=31536000; includeSubDomains';

const HEADERS = {
  'Content-Type': 'application/json; charset=utf-8',
  'Cache-Control': 'no-store',
  'Cross-Origin-Resource-Policy': 'same-origin',
  ...SECURITY_HEADERS,
};

/** Whether the browser's connection is https (as Koa's ctx.request.secure, or PUBLIC_URL). */
const browserUsesHttps = (req: IncomingMessage, trustProxy: boolean, publicUrl: unknown) => {
  if ((req.socket as TLSSocket).encrypted) return true;
  if (trustProxy) {
    const proto = req.headers['x-forwarded-proto'];
    if ((Array.isArray(proto) ? proto[0] : proto)?.split(',')[0]?.trim().toLowerCase() === 'https') return true;
  }
  return isHttpsUrl(publicUrl);
};

/** The query's parameters this route does not take, as field errors. */
const unknownParameters = (query: string): FieldError[] => {
  const names = new Set<string>();
  for (const key of new URLSearchParams(query).keys()) if (!ALLOWED_PARAMETERS.has(key)) names.add(key.split('[')[0] || key);
  return [...names].map((name) => fieldError(['query', name], 'unknownParameter'));
};

const validationBody = (fieldErrors: FieldError[]) => {
  const error: any = validationError(fieldErrors);
  return JSON.stringify({ data: null, error: { status: 400, name: 'ValidationError', message: error.message, details: error.details } });
};

/** The client's address, the way Koa reads it (X-Forwarded-For only behind a trusted proxy). */
const clientAddress = (req: IncomingMessage, trustProxy: boolean) => {
  if (trustProxy) {
    const forwarded = req.headers['x-forwarded-for'];
    const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim();
    if (first) return first;
  }
  return req.socket.remoteAddress ?? '';
};

export const handleWarrantyRequest = async (strapi: Core.Strapi, req: IncomingMessage, res: ServerResponse) => {
  const trustProxy = Boolean(strapi.config.get('server.proxy.koa'));
  const https = browserUsesHttps(req, trustProxy, strapi.config.get('server.url'));
  const send = (res: ServerResponse, status: number, body: string, extra: Record<string, string> = {}) => {
    res.writeHead(status, { ...HEADERS, ...(https ? { 'Strict-Transport-Security': HSTS } : {}), ...extra });
    res.end(body);
  };
  try {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return send(res, 405, JSON.stringify(errorEnvelope(405, 'MethodNotAllowedError', 'invalidRequest')), { Allow: 'GET' });
    }
    const hit = await strapi.plugin('warranty-lookup').service('rate-limit').hit(clientAddress(req, trustProxy));
    if (!hit.allowed) {
      return send(res, 429, JSON.stringify(errorEnvelope(429, 'RateLimitError', 'tooManyRequests', { retryAfterSeconds: hit.retryAfterSeconds })), { 'Retry-After': String(hit.retryAfterSeconds) });
    }
    const url = req.url ?? '';
    const q = url.indexOf('?');
    let raw = '';
    try {
      raw = decodeURIComponent(url.slice(PREFIX.length, q === -1 ? undefined : q));
    } catch {
      raw = '';
    }
    const unknown = q === -1 ? [] : unknownParameters(url.slice(q + 1));
    if (unknown.length) return send(res, 400, validationBody(unknown));
    const serial = canonicalSerial(raw);
    if (!SERIAL_PATTERN.test(serial)) return send(res, 400, validationBody([fieldError('serial', 'serialInvalid')]));
    const hologram = q === -1 ? undefined : new URLSearchParams(url.slice(q + 1)).get('hologram') || undefined;
    const body = await strapi.plugin('warranty-lookup').service('lookup').answer(serial, hologram);
    return send(res, 200, req.method === 'HEAD' ? '' : body);
  } catch (error) {
    if (isDatabaseUnavailable(error)) {
      strapi.log.warn(`[warranty-lookup] database unavailable: answered 503 (${(error as Error)?.message ?? error})`);
      return send(res, 503, JSON.stringify(errorEnvelope(503, 'ServiceUnavailableError', 'databaseUnavailable')), { 'Retry-After': String(DATABASE_RETRY_AFTER_SECONDS) });
    }
    strapi.log.error(`[warranty-lookup] ${(error as Error).stack ?? error}`);
    return send(res, 500, JSON.stringify({ data: null, error: { status: 500, name: 'InternalServerError', message: 'Internal Server Error' } }));
  }
};

/** Puts the warranty route in front of Strapi's request listener (Koa). */
export const installFrontDoor = (strapi: Core.Strapi) => {
  const server = strapi.server.httpServer;
  const [strapiListener] = server.listeners('request') as Array<(req: IncomingMessage, res: ServerResponse) => void>;
  if (!strapiListener || (strapiListener as any).warrantyFrontDoor) return;
  const frontDoor = (req: IncomingMessage, res: ServerResponse) => {
    if (req.url?.startsWith(PREFIX)) return void handleWarrantyRequest(strapi, req, res);
    return strapiListener(req, res);
  };
  (frontDoor as any).warrantyFrontDoor = true;
  server.removeListener('request', strapiListener);
  server.on('request', frontDoor);
};
