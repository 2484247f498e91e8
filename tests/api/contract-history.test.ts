/**
 * A device's contract history as the buyer reads it (GET /api/me/devices/:id): a term does not run
 * before the installation is confirmed — it waits, with no countdown — and a renewal never paid is
 * not a contract at all, let alone one the buyer cancelled.
 */
import request from 'supertest';
import { startApp, type TestApp } from '../helpers/strapi';
import { createCustomer, createDevice, createModel, tokenFor } from '../helpers/fixtures';
import { startLifecycleFakes } from '../helpers/lifecycle';
import { addDays, tehranDate } from '../../src/domain/jalali';
import { addJalaliYears } from '../../src/domain/jalali-terms';

let app: TestApp;
let fakes: Awaited<ReturnType<typeof startLifecycleFakes>>;
let model: any;
let owner: any;
let other: any;
let token: string;
let otherToken: string;

const CONTRACT = 'api::contract.contract';
const today = () => tehranDate();
const auth = (t: string) => ({ Authorization: `Bearer ${t}` });
const device = (id: string, t = token) => request(app.server).get(`/api/me/devices/${id}`).set(auth(t));
const choose = (id: string, body: object) => request(app.server).post(`/api/me/devices/${id}/service`).set(auth(token)).send(body);
const authorityOf = (redirectUrl: string) => redirectUrl.split('/').pop()!;

/** The initial term as staff record it with the sale (contracts staff record start `active`). */
const recordInitialTerm = (d: { documentId: string }, startDate: string, endDate: string) =>
  app.strapi.documents(CONTRACT).create({
    data: { device: d.documentId, subscriber: owner.documentId, kind: 'initial', startDate, endDate, priceRials: '0' } as any,
  });

beforeAll(async () => {
  app = await startApp();
  fakes = await startLifecycleFakes(app.strapi);
  model = await createModel(app.strapi);
  owner = await createCustomer(app.strapi);
  other = await createCustomer(app.strapi);
  token = await tokenFor(app.server, owner.subscriberNumber);
  otherToken = await tokenFor(app.server, other.subscriberNumber);
});
afterAll(async () => {
  await fakes?.close();
  await app?.stop();
});

describe('before the installation is confirmed', () => {
  test('the initial term waits, with no countdown; the confirmation starts it', async () => {
    const installed = addDays(today(), -3);
    const d = await createDevice(app.strapi, { owner: owner.documentId, model: model.documentId, installationConfirmedAt: null, installationDate: installed });
    await recordInitialTerm(d, installed, addJalaliYears(installed, 1));

    const before = (await device(d.documentId)).body.data;
    expect(before.serviceStatus).toBe('awaiting_installation');
    expect(before.serviceEnd.iso).toBe(addJalaliYears(installed, 1));
    expect(before.daysToServiceEnd).toBeNull();
    expect(before.contracts).toHaveLength(1);
    expect(before.contracts[0]).toMatchObject({
      kind: 'initial',
      status: 'awaiting_installation',
      statusLabel: { fa: 'در انتظار تأیید نصب', en: 'Awaiting installation confirmation' },
    });
    // not theirs: not found
    expect((await device(d.documentId, otherToken)).status).toBe(404);

    const confirmed = await request(app.server)
      .post(`/api/me/devices/${d.documentId}/installation-confirmation`)
      .set(auth(token))
      .send({ deviceFullyInstalled: true, driverCompressorConnectionsInstalled: true, initialTrainingGiven: true, allItemsDone: true, installationDate: installed });
    expect(confirmed.status).toBe(201);

    const after = (await device(d.documentId)).body.data;
    expect(after.serviceStatus).toBe('active');
    expect(after.daysToServiceEnd).toBeGreaterThan(300);
    expect(after.contracts.map((c: any) => [c.kind, c.status, c.statusLabel.fa])).toEqual([['initial', 'active', 'فعال']]);
  });

  test('a term whose end has passed reads as ended, not active', async () => {
    const d = await createDevice(app.strapi, { owner: owner.documentId, model: model.documentId, installationDate: addDays(today(), -400), serviceEnd: addDays(today(), -35) });
    await recordInitialTerm(d, addDays(today(), -400), addDays(today(), -35));
    const seen = (await device(d.documentId)).body.data;
    expect(seen.serviceStatus).toBe('expired');
    expect(seen.contracts.map((c: any) => [c.kind, c.status])).toEqual([['initial', 'ended']]);
  });
});

describe('renewals never paid are not contracts', () => {
  const expiredDevice = () =>
    createDevice(app.strapi, { owner: owner.documentId, model: model.documentId, installationDate: addDays(today(), -400), serviceEnd: addDays(today(), -10) });

  test('cancelled at the gateway, abandoned for another plan, or still waiting: none is listed; the paid one is', async () => {
    const d = await expiredDevice();
    // a payment cancelled at the gateway
    const first = await choose(d.documentId, { choice: 'renew', years: 1 });
    expect((await request(app.server).get(fakes.zarinpal.cancel(authorityOf(first.body.data.payment.redirectUrl)))).headers.location).toMatch(/outcome=cancelled/);
    expect((await device(d.documentId)).body.data.contracts).toEqual([]);

    // a renewal left unpaid, then replaced by another plan
    await choose(d.documentId, { choice: 'renew', years: 3 });
    const waiting = (await device(d.documentId)).body.data;
    expect(waiting.contracts).toEqual([]); // waiting for its payment: not a contract yet
    const paid = await choose(d.documentId, { choice: 'renew', years: 2 });
    const stored = await app.strapi.db.query(CONTRACT).findMany({ where: { device: { id: d.id } }, select: ['years', 'contractStatus'], orderBy: { id: 'asc' } });
    expect(stored.map((c: any) => [c.years, c.contractStatus])).toEqual([[1, 'cancelled'], [3, 'cancelled'], [2, 'pending_payment']]);

    expect((await request(app.server).get(fakes.zarinpal.pay(authorityOf(paid.body.data.payment.redirectUrl)))).headers.location).toMatch(/outcome=paid/);
    const renewed = (await device(d.documentId)).body.data;
    expect(renewed.serviceStatus).toBe('renewed');
    expect(renewed.contracts.map((c: any) => [c.kind, c.years, c.status])).toEqual([['renewal', 2, 'active']]);
    expect(JSON.stringify(renewed.contracts)).not.toMatch(/cancelled|لغوشده/);
  });
});
