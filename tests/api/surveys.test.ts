/**
 * Issue 14 — satisfaction surveys through the real app: the job sends one survey per
 * installation confirmation, only after the delay (support settings, 7 days), never for a device
 * without a confirmation and never twice; the link's token (only its SHA-256 stored) opens the
 * page once — a second answer, a guessed or expired token are refused, two answers at once give
 * one 201 and one 409; a dissatisfied answer creates the managers' follow-up and their SMS; the
 * follow-up closes only with what was done; nothing is written on a validation error.
 */
import request from 'supertest';
import { startApp, type TestApp } from '../helpers/strapi';
import { createCustomer, createDevice, createModel } from '../helpers/fixtures';
import { hashSurveyToken, newSurveyToken } from '../../src/domain/survey-token';

let app: TestApp;
const SURVEY = 'api::survey.survey';
const FOLLOW_UP = 'api::survey.survey-follow-up';
const CONFIRMATION = 'api::installation-confirmation.installation-confirmation';
const OUTBOX = 'plugin::messaging.outbound-message';
const MANAGERS = ['09121110001', '09121110002'];
const DAY = 86_400_000;
let seq = 0;

const surveys = () => app.strapi.service('api::survey.surveys');

/** A buyer with a device and, unless told otherwise, its installation confirmed at `confirmedAt`. */
const buyer = async (confirmedAt: Date | null) => {
  const customer = await createCustomer(app.strapi);
  const device = await createDevice(app.strapi, { owner: customer.documentId, model: (await createModel(app.strapi)).documentId });
  const confirmation = confirmedAt
    ? await app.strapi.db.query(CONFIRMATION).create({
        data: {
          deviceId: device.id, deviceDocumentId: device.documentId, subscriberId: customer.id, serial: `SV${++seq}${process.pid}`, subscriberNumber: customer.subscriberNumber,
          nationalCode: customer.nationalCode ?? '0012345679', deviceFullyInstalled: true, driverCompressorConnectionsInstalled: true, initialTrainingGiven: true, allItemsDone: true,
          installationDate: confirmedAt.toISOString().slice(0, 10), confirmedAt, confirmedByUserId: 1, contentHash: 'a'.repeat(64),
        },
      })
    : null;
  return { customer, device, confirmation };
};

/** The link's token, read back from the sealed outbox row (as the SMS provider would get it). */
const tokenOf = async (surveyId: number) => {
  const row = await app.strapi.db.query(OUTBOX).findOne({ where: { dedupeKey: `survey:${surveyId}:sms` } });
  const secrets = app.strapi.plugin('messaging').service('sealing').open(row.sealedParams);
  return { row, token: String(secrets.link).split('/survey/')[1] };
};

/** A survey written directly with a known token (for the page's tests). */
const surveyWithToken = async (overrides: Record<string, unknown> = {}) => {
  const { customer, device, confirmation } = await buyer(new Date(Date.now() - 8 * DAY));
  const token = newSurveyToken();
  const row = await app.strapi.db.query(SURVEY).create({
    data: { installationConfirmationId: confirmation!.id, subscriber: customer.id, device: device.id, tokenHash: hashSurveyToken(token), sentAt: new Date(), expiresAt: new Date(Date.now() + 30 * DAY), ...overrides },
  });
  return { token, row, customer };
};

const answer = (token: string, body: Record<string, unknown>) => request(app.server).post(`/api/surveys/${token}`).send(body);
const happy = { staffConduct: 5, salesProcess: '۴', installationTraining: 4, afterSalesSupport: '5', comment: 'همه‌چیز خوب بود.' };
const unhappy = { staffConduct: 4, salesProcess: 3, installationTraining: 2, afterSalesSupport: 1, comment: 'آموزش داده نشد.' };

beforeAll(async () => {
  app = await startApp();
  await app.strapi.db.query('api::support-settings.support-settings').updateMany({ where: {}, data: { complaintAlertMobiles: MANAGERS.join(','), surveyDelayDays: 7 } });
}, 120_000);
afterAll(async () => {
  await app?.stop();
});

