/**
 * The demo's knowledge base (src/bootstrap/demo-knowledge-base.ts), seeded with the whole demo as
 * `npm run dev` seeds it: a buyer who owns a water treatment unit (1003) finds its articles and
 * videos and the general ones, never the draft nor the chiller's; English where written; the
 * model's user manual downloads as a PDF. The demo's files are removed afterwards.
 */
import request from 'supertest';
import { startApp, type TestApp } from '../helpers/strapi';
import { seedDemo, DEMO_CUSTOMER_PASSWORD } from '../../src/bootstrap/demo-data';
import { DEMO_ARTICLES, DEMO_DOCUMENTS, DEMO_TOPICS, DEMO_VIDEOS, removeDemoKnowledgeBaseFiles } from '../../src/bootstrap/demo-knowledge-base';
import { tokenFor } from '../helpers/fixtures';

let app: TestApp;
let token: string;

const get = (path: string) => request(app.server).get(path).set('Authorization', `Bearer ${token}`);
const slugs = (res: request.Response) => res.body.data.map((x: any) => x.slug).sort();

beforeAll(async () => {
  app = await startApp();
  await seedDemo(app.strapi);
  token = await tokenFor(app.server, '1003', DEMO_CUSTOMER_PASSWORD);
}, 180_000);
afterAll(async () => {
  if (app) await removeDemoKnowledgeBaseFiles(app.strapi);
  await app?.stop();
});

test('the demo has topics, Persian articles (some in English), a draft and videos for every demo device type', async () => {
  expect(await app.strapi.db.query('api::knowledge-topic.knowledge-topic').count()).toBe(DEMO_TOPICS.length);
  const published = await app.strapi.db.query('api::article.article').count({ where: { locale: 'fa', publishedAt: { $notNull: true } } });
  expect(published).toBe(DEMO_ARTICLES.filter((a) => !a.draft).length);
  expect(await app.strapi.db.query('api::article.article').count({ where: { locale: 'en', publishedAt: { $notNull: true } } })).toBe(DEMO_ARTICLES.filter((a) => a.en && !a.draft).length);
  expect(DEMO_ARTICLES.some((a) => a.draft)).toBe(true);
  for (const type of ['industrial-chiller', 'water-treatment-unit', 'air-compressor']) {
    expect(DEMO_ARTICLES.some((a) => a.types.includes(type as any))).toBe(true);
    expect(DEMO_VIDEOS.some((v) => v.types.includes(type as any))).toBe(true);
  }
  const searchText = await app.strapi.db.query('api::article.article').findOne({ where: { slug: 'ro-filter-change', locale: 'fa' }, select: ['searchText'] });
  expect(searchText.searchText).toMatch(/^تعویضفیلترهایدستگاهتصفیهاب/);
});

test('a water treatment unit’s owner: its articles and the general ones, never the draft; the home page', async () => {
  const list = await get('/api/me/articles');
  expect(list.status).toBe(200);
  expect(slugs(list)).toEqual(['confirm-installation', 'open-a-ticket', 'ro-filter-change', 'ro-low-output']);
  const all = await get('/api/me/articles?deviceType=all&pageSize=50');
  expect(slugs(all)).not.toContain('chiller-software-update-draft');
  expect((await get('/api/me/articles/chiller-software-update-draft')).status).toBe(404);

  const home = await get('/api/me/knowledge-base');
  expect(home.body.data.deviceTypes[0]).toMatchObject({ code: 'water-treatment-unit', owned: true, articles: 2, videos: 1 });
  expect(home.body.data.deviceTypes.map((t: any) => t.code).sort()).toEqual(['air-compressor', 'industrial-chiller', 'water-treatment-unit']);
  expect(home.body.data.topics.map((t: any) => t.code)).toEqual(DEMO_TOPICS.map((t) => t.code));
  expect(home.body.data.latestVideos.map((v: any) => v.slug).sort()).toEqual(['video-portal-tour', 'video-ro-filter']);

  expect(slugs(await get(`/api/me/articles?q=${encodeURIComponent('فيلتر')}`))).toEqual(['ro-filter-change', 'ro-low-output']);
  const english = await get('/api/me/articles?locale=en');
  expect(Object.fromEntries(english.body.data.map((a: any) => [a.slug, a.locale]))).toEqual({ 'confirm-installation': 'en', 'open-a-ticket': 'fa', 'ro-filter-change': 'fa', 'ro-low-output': 'fa' });
});

test('the device page lists its model’s user manual, which downloads as a PDF', async () => {
  const devices = await get('/api/me/devices');
  const device = await get(`/api/me/devices/${devices.body.data[0].id}`);
  const expected = DEMO_DOCUMENTS.filter((d) => d.model === `${device.body.data.brand} ${device.body.data.model}`);
  expect(device.body.data.documents.map((d: any) => d.name)).toEqual(expected.map((d) => d.name));
  const pdf = await get(device.body.data.documents[0].url).buffer(true).parse((res, cb) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c));
    res.on('end', () => cb(null, Buffer.concat(chunks)));
  });
  expect(pdf.status).toBe(200);
  expect(pdf.headers['content-type']).toBe('application/pdf');
  expect((pdf.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
});
