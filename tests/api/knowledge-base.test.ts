/**
 * The knowledge base for buyers (issue 13; docs/api.md «Knowledge base»): articles and videos
 * written and published by staff through the Document Service (the rules run), read through
 * /api/me/knowledge-base, /api/me/articles… and /api/me/videos…, and a device model's documents
 * through the device's own route.
 *   - drafts never reach a buyer: not listed, not found by id or slug, not searched, no feedback;
 *   - scope: by default the caller's device types plus general items; ?deviceType=<code> | all;
 *     ?topic=<code>; ?locale=en falls back to Persian per item;
 *   - search finds an article however a word is typed (src/domain/persian-search-text.ts);
 *   - «was this helpful?»: one row per buyer and article, a strict boolean, staff see the counts
 *     (an admin route that refuses a role without read on articles);
 *   - B cannot read A's device documents, nor a file of another model (404);
 *   - query parameters are checked (400, Persian field errors); the same statements for 1
 *     article as for 20.
 */
import request from 'supertest';
import { countQueries, startApp, type TestApp } from '../helpers/strapi';
import { adminToken, createCustomer, createDevice, createStaffMember, tokenFor } from '../helpers/fixtures';
import { MP4_HEAD, PNG_1x1, removeFiles, uploadFile } from '../helpers/uploads';
import { simplePdf } from '../../src/bootstrap/demo-pdf';
import { imageBlock } from '../../src/domain/blocks';
import { refreshSearchText } from '../../src/validation/rules/knowledge-base';
import { STAFF_ROLES } from '../../src/domain/staff-matrix';

const ARTICLE = 'api::article.article';
const VIDEO = 'api::video.video';
const TOPIC = 'api::knowledge-topic.knowledge-topic';
const FEEDBACK = 'api::article.article-feedback';
const ZWNJ = '\u200c';

let app: TestApp;
let tokenA: string;
let tokenB: string;
let deviceA: string;
let deviceB: string;
const files: Array<{ id: number }> = [];
const types = {} as Record<'chiller' | 'water' | 'compressor', { id: number; documentId: string; code: string }>;
const models = {} as Record<'chiller' | 'water', { id: number; documentId: string }>;
const topics = {} as Record<'setup' | 'care', { documentId: string; code: string }>;
const articles = {} as Record<string, string>;
const videos = {} as Record<string, string>;

const get = (path: string, token: string) => request(app.server).get(path).set('Authorization', `Bearer ${token}`);
const post = (path: string, token: string, body: unknown) => request(app.server).post(path).set('Authorization', `Bearer ${token}`).send(body as object);
const ids = (res: request.Response) => (res.body.data as Array<{ id: string }>).map((a) => a.id);
const persian = (text: unknown) => typeof text === 'string' && /[\u0600-\u06FF]/.test(text);

const paragraph = (text: string) => ({ type: 'paragraph', children: [{ type: 'text', text }] });

/** An article as a technical editor writes it (Persian; `en` adds the English version), published unless `draft`. */
const writeArticle = async (
  fa: { title: string; slug?: string; summary?: string; body?: string; types?: string[]; topic?: string; cover?: number; image?: Record<string, any> },
  { en, draft = false }: { en?: { title: string; summary?: string; body?: string }; draft?: boolean } = {}
) => {
  const created = await app.strapi.documents(ARTICLE).create({
    locale: 'fa',
    data: {
      title: fa.title,
      slug: fa.slug,
      summary: fa.summary ?? null,
      // an image as the editor stores it: the file's fields, its URL as it was then (the API gives the current one)
      body: [paragraph(fa.body ?? 'متن مقاله'), ...(fa.image ? [imageBlock({ ...fa.image, url: '/uploads/stale.png', alternativeText: 'تصویر' })] : [])],
      deviceTypes: fa.types ?? [],
      topic: fa.topic ?? null,
      cover: fa.cover ?? null,
    } as any,
  });
  if (en) await app.strapi.documents(ARTICLE).update({ documentId: created.documentId, locale: 'en', data: { title: en.title, summary: en.summary ?? null, body: [paragraph(en.body ?? 'Article text')] } as any });
  if (!draft) await app.strapi.documents(ARTICLE).publish({ documentId: created.documentId, locale: '*' });
  return created.documentId as string;
};

const writeVideo = async (data: Record<string, unknown>, { draft = false } = {}) => {
  const created = await app.strapi.documents(VIDEO).create({ locale: 'fa', data: data as any });
  if (!draft) await app.strapi.documents(VIDEO).publish({ documentId: created.documentId, locale: '*' });
  return created.documentId as string;
};

