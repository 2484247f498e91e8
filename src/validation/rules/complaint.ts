/**
 * Complaints staff record in the admin (api::complaint.complaint, issue 14) — Document Service
 * middleware, so the Content Manager, API tokens and any code calling strapi.documents() are held
 * alike; the public form (api::complaint.complaints submit) writes below it.
 *
 * - create: the source must be one staff receive (phone, e-mail, in person, social, visit form):
 *   `web` is the site's own (complaintSourceWeb). The portal fills the tracking code, receivedAt
 *   (now unless staff give the time the call or letter came) and replyDueAt (48 working hours,
 *   src/domain/complaints.ts on the support settings' calendar).
 * - update: a web complaint's source stays `web`, another's never becomes `web`.
 * - both: the mobile in canonical form (09xxxxxxxxx) when given; the e-mail checked; marking it
 *   answered or closed needs the response the complainant sees; the first time it is answered
 *   (or closed) firstAnsweredAt is set — what the 48-hour figure is measured by; closing needs an
 *   outcome and sets closedAt, reopening clears it.
 * The locked fields themselves (tracking code, deadline, answer and escalation times) are refused
 * by workflow-fields.ts before this runs.
 */
import { randomBytes } from 'crypto';
import type { Core } from '@strapi/strapi';
import { complaintReplyDueAt, trackingCodeFrom, type ComplaintStatus } from '../../domain/complaints';
import { normalizeMobile } from '../../domain/identity';
import { isEmailAddress } from '../../domain/contact-details';
import { FieldErrors } from '../errors';

const UID = 'api::complaint.complaint';
const ANSWERED: ComplaintStatus[] = ['answered', 'closed'];
const isBlank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

export const complaintRules = (strapi: Core.Strapi) => async (ctx: any, next: () => Promise<any>) => {
  if (ctx.uid !== UID || !['create', 'update', 'clone'].includes(ctx.action)) return next();
  const data = (ctx.params.data ??= {});
  const isNew = ctx.action !== 'update';
  const stored = isNew
    ? null
    : await strapi.db.query(UID).findOne({
        where: { documentId: ctx.params.documentId },
        select: ['id', 'source', 'complaintStatus', 'response', 'outcome', 'firstAnsweredAt', 'closedAt'],
      });
  const errors = new FieldErrors();
  const value = (field: string) => (field in data ? data[field] : stored?.[field]);

  // the source
  if (isNew) {
    if ((data.source ?? 'phone') === 'web') errors.add('source', 'complaintSourceWeb');
  } else if ('source' in data && stored && data.source !== stored.source && (stored.source === 'web' || data.source === 'web')) {
    errors.add('source', stored.source === 'web' ? 'complaintSourceLocked' : 'complaintSourceWeb');
  }

  if ('mobile' in data) {
    if (isBlank(data.mobile)) data.mobile = null;
    else {
      const mobile = normalizeMobile(data.mobile);
      if (mobile) data.mobile = mobile;
      else errors.add('mobile', 'mobileInvalid');
    }
  }
  if ('email' in data) {
    if (isBlank(data.email)) data.email = null;
    else if (typeof data.email !== 'string' || !isEmailAddress(data.email.trim())) errors.add('email', 'emailInvalid');
    else data.email = data.email.trim().toLowerCase();
  }

  // answered and closed
  const status = (value('complaintStatus') ?? 'received') as ComplaintStatus;
  const statusChanges = isNew || ('complaintStatus' in data && data.complaintStatus !== stored?.complaintStatus);
  if (ANSWERED.includes(status) && isBlank(value('response')) && (statusChanges || 'response' in data)) errors.add('response', 'complaintResponseRequired');
  if (status === 'closed' && isBlank(value('outcome')) && (statusChanges || 'outcome' in data)) errors.add('outcome', 'complaintOutcomeRequired');
  errors.throwIfAny();

  const now = new Date();
  if (ANSWERED.includes(status) && !stored?.firstAnsweredAt) data.firstAnsweredAt = now;
  if (status === 'closed' && !stored?.closedAt) data.closedAt = now;
  if (status !== 'closed' && stored?.closedAt) data.closedAt = null;

  if (isNew) {
    const receivedAt = isBlank(data.receivedAt) ? now : new Date(data.receivedAt);
    if (Number.isNaN(receivedAt.getTime()) || receivedAt.getTime() > now.getTime() + 60_000) new FieldErrors().add('receivedAt', 'invalidDate').throwIfAny();
    data.receivedAt = receivedAt;
    const settings = await strapi.service('api::support-settings.support-settings').current();
    data.replyDueAt = complaintReplyDueAt(receivedAt, settings.workday, await strapi.service('api::holiday.holiday').dates());
    data.overdueAt = null;
    data.escalatedAt = null;
    for (;;) {
      const code = trackingCodeFrom(randomBytes(32));
      if (code && !(await strapi.db.query(UID).findOne({ where: { trackingCode: code }, select: ['id'] }))) {
        data.trackingCode = code;
        break;
      }
    }
  }
  return next();
};
