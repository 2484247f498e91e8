/** The public survey routes (routes/public-surveys.ts): read, check, call api::survey.surveys. */
import type { Context } from 'koa';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { SURVEY_QUESTIONS, isScore } from '../../../domain/surveys';
import { parseWholeNumber } from '../../../domain/digits';
import { FieldErrors, bilingual, errorEnvelope, onlyFields } from '../../../validation/errors';
import type { SurveyAnswer } from '../services/surveys';

const readAnswer = (raw: unknown): SurveyAnswer => {
  const body = (raw && typeof raw === 'object' && !Array.isArray(raw) ? raw : {}) as Record<string, unknown>;
  const errs: FieldErrors = onlyFields(raw, [...SURVEY_QUESTIONS, 'comment']);
  const scores = {} as Record<(typeof SURVEY_QUESTIONS)[number], number>;
  for (const q of SURVEY_QUESTIONS) {
    const value = parseWholeNumber(body[q]);
    if (body[q] === undefined || body[q] === null || body[q] === '') errs.add(q, 'required');
    else if (value === null || !isScore(value)) errs.add(q, 'surveyScoreInvalid');
    else scores[q] = value;
  }
  const comment = errs.text('comment', body.comment, 'surveyComment', { required: false });
  errs.throwIfAny();
  return { ...scores, comment: comment ?? null };
};

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const surveys = () => strapi.service('api::survey.surveys');
  const answered = (ctx: Context) => {
    ctx.status = 409;
    ctx.body = errorEnvelope(409, 'ConflictError', 'surveyAlreadyAnswered');
  };

  return {
    /** GET /api/surveys/:token */
    async show(ctx: Context) {
      ctx.set('Cache-Control', 'no-store');
      const result = await surveys().view(String(ctx.params.token ?? ''));
      if (result.state === 'missing') throw bilingual(errors.NotFoundError, 'surveyNotFound');
      if (result.state === 'answered') return answered(ctx);
      ctx.body = { data: result.data };
    },

    /** POST /api/surveys/:token — validated first: nothing is written on any error */
    async answer(ctx: Context) {
      ctx.set('Cache-Control', 'no-store');
      const input = readAnswer((ctx.request as any).body);
      const result = await surveys().answer(String(ctx.params.token ?? ''), input);
      if (result.state === 'missing') throw bilingual(errors.NotFoundError, 'surveyNotFound');
      if (result.state === 'answered') return answered(ctx);
      ctx.status = 201;
      ctx.body = { data: { dissatisfied: result.dissatisfied } };
    },
  };
};
