/**
 * Customer sessions (users-permissions in `refresh` mode): an access token is good only while the
 * session it was issued for is live — logout, a password change or a staff reset end access at
 * once, not when the 10-minute token runs out; a token signed for a session that does not exist
 * is refused. The refresh cookie is read only with a valid signature (APP_KEYS).
 */
import crypto from 'crypto';
import request from 'supertest';
import { countQueries, startApp, type TestApp } from '../helpers/strapi';
import { createCustomer, login, PASSWORD } from '../helpers/fixtures';

let app: TestApp;

const refreshCookies = (res: request.Response) =>
  ((res.headers['set-cookie'] as unknown as string[] | undefined) ?? []).filter((c) => c.startsWith('strapi_up_refresh')).map((c) => c.split(';')[0]);
const me = (token: string) => request(app.server).get('/api/me').set('Authorization', `Bearer ${token}`);
const refresh = (cookies: string[]) => request(app.server).post('/api/auth/refresh').set('Cookie', cookies.join('; ')).send({});

const base64url = (value: object | Buffer) => (Buffer.isBuffer(value) ? value : Buffer.from(JSON.stringify(value))).toString('base64url');
/** An HS256 JWT signed with the app's own secret, as only someone holding JWT_SECRET could make. */
const signWithAppSecret = (payload: object) => {
  const secret = app.strapi.config.get('plugin::users-permissions.jwtSecret') as string;
  const head = `${base64url({ alg: 'HS256', typ: 'JWT' })}.${base64url(payload)}`;
  return `${head}.${base64url(crypto.createHmac('sha256', secret).update(head).digest())}`;
};
const decode = (jwt: string) => JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url').toString());

beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.stop();
});

describe('access tokens live only as long as their session', () => {
  test('after logout the access token is refused at once (401)', async () => {
    const customer = await createCustomer(app.strapi);
    const res = await login(app.server, customer.subscriberNumber);
    expect((await me(res.body.jwt)).status).toBe(200);
    const out = await request(app.server).post('/api/auth/logout').set('Authorization', `Bearer ${res.body.jwt}`).set('Cookie', refreshCookies(res).join('; ')).send({});
    expect(out.status).toBe(200);
    const after = await me(res.body.jwt);
    expect(after.status).toBe(401);
    expect(after.body.error.message).toMatch(/[\u0600-\u06FF]/);
  });

  test('a token from before a refresh keeps working until logout, then neither does', async () => {
    const customer = await createCustomer(app.strapi);
    const first = await login(app.server, customer.subscriberNumber);
    const renewed = await refresh(refreshCookies(first));
    expect(renewed.status).toBe(200);
    // another tab still holding the first token is not thrown out by the refresh
    expect((await me(first.body.jwt)).status).toBe(200);
    expect((await me(renewed.body.jwt)).status).toBe(200);
    await request(app.server).post('/api/auth/logout').set('Authorization', `Bearer ${renewed.body.jwt}`).set('Cookie', refreshCookies(renewed).join('; ')).send({});
    expect((await me(renewed.body.jwt)).status).toBe(401);
    expect((await me(first.body.jwt)).status).toBe(401);
  });

  test('a password change ends the other sessions’ access at once; a staff reset ends all', async () => {
    const customer = await createCustomer(app.strapi);
    const here = await login(app.server, customer.subscriberNumber);
    const elsewhere = await login(app.server, customer.nationalCode);
    const changed = await request(app.server)
      .post('/api/me/password')
      .set('Authorization', `Bearer ${here.body.jwt}`)
      .send({ currentPassword: PASSWORD, newPassword: 'Another-pass-9731' });
    expect(changed.status).toBe(200);
    expect((await me(elsewhere.body.jwt)).status).toBe(401);
    expect((await me(here.body.jwt)).status).toBe(401);
    // this device continues with the session it was given
    expect((await me(changed.body.jwt)).status).toBe(200);

    await app.strapi.plugin('customer-accounts').service('accounts').issueCredentials({ subscriberDocumentId: customer.documentId, password: PASSWORD, actor: { label: 'test' } });
    expect((await me(changed.body.jwt)).status).toBe(401);
  });

  test('a token signed for a session id that does not exist is refused', async () => {
    const customer = await createCustomer(app.strapi);
    const real = await login(app.server, customer.subscriberNumber);
    const { userId } = decode(real.body.jwt);
    const now = Math.floor(Date.now() / 1000);
    // the control: the same forging with the real session id is accepted, so the signing is right
    const control = signWithAppSecret({ userId, sessionId: decode(real.body.jwt).sessionId, type: 'access', iat: now, exp: now + 600 });
    expect((await me(control)).status).toBe(200);
    const forged = signWithAppSecret({ userId, sessionId: crypto.randomBytes(16).toString('hex'), type: 'access', iat: now, exp: now + 600 });
    expect((await me(forged)).status).toBe(401);
    // …and one naming another user's session
    const other = await createCustomer(app.strapi);
    const otherLogin = await login(app.server, other.subscriberNumber);
    const borrowed = signWithAppSecret({ userId, sessionId: decode(otherLogin.body.jwt).sessionId, type: 'access', iat: now, exp: now + 600 });
    expect((await me(borrowed)).status).toBe(401);
  });

  test('the check is one indexed read of the session', async () => {
    const customer = await createCustomer(app.strapi);
    const res = await login(app.server, customer.subscriberNumber);
    const { sql } = await countQueries(app.strapi, () => me(res.body.jwt));
    const sessionReads = sql.filter((q) => /strapi_sessions/.test(q));
    expect(sessionReads).toHaveLength(1);
    if (app.strapi.db.dialect.client === 'sqlite') {
      const plan: any[] = await app.strapi.db.connection.raw('EXPLAIN QUERY PLAN SELECT * FROM strapi_sessions WHERE session_id = ?', ['x']);
      expect(plan.map((row) => row.detail).join(' ')).toMatch(/USING (COVERING )?INDEX/);
    } else {
      const { rows } = await app.strapi.db.connection.raw("SELECT indexdef FROM pg_indexes WHERE tablename = 'strapi_sessions'");
      expect(rows.map((r: any) => r.indexdef).join(' ')).toMatch(/\(session_id\)/);
    }
  });
});