beforeAll(async () => {
  app = await startApp();
  const docs = app.strapi.documents;
  for (const [key, name, nameEn] of [
    ['chiller', 'چیلر صنعتی', 'Industrial chiller'],
    ['water', 'دستگاه تصفیه آب', 'Water treatment unit'],
    ['compressor', 'کمپرسور هوا', 'Air compressor'],
  ] as const) {
    const code = `kb-${key}-${process.pid}`;
    const type = await docs('api::device-type.device-type').create({ data: { name: `${name} ${process.pid}`, nameEn, code } as any });
    types[key] = { id: type.id as number, documentId: type.documentId, code };
  }
  for (const key of ['chiller', 'water'] as const) {
    const model = await docs('api::device-model.device-model').create({ data: { brand: 'Zig', model: `KB-${key}-${process.pid}`, deviceType: types[key].documentId } as any });
    models[key] = { id: model.id as number, documentId: model.documentId };
  }
  for (const [key, name, nameEn, sortOrder] of [
    ['setup', 'راه‌اندازی', 'Getting started', 1],
    ['care', 'نگهداری', 'Maintenance', 2],
  ] as const) {
    const topic = await docs(TOPIC).create({ data: { name: `${name} ${process.pid}`, nameEn, code: `kb-${key}-${process.pid}`, sortOrder } as any });
    topics[key] = { documentId: topic.documentId, code: topic.code };
  }

  const a = await createCustomer(app.strapi);
  const b = await createCustomer(app.strapi);
  deviceA = (await createDevice(app.strapi, { owner: a.documentId, model: models.chiller.documentId })).documentId;
  deviceB = (await createDevice(app.strapi, { owner: b.documentId, model: models.water.documentId })).documentId;
  tokenA = await tokenFor(app.server, a.subscriberNumber);
  tokenB = await tokenFor(app.server, b.subscriberNumber);

  const cover = await uploadFile(app.strapi, PNG_1x1, 'چیلر.png', 'image/png', 'نمای چیلر');
  files.push(cover);
  articles.chiller = await writeArticle(
    {
      title: `راه${ZWNJ}اندازی چیلر پس از نصب`,
      slug: `chiller-start-${process.pid}`,
      summary: 'گام‌های نخستین روشن کردن چیلر',
      body: `پس از باز کردن شیر آب، کمپرسور ظرف ۵ دقیقه روشن می${ZWNJ}شود.`,
      types: [types.chiller.documentId],
      topic: topics.setup.documentId,
      cover: cover.id,
      image: cover,
    },
    { en: { title: 'Starting the chiller after installation', summary: 'The first start, step by step', body: 'Open the water valve; the compressor starts within 5 minutes.' } }
  );
  articles.water = await writeArticle({ title: 'تعویض فیلتر دستگاه تصفیه آب', body: 'فیلتر را هر شش ماه عوض کنید.', types: [types.water.documentId], topic: topics.care.documentId });
  articles.compressor = await writeArticle({ title: 'روغن‌کاری کمپرسور هوا', body: 'سطح روغن را هر هفته ببینید.', types: [types.compressor.documentId], topic: topics.care.documentId });
  articles.general = await writeArticle({ title: 'ثبت تیکت پشتیبانی', body: 'از صفحهٔ دستگاه، «ثبت تیکت جدید» را بزنید.' });
  articles.draft = await writeArticle({ title: 'پیش‌نویس محرمانهٔ زمستانی', slug: `draft-${process.pid}`, body: 'واژهٔ ویژهٔ پیشنویسی', types: [types.chiller.documentId] }, { draft: true });

  videos.chiller = await writeVideo({ title: 'ویدیوی راه‌اندازی چیلر', description: 'روشن کردن چیلر در ده دقیقه', externalUrl: 'https://www.aparat.com/v/chiller1', durationSeconds: 600, deviceTypes: [types.chiller.documentId], topic: topics.setup.documentId });
  const clip = await uploadFile(app.strapi, MP4_HEAD, 'تعویض فیلتر.mp4', 'video/mp4');
  files.push(clip);
  videos.general = await writeVideo({ title: 'آشنایی با پورتال پشتیبانی', description: 'ثبت تیکت و پرداخت فاکتور', file: clip.id, poster: cover.id });
  videos.water = await writeVideo({ title: 'شست‌وشوی مخزن', externalUrl: 'https://www.aparat.com/v/water1', deviceTypes: [types.water.documentId] });
  videos.draft = await writeVideo({ title: 'ویدیوی پیش‌نویس', externalUrl: 'https://www.aparat.com/v/draft1', deviceTypes: [types.chiller.documentId] }, { draft: true });
}, 120_000);

afterAll(async () => {
  if (app) await removeFiles(app.strapi, files);
  await app?.stop();
});

