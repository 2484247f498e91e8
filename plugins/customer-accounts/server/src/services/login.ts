/**
 * Customer login: POST /api/auth/local { identifier, password }.
 *
 * The identifier may be the subscriber number, the legacy 12-digit account code (seed 000) or the
 * national code, in Persian, Arabic or Latin digits. It is resolved here to the account's
 * username (the subscriber number), then users-permissions checks the password and issues the
 * tokens as usual.
 *
 * Every failure — unknown identifier, subscriber without an account, wrong password — gives the
 * same message and costs the same bcrypt comparison, so responses do not tell whether an account
 * exists. Failures are counted per account — the account the identifier resolves to, whichever
 * form was typed; an unknown identifier under its canonical form (domain/identity.ts
 * loginIdentifierKey) — and per address (login-throttle.ts). An identifier longer than any real
 * one is refused before any database read, with the same answer.
 */
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { errors } from '@strapi/utils';
import { loginAccountKey, loginIdentifierKey, parseLoginIdentifier } from 'poshtiban/domain/identity';
import { bilingual, readTextFields } from 'poshtiban/validation/errors';

const SUBSCRIBER = 'api::subscriber.subscriber';
const USER = 'plugin::users-permissions.user';
/** bcrypt (cost 10, as users-permissions hashes) of a random string nobody knows */
const DUMMY_HASH = '$2a$10$xXT1NM29W4UI3eJSKjNYtOGm3Mr0kpDTJ83JiJa.fnIbQ4uj844qq';
const INVALID_CREDENTIALS = 'Invalid identifier or password';
const BLOCKED = 'Your account has been blocked by an administrator';

type BaseCallback = (ctx: Context) => Promise<unknown>;

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const throttle = () => strapi.plugin('customer-accounts').service('login-throttle');
  const userService = () => strapi.plugin('users-permissions').service('user');

  /** The username behind an identifier, or null. One indexed query either way. */
  const resolveUsername = async (identifier: string): Promise<string | null> => {
    const parsed = parseLoginIdentifier(identifier);
    if (!parsed) return null;
    if (parsed.kind === 'nationalCode') {
      const subscriber = await strapi.db.query(SUBSCRIBER).findOne({
        where: { nationalCode: parsed.nationalCode },
        select: ['id'],
        populate: { user: { select: ['username'] } },
      });
      return subscriber?.user?.username ?? null;
    }
    const user = await strapi.db.query(USER).findOne({ where: { username: parsed.subscriberNumber, provider: 'local' }, select: ['username'] });
    return user?.username ?? null;
  };

  const loginFailed = () => bilingual(errors.ValidationError, 'loginFailed', { errors: [] });

  return {
    async authenticate(ctx: Context, baseCallback: BaseCallback) {
      const body = ((ctx.request as any).body ?? {}) as Record<string, unknown>;
      // the text rule (src/domain/text-input.ts: lengths, control characters) before anything is
      // counted or looked up
      const typed = readTextFields(body, { identifier: 'loginIdentifier', password: 'password' });
      const identifier = typed.identifier;
      const password = typed.password;
      const ip = ctx.request.ip;
      const refuseIfThrottled = async (account?: string) => {
        try {
          await throttle().assertAllowed({ account, ip });
        } catch (error) {
          if (error instanceof errors.RateLimitError) {
            ctx.set('Retry-After', String((error.details as any)?.retryAfterSeconds ?? 60));
          }
          throw error;
        }
      };

      // the address first: an address over its limit costs no database read
      await refuseIfThrottled();
      // failures count against the account the identifier names, however it was typed; an
      // unknown identifier against its canonical form (the same key an account would have)
      const username = await resolveUsername(identifier);
      const attempt = { account: username ? loginAccountKey(username) : loginIdentifierKey(identifier), ip };
      await refuseIfThrottled(attempt.account);

      if (!username) {
        await userService().validatePassword(password, DUMMY_HASH);
        await throttle().recordFailure(attempt);
        throw loginFailed();
      }

      (ctx.request as any).body = { ...body, identifier: username };
      try {
        await baseCallback(ctx);
      } catch (error: any) {
        if (error?.message === INVALID_CREDENTIALS) {
          await throttle().recordFailure(attempt);
          throw loginFailed();
        }
        if (error?.message === BLOCKED) throw bilingual(errors.ApplicationError, 'accountBlocked');
        throw error;
      }
      await throttle().recordSuccess(attempt);
    },
  };
};