describe('the job sends each survey once, after the delay, only after confirmation', () => {
  test('6 days after: nothing; 7 days after: one survey and one SMS; again: nothing', async () => {
    const confirmedAt = new Date('2026-11-01T06:30:00Z');
    const { customer, confirmation } = await buyer(confirmedAt);
    const { device: unconfirmed } = await buyer(null);
    const mine = () => app.strapi.db.query(SURVEY).findMany({ where: { installationConfirmationId: confirmation!.id } });

    await surveys().send({ now: new Date(confirmedAt.getTime() + 6 * DAY) });
    expect(await mine()).toHaveLength(0);

    const now = new Date(confirmedAt.getTime() + 7 * DAY + 60_000);
    await surveys().send({ now });
    const [survey] = await mine();
    expect(survey).toMatchObject({ answeredAt: null, dissatisfied: false });
    expect(new Date(survey.sentAt).toISOString()).toBe(now.toISOString());
    expect(new Date(survey.expiresAt).getTime()).toBe(now.getTime() + 30 * DAY);
    expect(survey.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    const { row, token } = await tokenOf(survey.id);
    expect(row).toMatchObject({ recipient: customer.mobile ?? expect.any(String), templateCode: 'survey-invitation', subscriberId: customer.id });
    // the link is sealed in the outbox, never in its readable params
    expect(JSON.stringify(row.params)).not.toContain(token);
    expect(hashSurveyToken(token)).toBe(survey.tokenHash);

    await surveys().send({ now: new Date(now.getTime() + DAY) });
    await surveys().send({ now: new Date(now.getTime() + 2 * DAY) });
    expect(await mine()).toHaveLength(1);
    expect(await app.strapi.db.query(OUTBOX).count({ where: { dedupeKey: { $startsWith: 'survey:' }, recipient: row.recipient } })).toBe(1);
    // the device without a confirmation never gets one
    expect(await app.strapi.db.query(SURVEY).count({ where: { device: { id: unconfirmed.id } } })).toBe(0);
  });

  test('the delay follows the support settings; a confirmation weeks past it gets none', async () => {
    const confirmedAt = new Date('2026-10-01T06:30:00Z');
    const { confirmation } = await buyer(confirmedAt);
    await app.strapi.db.query('api::support-settings.support-settings').updateMany({ where: {}, data: { surveyDelayDays: 3 } });
    try {
      await surveys().send({ now: new Date(confirmedAt.getTime() + 2 * DAY) });
      expect(await app.strapi.db.query(SURVEY).count({ where: { installationConfirmationId: confirmation!.id } })).toBe(0);
      await surveys().send({ now: new Date(confirmedAt.getTime() + 3 * DAY + 1000) });
      expect(await app.strapi.db.query(SURVEY).count({ where: { installationConfirmationId: confirmation!.id } })).toBe(1);
    } finally {
      await app.strapi.db.query('api::support-settings.support-settings').updateMany({ where: {}, data: { surveyDelayDays: 7 } });
    }
    const old = await buyer(new Date('2026-01-01T06:30:00Z'));
    await surveys().send({ now: new Date('2026-03-01T06:30:00Z') });
    expect(await app.strapi.db.query(SURVEY).count({ where: { installationConfirmationId: old.confirmation!.id } })).toBe(0);
  });
});

describe('the survey page', () => {
  test('shows the four questions, the device and the first name; a guessed token is 404', async () => {
    const { token, customer } = await surveyWithToken();
    const res = await request(app.server).get(`/api/surveys/${token}`);
    expect(res.status).toBe(200);
    expect(res.body.data.questions.map((q: any) => q.key)).toEqual(['staffConduct', 'salesProcess', 'installationTraining', 'afterSalesSupport']);
    expect(res.body.data.questions[0].fa).toMatch(/[\u0600-\u06FF]/);
    expect(res.body.data.device).toEqual({ brand: expect.any(String), model: expect.any(String) });
    expect(res.body.data.firstName).toBe(String(customer.fullName).split(' ')[0]);
    for (const guess of [newSurveyToken(), 'abc', `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`]) {
      const r = await request(app.server).get(`/api/surveys/${guess}`);
      expect(r.status).toBe(404);
      expect(r.body.error.details.code).toBe('surveyNotFound');
      expect((await answer(guess, happy)).status).toBe(404);
    }
  });

  test('answered once: the second answer (and the page) is 409; scores in any digits', async () => {
    const { token, row } = await surveyWithToken();
    const first = await answer(token, happy);
    expect(first.status).toBe(201);
    expect(first.body.data).toEqual({ dissatisfied: false });
    const stored = await app.strapi.db.query(SURVEY).findOne({ where: { id: row.id } });
    expect(stored).toMatchObject({ staffConduct: 5, salesProcess: 4, installationTraining: 4, afterSalesSupport: 5, comment: 'همه‌چیز خوب بود.', dissatisfied: false });
    const again = await answer(token, unhappy);
    expect(again.status).toBe(409);
    expect(again.body.error.details.code).toBe('surveyAlreadyAnswered');
    expect((await request(app.server).get(`/api/surveys/${token}`)).status).toBe(409);
    expect(await app.strapi.db.query(FOLLOW_UP).count({ where: { surveyId: row.id } })).toBe(0);
  });

  test('two answers at the same moment: one wins, the other is told 409', async () => {
    const { token, row } = await surveyWithToken();
    const results = await Promise.all([answer(token, happy), answer(token, unhappy)]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(await app.strapi.db.query(FOLLOW_UP).count({ where: { surveyId: row.id } })).toBe(results[1].status === 201 ? 1 : 0);
  });

  test('an expired link is 404', async () => {
    const { token } = await surveyWithToken({ sentAt: new Date(Date.now() - 31 * DAY), expiresAt: new Date(Date.now() - DAY) });
    expect((await request(app.server).get(`/api/surveys/${token}`)).status).toBe(404);
    expect((await answer(token, happy)).status).toBe(404);
  });

  test('validation: every score 1–5, the comment by the text rule; nothing written on an error', async () => {
    const { token, row } = await surveyWithToken();
    const res = await answer(token, { staffConduct: 0, salesProcess: 'پنج', installationTraining: 2.5, comment: 'x'.repeat(1001), extra: true });
    expect(res.status).toBe(400);
    const errors = res.body.error.details.errors.map((e: any) => [e.path.join('.'), e.code]).sort();
    expect(errors).toEqual(
      [['afterSalesSupport', 'required'], ['comment', 'textTooLong'], ['extra', 'notAllowed'], ['installationTraining', 'surveyScoreInvalid'], ['salesProcess', 'surveyScoreInvalid'], ['staffConduct', 'surveyScoreInvalid']].sort()
    );
    expect(res.body.error.details.errors[0].messageEn).toMatch(/[A-Za-z]/);
    expect((await app.strapi.db.query(SURVEY).findOne({ where: { id: row.id } })).answeredAt).toBeNull();
  });
});

describe('a dissatisfied answer', () => {
  test('creates the follow-up and an SMS to each manager; closing it needs what was done', async () => {
    const { token, row, customer } = await surveyWithToken();
    const res = await answer(token, unhappy);
    expect(res.status).toBe(201);
    expect(res.body.data).toEqual({ dissatisfied: true });
    const followUp = await app.strapi.db.query(FOLLOW_UP).findOne({ where: { surveyId: row.id }, populate: { subscriber: { select: ['id'] }, survey: { select: ['id'] } } });
    expect(followUp).toMatchObject({ followUpStatus: 'open', closedAt: null, subscriber: { id: customer.id }, survey: { id: row.id } });
    const sms = await app.strapi.db.query(OUTBOX).findMany({ where: { dedupeKey: { $startsWith: `survey-dissatisfied:${row.id}:` } } });
    expect(sms.map((m: any) => m.recipient).sort()).toEqual([...MANAGERS].sort());
    expect(sms[0].templateCode).toBe('survey-dissatisfied');

    const docs = app.strapi.documents(FOLLOW_UP);
    await expect(docs.update({ documentId: followUp.documentId, data: { followUpStatus: 'closed' } as any })).rejects.toMatchObject({
      details: { errors: [expect.objectContaining({ path: ['actionTaken'], code: 'followUpActionRequired' })] },
    });
    await docs.update({ documentId: followUp.documentId, data: { followUpStatus: 'closed', actionTaken: 'با خریدار تماس گرفته شد و آموزش حضوری دوباره انجام شد.' } as any });
    expect((await app.strapi.db.query(FOLLOW_UP).findOne({ where: { id: followUp.id } })).closedAt).toBeTruthy();
    // the portal makes follow-ups; nobody creates one by hand
    await expect(docs.create({ data: { surveyId: 999999, followUpStatus: 'open' } as any })).rejects.toMatchObject({ details: { code: 'followUpCreatedByPortal' } });
  });

  test('surveys are the portal’s records: the Content Manager refuses writes', async () => {
    const { row } = await surveyWithToken();
    await expect(app.strapi.documents(SURVEY).update({ documentId: row.documentId, data: { comment: 'دستی' } as any })).rejects.toMatchObject({ details: { code: 'surveyRecord' } });
  });
});