describe('which articles a buyer sees', () => {
  test('by default: the device types they own plus general articles; drafts never', async () => {
    const a = await get('/api/me/articles', tokenA);
    expect(a.status).toBe(200);
    expect(ids(a).sort()).toEqual([articles.chiller, articles.general].sort());
    expect(a.body.meta.pagination).toEqual({ page: 1, pageSize: 20, total: 2, pageCount: 1 });
    const b = await get('/api/me/articles', tokenB);
    expect(ids(b).sort()).toEqual([articles.water, articles.general].sort());
  });

  test('?deviceType=<code> → that type plus general; all → everything published; an unknown code → 400', async () => {
    expect(ids(await get(`/api/me/articles?deviceType=${types.water.code}`, tokenA)).sort()).toEqual([articles.water, articles.general].sort());
    expect(ids(await get('/api/me/articles?deviceType=all&pageSize=50', tokenA)).sort()).toEqual(
      expect.arrayContaining([articles.chiller, articles.water, articles.compressor, articles.general])
    );
    expect(ids(await get('/api/me/articles?deviceType=all&pageSize=50', tokenA))).not.toContain(articles.draft);
    const unknown = await get('/api/me/articles?deviceType=no-such-type', tokenA);
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.details.errors).toEqual([expect.objectContaining({ path: ['query', 'deviceType'], code: 'deviceTypeUnknown' })]);
    expect(persian(unknown.body.error.details.errors[0].message)).toBe(true);
  });

  test('?topic=<code> filters; an unknown topic → 400', async () => {
    expect(ids(await get(`/api/me/articles?deviceType=all&topic=${topics.care.code}`, tokenA)).sort()).toEqual([articles.water, articles.compressor].sort());
    expect(ids(await get(`/api/me/articles?topic=${topics.setup.code}`, tokenA))).toEqual([articles.chiller]);
    const unknown = await get('/api/me/articles?topic=nothing', tokenA);
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.details.errors[0]).toMatchObject({ path: ['query', 'topic'], code: 'topicUnknown' });
  });

  test('an article in the list: its summary, cover, device types, topic and publication moment', async () => {
    const res = await get('/api/me/articles', tokenA);
    const chiller = res.body.data.find((x: any) => x.id === articles.chiller);
    expect(chiller).toEqual({
      id: articles.chiller,
      slug: `chiller-start-${process.pid}`,
      locale: 'fa',
      title: `راه${ZWNJ}اندازی چیلر پس از نصب`,
      summary: 'گام‌های نخستین روشن کردن چیلر',
      cover: { url: expect.stringMatching(/^\/uploads\/.+\.png$/), alt: 'نمای چیلر' },
      deviceTypes: [{ code: types.chiller.code, name: `چیلر صنعتی ${process.pid}`, nameEn: 'Industrial chiller' }],
      topic: { code: topics.setup.code, name: `راه‌اندازی ${process.pid}`, nameEn: 'Getting started' },
      publishedAt: { iso: expect.any(String), jalali: expect.any(String) },
    });
    expect(chiller).not.toHaveProperty('searchText');
    expect(chiller).not.toHaveProperty('body');
  });

  test('one article by documentId or slug, with its body (images fetchable) and myFeedback; a draft or an unknown id → 404', async () => {
    const byId = await get(`/api/me/articles/${articles.chiller}`, tokenA);
    expect(byId.status).toBe(200);
    expect(byId.body.data).toMatchObject({ id: articles.chiller, locale: 'fa', myFeedback: null });
    const image = byId.body.data.body.find((b: any) => b.type === 'image');
    expect(image.image).toEqual({ url: expect.stringMatching(/^\/uploads\/.+\.png$/), alternativeText: 'نمای چیلر', caption: null, width: 1, height: 1 });
    expect((await request(app.server).get(image.image.url)).status).toBe(200);
    const bySlug = await get(`/api/me/articles/chiller-start-${process.pid}`, tokenB); // any published article, whatever the type
    expect(bySlug.status).toBe(200);
    expect(bySlug.body.data.id).toBe(articles.chiller);

    for (const id of [articles.draft, `draft-${process.pid}`, 'zzzzzzzzzzzzzzzzzzzzzzzz', 'not a slug!', '..%2F..']) {
      const res = await get(`/api/me/articles/${encodeURIComponent(id)}`, tokenA);
      expect({ id, status: res.status }).toEqual({ id, status: 404 });
      expect(persian(res.body.error.message)).toBe(true);
    }
  });

  test('a published article whose draft was edited shows the published version; the draft’s words are not searched', async () => {
    const documentId = await writeArticle({ title: 'نسخهٔ منتشرشده', body: 'متن منتشرشده', types: [types.chiller.documentId] });
    await app.strapi.documents(ARTICLE).update({ documentId, locale: 'fa', data: { title: 'عنوان تازهٔ پیش‌نویس', body: [paragraph('واژه‌ای تازه در پیش‌نویس')] } as any });
    const one = await get(`/api/me/articles/${documentId}`, tokenA);
    expect(one.body.data.title).toBe('نسخهٔ منتشرشده');
    expect(ids(await get(`/api/me/articles?deviceType=all&q=${encodeURIComponent('تازه')}`, tokenA))).not.toContain(documentId);
    expect(ids(await get(`/api/me/articles?deviceType=all&q=${encodeURIComponent('منتشرشده')}`, tokenA))).toContain(documentId);
    await app.strapi.documents(ARTICLE).delete({ documentId, locale: '*' });
  });
});

