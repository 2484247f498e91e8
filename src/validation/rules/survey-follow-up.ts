/**
 * Survey follow-ups (api::survey-follow-up.survey-follow-up, issue 14): the portal makes one for
 * each dissatisfied survey answer (api::survey.surveys answer); managers work and close them.
 * Document Service middleware: nobody creates, copies or deletes one by hand
 * (followUpCreatedByPortal; the staff matrix gives no role those tasks either); closing needs
 * what was done (`actionTaken`) and stamps closedAt, reopening clears it. The survey and
 * subscriber it belongs to are workflow fields (workflow-fields.ts).
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { FieldErrors, bilingual } from '../errors';

const UID = 'api::survey.survey-follow-up';
const isBlank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

export const surveyFollowUpRules = (strapi: Core.Strapi) => async (ctx: any, next: () => Promise<any>) => {
  if (ctx.uid !== UID) return next();
  if (['create', 'clone', 'delete'].includes(ctx.action)) throw bilingual(errors.PolicyError, 'followUpCreatedByPortal');
  if (ctx.action !== 'update') return next();
  const data = (ctx.params.data ??= {});
  const stored = await strapi.db.query(UID).findOne({ where: { documentId: ctx.params.documentId }, select: ['id', 'followUpStatus', 'actionTaken', 'closedAt'] });
  const status = 'followUpStatus' in data ? data.followUpStatus : stored?.followUpStatus;
  const action = 'actionTaken' in data ? data.actionTaken : stored?.actionTaken;
  if (status === 'closed' && isBlank(action)) new FieldErrors().add('actionTaken', 'followUpActionRequired').throwIfAny();
  if (status === 'closed' && !stored?.closedAt) data.closedAt = new Date();
  if (status !== 'closed' && stored?.closedAt) data.closedAt = null;
  return next();
};
