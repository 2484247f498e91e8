/**
 * Login with a one-time code sent by SMS (POST /api/auth/otp/request, /verify).
 *
 * - request: the identifier is read like the password login's; if it names a subscriber with a
 *   portal account, a 6-digit code goes by SMS to the mobile staff registered (through the outbox,
 *   sealed, never logged). The answer is the same whether or not the account exists. Previous
 *   codes of the account are voided; a new one not within the cool-down.
 * - verify: the newest live code of the account; only an HMAC of it is stored; 5 wrong tries void
 *   it; it is consumed by one conditional UPDATE, so it works once even under concurrent verifies.
 *   Success issues the same tokens as the password login.
 * Requests are throttled per account and per client address (login-throttle.ts).
 */
import { createHmac, randomInt, timingSafeEqual } from 'crypto';
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { errors } from '@strapi/utils';
import { parseLoginIdentifier } from '../../../../../src/domain/identity';
import { normalizeNumberInput } from '../../../../../src/domain/digits';
import { FieldErrors, bilingual, fieldError, validationError } from '../../../../../src/validation/errors';
import { MESSAGES } from '../../../../../src/validation/messages';
import type { CustomerAccountsConfig } from '../config';

const CODE = 'plugin::customer-accounts.login-code';
const SUBSCRIBER = 'api::subscriber.subscriber';