describe('Persian search', () => {
  const search = async (q: string, extra = '&deviceType=all') => ids(await get(`/api/me/articles?q=${encodeURIComponent(q)}${extra}`, tokenA));

  test.each([
    [`می${ZWNJ}شود`],
    ['میشود'],
    ['می شود'],
    ['مي شود'],
    ['مي‌شود'],
    ['۵ دقیقه'],
    ['٥ دقيقه'],
    ['5 دقیقه'],
    ['راه اندازی'],
    ['راهاندازي'],
    [`راه${ZWNJ}اندازی چیلر`],
    ['كمپرسور'],
    ['  چیلر  '],
  ])('«%s» finds the same article', async (q) => {
    expect(await search(q)).toContain(articles.chiller);
  });

  test('every token must match; drafts are never found; the default scope still applies', async () => {
    expect(await search('چیلر فیلتر')).toEqual([]);
    expect(await search('پیشنویسی')).toEqual([]);
    expect(await search('فیلتر', '')).toEqual([]); // A owns no water treatment unit
    expect(await search('فیلتر')).toEqual([articles.water]);
  });

  test('title matches first, then the newest', async () => {
    const older = await writeArticle({ title: 'سرمایش شبانه با چیلر', body: 'متن' });
    const newer = await writeArticle({ title: 'نکته‌های تابستانی', body: 'سرمایش شبانه صرفه‌جویی می‌کند.' });
    const newest = await writeArticle({ title: 'سرمایش شبانهٔ کارگاه', body: 'متن' });
    expect(await search('سرمایش شبانه')).toEqual([newest, older, newer]);
    for (const documentId of [older, newer, newest]) await app.strapi.documents(ARTICLE).delete({ documentId, locale: '*' });
  });

  test('searchText follows every write, is never taken from input, and the admin’s search uses the same rule', async () => {
    const admin = await adminToken(app.strapi, app.server);
    const documentId = await writeArticle({ title: 'عنوان نخست', body: 'متن' }, { draft: true });
    const stored = () => app.strapi.db.query(ARTICLE).findOne({ where: { documentId, locale: 'fa', publishedAt: null }, select: ['searchText'] });
    expect((await stored()).searchText).toBe('عنواننخست متن');
    const cm = `/content-manager/collection-types/${ARTICLE}`;
    const put = await request(app.server).put(`${cm}/${documentId}?locale=fa`).set('Authorization', `Bearer ${admin}`).send({ title: 'عنوان دوم', searchText: 'دستکاری' });
    expect(put.status).toBe(200);
    expect((await stored()).searchText).toBe('عنواندوم متن');
    const found = await request(app.server).get(`${cm}?_q=${encodeURIComponent('عنوان دوم')}&locale=fa`).set('Authorization', `Bearer ${admin}`);
    expect(found.body.results.map((r: any) => r.documentId)).toContain(documentId);
    // rows written below the Document Service are caught up by the same function
    await app.strapi.db.query(ARTICLE).update({ where: { documentId, locale: 'fa' }, data: { searchText: '' } });
    expect(await refreshSearchText(app.strapi, ARTICLE, documentId)).toBe(1);
    expect((await stored()).searchText).toBe('عنواندوم متن');
    await app.strapi.documents(ARTICLE).delete({ documentId, locale: '*' });
  });
});

