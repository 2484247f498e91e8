/**
 * A fake S3-compatible service (one private bucket) speaking the S3 REST API over HTTP:
 *   PUT /<bucket>/<key>     stores the body with its Content-Type      → 200 + ETag
 *   GET /<bucket>/<key>     the object                                  → 200, or 404 NoSuchKey
 *   DELETE /<bucket>/<key>  removes it                                  → 204 (missing too)
 * path-style, or virtual-host style when the Host is <bucket>.<anything>. Every request must be
 * signed with AWS Signature Version 4 by the configured key — in the Authorization header or as a
 * presigned URL (X-Amz-* query) — and the signature is computed again here, on its own, from the
 * request as it arrived (method, raw path and query, the signed headers, the payload hash):
 * anonymous → 403 AccessDenied, another key → 403 InvalidAccessKeyId, another region → 400
 * AuthorizationHeaderMalformed, a wrong signature → 403 SignatureDoesNotMatch, a clock 15 minutes
 * off → 403 RequestTimeTooSkewed, a presigned URL past its X-Amz-Expires → 403 AccessDenied, a body
 * that is not the signed hash → 400 XAmzContentSHA256Mismatch; each in S3's XML error document.
 * `failPuts(n, { skip })` makes the next n PUTs (after `skip` good ones) answer 500 InternalError.
 */
import http from 'http';
import { createHash, createHmac, randomUUID } from 'crypto';
import type { AddressInfo } from 'net';

export type StoredObject = { body: Buffer; contentType: string; storedAt: Date };
export type S3Request = { method: string; key: string | null; auth: 'header' | 'query' | 'none'; status: number; code?: string };

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');
const hmac = (key: string | Buffer, data: string) => createHmac('sha256', key).update(data).digest();
// RFC 3986 unreserved characters kept, every other UTF-8 byte %XX (upper case)
const enc = (s: string) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
const dec = (s: string) => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};
const xmlEscape = (s: string) => s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

const parseAmzDate = (stamp: string): Date | null => {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(stamp);
  return m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6])) : null;
};

