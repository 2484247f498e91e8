/**
 * AWS Signature Version 4 for S3-compatible storage (AWS S3, MinIO, ArvanCloud, Liara…), written
 * from the published description (S3 API reference, "Signature Calculations for the Authorization
 * Header" and "Authenticating Requests: Using Query Parameters"):
 *
 *   canonical request = method \n canonical URI \n canonical query \n canonical headers \n
 *                       signed headers \n payload hash
 *   string to sign    = "AWS4-HMAC-SHA256" \n amz date \n scope \n hex(sha256(canonical request))
 *   scope             = yyyymmdd/region/s3/aws4_request
 *   signing key       = HMAC(HMAC(HMAC(HMAC("AWS4" + secret, yyyymmdd), region), "s3"), "aws4_request")
 *   signature         = hex(HMAC(signing key, string to sign))
 *
 * S3 encodes each path segment once (RFC 3986 unreserved characters kept, "/" between segments
 * kept) and every query key and value (then "/" too), sorted by key. Pure: node:crypto only, the
 * clock passed in. tests/unit/s3-signature-v4.test.ts holds it to the documentation's examples.
 */
import { createHash, createHmac } from 'node:crypto';

export const ALGORITHM = 'AWS4-HMAC-SHA256';
export const UNSIGNED_PAYLOAD = 'UNSIGNED-PAYLOAD';
export const EMPTY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
/** The longest a presigned URL may live (S3: seven days). */
export const MAX_PRESIGN_SECONDS = 7 * 24 * 60 * 60;

export type Credentials = { accessKeyId: string; secretAccessKey: string };

export const sha256Hex = (data: string | Buffer | Uint8Array): string => createHash('sha256').update(data).digest('hex');
const hmac = (key: string | Buffer, data: string): Buffer => createHmac('sha256', key).update(data, 'utf8').digest();

/** `20130524T000000Z` and `20130524` for an instant (UTC). */
export const amzDate = (at: Date): { stamp: string; day: string } => {
  const stamp = at.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
  return { stamp, day: stamp.slice(0, 8) };
};

/** RFC 3986 percent-encoding of everything but A–Z a–z 0–9 - . _ ~ (UTF-8, upper-case hex). */
export const uriEncode = (value: string): string =>
  Array.from(Buffer.from(value, 'utf8'))
    .map((byte) => {
      const c = String.fromCharCode(byte);
      return /[A-Za-z0-9\-._~]/.test(c) ? c : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    })
    .join('');

const decodeSegment = (segment: string): string => {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
};

/** The canonical URI of a path as sent (each segment decoded, then encoded once). */
export const canonicalUri = (pathname: string): string => {
  const path = pathname || '/';
  return path
    .split('/')
    .map((segment) => uriEncode(decodeSegment(segment)))
    .join('/');
};

