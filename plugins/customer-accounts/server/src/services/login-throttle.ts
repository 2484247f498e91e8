/**
 * Throttles failed customer logins: per account (whatever address they come from, and whichever
 * form of its identifier was typed — services/login.ts resolves it first) and per client address
 * (whatever accounts it tries; a higher limit, so one address cannot spray guesses over many
 * accounts). Counters live in this process's memory and expire after
 * the window; a successful login clears the account's counter.
 *
 * This sits behind Strapi's own per-address request limiter on /api/auth/* and does not lock
 * anyone out for good: once the window passes, logins work again.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { bilingual } from '../../../../../src/validation/errors';
import type { CustomerAccountsConfig } from '../config';

type Counter = { count: number; resetAt: number };

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const counters = new Map<string, Counter>();
  const settings = () => (strapi.config.get('plugin::customer-accounts') as CustomerAccountsConfig).loginThrottle;

  const current = (key: string, now: number): Counter | undefined => {
    const c = counters.get(key);
    if (c && c.resetAt <= now) {
      counters.delete(key);
      return undefined;
    }
    return c;
  };

  const sweep = (now: number) => {
    if (counters.size < 10_000) return;
    for (const [key, c] of counters) if (c.resetAt <= now) counters.delete(key);
  };

  return {
    /**
     * Throws a 429 (with Retry-After seconds) when the address, or the account when given, is over
     * its limit. `account` is the account's key (domain/identity.ts loginAccountKey, or
     * loginIdentifierKey for an identifier that names no account), never the identifier as typed.
     */
    assertAllowed({ account, ip }: { account?: string; ip: string }, now = Date.now()) {
      const s = settings();
      if (!s.enabled) return;
      const limits: Array<[string, number]> = [[`ip:${ip}`, s.maxFailuresPerIp]];
      if (account !== undefined) limits.push([`account:${account}`, s.maxFailuresPerAccount]);
      for (const [key, max] of limits) {
        const c = current(key, now);
        if (c && c.count >= max) {
          throw bilingual(errors.RateLimitError, 'loginThrottled', { retryAfterSeconds: Math.ceil((c.resetAt - now) / 1000) });
        }
      }
    },

    /** Counts a failure against the address, and against the account when given. */
    recordFailure({ account, ip }: { account?: string; ip: string }, now = Date.now()) {
      const s = settings();
      if (!s.enabled) return;
      sweep(now);
      for (const key of account === undefined ? [`ip:${ip}`] : [`account:${account}`, `ip:${ip}`]) {
        const c = current(key, now);
        if (c) c.count += 1;
        else counters.set(key, { count: 1, resetAt: now + s.windowMs });
      }
    },

    recordSuccess({ account }: { account: string }) {
      counters.delete(`account:${account}`);
    },

    /**
     * A general counter for the other throttled actions (one-time codes): counts one event under
     * `key` and says whether it was allowed — at most `max` within `windowMs`. Off with the rest.
     */
    take(key: string, { max, windowMs }: { max: number; windowMs: number }, now = Date.now()): { allowed: boolean; retryAfterSeconds: number } {
      if (!settings().enabled) return { allowed: true, retryAfterSeconds: 0 };
      sweep(now);
      const c = current(key, now);
      if (c && c.count >= max) return { allowed: false, retryAfterSeconds: Math.ceil((c.resetAt - now) / 1000) };
      if (c) c.count += 1;
      else counters.set(key, { count: 1, resetAt: now + windowMs });
      return { allowed: true, retryAfterSeconds: 0 };
    },

    /** Whether `key` is already at `max` (without counting). */
    isOver(key: string, max: number, now = Date.now()): { over: boolean; retryAfterSeconds: number } {
      if (!settings().enabled) return { over: false, retryAfterSeconds: 0 };
      const c = current(key, now);
      return c && c.count >= max ? { over: true, retryAfterSeconds: Math.ceil((c.resetAt - now) / 1000) } : { over: false, retryAfterSeconds: 0 };
    },

    /** for tests and for staff unblocking someone by hand */
    clear() {
      counters.clear();
    },
  };
};
