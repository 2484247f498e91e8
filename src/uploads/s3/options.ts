/**
 * The S3-compatible storage's settings: read from the environment for config/plugins.ts (only when
 * UPLOAD_PROVIDER=s3) and checked again by the provider's init. A missing or malformed setting
 * stops the start with a message naming the variable; the keys come from the environment only.
 */

/** The upload provider's package (providers/strapi-provider-upload-poshtiban-s3, a `file:` dependency). */
export const S3_PROVIDER_PACKAGE = 'strapi-provider-upload-poshtiban-s3';

export type S3ProviderOptions = {
  /** the service's address, e.g. https://s3.ir-thr-at1.arvanstorage.ir or http://minio:9000 */
  endpoint: string;
  region: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** https://endpoint/bucket/key (MinIO, most self-hosted) instead of https://bucket.endpoint/key */
  forcePathStyle: boolean;
  /** a folder in the bucket for this app's objects, e.g. `poshtiban/` */
  prefix: string;
  /** the address stored as each file's url (a CDN in front of the bucket); downloads are still signed for the endpoint */
  baseUrl?: string;
  /** how long a signed download URL lives, seconds (default 15 minutes) */
  signedUrlExpires: number;
  /** each request to the storage, milliseconds */
  timeoutMs: number;
};

export const DEFAULT_SIGNED_URL_EXPIRES = 15 * 60;
export const DEFAULT_TIMEOUT_MS = 30_000;

const ENV = {
  endpoint: 'S3_ENDPOINT',
  region: 'S3_REGION',
  bucket: 'S3_BUCKET',
  accessKeyId: 'S3_ACCESS_KEY_ID',
  secretAccessKey: 'S3_SECRET_ACCESS_KEY',
} as const;

const httpUrl = (value: string): URL | null => {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
};

/** A bucket name S3 accepts (3–63 lower-case letters, digits, dots, hyphens). */
const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;

/** The prefix as a folder: no leading slash, one trailing slash ('' for none). */
export const normalisePrefix = (prefix: unknown): string => {
  const p = String(prefix ?? '')
    .trim()
    .replace(/^\/+|\/+$/g, '');
  return p ? `${p}/` : '';
};

const bool = (value: unknown, fallback: boolean): boolean | null => {
  if (value === undefined || value === null || value === '') return fallback;
  if (typeof value === 'boolean') return value;
  const v = String(value).trim().toLowerCase();
  if (['true', '1', 'yes'].includes(v)) return true;
  if (['false', '0', 'no'].includes(v)) return false;
  return null;
};

/**
 * Checks provider options (as config/plugins.ts passes them) and fills the defaults. Throws one
 * Error listing every problem, naming the environment variable each comes from.
 */
export const checkS3Options = (raw: Record<string, unknown>): S3ProviderOptions => {
  const problems: string[] = [];
  const text = (key: keyof typeof ENV) => {
    const value = String(raw[key] ?? '').trim();
    if (!value) problems.push(`${ENV[key]} is not set`);
    return value;
  };
  const endpoint = text('endpoint');
  const region = text('region');
  const bucket = text('bucket');
  const accessKeyId = text('accessKeyId');
  const secretAccessKey = text('secretAccessKey');
  if (endpoint && !httpUrl(endpoint)) problems.push(`S3_ENDPOINT must be an http(s) address (got "${endpoint}")`);
  if (bucket && !BUCKET.test(bucket)) problems.push(`S3_BUCKET "${bucket}" is not a valid bucket name`);
  const forcePathStyle = bool(raw.forcePathStyle, false);
  if (forcePathStyle === null) problems.push(`S3_FORCE_PATH_STYLE must be true or false (got "${raw.forcePathStyle}")`);
  const baseUrl = String(raw.baseUrl ?? '').trim();
  if (baseUrl && !httpUrl(baseUrl)) problems.push(`S3_PUBLIC_URL must be an http(s) address (got "${baseUrl}")`);
  const expires = raw.signedUrlExpires === undefined || raw.signedUrlExpires === '' ? DEFAULT_SIGNED_URL_EXPIRES : Number(raw.signedUrlExpires);
  if (!Number.isInteger(expires) || expires < 1 || expires > 7 * 24 * 3600) problems.push('signedUrlExpires must be whole seconds from 1 to 604800');
  const timeoutMs = raw.timeoutMs === undefined || raw.timeoutMs === '' ? DEFAULT_TIMEOUT_MS : Number(raw.timeoutMs);
  if (!Number.isInteger(timeoutMs) || timeoutMs < 1) problems.push('timeoutMs must be a positive whole number of milliseconds');
  if (problems.length) throw new Error(`UPLOAD_PROVIDER=s3: ${problems.join('; ')}.`);
  return {
    endpoint: httpUrl(endpoint)!.toString().replace(/\/+$/, ''),
    region,
    bucket,
    accessKeyId,
    secretAccessKey,
    forcePathStyle: forcePathStyle!,
    prefix: normalisePrefix(raw.prefix),
    ...(baseUrl ? { baseUrl: baseUrl.replace(/\/+$/, '') } : {}),
    signedUrlExpires: expires,
    timeoutMs,
  };
};

/** UPLOAD_PROVIDER: `local` (default, public/uploads on this machine's disk) or `s3`. */
export const uploadProviderKind = (env: NodeJS.ProcessEnv): 'local' | 's3' => {
  const kind =
    String(env.UPLOAD_PROVIDER ?? '')
      .trim()
      .toLowerCase() || 'local';
  if (kind !== 'local' && kind !== 's3') throw new Error(`UPLOAD_PROVIDER must be "local" or "s3" (got "${env.UPLOAD_PROVIDER}").`);
  return kind;
};

/**
 * The upload plugin's config for the environment: null for Strapi's local provider (its defaults
 * stay), else our S3 provider with options read from S3_* (checked here, so a missing variable stops
 * the start with its name).
 */
export const uploadPluginConfig = (env: NodeJS.ProcessEnv): { provider: string; providerOptions: S3ProviderOptions } | null => {
  if (uploadProviderKind(env) === 'local') return null;
  const providerOptions = checkS3Options({
    endpoint: env.S3_ENDPOINT,
    region: env.S3_REGION,
    bucket: env.S3_BUCKET,
    accessKeyId: env.S3_ACCESS_KEY_ID,
    secretAccessKey: env.S3_SECRET_ACCESS_KEY,
    forcePathStyle: env.S3_FORCE_PATH_STYLE,
    prefix: env.S3_PREFIX,
    baseUrl: env.S3_PUBLIC_URL,
  });
  return { provider: S3_PROVIDER_PACKAGE, providerOptions };
};

/** The origins a browser loads stored files from (for the Content-Security-Policy): none for local. */
export const uploadMediaOrigins = (env: NodeJS.ProcessEnv): string[] => {
  const config = uploadPluginConfig(env);
  if (!config) return [];
  const { endpoint, bucket, forcePathStyle, baseUrl } = config.providerOptions;
  const url = new URL(endpoint);
  const origins = [forcePathStyle ? url.origin : `${url.protocol}//${bucket}.${url.host}`];
  if (baseUrl) origins.push(new URL(baseUrl).origin);
  return Array.from(new Set(origins));
};
