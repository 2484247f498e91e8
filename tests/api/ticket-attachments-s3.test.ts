/**
 * Ticket attachments on S3-compatible storage (issue 12): the app booted with UPLOAD_PROVIDER=s3
 * against the fake S3 service (tests/fakes/s3.ts, which verifies every SigV4 signature). A
 * customer's PNG and PDF land in the private bucket under the prefix (nothing in public/uploads);
 * the owner — and staff at the desk — download them through their routes (the app fetches a
 * presigned URL) with the right bytes; B gets 404, nobody gets them at /uploads/ or from the bucket
 * unsigned; a write that fails after storing (a second object refused, the transaction failing)
 * leaves no object behind; the Media Library's files come back with signed URLs; a missing S3_*
 * variable stops the start with its name.
 */
import fs from 'fs';
import path from 'path';
import axios from 'axios';
import request from 'supertest';
import { startApp, type TestApp } from '../helpers/strapi';
import { adminToken, createCustomer, createDevice, createModel, tokenFor } from '../helpers/fixtures';
import { startFakeS3, type FakeS3 } from '../fakes/s3';
import { S3_PROVIDER_PACKAGE } from '../../src/uploads/s3/options';

const S3_VARIABLES = ['UPLOAD_PROVIDER', 'S3_ENDPOINT', 'S3_REGION', 'S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY', 'S3_FORCE_PATH_STYLE', 'S3_PREFIX', 'S3_PUBLIC_URL'];
const TICKET = 'api::ticket.ticket';
const FILE = 'plugin::upload.file';
const UPLOADS = path.resolve(__dirname, '../../public/uploads');
const PREFIX = 'portal-files';

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');

let s3: FakeS3;
let app: TestApp;
let a: any;
let b: any;
let tokenA: string;
let tokenB: string;
let admin: string;
let deviceA: any;

const auth = (t: string) => ({ Authorization: `Bearer ${t}` });
const binary = (req: request.Test) =>
  req.buffer(true).parse((res, cb) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c));
    res.on('end', () => cb(null, Buffer.concat(chunks)));
  });
/** Whether any object the app ever PUT to the bucket was (also) written to public/uploads. (Other
 * test files may write there at the same time: only our objects' names are looked for.) */
const anyOnDisk = () => s3.requests.filter((r) => r.method === 'PUT' && r.key).some((r) => fs.existsSync(path.join(UPLOADS, path.basename(r.key!))));
const openWith = (files: Array<[Buffer, string, string]>, title = 'عکس خطا') => {
  let req = request(app.server).post('/api/me/tickets').set(auth(tokenA)).field('device', deviceA.documentId).field('title', title).field('description', 'تصویر صفحه و گزارش پیوست شد.');
  for (const [buffer, filename, contentType] of files) req = req.attach('attachments', buffer, { filename, contentType });
  return req;
};
const state = async () => ({
  tickets: await app.strapi.db.query(TICKET).count(),
  files: await app.strapi.db.query(FILE).count(),
  objects: Array.from(s3.objects.keys()).sort(),
  onDisk: anyOnDisk(),
});

