/**
 * Login with a one-time code sent by SMS (POST /api/auth/otp/request, /verify), on the code
 * machinery of codes.ts with the purpose `login`.
 *
 * - request: a 6-digit code by SMS to the registered mobile, unless one went moments ago or the
 *   window's allowance is used — then nothing is sent and the answer says so and when to try
 *   again. The answers are the same whether or not the account exists.
 * - verify: the newest live login code of the account, once; success issues the same tokens as
 *   the password login. A password-reset code does not log in.
 */
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { normalizeNumberInput } from 'poshtiban/domain/digits';
import { bilingual, errors, fieldError, validationError } from 'poshtiban/validation/errors';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const codes = () => strapi.plugin('customer-accounts').service('codes');

  return {
    async request(ctx: Context) {
      return codes().request(ctx, 'login');
    },

    async verify(ctx: Context) {
      const body = ((ctx.request as any).body ?? {}) as Record<string, unknown>;
      const typed = codes().requireText(body, { identifier: 'loginIdentifier', code: 'oneTimeCode' });
      const code = normalizeNumberInput(typed.code);
      if (!/^\d{6}$/.test(code)) throw validationError([fieldError('code', 'otpFormat')]);

      const account = await codes().consume(ctx, { identifier: typed.identifier, code, purpose: 'login' });
      const user = await strapi.db.query('plugin::users-permissions.user').findOne({ where: { id: account.userId } });
      if (!user) throw bilingual(errors.ValidationError, 'otpInvalid', { errors: [] });
      ctx.body = await strapi.plugin('customer-accounts').service('sessions').issue(ctx, user);
    },
  };
};
