/**
 * Strapi's own request limiters — users-permissions' on /api/auth/* (local login, password
 * reset, …) and the admin's on its login — are koa2-ratelimit with its in-memory store: each
 * instance counts alone, so N instances behind a proxy let an address make N times the requests.
 * With REDIS_URL the portal hands both a store of koa2-ratelimit's kind that counts in the shared
 * counters instead (src/utils/counters.ts through the login throttle, which counts in this
 * process while Redis is unreachable): the limit holds for all instances together.
 *
 * koa2-ratelimit's store interface: `incr(key, options, weight)` answers the window's count and
 * when the window ends; `decrement` takes back a request (for its skipFailedRequests option);
 * `saveAbuse` records a request over the limit (its memory and Redis stores record nothing).
 */
import path from 'path';

type Count = (key: string, windowMs: number, by: number) => Promise<{ count: number; ttlMs: number }>;
type Options = { interval: number };

/** A koa2-ratelimit store for the limiter of `limiterPackage` (the copy of koa2-ratelimit it loads). */
export const sharedRequestLimitStore = (limiterPackage: string, count: Count) => {
  const from = path.dirname(require.resolve(`${limiterPackage}/package.json`));
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { Stores } = require(require.resolve('koa2-ratelimit', { paths: [from] }));
  class SharedStore extends Stores.Store {
    async incr(key: string, options: Options, weight = 1) {
      const { count: counter, ttlMs } = await count(key, options.interval, weight);
      return { counter, dateEnd: Date.now() + ttlMs };
    }

    async decrement(key: string, options: Options, weight = 1) {
      await count(key, options.interval, -weight);
    }

    saveAbuse() {
      // nothing to record, as koa2-ratelimit's own memory and Redis stores
    }
  }
  return new SharedStore();
};
