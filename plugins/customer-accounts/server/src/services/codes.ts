/**
 * One-time codes sent by SMS to the mobile staff registered — the machinery behind the login code
 * (one-time-code.ts) and the password reset (passwords.ts).
 *
 * - Each code is bound to its purpose: the row says `login` or `password-reset`, a lookup only
 *   reads rows of its own purpose, and the stored HMAC covers the purpose too — a login code can
 *   never reset a password, nor a reset code log in.
 * - request(): the identifier is read like the password login's; if it names an unblocked
 *   subscriber with a portal account and a mobile, and src/domain/one-time-codes.ts allows it
 *   (cool-down, codes per window — only codes actually sent count), a 6-digit code goes through
 *   the messaging outbox, sealed. Otherwise nothing is sent and the answer says so, with the wait.
 *   Identifiers that name no account get the same answers: their "sends" are remembered for the
 *   same rule where the throttle keeps its counters (login-throttle recordEvent: Redis with
 *   REDIS_URL, so every instance answers alike), so whether an account exists does not show.
 *   Requests are also throttled per client address (429).
 * - consume(): the newest live code of the purpose; only its HMAC is stored; 5 wrong tries void
 *   it; it is used by one conditional UPDATE, so it works once even under concurrent tries;
 *   failures are counted per client address.
 */
import { createHmac, randomInt, timingSafeEqual } from 'crypto';
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { errors } from '@strapi/utils';
import { parseLoginIdentifier } from 'poshtiban/domain/identity';
import { normalizeNumberInput } from 'poshtiban/domain/digits';
import { decideCodeSend, type CodePurpose } from 'poshtiban/domain/one-time-codes';
import { FieldErrors, bilingual, readTextFields } from 'poshtiban/validation/errors';
import type { TextField } from 'poshtiban/domain/text-input';
import { MESSAGES, fillMessage, type MessageCode } from 'poshtiban/validation/messages';
import type { CustomerAccountsConfig } from '../config';

const CODE = 'plugin::customer-accounts.login-code';
const SUBSCRIBER = 'api::subscriber.subscriber';

export type Account = {
  subscriberId: number;
  subscriberNumber: string;
  nationalCode: string | null;
  mobile: string;
  userId: number;
  blocked: boolean;
};

type PurposeSettings = {
  /** outbox template and kind */
  templateCode: string;
  kind: 'otp' | 'transactional';
  /** the answer when a code went (or, for all the caller knows, went) */
  sentMessage: MessageCode;
  /** the answer to a wrong, expired or used code */
  invalidMessage: MessageCode;
};

export const PURPOSES: Record<CodePurpose, PurposeSettings> = {
  login: { templateCode: 'login-code', kind: 'otp', sentMessage: 'otpSent', invalidMessage: 'otpInvalid' },
  // a reset code is transactional (it is about the account, not a login), still SMS only
  'password-reset': { templateCode: 'password-reset-code', kind: 'transactional', sentMessage: 'resetCodeSent', invalidMessage: 'resetCodeInvalid' },
};

