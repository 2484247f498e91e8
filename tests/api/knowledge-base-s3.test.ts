/**
 * The knowledge base on S3-compatible storage (UPLOAD_PROVIDER=s3, a private bucket; the fake S3
 * service verifies every signature): an article's cover, its body's image, a video's file and
 * poster come back with presigned URLs a browser can fetch (the stored address alone is refused),
 * and a device model's document streams to the device's owner through the app (B gets 404).
 */
import axios from 'axios';
import request from 'supertest';
import { startApp, type TestApp } from '../helpers/strapi';
import { createCustomer, createDevice, tokenFor } from '../helpers/fixtures';
import { MP4_HEAD, PNG_1x1, uploadFile } from '../helpers/uploads';
import { startFakeS3, type FakeS3 } from '../fakes/s3';
import { simplePdf } from '../../src/bootstrap/demo-pdf';
import { imageBlock } from '../../src/domain/blocks';

const S3_VARIABLES = ['UPLOAD_PROVIDER', 'S3_ENDPOINT', 'S3_REGION', 'S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY', 'S3_FORCE_PATH_STYLE', 'S3_PREFIX', 'S3_PUBLIC_URL'];

let s3: FakeS3;
let app: TestApp;
let tokenA: string;
let tokenB: string;
let deviceA: string;
let article: string;
let video: string;
let manual: any;
const pdf = simplePdf('Zig S3 - user manual', ['Stored in a private bucket.']);

const get = (path: string, token: string) => request(app.server).get(path).set('Authorization', `Bearer ${token}`);
const signed = (url: string) => expect(url).toMatch(new RegExp(`^${s3.url}/${s3.bucket}/kb-files/.+X-Amz-Signature=`));

beforeAll(async () => {
  s3 = await startFakeS3();
  Object.assign(process.env, {
    UPLOAD_PROVIDER: 's3',
    S3_ENDPOINT: s3.url,
    S3_REGION: s3.region,
    S3_BUCKET: s3.bucket,
    S3_ACCESS_KEY_ID: s3.accessKeyId,
    S3_SECRET_ACCESS_KEY: s3.secretAccessKey,
    S3_FORCE_PATH_STYLE: 'true',
    S3_PREFIX: 'kb-files',
  });
  app = await startApp();
  const docs = app.strapi.documents;
  const type = await docs('api::device-type.device-type').create({ data: { name: 'چیلر اس‌تری', nameEn: 'S3 chiller', code: 's3-chiller' } as any });
  const model = await docs('api::device-model.device-model').create({ data: { brand: 'Zig', model: 'S3-1', deviceType: type.documentId } as any });
  const a = await createCustomer(app.strapi);
  const b = await createCustomer(app.strapi);
  deviceA = (await createDevice(app.strapi, { owner: a.documentId, model: model.documentId })).documentId;
  tokenA = await tokenFor(app.server, a.subscriberNumber);
  tokenB = await tokenFor(app.server, b.subscriberNumber);

  const cover = await uploadFile(app.strapi, PNG_1x1, 'cover.png', 'image/png', 'جلد');
  const clip = await uploadFile(app.strapi, MP4_HEAD, 'clip.mp4', 'video/mp4');
  manual = await uploadFile(app.strapi, pdf, 'راهنما.pdf', 'application/pdf');
  await docs('api::device-model.device-model').update({ documentId: model.documentId, data: { documents: [manual.id] } as any });

  const created = await docs('api::article.article').create({
    locale: 'fa',
    data: { title: 'مقالهٔ ذخیره‌شده در فضای ابری', cover: cover.id, deviceTypes: [type.documentId], body: [{ type: 'paragraph', children: [{ type: 'text', text: 'متن' }] }, imageBlock(cover)] } as any,
  });
  await docs('api::article.article').publish({ documentId: created.documentId, locale: 'fa' });
  article = created.documentId;
  const createdVideo = await docs('api::video.video').create({ locale: 'fa', data: { title: 'ویدیوی ابری', file: clip.id, poster: cover.id } as any });
  await docs('api::video.video').publish({ documentId: createdVideo.documentId, locale: 'fa' });
  video = createdVideo.documentId;
}, 120_000);

afterAll(async () => {
  await app?.stop();
  await s3?.close();
  for (const name of S3_VARIABLES) delete process.env[name];
});

test('covers, body images, posters and video files come back as presigned URLs that fetch the object', async () => {
  const list = await get('/api/me/articles', tokenA);
  expect(list.status).toBe(200);
  const summary = list.body.data.find((x: any) => x.id === article);
  signed(summary.cover.url);
  expect(summary.cover.alt).toBe('جلد');
  const fetched = await axios.get(summary.cover.url, { responseType: 'arraybuffer', validateStatus: () => true });
  expect(fetched.status).toBe(200);
  expect(Buffer.from(fetched.data).subarray(0, 4).toString('latin1')).toBe('\x89PNG');
  // the stored address alone is refused: the bucket is private
  expect((await axios.get(summary.cover.url.split('?')[0], { validateStatus: () => true })).status).toBe(403);

  const detail = await get(`/api/me/articles/${article}`, tokenA);
  signed(detail.body.data.body.find((b: any) => b.type === 'image').image.url);

  const one = await get(`/api/me/videos/${video}`, tokenA);
  expect(one.body.data.source).toMatchObject({ kind: 'file', mime: 'video/mp4' });
  signed(one.body.data.source.url);
  signed(one.body.data.poster.url);
  const clip = await axios.get(one.body.data.source.url, { responseType: 'arraybuffer', validateStatus: () => true });
  expect(Buffer.compare(Buffer.from(clip.data), MP4_HEAD)).toBe(0);
});

test('a model’s document streams from the bucket to the device’s owner only', async () => {
  const device = await get(`/api/me/devices/${deviceA}`, tokenA);
  const [document] = device.body.data.documents;
  expect(document).toMatchObject({ id: manual.documentId, name: 'راهنما.pdf', mime: 'application/pdf' });
  const res = await get(document.url, tokenA)
    .buffer(true)
    .parse((r, cb) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => cb(null, Buffer.concat(chunks)));
    });
  expect(res.status).toBe(200);
  expect(res.headers['content-disposition']).toMatch(/^attachment;/);
  expect(Buffer.compare(res.body, pdf)).toBe(0);
  expect((await get(document.url, tokenB)).status).toBe(404);
});