describe('locales', () => {
  test('?locale=en: the English version where there is one, else the Persian; each item says which', async () => {
    const res = await get('/api/me/articles?locale=en', tokenA);
    expect(res.status).toBe(200);
    const byId = Object.fromEntries(res.body.data.map((x: any) => [x.id, x]));
    expect(byId[articles.chiller]).toMatchObject({ locale: 'en', title: 'Starting the chiller after installation', cover: { alt: 'نمای چیلر' } });
    expect(byId[articles.general]).toMatchObject({ locale: 'fa', title: 'ثبت تیکت پشتیبانی' });
    expect(res.body.meta.pagination.total).toBe(2);
    expect((await get(`/api/me/articles/${articles.general}?locale=en`, tokenA)).body.data).toMatchObject({ locale: 'fa', title: 'ثبت تیکت پشتیبانی' });
    expect((await get(`/api/me/articles/${articles.chiller}?locale=en`, tokenA)).body.data.body).toEqual([paragraph('Open the water valve; the compressor starts within 5 minutes.')]);
    // English words find the English version, and its Persian fallback neighbours keep their own text
    expect(ids(await get(`/api/me/articles?locale=en&q=valve`, tokenA))).toEqual([articles.chiller]);
  });

  test('the locales share device types, topic and cover: a new English version gets them; a change on one reaches the other', async () => {
    const shared = async (documentId: string) =>
      (
        await app.strapi.db.query(ARTICLE).findMany({
          where: { documentId },
          select: ['locale', 'publishedAt'],
          populate: { deviceTypes: { select: ['code'] }, topic: { select: ['code'] }, cover: { select: ['id'] } },
          orderBy: [{ locale: 'asc' }, { id: 'asc' }],
        })
      ).map((r: any) => ({ locale: r.locale, published: Boolean(r.publishedAt), types: r.deviceTypes.map((t: any) => t.code).sort(), topic: r.topic?.code ?? null, cover: r.cover?.id ?? null }));
    // the English version was written without them (writeArticle): it has the Persian one's
    expect(new Set((await shared(articles.chiller)).map(({ types, topic, cover }) => JSON.stringify({ types, topic, cover })))).toEqual(
      new Set([JSON.stringify({ types: [types.chiller.code], topic: topics.setup.code, cover: files[0].id })])
    );
    // B owns no chiller: the English list does not give B the chiller article either
    expect(ids(await get('/api/me/articles?locale=en', tokenB)).sort()).toEqual([articles.water, articles.general].sort());

    const documentId = await writeArticle({ title: 'مقالهٔ دوزبانه', types: [types.water.documentId] }, { en: { title: 'Bilingual article' }, draft: true });
    // staff change the device types on the English version (the Content Manager sends connect / disconnect)
    await app.strapi.documents(ARTICLE).update({ documentId, locale: 'en', data: { deviceTypes: { connect: [{ documentId: types.compressor.documentId }], disconnect: [] } } as any });
    // … and leave them untouched on the Persian one
    await app.strapi.documents(ARTICLE).update({ documentId, locale: 'fa', data: { summary: 'خلاصه', deviceTypes: { connect: [], disconnect: [] } } as any });
    expect(await shared(documentId)).toEqual([
      { locale: 'en', published: false, types: [types.compressor.code, types.water.code].sort(), topic: null, cover: null },
      { locale: 'fa', published: false, types: [types.compressor.code, types.water.code].sort(), topic: null, cover: null },
    ]);
    await app.strapi.documents(ARTICLE).delete({ documentId, locale: '*' });
  });

  test('an unknown locale is a 400 on query.locale', async () => {
    for (const path of ['/api/me/articles?locale=de', `/api/me/articles/${articles.chiller}?locale=FA`, '/api/me/knowledge-base?locale=ar', '/api/me/videos?locale=']) {
      const res = await get(path, tokenA);
      if (path.endsWith('locale=')) {
        expect(res.status).toBe(200); // empty = the default, Persian
        continue;
      }
      expect({ path, status: res.status }).toEqual({ path, status: 400 });
      expect(res.body.error.details.errors[0]).toMatchObject({ path: ['query', 'locale'], code: 'localeInvalid' });
      expect(persian(res.body.error.details.errors[0].message)).toBe(true);
    }
  });
});

describe('query parameters are checked', () => {
  test.each([
    ['q longer than 100 characters', `/api/me/articles?q=${'ب'.repeat(101)}`, ['query', 'q'], 'textTooLong'],
    ['q twice', '/api/me/articles?q=a&q=b', ['query', 'q'], 'mustBeText'],
    ['q with a NUL', '/api/me/articles?q=a%00b', ['query', 'q'], 'textControlCharacters'],
    ['page 0', '/api/me/articles?page=0', ['query', 'page'], 'invalidRequest'],
    ['pageSize 500', '/api/me/videos?pageSize=500', ['query', 'pageSize'], 'invalidRequest'],
    ['a device type that is not a code', '/api/me/videos?deviceType=%3Cscript%3E', ['query', 'deviceType'], 'deviceTypeUnknown'],
    ['an unknown parameter', '/api/me/articles?sort=title', ['query', 'sort'], 'unknownParameter'],
    ['filters', '/api/me/articles?filters[title]=x', ['query', 'filters'], 'unknownParameter'],
    ['a parameter the detail does not take', `/api/me/articles/x?q=a`, ['query', 'q'], 'unknownParameter'],
  ])('%s → 400 naming it, in Persian', async (_name, path, field, code) => {
    const res = await get(path, tokenA);
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors).toEqual([expect.objectContaining({ path: field, code })]);
    expect(persian(res.body.error.details.errors[0].message)).toBe(true);
  });

  test('Persian digits in page and pageSize are read', async () => {
    const res = await get('/api/me/articles?page=۱&pageSize=۱', tokenA);
    expect(res.status).toBe(200);
    expect(res.body.meta.pagination).toEqual({ page: 1, pageSize: 1, total: 2, pageCount: 2 });
  });
});

