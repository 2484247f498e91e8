/** The public complaint routes (routes/public-complaints.ts): thin — read, check, call the service. */
import type { Context } from 'koa';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { COMPLAINT_ADDRESSEES, COMPLAINT_ADDRESSEE_LABELS, honeypotFilled, type ComplaintAddressee } from '../../../domain/complaints';
import { FieldErrors, bilingual } from '../../../validation/errors';
import { bearerToken } from '../../../extensions/users-permissions/strapi-server';
import { readComplaint, readStatusQuery } from '../validation';
import { ComplaintThrottled } from '../services/complaints';

const USER = 'plugin::users-permissions.user';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const complaints = () => strapi.service('api::complaint.complaints');

  const throttled = (ctx: Context, error: ComplaintThrottled) => {
    ctx.set('Retry-After', String(error.retryAfterSeconds));
    return bilingual(errors.RateLimitError, 'tooManyRequests', { retryAfterSeconds: error.retryAfterSeconds });
  };

  /**
   * The subscriber a valid customer bearer names (users-permissions' jwt service, which the app
   * wraps to accept only live sessions), or null: no bearer, or a bad, expired or ended one —
   * on this public route such a token is simply ignored and the complaint is not linked.
   */
  const linkedSubscriber = async (ctx: Context): Promise<number | null> => {
    const token = bearerToken(ctx.request.header.authorization);
    if (!token) return null;
    try {
      const payload = await strapi.plugin('users-permissions').service('jwt').verify(token);
      const user = await strapi.db.query(USER).findOne({ where: { id: payload?.id }, select: ['id', 'blocked'] });
      if (!user || user.blocked) return null;
      const subscriber = await strapi.service('api::subscriber.subscriber').findByUserId(user.id);
      return subscriber?.id ?? null;
    } catch {
      return null;
    }
  };

  return {
    /** GET /api/complaints/form */
    async form(ctx: Context) {
      ctx.set('Cache-Control', 'no-store');
      ctx.body = {
        data: {
          formToken: complaints().issueFormToken(),
          addressees: COMPLAINT_ADDRESSEES.map((value) => ({ value, ...COMPLAINT_ADDRESSEE_LABELS[value] })),
        },
      };
    },

    /** POST /api/complaints */
    async submit(ctx: Context) {
      const body: any = (ctx.request as any).body;
      // a bot filled the hidden field: answered like a success, nothing stored or counted
      if (body && typeof body === 'object' && honeypotFilled(body.website)) {
        const to = COMPLAINT_ADDRESSEES.includes(body.addressedTo) ? (body.addressedTo as ComplaintAddressee) : 'managers';
        ctx.status = 201;
        ctx.body = { data: complaints().decoyAnswer(to) };
        return;
      }
      const { input, formToken } = readComplaint(body);
      const age = complaints().checkFormToken(formToken);
      if (age !== 'ok') new FieldErrors().add('formToken', age === 'young' ? 'formTokenTooYoung' : 'formTokenInvalid').throwIfAny();
      try {
        await complaints().takeSubmission({ ip: ctx.request.ip, mobile: input.mobile });
      } catch (error) {
        if (error instanceof ComplaintThrottled) throw throttled(ctx, error);
        throw error;
      }
      const subscriberId = await linkedSubscriber(ctx);
      ctx.status = 201;
      ctx.body = { data: await complaints().submit(input, { subscriberId }) };
    },

    /** POST /api/complaints/status — any mismatch is the same 404 */
    async status(ctx: Context) {
      const { trackingCode, mobile } = readStatusQuery((ctx.request as any).body);
      try {
        await complaints().takeLookup({ ip: ctx.request.ip });
      } catch (error) {
        if (error instanceof ComplaintThrottled) throw throttled(ctx, error);
        throw error;
      }
      const found = trackingCode && mobile ? await complaints().status(trackingCode, mobile) : null;
      if (!found) throw bilingual(errors.NotFoundError, 'complaintNotFound');
      ctx.set('Cache-Control', 'no-store');
      ctx.body = { data: found };
    },
  };
};