describe('the refresh cookie', () => {
  test('is signed, and renews the session with its signature', async () => {
    const customer = await createCustomer(app.strapi);
    const res = await login(app.server, customer.subscriberNumber);
    const cookies = refreshCookies(res);
    expect(cookies.map((c) => c.split('=')[0]).sort()).toEqual(['strapi_up_refresh', 'strapi_up_refresh.sig']);
    expect((await refresh(cookies)).status).toBe(200);
  });

  test('without its signature, or with a wrong one, is refused (401) and renews nothing', async () => {
    const customer = await createCustomer(app.strapi);
    const res = await login(app.server, customer.subscriberNumber);
    const [token] = refreshCookies(res).filter((c) => c.startsWith('strapi_up_refresh='));
    const sig = refreshCookies(res).find((c) => c.startsWith('strapi_up_refresh.sig='))!;
    const wrongSig = `strapi_up_refresh.sig=${sig.split('=')[1].replace(/^./, (c) => (c === 'A' ? 'B' : 'A'))}`;
    for (const cookies of [[token], [token, wrongSig]]) {
      const refused = await refresh(cookies);
      expect(refused.status).toBe(401);
      expect(refused.body.jwt).toBeUndefined();
    }
    // the genuine pair still works: nothing above used the session up
    expect((await refresh(refreshCookies(res))).status).toBe(200);
  });

  test('a token signed with any other secret is refused', async () => {
    const customer = await createCustomer(app.strapi);
    const res = await login(app.server, customer.subscriberNumber);
    const [pair] = refreshCookies(res).filter((c) => c.startsWith('strapi_up_refresh='));
    const token = pair.slice('strapi_up_refresh='.length);
    const body = token.split('.').slice(0, 2).join('.');
    const forged = `${body}.${base64url(crypto.createHmac('sha256', crypto.randomBytes(32)).update(body).digest())}`;
    expect((await refresh([`strapi_up_refresh=${forged}`])).status).toBe(401);
  });
});
