/**
 * The S3 upload provider (src/uploads/s3) against the fake S3 service (tests/fakes/s3.ts), which
 * checks every signature on its own: PUT from a buffer and from a file stream with the real type,
 * a private bucket (anonymous reads refused), presigned downloads that expire and cannot be
 * altered, delete, the prefix, path-style and virtual-host URLs, S3's XML errors as S3Error, and
 * the settings' checks (every missing variable named).
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import http from 'http';
import axios from 'axios';
import provider, { objectKey } from '../../src/uploads/s3/provider';
import { createS3Client, S3Error } from '../../src/uploads/s3/client';
import { checkS3Options, uploadMediaOrigins, uploadPluginConfig, S3_PROVIDER_PACKAGE } from '../../src/uploads/s3/options';
import { startFakeS3, type FakeS3 } from '../fakes/s3';

let s3: FakeS3;
const optionsFor = (extra: Record<string, unknown> = {}) => ({
  endpoint: s3.url,
  region: s3.region,
  bucket: s3.bucket,
  accessKeyId: s3.accessKeyId,
  secretAccessKey: s3.secretAccessKey,
  forcePathStyle: true,
  prefix: 'portal/',
  ...extra,
});
const get = (url: string) => axios.get(url, { responseType: 'arraybuffer', validateStatus: () => true });
const codeOf = (data: ArrayBuffer) => /<Code>([^<]+)<\/Code>/.exec(Buffer.from(data).toString('utf8'))?.[1];

beforeAll(async () => {
  s3 = await startFakeS3();
});
afterAll(() => s3.close());
beforeEach(() => s3.reset());

describe('the provider', () => {
  test('upload (buffer): the object with its type, under the prefix; a private bucket; a signed download', async () => {
    const p = provider.init(optionsFor());
    const file: any = { hash: 'ticketattachment_abc123', ext: '.pdf', mime: 'application/pdf', buffer: Buffer.from('%PDF-1.4 test') };
    await p.upload(file);
    expect(s3.objects.get('portal/ticketattachment_abc123.pdf')).toMatchObject({ contentType: 'application/pdf', body: Buffer.from('%PDF-1.4 test') });
    expect(file.url).toBe(`${s3.url}/${s3.bucket}/portal/ticketattachment_abc123.pdf`);
    expect(p.isPrivate()).toBe(true);

    const anonymous = await get(file.url);
    expect(anonymous.status).toBe(403);
    expect(codeOf(anonymous.data)).toBe('AccessDenied');

    const { url } = await p.getSignedUrl(file);
    expect(url).toMatch(/X-Amz-Expires=900&X-Amz-SignedHeaders=host&X-Amz-Signature=[0-9a-f]{64}$/);
    const download = await get(url);
    expect(download.status).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(Buffer.compare(Buffer.from(download.data), Buffer.from('%PDF-1.4 test'))).toBe(0);
    expect(s3.requests.map((r) => [r.method, r.auth, r.status])).toEqual([
      ['PUT', 'header', 200],
      ['GET', 'none', 403],
      ['GET', 'query', 200],
    ]);

    await p.delete(file);
    expect(s3.objects.size).toBe(0);
    expect((await get(url)).status).toBe(404);
  });

  test('uploadStream: a file stream sent with its length (unsigned payload), folders in the key', async () => {
    const tmp = path.join(os.tmpdir(), `s3-provider-${process.pid}.png`);
    const bytes = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(70_000, 7)]);
    fs.writeFileSync(tmp, bytes);
    try {
      const p = provider.init(optionsFor({ prefix: '/nested/prefix' }));
      const file: any = { hash: 'thumbnail_x_1', ext: '.png', mime: 'image/png', path: 'formats', stream: fs.createReadStream(tmp) };
      await p.uploadStream(file);
      expect(objectKey('nested/prefix/', file)).toBe('nested/prefix/formats/thumbnail_x_1.png');
      expect(Buffer.compare(s3.objects.get('nested/prefix/formats/thumbnail_x_1.png')!.body, bytes)).toBe(0);
      // a stream without a file behind it is read first
      const { Readable } = await import('stream');
      const other: any = { hash: 'generated', ext: '.png', mime: 'image/png', stream: Readable.from([bytes.subarray(0, 10), bytes.subarray(10, 20)]) };
      await p.uploadStream(other);
      expect(s3.objects.get('nested/prefix/generated.png')!.body).toHaveLength(20);
    } finally {
      fs.rmSync(tmp, { force: true });
    }
  });

  test('a presigned URL cannot be altered, and expires', async () => {
    const p = provider.init(optionsFor());
    const file: any = { hash: 'a', ext: '.pdf', mime: 'application/pdf', buffer: Buffer.from('%PDF-1.4 a') };
    await p.upload(file);
    await p.upload({ hash: 'b', ext: '.pdf', mime: 'application/pdf', buffer: Buffer.from('%PDF-1.4 b') } as any);
    const { url } = await p.getSignedUrl(file);
    const otherKey = await get(url.replace('/portal/a.pdf', '/portal/b.pdf'));
    expect([otherKey.status, codeOf(otherKey.data)]).toEqual([403, 'SignatureDoesNotMatch']);
    const longer = await get(url.replace('X-Amz-Expires=900', 'X-Amz-Expires=9000'));
    expect([longer.status, codeOf(longer.data)]).toEqual([403, 'SignatureDoesNotMatch']);

    const past = createS3Client(checkS3Options(optionsFor({ signedUrlExpires: 60 })), () => new Date(Date.now() - 61_000));
    const expired = await get(past.presignGet('portal/a.pdf'));
    expect([expired.status, codeOf(expired.data)]).toEqual([403, 'AccessDenied']);
    const fresh = createS3Client(checkS3Options(optionsFor({ signedUrlExpires: 60 })), () => new Date(Date.now() - 50_000));
    expect((await get(fresh.presignGet('portal/a.pdf'))).status).toBe(200);
  });

  test('S3’s errors reach the caller as S3Error with their code', async () => {
    const wrongSecret = provider.init(optionsFor({ secretAccessKey: 'not-the-secret' }));
    await expect(wrongSecret.upload({ hash: 'x', ext: '.pdf', mime: 'application/pdf', buffer: Buffer.from('x') } as any)).rejects.toMatchObject({ name: 'S3Error', status: 403, code: 'SignatureDoesNotMatch' });
    const wrongKey = provider.init(optionsFor({ accessKeyId: 'SOMEONEELSE' }));
    await expect(wrongKey.upload({ hash: 'x', ext: '.pdf', mime: 'application/pdf', buffer: Buffer.from('x') } as any)).rejects.toMatchObject({ code: 'InvalidAccessKeyId' });
    const wrongRegion = provider.init(optionsFor({ region: 'us-east-1' }));
    await expect(wrongRegion.upload({ hash: 'x', ext: '.pdf', mime: 'application/pdf', buffer: Buffer.from('x') } as any)).rejects.toMatchObject({ status: 400, code: 'AuthorizationHeaderMalformed' });
    const wrongBucket = provider.init(optionsFor({ bucket: 'another-bucket' }));
    await expect(wrongBucket.upload({ hash: 'x', ext: '.pdf', mime: 'application/pdf', buffer: Buffer.from('x') } as any)).rejects.toBeInstanceOf(S3Error);
    const skewed = createS3Client(checkS3Options(optionsFor()), () => new Date(Date.now() - 20 * 60_000));
    await expect(skewed.putObject('k', Buffer.from('x'), { contentType: 'text/plain' })).rejects.toMatchObject({ code: 'RequestTimeTooSkewed' });
    s3.failPuts(1);
    await expect(provider.init(optionsFor()).upload({ hash: 'x', ext: '.pdf', mime: 'application/pdf', buffer: Buffer.from('x') } as any)).rejects.toMatchObject({ status: 500, code: 'InternalError' });
    expect(s3.objects.size).toBe(0);
  });

  test('virtual-host style: https://<bucket>.<endpoint>/<key>, signed for that host', async () => {
    const client = createS3Client(checkS3Options(optionsFor({ endpoint: `http://localhost:${s3.port}`, forcePathStyle: false })));
    expect(client.objectUrl('portal/a b.pdf').toString()).toBe(`http://${s3.bucket}.localhost:${s3.port}/portal/a%20b.pdf`);
    expect(client.keyOfUrl(client.fileUrl('portal/a b.pdf'))).toBe('portal/a b.pdf');
    s3.objects.set('portal/a b.pdf', { body: Buffer.from('hello'), contentType: 'text/plain', storedAt: new Date() });
    // *.localhost does not resolve here: send the request to the fake with the virtual host's Host
    const signed = new URL(client.presignGet('portal/a b.pdf'));
    const fetchVia = (target: URL) =>
      new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = http.request({ host: '127.0.0.1', port: s3.port, path: `${target.pathname}${target.search}`, headers: { host: target.host } }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        });
        req.on('error', reject);
        req.end();
      });
    expect(await fetchVia(signed)).toEqual({ status: 200, body: 'hello' });
    const forged = new URL(signed);
    forged.host = `other.localhost:${s3.port}`;
    expect((await fetchVia(forged)).status).toBe(403);
  });

  test('a public base URL is what a file’s url says; its key is still found for signing and deleting', async () => {
    const p = provider.init(optionsFor({ baseUrl: 'https://cdn.example.ir/files/' }));
    const file: any = { hash: 'c', ext: '.webp', mime: 'image/webp', buffer: Buffer.from('RIFF....WEBP') };
    await p.upload(file);
    expect(file.url).toBe('https://cdn.example.ir/files/portal/c.webp');
    expect((await get((await p.getSignedUrl(file)).url)).status).toBe(200);
    await p.delete(file);
    expect(s3.objects.size).toBe(0);
  });
});

describe('settings', () => {
  const env = { UPLOAD_PROVIDER: 's3', S3_ENDPOINT: 'https://s3.ir-thr-at1.arvanstorage.ir', S3_REGION: 'ir-thr-at1', S3_BUCKET: 'poshtiban', S3_ACCESS_KEY_ID: 'AK', S3_SECRET_ACCESS_KEY: 'SK' };

  test('local unless UPLOAD_PROVIDER=s3; anything else stops the start', () => {
    expect(uploadPluginConfig({})).toBeNull();
    expect(uploadPluginConfig({ UPLOAD_PROVIDER: 'local' })).toBeNull();
    expect(() => uploadPluginConfig({ UPLOAD_PROVIDER: 'aws-s3' })).toThrow('UPLOAD_PROVIDER must be "local" or "s3"');
    expect(uploadMediaOrigins({})).toEqual([]);
  });

  test('s3: our provider by its package name, defaults filled, the prefix as a folder', () => {
    expect(uploadPluginConfig({ ...env, S3_PREFIX: '/poshtiban' })).toEqual({
      provider: S3_PROVIDER_PACKAGE,
      providerOptions: { endpoint: 'https://s3.ir-thr-at1.arvanstorage.ir', region: 'ir-thr-at1', bucket: 'poshtiban', accessKeyId: 'AK', secretAccessKey: 'SK', forcePathStyle: false, prefix: 'poshtiban/', signedUrlExpires: 900, timeoutMs: 30_000 },
    });
    expect(uploadMediaOrigins(env)).toEqual(['https://poshtiban.s3.ir-thr-at1.arvanstorage.ir']);
    expect(uploadMediaOrigins({ ...env, S3_ENDPOINT: 'http://minio:9000', S3_FORCE_PATH_STYLE: 'true', S3_PUBLIC_URL: 'https://cdn.example.ir/x' })).toEqual(['http://minio:9000', 'https://cdn.example.ir']);
  });

  test('every missing or malformed variable is named in one start-up error', () => {
    expect(() => uploadPluginConfig({ UPLOAD_PROVIDER: 's3' })).toThrow(
      'UPLOAD_PROVIDER=s3: S3_ENDPOINT is not set; S3_REGION is not set; S3_BUCKET is not set; S3_ACCESS_KEY_ID is not set; S3_SECRET_ACCESS_KEY is not set.',
    );
    expect(() => uploadPluginConfig({ ...env, S3_ENDPOINT: 'ftp://x', S3_BUCKET: 'Bad_Bucket', S3_FORCE_PATH_STYLE: 'maybe' })).toThrow(
      /S3_ENDPOINT must be an http\(s\) address.*S3_BUCKET "Bad_Bucket" is not a valid bucket name.*S3_FORCE_PATH_STYLE must be true or false/,
    );
  });
});
