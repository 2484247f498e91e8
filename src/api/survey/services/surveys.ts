/**
 * Satisfaction surveys (service `api::survey.surveys`, issue 14).
 *
 * send({ now }) — the job `surveys.send`: every installation confirmation confirmed between
 * surveyDelayDays (support settings, 7) and that plus two weeks ago, without a survey, gets one —
 * a survey row (its token's SHA-256 only) and an SMS with the personal link in the outbox, in one
 * transaction per confirmation (the token exists only in that moment). The survey's
 * installationConfirmationId is UNIQUE: a second instance, a rerun, or a run after a crash that
 * died between two confirmations writes nothing twice — a clash undoes that confirmation's
 * transaction and the run goes on. The link travels sealed in the outbox (SECRET_PARAMS) and is
 * wiped once sent.
 *
 * view(token) / answer(token, scores) — the public page: unknown or expired → null (404),
 * answered → 'answered' (409). An answer is stored by an UPDATE conditional on answeredAt IS NULL
 * and the link not expired, so of two simultaneous answers one wins and the other is told 409;
 * a dissatisfied one (a score ≤ 2) creates its follow-up and an SMS to each manager's mobile
 * (support settings) in the same transaction.
 */
import type { Core } from '@strapi/strapi';
import { SURVEY_LINK_DAYS, SURVEY_QUESTIONS, SURVEY_QUESTION_LABELS, isDissatisfied, isSurveyTokenShape, surveyDueWindow, type SurveyScores } from '../../../domain/surveys';
import { hashSurveyToken, newSurveyToken } from '../../../domain/survey-token';
import { rawRows, sqlInstant } from '../../../utils/raw-sql';
import { siteUrl } from '../../../utils/site-url';
import type { SupportSettings } from '../../support-settings/services/support-settings';

export const SURVEY = 'api::survey.survey';
export const FOLLOW_UP = 'api::survey.survey-follow-up';
const SUBSCRIBER = 'api::subscriber.subscriber';
const DEVICE = 'api::device.device';
const BATCH = 100;
const DAY_MS = 86_400_000;

export type SendRun = { sent: number; skipped: number };
export type SurveyAnswer = SurveyScores & { comment: string | null };

