/**
 * Password self-service for customers.
 *
 * - change (POST /api/me/password { currentPassword, newPassword }): the current password is
 *   checked (wrong ones throttled per account), the new one must pass src/domain/password.ts and
 *   differ from the current one. Every session of the account ends — this device's too — and this
 *   device gets a fresh one in the answer (`{ jwt, user }` + refresh cookie), so it stays logged
 *   in while any copy of an old refresh token (another browser, a stolen cookie) is dead.
 * - reset by SMS code: requestReset (POST /api/auth/password-reset/request { identifier }) sends a
 *   `password-reset` code through codes.ts (transactional SMS to the registered mobile, the same
 *   non-revealing answers as login codes); reset (POST /api/auth/password-reset/confirm
 *   { identifier, code, newPassword }) uses it once, sets the password, ends every session and
 *   voids every other live code. The customer then logs in with the new password.
 * Both are written to the audit trail in the same transaction as the new password.
 */
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { errors } from '@strapi/utils';
import { normalizeNumberInput } from 'poshtiban/domain/digits';
import { parseLoginIdentifier } from 'poshtiban/domain/identity';
import { passwordProblem, type PasswordContext } from 'poshtiban/domain/password';
import type { TextField } from 'poshtiban/domain/text-input';

/** Each body field's text rule (src/domain/text-input.ts). */
const TEXT_FIELD: Record<string, TextField> = { identifier: 'loginIdentifier', code: 'oneTimeCode', currentPassword: 'password', newPassword: 'password' };
import { FieldErrors, bilingual, fieldError, validationError } from 'poshtiban/validation/errors';
import { MESSAGES } from 'poshtiban/validation/messages';
import type { CustomerAccountsConfig } from '../config';
import type { Account } from './codes';