type Account = { subscriberId: number; mobile: string; userId: number; blocked: boolean };

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const config = () => strapi.config.get('plugin::customer-accounts') as CustomerAccountsConfig;
  const throttle = () => strapi.plugin('customer-accounts').service('login-throttle');
  const windowMs = () => config().loginThrottle.windowMs;

  const hmac = (subscriberId: number, code: string) =>
    createHmac('sha256', String(strapi.config.get('plugin::users-permissions.jwtSecret') ?? 'poshtiban'))
      .update(`login-code:${subscriberId}:${code}`)
      .digest('hex');

  const requireText = (body: Record<string, unknown>, fields: string[]) => {
    const errs = new FieldErrors();
    for (const field of fields) {
      const value = body[field];
      if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) errs.add(field, 'required');
      else if (typeof value !== 'string') errs.add(field, 'mustBeText');
    }
    errs.throwIfAny();
  };

  const tooMany = (ctx: Context, retryAfterSeconds: number) => {
    ctx.set('Retry-After', String(Math.max(1, retryAfterSeconds)));
    return bilingual(errors.RateLimitError, 'tooManyRequests', { retryAfterSeconds });
  };

  /** The account behind an identifier: subscriber + portal user. One query. */
  const findAccount = async (identifier: string): Promise<Account | null> => {
    const parsed = parseLoginIdentifier(identifier);
    if (!parsed) return null;
    const where = parsed.kind === 'nationalCode' ? { nationalCode: parsed.nationalCode } : { subscriberNumber: parsed.subscriberNumber };
    const s = await strapi.db.query(SUBSCRIBER).findOne({ where, select: ['id', 'mobile'], populate: { user: { select: ['id', 'blocked'] } } });
    if (!s?.user || !s.mobile) return null;
    return { subscriberId: s.id, mobile: s.mobile, userId: s.user.id, blocked: Boolean(s.user.blocked) };
  };

  const sent = () => ({
    data: {
      sent: true,
      expiresInSeconds: config().otp.ttlSeconds,
      resendAfterSeconds: config().otp.resendCooldownSeconds,
      message: { fa: MESSAGES.otpSent.fa, en: MESSAGES.otpSent.en },
    },
  });

  return {
    async request(ctx: Context) {
      const body = ((ctx.request as any).body ?? {}) as Record<string, unknown>;
      requireText(body, ['identifier']);
      const { otp } = config();
      const ip = ctx.request.ip;
      const byIp = throttle().take(`otp-request-ip:${ip}`, { max: otp.maxRequestsPerIp, windowMs: windowMs() });
      if (!byIp.allowed) throw tooMany(ctx, byIp.retryAfterSeconds);

      const account = await findAccount(body.identifier as string);
      if (!account || account.blocked) return sent();
      // per account: quietly do nothing, so the answer says nothing about the account
      if (!throttle().take(`otp-request-account:${account.subscriberId}`, { max: otp.maxCodesPerAccount, windowMs: windowMs() }).allowed) return sent();

      const now = new Date();
      const latest = await strapi.db.query(CODE).findOne({
        where: { subscriberId: account.subscriberId },
        select: ['id', 'createdAt'],
        orderBy: [{ id: 'desc' }],
      });
      if (latest && now.getTime() - new Date(latest.createdAt).getTime() < otp.resendCooldownSeconds * 1000) return sent();

      const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
      await strapi.db.transaction(async ({ onCommit }) => {
        await strapi.db.query(CODE).updateMany({ where: { subscriberId: account.subscriberId, consumedAt: null }, data: { consumedAt: now } });
        const row = await strapi.db.query(CODE).create({
          data: {
            subscriberId: account.subscriberId,
            userId: account.userId,
            codeHash: hmac(account.subscriberId, code),
            expiresAt: new Date(now.getTime() + otp.ttlSeconds * 1000),
            attempts: 0,
            requestIp: ip,
          },
        });
        await strapi.plugin('messaging').service('outbox').enqueue({
          channel: 'sms',
          kind: 'otp',
          recipient: account.mobile,
          subscriberId: account.subscriberId,
          templateCode: 'login-code',
          params: { minutes: Math.round(otp.ttlSeconds / 60) },
          secretParams: { code },
          dedupeKey: `login-code:${row.id}:sms`,
          maxAttempts: 3,
        });
        // deliver now rather than at the worker's next pass (tests drive the worker themselves)
        if (strapi.config.get('scheduler.enabled')) {
          onCommit(() => {
            setImmediate(() => void strapi.plugin('messaging').service('delivery').drain().catch((e: Error) => strapi.log.error(e)));
          });
        }
      });
      return sent();
    },

    async verify(ctx: Context) {
      const body = ((ctx.request as any).body ?? {}) as Record<string, unknown>;
      requireText(body, ['identifier', 'code']);
      const code = normalizeNumberInput(body.code as string);
      if (!/^\d{6}$/.test(code)) throw validationError([fieldError('code', 'otpFormat')]);

      const { otp } = config();
      const ip = ctx.request.ip;
      const blocked = throttle().isOver(`otp-verify-ip:${ip}`, otp.maxFailuresPerIp);
      if (blocked.over) throw tooMany(ctx, blocked.retryAfterSeconds);

      const fail = () => {
        throttle().take(`otp-verify-ip:${ip}`, { max: otp.maxFailuresPerIp, windowMs: windowMs() });
        return bilingual(errors.ValidationError, 'otpInvalid', { errors: [] });
      };

      const account = await findAccount(body.identifier as string);
      const now = new Date();
      const live = account
        ? await strapi.db.query(CODE).findOne({
            where: { subscriberId: account.subscriberId, consumedAt: null, expiresAt: { $gt: now }, attempts: { $lt: otp.maxAttempts } },
            select: ['id', 'codeHash', 'attempts', 'userId'],
            orderBy: [{ id: 'desc' }],
          })
        : null;
      const expected = Buffer.from(live?.codeHash ?? hmac(0, '000000'));
      const given = Buffer.from(hmac(account?.subscriberId ?? 0, code));
      const matches = Boolean(live) && expected.length === given.length && timingSafeEqual(expected, given);
      if (!matches) {
        if (live) await strapi.db.query(CODE).update({ where: { id: live.id }, data: { attempts: live.attempts + 1 } });
        throw fail();
      }

      // single use, even when two verifies race
      const { count } = await strapi.db.query(CODE).updateMany({ where: { id: live.id, consumedAt: null }, data: { consumedAt: now } });
      if (count !== 1) throw fail();
      if (account!.blocked) throw bilingual(errors.ApplicationError, 'accountBlocked');

      const user = await strapi.db.query('plugin::users-permissions.user').findOne({ where: { id: live.userId } });
      if (!user) throw fail();
      ctx.body = await strapi.plugin('customer-accounts').service('sessions').issue(ctx, user);
    },
  };
};