export const startFakeS3 = async ({
  bucket = 'poshtiban-test',
  region = 'ir-thr-at1',
  accessKeyId = 'TESTACCESSKEY0000001',
  secretAccessKey = 'test/secret+key/0123456789abcdefghijklmnop',
}: { bucket?: string; region?: string; accessKeyId?: string; secretAccessKey?: string } = {}) => {
  const objects = new Map<string, StoredObject>();
  const requests: S3Request[] = [];
  let failingPuts = 0;
  let putsBeforeFailing = 0;

  type Refusal = { status: number; code: string; message: string };
  const refuse = (status: number, code: string, message: string): Refusal => ({ status, code, message });

  /** Checks the request's SigV4 signature; null when it holds. */
  const verify = (req: http.IncomingMessage, rawPath: string, rawQuery: string, body: Buffer): Refusal | null => {
    const headers = req.headers;
    const pairs = rawQuery
      ? rawQuery.split('&').map((p) => {
          const i = p.indexOf('=');
          return (i < 0 ? [dec(p), ''] : [dec(p.slice(0, i)), dec(p.slice(i + 1).replace(/\+/g, '%20'))]) as [string, string];
        })
      : [];
    const query = new Map(pairs);
    const presigned = query.get('X-Amz-Algorithm') !== undefined;
    const authorization = String(headers.authorization ?? '');
    let credential: string, signedHeaders: string, given: string, stamp: string, payloadHash: string;
    if (presigned) {
      if (query.get('X-Amz-Algorithm') !== 'AWS4-HMAC-SHA256') return refuse(400, 'AuthorizationQueryParametersError', 'X-Amz-Algorithm only supports "AWS4-HMAC-SHA256"');
      credential = query.get('X-Amz-Credential') ?? '';
      signedHeaders = query.get('X-Amz-SignedHeaders') ?? '';
      given = query.get('X-Amz-Signature') ?? '';
      stamp = query.get('X-Amz-Date') ?? '';
      payloadHash = 'UNSIGNED-PAYLOAD';
      const expires = Number(query.get('X-Amz-Expires'));
      const at = parseAmzDate(stamp);
      if (!at || !Number.isInteger(expires) || expires < 1 || expires > 604800) return refuse(400, 'AuthorizationQueryParametersError', 'X-Amz-Date or X-Amz-Expires is malformed');
      if (Date.now() > at.getTime() + expires * 1000) return refuse(403, 'AccessDenied', 'Request has expired');
    } else if (authorization.startsWith('AWS4-HMAC-SHA256 ')) {
      const fields = Object.fromEntries(
        authorization
          .slice('AWS4-HMAC-SHA256 '.length)
          .split(',')
          .map((part) => part.trim().split('=') as [string, string]),
      );
      credential = fields.Credential ?? '';
      signedHeaders = fields.SignedHeaders ?? '';
      given = fields.Signature ?? '';
      stamp = String(headers['x-amz-date'] ?? '');
      payloadHash = String(headers['x-amz-content-sha256'] ?? '');
      if (!payloadHash) return refuse(400, 'InvalidRequest', 'Missing required header for this request: x-amz-content-sha256');
      const at = parseAmzDate(stamp);
      if (!at) return refuse(403, 'AccessDenied', 'AWS authentication requires a valid Date or x-amz-date header');
      if (Math.abs(Date.now() - at.getTime()) > 15 * 60 * 1000) return refuse(403, 'RequestTimeTooSkewed', 'The difference between the request time and the current time is too large.');
    } else {
      return refuse(403, 'AccessDenied', 'Access Denied');
    }
    const [key, day, scopeRegion, service, terminator] = credential.split('/');
    if (key !== accessKeyId) return refuse(403, 'InvalidAccessKeyId', 'The AWS Access Key Id you provided does not exist in our records.');
    if (scopeRegion !== region || service !== 's3' || terminator !== 'aws4_request' || day !== stamp.slice(0, 8)) {
      return refuse(400, 'AuthorizationHeaderMalformed', `The authorization header is malformed; the region '${scopeRegion}' is wrong; expecting '${region}'`);
    }
    const names = signedHeaders.split(';').filter(Boolean);
    if (!names.includes('host')) return refuse(400, 'AuthorizationHeaderMalformed', 'host must be a signed header');
    if (names.some((n) => headers[n] === undefined)) return refuse(403, 'SignatureDoesNotMatch', 'a signed header is missing');
    const canonicalQuery = pairs
      .filter(([k]) => k !== 'X-Amz-Signature')
      .map(([k, v]) => [enc(k), enc(v)])
      .sort((a, b) => (a[0] === b[0] ? (a[1] < b[1] ? -1 : 1) : a[0] < b[0] ? -1 : 1))
      .map(([k, v]) => `${k}=${v}`)
      .join('&');
    const canonicalPath = rawPath
      .split('/')
      .map((s) => enc(dec(s)))
      .join('/');
    const canonicalHeaders = names.map((n) => `${n}:${String(headers[n]).trim().replace(/\s+/g, ' ')}\n`).join('');
    const canonicalRequest = [req.method, canonicalPath, canonicalQuery, canonicalHeaders, names.join(';'), payloadHash].join('\n');
    const scope = `${day}/${region}/s3/aws4_request`;
    const toSign = ['AWS4-HMAC-SHA256', stamp, scope, sha256(canonicalRequest)].join('\n');
    const signingKey = hmac(hmac(hmac(hmac(`AWS4${secretAccessKey}`, day), region), 's3'), 'aws4_request');
    const expected = createHmac('sha256', signingKey).update(toSign).digest('hex');
    if (expected !== given) return refuse(403, 'SignatureDoesNotMatch', 'The request signature we calculated does not match the signature you provided. Check your key and signing method.');
    if (payloadHash !== 'UNSIGNED-PAYLOAD' && payloadHash !== sha256(body)) return refuse(400, 'XAmzContentSHA256Mismatch', 'The provided x-amz-content-sha256 header does not match what was computed.');
    return null;
  };

  const sockets = new Set<import('net').Socket>();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const raw = req.url ?? '/';
      const q = raw.indexOf('?');
      const rawPath = q < 0 ? raw : raw.slice(0, q);
      const rawQuery = q < 0 ? '' : raw.slice(q + 1);
      const host = String(req.headers.host ?? '');
      const virtual = host.startsWith(`${bucket}.`);
      const segments = rawPath.split('/').slice(1).map(dec);
      const bucketName = virtual ? bucket : segments.shift();
      const key = segments.join('/') || null;
      const auth: S3Request['auth'] = rawQuery.includes('X-Amz-Algorithm') ? 'query' : req.headers.authorization ? 'header' : 'none';
      const resource = `/${bucketName ?? ''}${key ? `/${key}` : ''}`;
      const answer = (status: number, headers: Record<string, string | number> = {}, payload?: Buffer) => {
        requests.push({ method: req.method ?? '', key, auth, status });
        res.writeHead(status, { 'x-amz-request-id': randomUUID(), ...headers });
        res.end(req.method === 'HEAD' ? undefined : payload);
      };
      const error = ({ status, code, message }: Refusal) => {
        requests.push({ method: req.method ?? '', key, auth, status, code });
        const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${xmlEscape(message)}</Message><Resource>${xmlEscape(resource)}</Resource><RequestId>${randomUUID()}</RequestId></Error>`;
        res.writeHead(status, { 'Content-Type': 'application/xml' });
        res.end(xml);
      };

      const refused = verify(req, rawPath, rawQuery, body);
      if (refused) return error(refused);
      if (bucketName !== bucket) return error(refuse(404, 'NoSuchBucket', 'The specified bucket does not exist'));
      if (!key) return error(refuse(405, 'MethodNotAllowed', 'The specified method is not allowed against this resource.'));

      if (req.method === 'PUT') {
        if (failingPuts > 0 && putsBeforeFailing > 0) putsBeforeFailing -= 1;
        else if (failingPuts > 0) {
          failingPuts -= 1;
          return error(refuse(500, 'InternalError', 'We encountered an internal error. Please try again.'));
        }
        const length = Number(req.headers['content-length']);
        if (!Number.isInteger(length)) return error(refuse(411, 'MissingContentLength', 'You must provide the Content-Length HTTP header.'));
        objects.set(key, { body, contentType: String(req.headers['content-type'] ?? 'binary/octet-stream'), storedAt: new Date() });
        return answer(200, { ETag: `"${createHash('md5').update(body).digest('hex')}"` });
      }
      if (req.method === 'GET' || req.method === 'HEAD') {
        const found = objects.get(key);
        if (!found) return error(refuse(404, 'NoSuchKey', 'The specified key does not exist.'));
        return answer(200, { 'Content-Type': found.contentType, 'Content-Length': found.body.length, ETag: `"${createHash('md5').update(found.body).digest('hex')}"` }, found.body);
      }
      if (req.method === 'DELETE') {
        objects.delete(key);
        return answer(204);
      }
      return error(refuse(405, 'MethodNotAllowed', 'The specified method is not allowed against this resource.'));
    });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    bucket,
    region,
    accessKeyId,
    secretAccessKey,
    objects,
    requests,
    /** the next `n` PUTs (after `skip` that succeed) answer 500 InternalError */
    failPuts(n = 1, { skip = 0 }: { skip?: number } = {}) {
      failingPuts = n;
      putsBeforeFailing = skip;
    },
    reset() {
      objects.clear();
      requests.length = 0;
      failingPuts = 0;
      putsBeforeFailing = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
};

export type FakeS3 = Awaited<ReturnType<typeof startFakeS3>>;
