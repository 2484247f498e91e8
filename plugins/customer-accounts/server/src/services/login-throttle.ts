/**
 * Throttles failed customer logins: per account (whatever address they come from, and whichever
 * form of its identifier was typed — services/login.ts resolves it first) and per client address
 * (whatever accounts it tries; a higher limit, so one address cannot spray guesses over many
 * accounts). The one-time codes and password changes count their events here too (`take`,
 * `isOver`). A successful login clears the account's counter.
 *
 * The counters are fixed windows (src/utils/counters.ts): in Redis when REDIS_URL is set, so
 * that N instances behind a proxy allow N × nothing — an attacker gets the same five tries
 * whichever instance answers; in this process's memory otherwise. When Redis cannot be reached,
 * this process's own counters stand in (the log says so, once per outage) and Redis is tried
 * again after a short pause: logins keep working and stay throttled, per instance.
 *
 * This sits behind Strapi's own per-address request limiter on /api/auth/* and does not lock
 * anyone out for good: once the window passes, logins work again.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { bilingual } from 'poshtiban/validation/errors';
import { createMemoryStore, createRedisStore, type CounterStore } from 'poshtiban/utils/counters';
import type { CustomerAccountsConfig } from '../config';

/** how long this process's counters stand in after Redis failed, before Redis is tried again */
const SHARED_RETRY_MS = 10_000;

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const config = () => strapi.config.get('plugin::customer-accounts') as CustomerAccountsConfig;
  const settings = () => config().loginThrottle;
  const local = createMemoryStore();
  let shared: CounterStore | null = null;
  let sharedDownUntil = 0;

  const sharedStore = (): CounterStore | null => {
    const url = config().redisUrl;
    if (!url || Date.now() < sharedDownUntil) return null;
    shared ??= createRedisStore(url, `${config().redisPrefix ?? 'poshtiban:'}login:`);
    return shared;
  };

  /** Runs `op` on the shared counters, or on this process's when there are none or they fail. */
  const withStore = async <T>(op: (store: CounterStore) => Promise<T>): Promise<T> => {
    const store = sharedStore();
    if (store) {
      try {
        return await op(store);
      } catch (error) {
        sharedDownUntil = Date.now() + SHARED_RETRY_MS;
        strapi.log.warn(`[customer-accounts] shared login counters unavailable (${(error as Error).message}); counting in this instance for now`);
      }
    }
    return op(local);
  };

  const limited = (retryAfterMs: number) => bilingual(errors.RateLimitError, 'loginThrottled', { retryAfterSeconds: Math.max(1, Math.ceil(retryAfterMs / 1000)) });

  return {
    /**
     * Throws a 429 (with Retry-After seconds) when the address, or the account when given, is over
     * its limit. `account` is the account's key (domain/identity.ts loginAccountKey, or
     * loginIdentifierKey for an identifier that names no account), never the identifier as typed.
     */
    async assertAllowed({ account, ip }: { account?: string; ip: string }) {
      const s = settings();
      if (!s.enabled) return;
      const limits: Array<[string, number]> = [[`ip:${ip}`, s.maxFailuresPerIp]];
      if (account !== undefined) limits.push([`account:${account}`, s.maxFailuresPerAccount]);
      for (const [key, max] of limits) {
        const { count, ttlMs } = await withStore((store) => store.peek(key));
        if (count >= max) throw limited(ttlMs);
      }
    },

    /** Counts a failure against the address, and against the account when given. */
    async recordFailure({ account, ip }: { account?: string; ip: string }) {
      const s = settings();
      if (!s.enabled) return;
      for (const key of account === undefined ? [`ip:${ip}`] : [`account:${account}`, `ip:${ip}`]) {
        await withStore((store) => store.hit(key, s.windowMs));
      }
    },

    async recordSuccess({ account }: { account: string }) {
      await withStore((store) => store.reset(`account:${account}`));
    },

    /**
     * A general counter for the other throttled actions (one-time codes): counts one event under
     * `key` and says whether it was allowed — at most `max` within `windowMs`. Off with the rest.
     */
    async take(key: string, { max, windowMs }: { max: number; windowMs: number }): Promise<{ allowed: boolean; retryAfterSeconds: number }> {
      if (!settings().enabled) return { allowed: true, retryAfterSeconds: 0 };
      const { count, ttlMs } = await withStore((store) => store.hit(key, windowMs));
      return count <= max ? { allowed: true, retryAfterSeconds: 0 } : { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(ttlMs / 1000)) };
    },

    /**
     * Adds `by` to the counter `key` in a window of `windowMs` whatever the throttle's switch — for
     * Strapi's own request limiters, which have theirs (src/utils/shared-request-limit.ts).
     */
    async count(key: string, windowMs: number, by = 1): Promise<{ count: number; ttlMs: number }> {
      return withStore((store) => store.hit(key, windowMs, by));
    },

    /** Whether `key` is already at `max` (without counting). */
    async isOver(key: string, max: number): Promise<{ over: boolean; retryAfterSeconds: number }> {
      if (!settings().enabled) return { over: false, retryAfterSeconds: 0 };
      const { count, ttlMs } = await withStore((store) => store.peek(key));
      return count >= max ? { over: true, retryAfterSeconds: Math.max(1, Math.ceil(ttlMs / 1000)) } : { over: false, retryAfterSeconds: 0 };
    },

    /**
     * Remembers an event under `key` at `at` for `windowMs`, and answers when the events of a key
     * happened — kept like the counters (Redis with REDIS_URL, so every instance sees the same
     * times). Not switched off with the throttle: the one-time codes' cool-down uses them.
     */
    async recordEvent(key: string, at: number, windowMs: number) {
      await withStore((store) => store.record(key, at, windowMs));
    },
    async recentEvents(key: string, windowMs: number, now: number): Promise<number[]> {
      return withStore((store) => store.recent(key, windowMs, now));
    },

    /** for tests and for staff unblocking someone by hand: forgets every counter, shared ones included */
    async clear() {
      await local.clear();
      await sharedStore()?.clear();
    },

    async destroy() {
      await shared?.close();
      shared = null;
    },
  };
};