describe('was this helpful?', () => {
  const count = () => app.strapi.db.query(FEEDBACK).count({ where: { articleDocumentId: articles.chiller } });

  test('one row per buyer and article: a later answer replaces the earlier; myFeedback shows it', async () => {
    const first = await post(`/api/me/articles/${articles.chiller}/feedback`, tokenA, { helpful: true });
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ data: { helpful: true } });
    expect(await count()).toBe(1);
    const second = await post(`/api/me/articles/chiller-start-${process.pid}/feedback?locale=en`, tokenA, { helpful: false });
    expect(second.body).toEqual({ data: { helpful: false } });
    expect(await count()).toBe(1);
    expect(await app.strapi.db.query(FEEDBACK).findOne({ where: { articleDocumentId: articles.chiller } })).toMatchObject({ helpful: false, readerLocale: 'en' });
    expect((await get(`/api/me/articles/${articles.chiller}`, tokenA)).body.data.myFeedback).toBe(false);
    expect((await get(`/api/me/articles/${articles.chiller}`, tokenB)).body.data.myFeedback).toBeNull();
    await post(`/api/me/articles/${articles.chiller}/feedback`, tokenB, { helpful: true });
    expect(await count()).toBe(2);
  });

  test('a strict boolean: anything else is a 400 on helpful, nothing written', async () => {
    const before = await app.strapi.db.query(FEEDBACK).count();
    for (const body of [{ helpful: 'true' }, { helpful: 1 }, { helpful: null }, {}, { helpful: [true] }, { helpful: { $ne: false } }]) {
      const res = await post(`/api/me/articles/${articles.general}/feedback`, tokenA, body);
      expect({ body, status: res.status }).toEqual({ body, status: 400 });
      expect(res.body.error.details.errors[0].path).toEqual(['helpful']);
      expect(persian(res.body.error.details.errors[0].message)).toBe(true);
    }
    const extra = await post(`/api/me/articles/${articles.general}/feedback`, tokenA, { helpful: true, subscriberId: 1 });
    expect(extra.status).toBe(400);
    expect(extra.body.error.details.errors).toEqual([expect.objectContaining({ path: ['subscriberId'], code: 'notAllowed' })]);
    expect(await app.strapi.db.query(FEEDBACK).count()).toBe(before);
  });

  test('an unknown or draft article → 404, nothing written', async () => {
    const before = await app.strapi.db.query(FEEDBACK).count();
    for (const id of [articles.draft, 'zzzzzzzzzzzzzzzzzzzzzzzz', videos.chiller]) {
      const res = await post(`/api/me/articles/${id}/feedback`, tokenA, { helpful: true });
      expect({ id, status: res.status }).toEqual({ id, status: 404 });
    }
    expect(await app.strapi.db.query(FEEDBACK).count()).toBe(before);
  });

  test('staff see the counts per locale through back-office; a role without read on articles is refused with the reason', async () => {
    const login = async (roleCode: string) => {
      const member = await createStaffMember(app.strapi, roleCode);
      return (await request(app.server).post('/admin/login').send({ email: member.email, password: member.password })).body.data.token as string;
    };
    const support = await login(STAFF_ROLES.support.code);
    const res = await request(app.server).get(`/back-office/articles/${articles.chiller}/feedback`).set('Authorization', `Bearer ${support}`);
    expect(res.status).toBe(200);
    expect(res.body.data.locales).toEqual([
      { locale: 'fa', helpful: 1, notHelpful: 0 },
      { locale: 'en', helpful: 0, notHelpful: 1 },
    ]);
    const none = await request(app.server).get(`/back-office/articles/${articles.general}/feedback`).set('Authorization', `Bearer ${support}`);
    expect(none.body.data.locales).toEqual([]);
    expect((await request(app.server).get('/back-office/articles/zzzzzzzzzzzzzzzzzzzzzzzz/feedback').set('Authorization', `Bearer ${support}`)).status).toBe(404);

    const finance = await login(STAFF_ROLES.finance.code);
    const refused = await request(app.server).get(`/back-office/articles/${articles.chiller}/feedback`).set('Authorization', `Bearer ${finance}`);
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toContain(`«${STAFF_ROLES.finance.fa}»`);
    expect(refused.body.error.details).toMatchObject({ code: expect.stringMatching(/^roleMay/), task: 'read', contentType: ARTICLE });
    expect((await request(app.server).get(`/back-office/articles/${articles.chiller}/feedback`)).status).toBe(401);
  });
});

