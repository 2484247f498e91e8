/**
 * The company's contact details: staff keep them in the «اطلاعات تماس» single type (phones in any
 * digits, e-mail, hours and address in Persian and English); GET /api/contact-details answers the
 * public fields to anyone, from a cache a staff edit empties; nobody but staff writes them.
 */
import request from 'supertest';
import { startApp, countQueries, type TestApp } from '../helpers/strapi';
import { adminToken, createCustomer, tokenFor } from '../helpers/fixtures';

const UID = 'api::contact-settings.contact-settings';
const CM = `/content-manager/single-types/${UID}`;

let app: TestApp;
let customerToken: string;
let staffToken: string;

const publicRead = () => request(app.server).get('/api/contact-details');

beforeAll(async () => {
  app = await startApp();
  const customer = await createCustomer(app.strapi);
  customerToken = await tokenFor(app.server, customer.subscriberNumber);
  staffToken = await adminToken(app.strapi, app.server);
});
afterAll(async () => {
  await app?.stop();
});

test('before staff enter anything: an empty answer, not an error', async () => {
  const res = await publicRead();
  expect(res.status).toBe(200);
  expect(res.body.data).toEqual({ phones: [], email: null, workingHours: null, address: null });
});

test('staff save the details in the admin (Persian digits accepted); the public reads them at once, public fields only', async () => {
  // read once so the empty answer is cached: the save below must replace it
  await publicRead();
  const saved = await request(app.server).put(CM).set('Authorization', `Bearer ${staffToken}`).send({
    supportPhone: '۰۲۱-۹۱۰۰ ۴۲۵۰',
    secondPhone: '0912 410 4250',
    email: ' Support@Poshtiban.ir ',
    workingHoursFa: 'شنبه تا چهارشنبه ۸:۳۰ تا ۱۷',
    workingHoursEn: 'Saturday to Wednesday 8:30–17:00',
    addressFa: 'تهران، خیابان ولیعصر، پلاک ۱۲',
    addressEn: '',
  });
  expect(saved.status).toBe(200);
  expect(saved.body.data).toMatchObject({ supportPhone: '02191004250', secondPhone: '09124104250', email: 'support@poshtiban.ir', addressEn: null });

  const res = await publicRead();
  expect(res.status).toBe(200);
  expect(res.headers['cache-control']).toMatch(/max-age=\d+/);
  expect(res.body.data).toEqual({
    phones: [
      { number: '02191004250', display: '021 9100 4250', href: 'tel:+982191004250' },
      { number: '09124104250', display: '0912 410 4250', href: 'tel:+989124104250' },
    ],
    email: 'support@poshtiban.ir',
    workingHours: { fa: 'شنبه تا چهارشنبه ۸:۳۰ تا ۱۷', en: 'Saturday to Wednesday 8:30–17:00' },
    // no English address: the Persian stands in, and en says there is none
    address: { fa: 'تهران، خیابان ولیعصر، پلاک ۱۲', en: null },
  });
  // nothing of Strapi's record leaks (ids, timestamps, who edited)
  expect(JSON.stringify(res.body)).not.toMatch(/documentId|createdAt|updatedBy|"id"/);
});

test('the answer is cached: repeated reads do not touch the database', async () => {
  await publicRead();
  const { count } = await countQueries(app.strapi, async () => {
    for (let i = 0; i < 5; i += 1) expect((await publicRead()).status).toBe(200);
  });
  expect(count).toBe(0);
});

test('a wrong phone or e-mail is refused field by field, in Persian and English', async () => {
  const res = await request(app.server).put(CM).set('Authorization', `Bearer ${staffToken}`).send({ supportPhone: 'تلفن', email: 'not-an-address' });
  expect(res.status).toBe(400);
  const errors = res.body.error.details.errors.map((e: any) => [e.path.join('.'), e.message, e.messageEn]);
  expect(errors).toEqual([
    ['supportPhone', 'شماره تماس معتبر نیست.', 'The phone number is not valid.'],
    ['email', expect.stringContaining('ایمیل'), expect.stringContaining('e-mail')],
  ]);
  expect((await publicRead()).body.data.phones[0].number).toBe('02191004250');
});

test('neither the public nor a customer can write or read the stored record', async () => {
  const attempts = [
    ['put', '/api/contact-settings'],
    ['delete', '/api/contact-settings'],
    ['get', '/api/contact-settings'],
    ['post', '/api/contact-details'],
    ['put', '/api/contact-details'],
    ['delete', '/api/contact-details'],
  ] as const;
  for (const token of [undefined, customerToken]) {
    for (const [method, path] of attempts) {
      let req = (request(app.server) as any)[method](path);
      if (token) req = req.set('Authorization', `Bearer ${token}`);
      const res = await req.send({ data: { supportPhone: '02100000000' }, supportPhone: '02100000000' });
      expect([401, 403, 404, 405]).toContain(res.status);
    }
  }
  const stored = await app.strapi.db.query(UID).findOne({});
  expect(stored.supportPhone).toBe('02191004250');
});

test('the public read takes no query parameters', async () => {
  const res = await request(app.server).get('/api/contact-details?populate=*');
  expect(res.status).toBe(400);
});
