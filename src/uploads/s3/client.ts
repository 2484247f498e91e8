/**
 * A small client for one bucket of an S3-compatible service over its REST API (axios + SigV4):
 * PUT object (buffer or stream, with Content-Type and Content-Length), DELETE object, presigned
 * GET. Path-style (https://endpoint/bucket/key) or virtual-host style (https://bucket.endpoint/key).
 * The service's XML error becomes an S3Error with its code.
 */
import type { Readable } from 'node:stream';
import axios from 'axios';
import { EMPTY_SHA256, UNSIGNED_PAYLOAD, presignUrl, sha256Hex, signRequest, uriEncode } from './signature-v4';
import type { S3ProviderOptions } from './options';

export class S3Error extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: string,
  ) {
    super(message);
    this.name = 'S3Error';
  }
}

const xmlField = (xml: string, field: string): string => new RegExp(`<${field}>([^<]*)</${field}>`).exec(xml)?.[1] ?? '';

/** The object key's path: each segment encoded once, "/" kept. */
const keyPath = (key: string) => key.split('/').map(uriEncode).join('/');

export const createS3Client = (options: S3ProviderOptions, clock: () => Date = () => new Date()) => {
  const endpoint = new URL(options.endpoint);
  const base = endpoint.pathname.replace(/\/+$/, '');
  const credentials = {
    accessKeyId: options.accessKeyId,
    secretAccessKey: options.secretAccessKey,
  };

  /** The object's address at the endpoint (what is signed). */
  const objectUrl = (key: string): URL =>
    options.forcePathStyle
      ? new URL(`${endpoint.origin}${base}/${uriEncode(options.bucket)}/${keyPath(key)}`)
      : new URL(`${endpoint.protocol}//${options.bucket}.${endpoint.host}${base}/${keyPath(key)}`);

  /** The address stored as a file's url: the public base URL's, else the endpoint's. */
  const fileUrl = (key: string): string => (options.baseUrl ? `${options.baseUrl}/${keyPath(key)}` : objectUrl(key).toString());

  /** The key of a stored file's url (either form above), or null when it is not one of ours. */
  const keyOfUrl = (url: string | null | undefined): string | null => {
    if (!url) return null;
    for (const prefix of [options.baseUrl ? `${options.baseUrl}/` : null, objectUrl('').toString()]) {
      if (prefix && url.startsWith(prefix)) {
        const rest = url.slice(prefix.length).split('?')[0];
        try {
          return rest.split('/').map(decodeURIComponent).join('/') || null;
        } catch {
          return null;
        }
      }
    }
    return null;
  };

  const fail = async (method: string, key: string, status: number, body: unknown): Promise<never> => {
    let xml = '';
    if (Buffer.isBuffer(body)) xml = body.toString('utf8');
    else if (typeof body === 'string') xml = body;
    else if (body && typeof (body as Readable).on === 'function') {
      const chunks: Buffer[] = [];
      for await (const chunk of body as Readable) chunks.push(Buffer.from(chunk));
      xml = Buffer.concat(chunks).toString('utf8');
    }
    const code = xmlField(xml, 'Code') || `HTTP${status}`;
    const message = xmlField(xml, 'Message');
    throw new S3Error(`S3 ${method} ${options.bucket}/${key}: ${status} ${code}${message ? ` — ${message}` : ''}`, status, code);
  };

  return {
    objectUrl,
    fileUrl,
    keyOfUrl,

    /**
     * Stores an object. A buffer is sent with its SHA-256 signed; a stream with UNSIGNED-PAYLOAD
     * (it is read once, as it is sent) and must come with its length.
     */
    async putObject(key: string, body: Buffer | Readable, { contentType, contentLength }: { contentType: string; contentLength?: number }) {
      const isBuffer = Buffer.isBuffer(body);
      const length = isBuffer ? body.length : contentLength;
      if (length === undefined || !Number.isInteger(length) || length < 0) throw new Error(`S3 PUT ${key}: the length of the stream is not known`);
      const url = objectUrl(key);
      const headers = signRequest({
        method: 'PUT',
        url,
        headers: {
          'content-type': contentType,
          'content-length': String(length),
        },
        payloadHash: isBuffer ? sha256Hex(body) : UNSIGNED_PAYLOAD,
        credentials,
        region: options.region,
        now: clock(),
      });
      const response = await axios.put(url.toString(), body, {
        headers,
        timeout: options.timeoutMs,
        maxBodyLength: Infinity,
        maxContentLength: Infinity,
        responseType: 'arraybuffer',
        transformRequest: [(data) => data],
        validateStatus: () => true,
      });
      if (response.status !== 200) await fail('PUT', key, response.status, Buffer.from(response.data ?? ''));
    },

    /** Removes an object (a missing one is not an error: S3 answers 204 either way). */
    async deleteObject(key: string) {
      const url = objectUrl(key);
      const headers = signRequest({
        method: 'DELETE',
        url,
        payloadHash: EMPTY_SHA256,
        credentials,
        region: options.region,
        now: clock(),
      });
      const response = await axios.delete(url.toString(), {
        headers,
        timeout: options.timeoutMs,
        responseType: 'arraybuffer',
        validateStatus: () => true,
      });
      if (response.status !== 204 && response.status !== 200 && response.status !== 404) await fail('DELETE', key, response.status, Buffer.from(response.data ?? ''));
    },

    /** A presigned GET of the object, living `expiresInSeconds` (the options' default). */
    presignGet(key: string, expiresInSeconds = options.signedUrlExpires): string {
      return presignUrl({
        method: 'GET',
        url: objectUrl(key),
        credentials,
        region: options.region,
        now: clock(),
        expiresInSeconds,
      });
    },
  };
};

export type S3Client = ReturnType<typeof createS3Client>;