describe('videos', () => {
  test('the same scope: own types plus general; drafts never; a link or a file as the source', async () => {
    const list = await get('/api/me/videos', tokenA);
    expect(list.status).toBe(200);
    expect(ids(list).sort()).toEqual([videos.chiller, videos.general].sort());
    expect(ids(await get('/api/me/videos?deviceType=all', tokenA)).sort()).toEqual([videos.chiller, videos.general, videos.water].sort());
    const general = list.body.data.find((v: any) => v.id === videos.general);
    expect(general).toMatchObject({ locale: 'fa', title: 'آشنایی با پورتال پشتیبانی', poster: { url: expect.stringMatching(/^\/uploads\//) }, durationSeconds: null, deviceTypes: [], topic: null });
    expect(general).not.toHaveProperty('source');

    const link = await get(`/api/me/videos/${videos.chiller}`, tokenA);
    expect(link.body.data).toMatchObject({ durationSeconds: 600, source: { kind: 'link', url: 'https://www.aparat.com/v/chiller1' } });
    const file = await get(`/api/me/videos/${videos.general}?locale=en`, tokenA);
    expect(file.body.data).toMatchObject({ locale: 'fa', source: { kind: 'file', url: expect.stringMatching(/^\/uploads\/.+\.mp4$/), mime: 'video/mp4' } });
    expect((await get(`/api/me/videos/${videos.draft}`, tokenA)).status).toBe(404);
    expect(ids(await get(`/api/me/videos?deviceType=all&q=${encodeURIComponent('ويديوي پيش نويس')}`, tokenA))).toEqual([]);
    expect(ids(await get(`/api/me/videos?deviceType=all&q=${encodeURIComponent('شستوشوی')}`, tokenA))).toEqual([videos.water]);
  });

  test('a video needs a file or an https link (Persian and English errors on the fields)', async () => {
    const refused = async (data: Record<string, unknown>) => {
      try {
        await app.strapi.documents(VIDEO).create({ locale: 'fa', data: { title: 'بی‌منبع', ...data } as any });
      } catch (error: any) {
        return error;
      }
      throw new Error('expected a refusal');
    };
    const none = await refused({});
    expect(none.name).toBe('ValidationError');
    expect(none.details.errors.map((e: any) => e.path.join('.')).sort()).toEqual(['externalUrl', 'file']);
    expect(persian(none.message)).toBe(true);
    expect(none.details.messageEn).toMatch(/https/);
    for (const externalUrl of ['http://www.aparat.com/v/x', 'javascript:alert(1)', 'www.aparat.com/v/x', 'https://user:pass@aparat.com/v']) {
      const error = await refused({ externalUrl });
      expect(error.details.errors[0]).toMatchObject({ path: ['externalUrl'], code: 'videoLinkHttps' });
    }
    // an existing video keeps its source: removing the link without a file is refused too
    await expect(app.strapi.documents(VIDEO).update({ documentId: videos.water, locale: 'fa', data: { externalUrl: '' } as any })).rejects.toMatchObject({ name: 'ValidationError' });
    // the English version shares the source: no need to give it again
    await app.strapi.documents(VIDEO).update({ documentId: videos.water, locale: 'en', data: { title: 'Cleaning the tank' } as any });
    await app.strapi.documents(VIDEO).publish({ documentId: videos.water, locale: 'en' });
    expect((await get(`/api/me/videos/${videos.water}?locale=en`, tokenB)).body.data).toMatchObject({ locale: 'en', title: 'Cleaning the tank', source: { kind: 'link' } });
  });
});

describe('the knowledge base home', () => {
  test('device types (own first, with counts), topics in use, latest articles and videos of the default scope', async () => {
    const res = await get('/api/me/knowledge-base', tokenA);
    expect(res.status).toBe(200);
    const { deviceTypes, topics: listed, latestArticles, latestVideos } = res.body.data;
    const mine = deviceTypes.filter((t: any) => [types.chiller.code, types.water.code, types.compressor.code].includes(t.code));
    expect(mine).toEqual([
      { code: types.chiller.code, name: `چیلر صنعتی ${process.pid}`, nameEn: 'Industrial chiller', owned: true, articles: 1, videos: 1 },
      // then the others by name: «دستگاه…» before «کمپرسور…»
      expect.objectContaining({ code: types.water.code, owned: false, articles: 1, videos: 1 }),
      expect.objectContaining({ code: types.compressor.code, owned: false, articles: 1, videos: 0 }),
    ]);
    expect(deviceTypes[0]).toMatchObject({ code: types.chiller.code, owned: true });
    expect(listed.map((t: any) => t.code)).toEqual(expect.arrayContaining([topics.setup.code, topics.care.code]));
    expect(listed.indexOf(listed.find((t: any) => t.code === topics.setup.code))).toBeLessThan(listed.indexOf(listed.find((t: any) => t.code === topics.care.code)));
    expect(latestArticles.map((a: any) => a.id).sort()).toEqual([articles.chiller, articles.general].sort());
    expect(latestVideos.map((v: any) => v.id).sort()).toEqual([videos.chiller, videos.general].sort());
    expect(latestArticles.length).toBeLessThanOrEqual(6);
  });
});

describe('a device model’s documents', () => {
  let manual: any;
  let otherModelsCard: any;

  beforeAll(async () => {
    manual = await uploadFile(app.strapi, simplePdf('Zig KB chiller - user manual', ['Open the water valve first.']), 'دفترچهٔ راهنمای چیلر.pdf', 'application/pdf');
    otherModelsCard = await uploadFile(app.strapi, simplePdf('Warranty card'), 'کارت گارانتی.pdf', 'application/pdf');
    files.push(manual, otherModelsCard);
    await app.strapi.documents('api::device-model.device-model').update({ documentId: models.chiller.documentId, data: { documents: [manual.id] } as any });
    await app.strapi.documents('api::device-model.device-model').update({ documentId: models.water.documentId, data: { documents: [otherModelsCard.id] } as any });
  });

  const binary = (req: request.Test) =>
    req.buffer(true).parse((res, cb) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => cb(null, Buffer.concat(chunks)));
    });

  test('listed on the device with a download link; the owner downloads the PDF', async () => {
    const device = await get(`/api/me/devices/${deviceA}`, tokenA);
    expect(device.body.data.documents).toEqual([
      { id: manual.documentId, name: 'دفترچهٔ راهنمای چیلر.pdf', mime: 'application/pdf', size: expect.any(Number), url: `/api/me/devices/${deviceA}/documents/${manual.documentId}` },
    ]);
    const bytes = simplePdf('Zig KB chiller - user manual', ['Open the water valve first.']);
    expect(Math.abs(device.body.data.documents[0].size - bytes.length)).toBeLessThan(20);
    const res = await binary(get(device.body.data.documents[0].url, tokenA));
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename=".*\.pdf"; filename\*=UTF-8''/);
    expect(decodeURIComponent(res.headers['content-disposition'].split("UTF-8''")[1])).toBe('دفترچهٔ راهنمای چیلر.pdf');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['cache-control']).toBe('private, no-cache');
    expect(Buffer.compare(res.body, bytes)).toBe(0);
    // the list of devices stays as it was (documents on the device's own page only)
    expect((await get('/api/me/devices', tokenA)).body.data[0]).not.toHaveProperty('documents');
  });

  test('B cannot read A’s device documents; a file of another model, or no file, is 404', async () => {
    for (const [token, path] of [
      [tokenB, `/api/me/devices/${deviceA}/documents/${manual.documentId}`],
      [tokenA, `/api/me/devices/${deviceA}/documents/${otherModelsCard.documentId}`],
      [tokenB, `/api/me/devices/${deviceB}/documents/${manual.documentId}`],
      [tokenA, `/api/me/devices/${deviceA}/documents/zzzzzzzzzzzzzzzzzzzzzzzz`],
      [tokenA, `/api/me/devices/${deviceA}/documents/..%2F..%2Fpackage.json`],
    ] as const) {
      const res = await get(path, token);
      expect({ path, status: res.status }).toEqual({ path, status: 404 });
      expect(res.headers['content-disposition']).toBeUndefined();
    }
    expect((await get(`/api/me/devices/${deviceB}/documents/${otherModelsCard.documentId}`, tokenB)).status).toBe(200);
    expect((await request(app.server).get(`/api/me/devices/${deviceA}/documents/${manual.documentId}`)).status).toBe(401);
  });
});

