/**
 * The Content Manager's search reads Persian (issue 10 §6): a subscriber number, mobile or serial
 * typed in Persian, Arabic-Indic or Latin digits, and names typed with Arabic ي/ك, find the
 * records; the list's count agrees with its rows. Text staff write is stored with Persian letters.
 * Through the admin API the list page calls (GET /content-manager/collection-types/:uid?_q=…).
 */
import request from 'supertest';
import { startApp, type TestApp } from '../helpers/strapi';
import { adminToken, createDevice, createModel, createSubscriber } from '../helpers/fixtures';

const SUBSCRIBER = 'api::subscriber.subscriber';
const DEVICE = 'api::device.device';

let app: TestApp;
let admin: string;
let ali: any;
let zahra: any;
let device: any;

const search = (uid: string, q: string, pageSize = 10) =>
  request(app.server)
    .get(`/content-manager/collection-types/${uid}`)
    .query({ page: 1, pageSize, _q: q })
    .set('Authorization', `Bearer ${admin}`);
const found = async (uid: string, q: string) => {
  const res = await search(uid, q);
  expect(res.status).toBe(200);
  // the count the list shows agrees with its rows
  expect(res.body.pagination.total).toBe(res.body.results.length);
  return res.body.results.map((r: any) => r.documentId);
};

beforeAll(async () => {
  app = await startApp();
  admin = await adminToken(app.strapi, app.server);
  // typed on an Arabic keyboard: stored with Persian letters
  ali = await createSubscriber(app.strapi, { subscriberNumber: '1001', fullName: 'علي كريمي', mobile: '09127654321' });
  zahra = await createSubscriber(app.strapi, { subscriberNumber: '2002', fullName: 'زهرا محمدی', mobile: '09351112233' });
  const model = await createModel(app.strapi);
  device = await createDevice(app.strapi, { owner: ali.documentId, model: model.documentId, serial: 'ZG20240017', staffNotes: 'نصب در پلاک ۴۵، طبقهٔ ۳' });
  await createDevice(app.strapi, { owner: ali.documentId, model: model.documentId, serial: 'ZG20249999' });
}, 180_000);
afterAll(async () => {
  await app?.stop();
});

// (numbers: the other subscriber's generated national code might contain the same digits by chance)
test('a subscriber number in Persian, Arabic-Indic or Latin digits finds the subscriber', async () => {
  for (const q of ['۱۰۰۱', '١٠٠١', '1001']) {
    const ids = await found(SUBSCRIBER, q);
    expect({ q, ali: ids.includes(ali.documentId) }).toEqual({ q, ali: true });
  }
  expect(await found(SUBSCRIBER, '۲۰۰۲')).toContain(zahra.documentId);
});

test('a mobile typed in Persian digits, with spaces or with +98, finds the subscriber', async () => {
  for (const q of ['۰۹۱۲۷۶۵', '۰۹۱۲ ۷۶۵ ۴۳۲۱', '+98 912 765 4321']) {
    const ids = await found(SUBSCRIBER, q);
    expect({ q, ali: ids.includes(ali.documentId), zahra: ids.includes(zahra.documentId) }).toEqual({ q, ali: true, zahra: false });
  }
});

test('Arabic ي/ك and Persian ی/ک find the same name, which is stored with Persian letters', async () => {
  const stored = await app.strapi.db.query(SUBSCRIBER).findOne({ where: { documentId: ali.documentId } });
  expect(stored.fullName).toBe('علی کریمی');
  for (const q of ['علي', 'كريمي', 'علی کریمی', 'علي كريمي']) expect({ q, found: await found(SUBSCRIBER, q) }).toEqual({ q, found: [ali.documentId] });
});

test('a device by its serial typed in Persian digits, and by free text stored with Persian digits', async () => {
  for (const q of ['ZG۲۰۲۴۰۰۱۷', 'zg-2024-0017', '٢٠٢٤٠٠١٧']) expect({ q, found: await found(DEVICE, q) }).toEqual({ q, found: [device.documentId] });
  // the note was typed with Persian digits and keeps them; Latin digits find it too
  for (const q of ['پلاک 45', 'پلاک ۴۵']) expect({ q, found: await found(DEVICE, q) }).toEqual({ q, found: [device.documentId] });
});

test('the relation picker finds a subscriber by number or name in any digits and either ی/ک (a device’s owner)', async () => {
  const pick = async (q: string) => {
    const res = await request(app.server)
      .get(`/content-manager/relations/${DEVICE}/owner`)
      .query({ _q: q, pageSize: 10, page: 1 })
      .set('Authorization', `Bearer ${admin}`);
    expect(res.status).toBe(200);
    return res.body.results.map((r: any) => r.documentId);
  };
  for (const q of ['۱۰۰۱', '١٠٠١', '1001', 'علي', 'كريمي']) expect({ q, found: await pick(q) }).toEqual({ q, found: [ali.documentId] });
  expect(await pick('۲۰۰۲')).toEqual([zahra.documentId]);
});