/** The first word of a full name, for «علی گرامی». */
const firstName = (fullName: string | null | undefined) => String(fullName ?? '').trim().split(/\s+/)[0] || '';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const settings = (): Promise<SupportSettings> => strapi.service('api::support-settings.support-settings').current();

  /** The survey a token names, or null (not a token's shape, unknown). */
  const byToken = (token: string) =>
    isSurveyTokenShape(token)
      ? strapi.db.query(SURVEY).findOne({
          where: { tokenHash: hashSurveyToken(token) },
          select: ['id', 'expiresAt', 'answeredAt'],
          populate: { subscriber: { select: ['id', 'fullName'] }, device: { select: ['id'], populate: { model: { select: ['brand', 'model'] } } } },
        })
      : Promise.resolve(null);

  const isExpired = (row: { expiresAt: string | Date }, now: Date) => new Date(row.expiresAt).getTime() <= now.getTime();

  return {
    async send({ now = new Date() }: { now?: Date } = {}): Promise<SendRun> {
      const current = await settings();
      const { from, until } = surveyDueWindow(now, current.surveyDelayDays);
      const knex = strapi.db.connection;
      const confirmations = strapi.db.metadata.get('api::installation-confirmation.installation-confirmation').tableName;
      const surveys = strapi.db.metadata.get(SURVEY).tableName;
      const site = siteUrl(strapi);
      const run: SendRun = { sent: 0, skipped: 0 };
      let cursor = 0;
      for (;;) {
        const due = rawRows<{ id: number; device_id: number; subscriber_id: number }>(
          await knex(`${confirmations} as ic`)
            .leftJoin(`${surveys} as s`, 's.installation_confirmation_id', 'ic.id')
            .whereNull('s.id')
            .where('ic.id', '>', cursor)
            .where('ic.confirmed_at', '>=', sqlInstant(strapi, from))
            .where('ic.confirmed_at', '<=', sqlInstant(strapi, until))
            .orderBy('ic.id', 'asc')
            .limit(BATCH)
            .select('ic.id', 'ic.device_id', 'ic.subscriber_id')
        );
        if (!due.length) return run;
        cursor = Number(due[due.length - 1].id);
        // the batch's subscribers and devices in two queries
        const subscribers = new Map<number, { id: number; fullName: string; mobile: string | null }>(
          (await strapi.db.query(SUBSCRIBER).findMany({ where: { id: { $in: [...new Set(due.map((c) => Number(c.subscriber_id)))] } }, select: ['id', 'fullName', 'mobile'] })).map((s: any) => [s.id, s])
        );
        const devices = new Set<number>(
          (await strapi.db.query(DEVICE).findMany({ where: { id: { $in: [...new Set(due.map((c) => Number(c.device_id)))] } }, select: ['id'] })).map((d: any) => d.id)
        );
        for (const confirmation of due) {
          const subscriber = subscribers.get(Number(confirmation.subscriber_id));
          if (!subscriber?.mobile) {
            run.skipped += 1;
            continue;
          }
          const token = newSurveyToken();
          try {
            await strapi.db.transaction(async () => {
              const survey = await strapi.db.query(SURVEY).create({
                data: {
                  installationConfirmationId: Number(confirmation.id),
                  subscriber: subscriber.id,
                  device: devices.has(Number(confirmation.device_id)) ? Number(confirmation.device_id) : null,
                  tokenHash: hashSurveyToken(token),
                  sentAt: now,
                  expiresAt: new Date(now.getTime() + SURVEY_LINK_DAYS * DAY_MS),
                  dissatisfied: false,
                },
                select: ['id'],
              });
              await strapi.plugin('messaging').service('outbox').enqueue({
                channel: 'sms',
                kind: 'transactional',
                recipient: subscriber.mobile,
                subscriberId: subscriber.id,
                templateCode: 'survey-invitation',
                params: { name: firstName(subscriber.fullName) },
                secretParams: { link: `${site}/survey/${token}` },
                dedupeKey: `survey:${survey.id}:sms`,
              });
            });
            run.sent += 1;
          } catch (error) {
            // another instance wrote this confirmation's survey first (UNIQUE): nothing of ours stayed
            const exists = await strapi.db.query(SURVEY).findOne({ where: { installationConfirmationId: Number(confirmation.id) }, select: ['id'] });
            if (!exists) throw error;
            run.skipped += 1;
          }
        }
        if (due.length < BATCH) return run;
      }
    },

    /** The survey page: the questions, the device, the buyer's first name — or why not. */
    async view(token: string, now: Date = new Date()) {
      const row: any = await byToken(token);
      if (!row || isExpired(row, now)) return { state: 'missing' as const };
      if (row.answeredAt) return { state: 'answered' as const };
      return {
        state: 'open' as const,
        data: {
          questions: SURVEY_QUESTIONS.map((key) => ({ key, ...SURVEY_QUESTION_LABELS[key] })),
          device: row.device?.model ? { brand: row.device.model.brand, model: row.device.model.model } : null,
          firstName: firstName(row.subscriber?.fullName),
        },
      };
    },

    /** Stores an answer once; a dissatisfied one opens its follow-up and tells the managers. */
    async answer(token: string, answer: SurveyAnswer, now: Date = new Date()) {
      const row: any = await byToken(token);
      if (!row || isExpired(row, now)) return { state: 'missing' as const };
      if (row.answeredAt) return { state: 'answered' as const };
      const scores = Object.fromEntries(SURVEY_QUESTIONS.map((q) => [q, answer[q]])) as SurveyScores;
      const dissatisfied = isDissatisfied(scores);
      const current = dissatisfied ? await settings() : null;
      return strapi.db.transaction(async () => {
        const won = await strapi.db.query(SURVEY).updateMany({
          where: { id: row.id, answeredAt: { $null: true }, expiresAt: { $gt: now } },
          data: { ...scores, comment: answer.comment, dissatisfied, answeredAt: now },
        });
        if (won.count !== 1) return { state: 'answered' as const };
        if (dissatisfied) {
          await strapi.db.query(FOLLOW_UP).create({
            data: { survey: row.id, surveyId: row.id, subscriber: row.subscriber?.id ?? null, followUpStatus: 'open' },
          });
          const low = SURVEY_QUESTIONS.filter((q) => scores[q] <= 2).length;
          const alerts = (current?.complaintAlertMobiles ?? []).map((mobile) => ({
            channel: 'sms' as const,
            kind: 'transactional' as const,
            recipient: mobile,
            subscriberId: null,
            templateCode: 'survey-dissatisfied',
            params: { name: row.subscriber?.fullName ?? '', low: String(low), comment: (answer.comment ?? '').slice(0, 60) },
            dedupeKey: `survey-dissatisfied:${row.id}:${mobile}`,
          }));
          if (alerts.length) await strapi.plugin('messaging').service('outbox').enqueueMany(alerts);
        }
        return { state: 'stored' as const, dissatisfied };
      });
    },
  };
};
