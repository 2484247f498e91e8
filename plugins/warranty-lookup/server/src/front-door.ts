/**
 * GET /api/warranty/:serial[?hologram=…] is answered at the HTTP server's front door, before
 * Koa: public traffic for this one route pays for no session cookie parsing, no middleware chain,
 * no router, no permission lookup, no per-request log line — only the throttle, the cache and
 * one indexed query. Everything else goes on to Strapi as usual. (bench/warranty-lookup.js,
 * docs/perf.md)
 */
import type { IncomingMessage, ServerResponse } from 'http';
import type { Core } from '@strapi/strapi';
import { canonicalSerial, SERIAL_PATTERN } from '../../../../src/domain/serial';
import { errorEnvelope, fieldError, validationError } from '../../../../src/validation/errors';

export const PREFIX = '/api/warranty/';

const HEADERS = {
  'Content-Type': 'application/json; charset=utf-8',
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Resource-Policy': 'same-origin',
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

const send = (res: ServerResponse, status: number, body: string, extra: Record<string, string> = {}) => {
  res.writeHead(status, { ...HEADERS, ...extra });
  res.end(body);
};

export const handleWarrantyRequest = async (strapi: Core.Strapi, req: IncomingMessage, res: ServerResponse) => {
  try {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return send(res, 405, JSON.stringify(errorEnvelope(405, 'MethodNotAllowedError', 'invalidRequest')), { Allow: 'GET' });
    }
    const hit = await strapi.plugin('warranty-lookup').service('rate-limit').hit(clientAddress(req, Boolean(strapi.config.get('server.proxy.koa'))));
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
    const serial = canonicalSerial(raw);
    if (!SERIAL_PATTERN.test(serial)) {
      const error: any = validationError([fieldError('serial', 'serialInvalid')]);
      return send(res, 400, JSON.stringify({ data: null, error: { status: 400, name: 'ValidationError', message: error.message, details: error.details } }));
    }
    const hologram = q === -1 ? undefined : new URLSearchParams(url.slice(q + 1)).get('hologram') || undefined;
    const body = await strapi.plugin('warranty-lookup').service('lookup').answer(serial, hologram);
    return send(res, 200, req.method === 'HEAD' ? '' : body);
  } catch (error) {
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