export type CodeRequestAnswer = {
  data: {
    sent: boolean;
    /** why nothing was sent: another code went moments ago, or the window's allowance is used */
    reason?: 'cooldown' | 'limit';
    /** when nothing was sent: seconds until a request may send one */
    retryAfterSeconds?: number;
    /** seconds until the next request may send a code (the cool-down, or the wait above) */
    resendAfterSeconds: number;
    /** how long a code is valid */
    expiresInSeconds: number;
    message: { fa: string; en: string };
  };
};

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const config = () => strapi.config.get('plugin::customer-accounts') as CustomerAccountsConfig;
  const throttle = () => strapi.plugin('customer-accounts').service('login-throttle');
  const limitEnabled = () => config().loginThrottle.enabled;
  const policy = () => {
    const { otp, loginThrottle } = config();
    return { cooldownMs: otp.resendCooldownSeconds * 1000, windowMs: loginThrottle.windowMs, maxPerWindow: otp.maxCodesPerAccount, limitEnabled: limitEnabled() };
  };

  /** Where the "sends" to an identifier that names no account are remembered (login-throttle events). */
  const phantomKey = (purpose: CodePurpose, identifier: string) => {
    const parsed = parseLoginIdentifier(identifier);
    const canonical = parsed ? (parsed.kind === 'nationalCode' ? `n:${parsed.nationalCode}` : `s:${parsed.subscriberNumber}`) : `x:${normalizeNumberInput(identifier).slice(0, 32)}`;
    return `code-phantom:${purpose}:${canonical}`;
  };

  const hmac = (purpose: CodePurpose, subscriberId: number, code: string) =>
    createHmac('sha256', String(strapi.config.get('plugin::users-permissions.jwtSecret') ?? 'poshtiban'))
      .update(`${PURPOSES[purpose].templateCode}:${subscriberId}:${code}`)
      .digest('hex');

  const tooMany = (ctx: Context, retryAfterSeconds: number) => {
    ctx.set('Retry-After', String(Math.max(1, retryAfterSeconds)));
    return bilingual(errors.RateLimitError, 'tooManyRequests', { retryAfterSeconds });
  };

  const sentAnswer = (purpose: CodePurpose): CodeRequestAnswer => ({
    data: {
      sent: true,
      resendAfterSeconds: config().otp.resendCooldownSeconds,
      expiresInSeconds: config().otp.ttlSeconds,
      message: { fa: MESSAGES[PURPOSES[purpose].sentMessage].fa, en: MESSAGES[PURPOSES[purpose].sentMessage].en },
    },
  });

  const notSentAnswer = (reason: 'cooldown' | 'limit', retryAfterSeconds: number): CodeRequestAnswer => ({
    data: {
      sent: false,
      reason,
      retryAfterSeconds,
      resendAfterSeconds: retryAfterSeconds,
      expiresInSeconds: config().otp.ttlSeconds,
      message:
        reason === 'cooldown'
          ? fillMessage('codeCooldown', { seconds: retryAfterSeconds })
          : fillMessage('codeLimit', { seconds: retryAfterSeconds, max: config().otp.maxCodesPerAccount, minutes: Math.round(config().loginThrottle.windowMs / 60_000) }),
    },
  });

  const service = {
    /** Field errors for missing or non-text fields. */
    /** Required text fields, each by its text rule (src/domain/text-input.ts); the normalised values. */
    requireText<K extends string>(body: Record<string, unknown>, fields: Record<K, TextField>): Record<K, string> {
      return readTextFields(body, fields);
    },

    /** The account behind an identifier: subscriber + portal user. One query. */
    async findAccount(identifier: string): Promise<Account | null> {
      const parsed = parseLoginIdentifier(identifier);
      if (!parsed) return null;
      const where = parsed.kind === 'nationalCode' ? { nationalCode: parsed.nationalCode } : { subscriberNumber: parsed.subscriberNumber };
      const s = await strapi.db.query(SUBSCRIBER).findOne({
        where,
        select: ['id', 'subscriberNumber', 'nationalCode', 'mobile'],
        populate: { user: { select: ['id', 'blocked'] } },
      });
      if (!s?.user || !s.mobile) return null;
      return { subscriberId: s.id, subscriberNumber: s.subscriberNumber, nationalCode: s.nationalCode ?? null, mobile: s.mobile, userId: s.user.id, blocked: Boolean(s.user.blocked) };
    },

    /** POST …/request: sends a code of `purpose` if the rule allows; the answer never tells whether the account exists. */
    async request(ctx: Context, purpose: CodePurpose): Promise<CodeRequestAnswer> {
      const body = ((ctx.request as any).body ?? {}) as Record<string, unknown>;
      const { identifier } = service.requireText(body, { identifier: 'loginIdentifier' });
      const { otp } = config();
      const ip = ctx.request.ip;
      const byIp = await throttle().take(`code-request-ip:${purpose}:${ip}`, { max: otp.maxRequestsPerIp, windowMs: policy().windowMs });
      if (!byIp.allowed) throw tooMany(ctx, byIp.retryAfterSeconds);

      const now = new Date();
      const account = await service.findAccount(identifier);
      if (!account || account.blocked) {
        // no code goes; answer as the rule would for an account
        const key = phantomKey(purpose, identifier);
        const horizon = Math.max(policy().windowMs, policy().cooldownMs);
        const times: number[] = await throttle().recentEvents(key, horizon, now.getTime());
        const decision = decideCodeSend(times.map((t) => new Date(t)), now, policy());
        if (!decision.send) return notSentAnswer(decision.reason, decision.retryAfterSeconds);
        await throttle().recordEvent(key, now.getTime(), horizon);
        return sentAnswer(purpose);
      }

      return strapi.db.transaction(async ({ onCommit }) => {
        // codes of this purpose sent within the window (newest first; at most what the rule looks at)
        const recent: Array<{ createdAt: string | Date }> = await strapi.db.query(CODE).findMany({
          where: { subscriberId: account.subscriberId, purpose, createdAt: { $gt: new Date(now.getTime() - Math.max(policy().windowMs, policy().cooldownMs)) } },
          select: ['createdAt'],
          orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
          limit: Math.max(1, otp.maxCodesPerAccount),
        });
        const decision = decideCodeSend(recent.map((r) => new Date(r.createdAt)), now, policy());
        if (!decision.send) return notSentAnswer(decision.reason, decision.retryAfterSeconds);

        const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
        // a new code voids the earlier live codes of the same purpose
        await strapi.db.query(CODE).updateMany({ where: { subscriberId: account.subscriberId, purpose, consumedAt: null }, data: { consumedAt: now } });
        const row = await strapi.db.query(CODE).create({
          data: {
            subscriberId: account.subscriberId,
            purpose,
            userId: account.userId,
            codeHash: hmac(purpose, account.subscriberId, code),
            expiresAt: new Date(now.getTime() + otp.ttlSeconds * 1000),
            attempts: 0,
            requestIp: ip,
            createdAt: now,
          },
        });
        await strapi.plugin('messaging').service('outbox').enqueue({
          channel: 'sms',
          kind: PURPOSES[purpose].kind,
          recipient: account.mobile,
          subscriberId: account.subscriberId,
          templateCode: PURPOSES[purpose].templateCode,
          params: { minutes: Math.round(otp.ttlSeconds / 60) },
          secretParams: { code },
          dedupeKey: `${PURPOSES[purpose].templateCode}:${row.id}:sms`,
          maxAttempts: 3,
        });
        // deliver now rather than at the worker's next pass (tests drive the worker themselves)
        if (strapi.config.get('scheduler.enabled')) {
          onCommit(() => {
            setImmediate(() => void strapi.plugin('messaging').service('delivery').drain().catch((e: Error) => strapi.log.error(e)));
          });
        }
        return sentAnswer(purpose);
      });
    },

    /**
     * Uses the newest live code of `purpose` for the account `identifier` names. Returns the
     * account; throws 400 (the purpose's invalid-code message) for a wrong, expired, used or
     * foreign code, 429 when this address failed too often. `check` runs once the code matched and
     * before it is used: what it throws is answered and the code stays usable.
     */
    async consume(
      ctx: Context,
      { identifier, code, purpose, check }: { identifier: string; code: string; purpose: CodePurpose; check?: (account: Account) => void }
    ): Promise<Account> {
      const { otp } = config();
      const ip = ctx.request.ip;
      const failKey = `code-verify-ip:${purpose}:${ip}`;
      const blocked = await throttle().isOver(failKey, otp.maxFailuresPerIp);
      if (blocked.over) throw tooMany(ctx, blocked.retryAfterSeconds);

      const fail = async () => {
        await throttle().take(failKey, { max: otp.maxFailuresPerIp, windowMs: policy().windowMs });
        return bilingual(errors.ValidationError, PURPOSES[purpose].invalidMessage, { errors: [] });
      };

      const account = await service.findAccount(identifier);
      const now = new Date();
      const live = account
        ? await strapi.db.query(CODE).findOne({
            where: { subscriberId: account.subscriberId, purpose, consumedAt: null, expiresAt: { $gt: now }, attempts: { $lt: otp.maxAttempts } },
            select: ['id', 'codeHash', 'attempts', 'userId'],
            orderBy: [{ id: 'desc' }],
          })
        : null;
      const expected = Buffer.from(live?.codeHash ?? hmac(purpose, 0, '000000'));
      const given = Buffer.from(hmac(purpose, account?.subscriberId ?? 0, code));
      const matches = Boolean(live) && expected.length === given.length && timingSafeEqual(expected, given);
      if (!matches) {
        if (live) await strapi.db.query(CODE).update({ where: { id: live.id }, data: { attempts: live.attempts + 1 } });
        throw await fail();
      }

      // what only the code's owner may learn (e.g. the new password uses their mobile): the code stays live
      if (check) check(account!);

      // single use, even when two tries race
      const { count } = await strapi.db.query(CODE).updateMany({ where: { id: live.id, consumedAt: null }, data: { consumedAt: now } });
      if (count !== 1) throw await fail();
      if (account!.blocked) throw bilingual(errors.ApplicationError, 'accountBlocked');
      return { ...account!, userId: live.userId };
    },

    /** Voids every live code of the account, whatever its purpose (a new password ends them all). */
    async voidAll(subscriberId: number, now = new Date()) {
      await strapi.db.query(CODE).updateMany({ where: { subscriberId, consumedAt: null }, data: { consumedAt: now } });
    },

    /** for tests: forgets the remembered sends to unknown identifiers (with the throttle's other counters) */
    clearPhantoms() {
      return throttle().clear();
    },
  };
  return service;
};