/** The canonical query string: keys and values encoded, sorted by key (then value), `k=v` joined by `&`. */
export const canonicalQuery = (params: Array<[string, string]>): string =>
  params
    .map(([k, v]) => [uriEncode(k), uriEncode(v)] as [string, string])
    .sort(([ak, av], [bk, bv]) => (ak < bk ? -1 : ak > bk ? 1 : av < bv ? -1 : av > bv ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
    .join('&');

/** Header names lower-cased and sorted, values trimmed with inner runs of spaces made one. */
export const canonicalHeaders = (headers: Record<string, string>): { canonical: string; signed: string } => {
  const entries = Object.entries(headers)
    .map(([name, value]) => [name.toLowerCase(), String(value).trim().replace(/\s+/g, ' ')] as [string, string])
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    canonical: entries.map(([name, value]) => `${name}:${value}\n`).join(''),
    signed: entries.map(([name]) => name).join(';'),
  };
};

export const canonicalRequest = (parts: { method: string; pathname: string; query: Array<[string, string]>; headers: Record<string, string>; payloadHash: string }): string => {
  const { canonical, signed } = canonicalHeaders(parts.headers);
  return [parts.method.toUpperCase(), canonicalUri(parts.pathname), canonicalQuery(parts.query), canonical, signed, parts.payloadHash].join('\n');
};

export const credentialScope = (day: string, region: string, service = 's3') => `${day}/${region}/${service}/aws4_request`;

export const stringToSign = (stamp: string, scope: string, canonical: string): string => [ALGORITHM, stamp, scope, sha256Hex(canonical)].join('\n');

export const signingKey = (secretAccessKey: string, day: string, region: string, service = 's3'): Buffer =>
  hmac(hmac(hmac(hmac(`AWS4${secretAccessKey}`, day), region), service), 'aws4_request');

export const signature = (key: Buffer, toSign: string): string => createHmac('sha256', key).update(toSign, 'utf8').digest('hex');

const queryOf = (url: URL): Array<[string, string]> => Array.from(url.searchParams.entries());

export type SignInput = {
  method: string;
  url: URL;
  /** headers to sign besides host, x-amz-date and x-amz-content-sha256 (e.g. content-type, range) */
  headers?: Record<string, string>;
  /** hex SHA-256 of the body, or UNSIGNED_PAYLOAD */
  payloadHash: string;
  credentials: Credentials;
  region: string;
  now: Date;
  service?: string;
};

/**
 * Signs a request with the Authorization header. Returns the headers to send: the given ones,
 * x-amz-date, x-amz-content-sha256 and authorization (host is sent by the HTTP client from the URL,
 * and signed here with the same value).
 */
export const signRequest = (input: SignInput): Record<string, string> => {
  const { stamp, day } = amzDate(input.now);
  const service = input.service ?? 's3';
  const headers: Record<string, string> = { ...(input.headers ?? {}), 'x-amz-content-sha256': input.payloadHash, 'x-amz-date': stamp };
  const toSign = { ...headers, host: input.url.host };
  const canonical = canonicalRequest({ method: input.method, pathname: input.url.pathname, query: queryOf(input.url), headers: toSign, payloadHash: input.payloadHash });
  const scope = credentialScope(day, input.region, service);
  const sig = signature(signingKey(input.credentials.secretAccessKey, day, input.region, service), stringToSign(stamp, scope, canonical));
  const signed = canonicalHeaders(toSign).signed;
  return { ...headers, authorization: `${ALGORITHM} Credential=${input.credentials.accessKeyId}/${scope},SignedHeaders=${signed},Signature=${sig}` };
};

/**
 * A presigned URL (query-string authentication): host is the only signed header and the payload
 * is UNSIGNED-PAYLOAD. `expiresInSeconds` from 1 to seven days.
 */
export const presignUrl = (input: { method: string; url: URL; credentials: Credentials; region: string; now: Date; expiresInSeconds: number; service?: string }): string => {
  const expires = Math.floor(input.expiresInSeconds);
  if (!(expires >= 1 && expires <= MAX_PRESIGN_SECONDS)) throw new RangeError(`a presigned URL expires within 1 to ${MAX_PRESIGN_SECONDS} seconds (got ${input.expiresInSeconds})`);
  const { stamp, day } = amzDate(input.now);
  const service = input.service ?? 's3';
  const scope = credentialScope(day, input.region, service);
  const query: Array<[string, string]> = [
    ...queryOf(input.url),
    ['X-Amz-Algorithm', ALGORITHM],
    ['X-Amz-Credential', `${input.credentials.accessKeyId}/${scope}`],
    ['X-Amz-Date', stamp],
    ['X-Amz-Expires', String(expires)],
    ['X-Amz-SignedHeaders', 'host'],
  ];
  const canonical = canonicalRequest({ method: input.method, pathname: input.url.pathname, query, headers: { host: input.url.host }, payloadHash: UNSIGNED_PAYLOAD });
  const sig = signature(signingKey(input.credentials.secretAccessKey, day, input.region, service), stringToSign(stamp, scope, canonical));
  return `${input.url.origin}${canonicalUri(input.url.pathname)}?${canonicalQuery(query)}&X-Amz-Signature=${sig}`;
};