const setS3Env = (extra: Record<string, string | undefined> = {}) => {
  Object.assign(process.env, {
    UPLOAD_PROVIDER: 's3',
    S3_ENDPOINT: s3.url,
    S3_REGION: s3.region,
    S3_BUCKET: s3.bucket,
    S3_ACCESS_KEY_ID: s3.accessKeyId,
    S3_SECRET_ACCESS_KEY: s3.secretAccessKey,
    S3_FORCE_PATH_STYLE: 'true',
    S3_PREFIX: PREFIX,
  });
  for (const [name, value] of Object.entries(extra)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
};

beforeAll(async () => {
  s3 = await startFakeS3();
  setS3Env();
  app = await startApp();
  const model = await createModel(app.strapi);
  a = await createCustomer(app.strapi, { fullName: 'علی رضایی', mobile: '09161112233' });
  b = await createCustomer(app.strapi, { fullName: 'مریم احمدی', mobile: '09162223344' });
  tokenA = await tokenFor(app.server, a.subscriberNumber);
  tokenB = await tokenFor(app.server, b.subscriberNumber);
  admin = await adminToken(app.strapi, app.server);
  deviceA = await createDevice(app.strapi, { owner: a.documentId, model: model.documentId });
}, 120_000);

afterAll(async () => {
  await app?.stop();
  await s3?.close();
  for (const name of S3_VARIABLES) delete process.env[name];
});

describe('ticket attachments in an S3 bucket', () => {
  test('the app runs our provider, private', async () => {
    expect(app.strapi.config.get('plugin::upload.provider')).toBe(S3_PROVIDER_PACKAGE);
    expect(await app.strapi.plugin('upload').provider.isPrivate()).toBe(true);
  });

  test('a PNG and a PDF land in the bucket (not on disk); the owner downloads the right bytes; B and the public cannot', async () => {
    const before = await state();
    const res = await openWith([
      [PNG, 'صفحه.png', 'image/png'],
      [PDF, 'گزارش.pdf', 'application/pdf'],
    ]);
    expect(res.status).toBe(201);
    const ticket = res.body.data;
    const [png, pdf] = ticket.messages[0].attachments;
    expect([png.name, png.mime, pdf.name, pdf.mime]).toEqual(['صفحه.png', 'image/png', 'گزارش.pdf', 'application/pdf']);

    // two objects, under the prefix, with their real types; the file rows point at the bucket
    const rows = await app.strapi.db.query(FILE).findMany({ where: { documentId: { $in: [png.id, pdf.id] } }, orderBy: { id: 'asc' } });
    expect(rows.map((r: any) => r.provider)).toEqual([S3_PROVIDER_PACKAGE, S3_PROVIDER_PACKAGE]);
    const keys = rows.map((r: any) => `${PREFIX}/${r.hash}${r.ext}`);
    for (const [i, row] of rows.entries()) {
      expect(row.hash).toMatch(/^ticketattachment_/);
      expect(row.url).toBe(`${s3.url}/${s3.bucket}/${keys[i]}`);
    }
    expect((await state()).objects).toEqual([...before.objects, ...keys].sort());
    // (the upload plugin re-encodes images — the same with the local provider — so the PNG is the stored one)
    const storedPng = s3.objects.get(keys[0])!;
    expect(storedPng.contentType).toBe('image/png');
    expect(Array.from(storedPng.body.subarray(0, 8))).toEqual(Array.from(PNG.subarray(0, 8)));
    expect(s3.objects.get(keys[1])).toMatchObject({ contentType: 'application/pdf', body: PDF });
    expect(anyOnDisk()).toBe(false);

    // the bucket is private: the stored address alone is refused
    const direct = await axios.get(rows[1].url, { validateStatus: () => true });
    expect(direct.status).toBe(403);
    expect(direct.data).toContain('<Code>AccessDenied</Code>');

    // the owner downloads both through the route: the app reads a presigned URL
    for (const [file, bytes, mime] of [
      [pdf, PDF, 'application/pdf'],
      [png, storedPng.body, 'image/png'],
    ] as const) {
      const reads = s3.requests.length;
      const download = await binary(request(app.server).get(file.url).set(auth(tokenA)));
      expect(download.status).toBe(200);
      expect(download.headers['content-type']).toBe(mime);
      expect(download.headers['content-disposition']).toMatch(/^attachment; filename=/);
      expect(download.headers['x-content-type-options']).toBe('nosniff');
      expect(Buffer.compare(download.body, bytes)).toBe(0);
      expect(s3.requests.slice(reads)).toEqual([expect.objectContaining({ method: 'GET', auth: 'query', status: 200 })]);
    }

    // staff read it at the desk the same way
    const staff = await binary(request(app.server).get(`/back-office/tickets/${ticket.id}/attachments/${pdf.id}`).set(auth(admin)));
    expect(staff.status).toBe(200);
    expect(Buffer.compare(staff.body, PDF)).toBe(0);

    // B: 404; nobody logged in: 401; /uploads/… has nothing
    expect((await request(app.server).get(pdf.url).set(auth(tokenB))).status).toBe(404);
    expect((await request(app.server).get(`/api/me/tickets/${ticket.id}`).set(auth(tokenB))).status).toBe(404);
    expect((await request(app.server).get(pdf.url)).status).toBe(401);
    for (const row of rows) {
      expect((await request(app.server).get(`/uploads/${row.hash}${row.ext}`)).status).toBe(404);
    }
  });

  test('a second object refused by the storage: the first is removed, nothing is written, the customer told to try later', async () => {
    const before = await state();
    s3.failPuts(1, { skip: 1 });
    const res = await openWith([
      [PNG, 'a.png', 'image/png'],
      [PDF, 'b.pdf', 'application/pdf'],
    ]);
    expect(res.status).toBe(400);
    // the storage's failure, not the file's: «try again later», on the attachments field
    expect(res.body.error.details.errors).toEqual([expect.objectContaining({ path: ['attachments'], code: 'attachmentStorageUnavailable' })]);
    expect(res.body.error.message).toBe('پیوست‌ها اکنون ذخیره نمی‌شوند؛ لطفاً چند دقیقه بعد دوباره تلاش کنید.');
    const puts = s3.requests.filter((r) => r.method === 'PUT').slice(-2);
    expect(puts.map((r) => r.status)).toEqual([200, 500]);
    expect(s3.requests.filter((r) => r.method === 'DELETE').length).toBeGreaterThanOrEqual(1);
    expect(await state()).toEqual(before);
  });

  test('the transaction fails after the files were stored: their objects are deleted', async () => {
    const before = await state();
    const sla = app.strapi.service('api::ticket.sla') as any;
    const spy = jest.spyOn(sla, 'dueDates').mockRejectedValueOnce(new Error('the database went away'));
    try {
      const res = await openWith([[PDF, 'c.pdf', 'application/pdf']]);
      expect(res.status).toBe(500);
    } finally {
      spy.mockRestore();
    }
    expect(s3.requests.filter((r) => r.method === 'PUT').at(-1)).toMatchObject({ status: 200 });
    expect(s3.requests.at(-1)).toMatchObject({ method: 'DELETE', status: 204 });
    expect(await state()).toEqual(before);
  });

  test('the Media Library: an upload lands in the bucket and comes back with a signed URL', async () => {
    const res = await request(app.server).post('/upload').set(auth(admin)).attach('files', PDF, { filename: 'catalogue.pdf', contentType: 'application/pdf' });
    expect(res.status).toBe(201);
    const [file] = res.body;
    const key = `${PREFIX}/${file.hash}${file.ext}`;
    expect(s3.objects.get(key)?.body).toEqual(PDF);
    const listed = await request(app.server).get(`/upload/files/${file.id}`).set(auth(admin));
    expect(listed.status).toBe(200);
    expect(listed.body.url).toMatch(new RegExp(`^${s3.url}/${s3.bucket}/${key}\\?X-Amz-Algorithm=AWS4-HMAC-SHA256&.*X-Amz-Signature=[0-9a-f]{64}$`));
    const fetched = await axios.get(listed.body.url, { responseType: 'arraybuffer' });
    expect(Buffer.from(fetched.data)).toEqual(PDF);
    // its removal removes the object
    expect((await request(app.server).delete(`/upload/files/${file.id}`).set(auth(admin))).status).toBe(200);
    expect(s3.objects.has(key)).toBe(false);
  });
});

describe('start-up', () => {
  test('UPLOAD_PROVIDER=s3 with a variable missing: the app does not start, and says which', async () => {
    setS3Env({ S3_BUCKET: undefined, S3_SECRET_ACCESS_KEY: '' });
    let started: TestApp | undefined;
    try {
      started = await startApp();
    } catch (error: any) {
      expect(String(error?.message)).toContain('UPLOAD_PROVIDER=s3: S3_BUCKET is not set; S3_SECRET_ACCESS_KEY is not set.');
    } finally {
      await started?.stop();
      setS3Env();
    }
    expect(started).toBeUndefined();
  });
});