const USER = 'plugin::users-permissions.user';
const SUBSCRIBER = 'api::subscriber.subscriber';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const config = () => strapi.config.get('plugin::customer-accounts') as CustomerAccountsConfig;
  const codes = () => strapi.plugin('customer-accounts').service('codes');
  const throttle = () => strapi.plugin('customer-accounts').service('login-throttle');
  const userService = () => strapi.plugin('users-permissions').service('user');
  const label = (code: keyof typeof MESSAGES) => ({ fa: MESSAGES[code].fa, en: MESSAGES[code].en });

  /** The body's fields: only `allowed`, each required text. */
  const readBody = (ctx: Context, allowed: string[]) => {
    const body = ((ctx.request as any).body ?? {}) as Record<string, unknown>;
    const errs = new FieldErrors();
    for (const key of Object.keys(body)) if (!allowed.includes(key)) errs.add(key, 'notAllowed');
    errs.throwIfAny();
    return codes().requireText(body, Object.fromEntries(allowed.map((field) => [field, TEXT_FIELD[field]]))) as Record<string, string>;
  };

  /** Sets the password and ends every session and live code, with the audit event, in one transaction. */
  const setPassword = async (
    { userId, subscriberId }: { userId: number; subscriberId: number },
    password: string,
    audit: { action: string; ip: string; subscriberDocumentId?: string; actorLabel?: string }
  ) => {
    await strapi.db.transaction(async () => {
      await userService().edit(userId, { password });
      await strapi.sessionManager('users-permissions').invalidateRefreshToken(String(userId));
      await codes().voidAll(subscriberId);
      await strapi.service('api::audit-event.audit-event').record({
        action: audit.action,
        actorType: 'customer',
        actorId: String(userId),
        actorLabel: audit.actorLabel,
        subjectUid: SUBSCRIBER,
        subjectId: audit.subscriberDocumentId,
        details: {},
        ip: audit.ip,
      });
    });
  };

  return {
    async change(ctx: Context) {
      const user = ctx.state.user as { id: number };
      const subscriber = ctx.state.subscriber as { id: number; documentId: string; fullName?: string };
      const body = readBody(ctx, ['currentPassword', 'newPassword']);

      const t = config().loginThrottle;
      const key = `password-change:${user.id}`;
      const over = await throttle().isOver(key, t.maxFailuresPerAccount);
      if (over.over) {
        ctx.set('Retry-After', String(over.retryAfterSeconds));
        throw bilingual(errors.RateLimitError, 'loginThrottled', { retryAfterSeconds: over.retryAfterSeconds });
      }

      const stored = await strapi.db.query(USER).findOne({ where: { id: user.id }, select: ['id', 'password'] });
      const errs: ReturnType<typeof fieldError>[] = [];
      const currentOk = Boolean(stored?.password) && (await userService().validatePassword(body.currentPassword, stored.password));
      if (!currentOk) {
        await throttle().take(key, { max: t.maxFailuresPerAccount, windowMs: t.windowMs });
        errs.push(fieldError('currentPassword', 'currentPasswordWrong'));
      }
      const own: PasswordContext = await strapi.db.query(SUBSCRIBER).findOne({ where: { id: subscriber.id }, select: ['subscriberNumber', 'nationalCode', 'mobile'] });
      const problem = passwordProblem(body.newPassword, own ?? {});
      if (problem) errs.push(fieldError('newPassword', problem));
      else if (currentOk && (await userService().validatePassword(body.newPassword, stored.password))) errs.push(fieldError('newPassword', 'passwordSameAsCurrent'));
      if (errs.length) throw validationError(errs);

      await setPassword({ userId: user.id, subscriberId: subscriber.id }, body.newPassword, {
        action: 'portal-account.password-changed',
        ip: ctx.request.ip,
        subscriberDocumentId: subscriber.documentId,
        actorLabel: subscriber.fullName,
      });
      const fresh = await strapi.db.query(USER).findOne({ where: { id: user.id } });
      const session = await strapi.plugin('customer-accounts').service('sessions').issue(ctx, fresh);
      return { ...session, message: label('passwordChanged') };
    },

    async requestReset(ctx: Context) {
      return codes().request(ctx, 'password-reset');
    },

    async reset(ctx: Context) {
      const body = readBody(ctx, ['identifier', 'code', 'newPassword']);
      const code = normalizeNumberInput(body.code);
      const errs = new FieldErrors();
      if (!/^\d{6}$/.test(code)) errs.add('code', 'resetCodeFormat');
      // the rule, as far as it can be checked without saying whose account this is: the typed
      // identifier is one of the customer's numbers
      const parsed = parseLoginIdentifier(body.identifier);
      const typed: PasswordContext = parsed?.kind === 'nationalCode' ? { nationalCode: parsed.nationalCode } : { subscriberNumber: parsed?.subscriberNumber };
      const problem = passwordProblem(body.newPassword, typed);
      if (problem) errs.add('newPassword', problem);
      errs.throwIfAny();

      const account: Account = await codes().consume(ctx, {
        identifier: body.identifier,
        code,
        purpose: 'password-reset',
        // the rest of the rule (all their numbers) only once the code proved the caller is the owner
        check: (a: Account) => {
          const own = passwordProblem(body.newPassword, { subscriberNumber: a.subscriberNumber, nationalCode: a.nationalCode, mobile: a.mobile });
          if (own) throw validationError([fieldError('newPassword', own)]);
        },
      });
      const subscriber = await strapi.db.query(SUBSCRIBER).findOne({ where: { id: account.subscriberId }, select: ['documentId', 'fullName'] });
      await setPassword({ userId: account.userId, subscriberId: account.subscriberId }, body.newPassword, {
        action: 'portal-account.password-reset-by-code',
        ip: ctx.request.ip,
        subscriberDocumentId: subscriber?.documentId,
        actorLabel: subscriber?.fullName,
      });
      return { data: { reset: true, message: label('passwordResetDone') } };
    },
  };
};