describe('no N+1', () => {
  test('the same number of SQL statements for a page of 1 article or video and of 20; the home page too', async () => {
    const few = await app.strapi.documents('api::device-type.device-type').create({ data: { name: `نوع کم ${process.pid}`, nameEn: 'Few', code: `kb-few-${process.pid}` } as any });
    const many = await app.strapi.documents('api::device-type.device-type').create({ data: { name: `نوع پر ${process.pid}`, nameEn: 'Many', code: `kb-many-${process.pid}` } as any });
    const cover = files[0].id;
    const write = async (type: string, i: number) => {
      await writeArticle({ title: `مقالهٔ شمارهٔ ${i}`, body: 'متن', types: [type], topic: topics.care.documentId, cover });
      await writeVideo({ title: `ویدیوی شمارهٔ ${i}`, externalUrl: `https://www.aparat.com/v/n${i}`, deviceTypes: [type], topic: topics.care.documentId, poster: cover });
    };
    await write(few.documentId, 0);
    for (let i = 1; i <= 20; i++) await write(many.documentId, i);

    for (const kind of ['articles', 'videos']) {
      const path = (code: string) => `/api/me/${kind}?deviceType=${code}&topic=${topics.care.code}&pageSize=50&q=${encodeURIComponent('شماره')}`;
      await get(path(few.code), tokenA); // warm: the session's user, role and subscriber are cached
      const small = await countQueries(app.strapi, () => get(path(few.code), tokenA));
      const large = await countQueries(app.strapi, () => get(path(many.code), tokenA));
      expect((small.result as request.Response).body.data).toHaveLength(1);
      expect((large.result as request.Response).body.data).toHaveLength(20);
      expect({ kind, statements: large.count }).toEqual({ kind, statements: small.count });
      // the device type and topic codes, the page's ids and total, the rows, then one per relation
      expect(small.count).toBeLessThanOrEqual(9);
    }
    const home = await countQueries(app.strapi, () => get('/api/me/knowledge-base', tokenA));
    expect((home.result as request.Response).status).toBe(200);
    expect(home.count).toBeLessThanOrEqual(20);
  });
});