test('the count agrees with the rows beyond one page, and the Document Service searches the same way', async () => {
  for (const n of [1, 2, 3]) await createSubscriber(app.strapi, { fullName: `کیان فرهمند ${n}` });
  const page = await search(SUBSCRIBER, 'كيان', 2);
  expect(page.body.results).toHaveLength(2);
  expect(page.body.pagination).toMatchObject({ total: 3, pageCount: 2 });
  const documents = app.strapi.documents(SUBSCRIBER);
  expect(await documents.count({ _q: 'كيان' } as any)).toBe(3);
  expect((await documents.findMany({ _q: '۱۰۰۱' } as any)).map((s: any) => s.documentId)).toContain(ali.documentId);
  // the search narrows the filters staff set, never widens them
  expect(await documents.count({ _q: 'كريمي', filters: { mobile: '09351112233' } } as any)).toBe(0);
  expect(await documents.count({ _q: 'كريمي', filters: { mobile: '09127654321' } } as any)).toBe(1);
});

test('text staff write in any portal type is stored with Persian letters; digits in free text stay as typed', async () => {
  const type = await app.strapi.documents('api::device-type.device-type').create({ data: { name: 'كولر گازي', code: 'split-ac', description: 'مدل ۲۰۲۴' } as any });
  const row = await app.strapi.db.query('api::device-type.device-type').findOne({ where: { documentId: type.documentId } });
  expect(row).toMatchObject({ name: 'کولر گازی', description: 'مدل ۲۰۲۴' });
  const res = await request(app.server)
    .put(`/content-manager/collection-types/${SUBSCRIBER}/${ali.documentId}`)
    .set('Authorization', `Bearer ${admin}`)
    .send({ staffNotes: 'مشتري قديمي\nتماس: ۰۲۱-۸۸۸۸', address: { city: 'كرج', street: 'خيابان يكم', postalCode: '۳۱۳۳۳۳۳۳۳۳' } });
  expect(res.status).toBe(200);
  const after = await app.strapi.db.query(SUBSCRIBER).findOne({ where: { documentId: ali.documentId }, populate: { address: true } });
  expect(after.staffNotes).toBe('مشتری قدیمی\nتماس: ۰۲۱-۸۸۸۸');
  expect(after.address).toMatchObject({ city: 'کرج', street: 'خیابان یکم', postalCode: '3133333333' });
});

/**
 * PostgreSQL: the search's LIKEs are served by trigram indexes (src/search/search-indexes.ts), one
 * per column it searches — a column without one would make PostgreSQL read the whole table. The
 * search's own statements, as the Content Manager sends them, are planned with sequential scans and
 * walks of the primary key forbidden: only a plan on the indexes is then possible.
 */
const onPostgres = process.env.DATABASE_URL ? describe : describe.skip;
onPostgres('PostgreSQL: the staff search reads indexes, not the table', () => {
  test.each([SUBSCRIBER, DEVICE])('%s: an index for each searched column, and the search planned on them', async (uid) => {
    const { searchIndexes } = await import('../../src/search/search-indexes');
    const { searchedTextAttributes } = await import('../../src/search/persian-search');
    const indexes = searchIndexes(app.strapi, uid);
    expect(indexes.map((i) => i.column).sort()).toEqual(searchedTextAttributes(app.strapi, uid).map((a) => a.columnName).sort());
    const existing = (await app.strapi.db.connection.raw('SELECT indexname, indexdef FROM pg_indexes WHERE tablename = ?', [indexes[0].table])).rows;
    for (const index of indexes) {
      expect(existing.find((r: any) => r.indexname === index.name)?.indexdef).toMatch(/USING gin .*gin_trgm_ops/);
    }

    const table = indexes[0].table;
    const statements: Array<{ sql: string; bindings: unknown[] }> = [];
    const listen = (q: { sql: string; bindings: unknown[] }) => {
      if (q.sql.includes(`from "${table}"`) && /like/i.test(q.sql)) statements.push({ sql: q.sql, bindings: q.bindings });
    };
    app.strapi.db.connection.on('query', listen);
    try {
      expect((await search(uid, uid === SUBSCRIBER ? '۰۹۱۲۷۶۵' : 'ZG2024')).status).toBe(200);
    } finally {
      app.strapi.db.connection.off('query', listen);
    }
    expect(statements.length).toBeGreaterThanOrEqual(2); // the page and its count
    for (const { sql, bindings } of statements) {
      const plan = await app.strapi.db.connection.transaction(async (trx: any) => {
        await trx.raw('SET LOCAL enable_seqscan = off');
        await trx.raw('SET LOCAL enable_indexscan = off'); // nor a walk of the primary key filtering every row
        // the event shows the statement with PostgreSQL's numbered placeholders, in order
        return (await trx.raw(`EXPLAIN ${sql.replace(/\$\d+/g, "?")}`, bindings)).rows.map((r: any) => r['QUERY PLAN']).join('\n');
      });
      expect(plan).not.toMatch(new RegExp(`Seq Scan on ${table}\\b`));
      expect(plan).toMatch(/Bitmap Index Scan on \w+_trgm/);
    }
  });
});
