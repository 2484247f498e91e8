/**
 * Counters in fixed time windows, for the throttles and rate limits that several app instances
 * must share: in this process's memory by default, or in Redis (REDIS_URL) so that every instance
 * counts against the same number. `hit` adds one (or `by`) to a key's counter and answers the new
 * count and how long the key's window has left; the first hit starts the window (INCRBY + PEXPIRE
 * in one Lua call on Redis: atomic).
 *
 * Used by the public warranty lookup's per-address throttle (plugins/warranty-lookup), the
 * messaging worker's per-provider rate limit (plugins/messaging), the failed-login and
 * one-time-code throttles (plugins/customer-accounts login-throttle) and, with Redis, Strapi's own
 * request limiters (src/utils/shared-request-limit.ts).
 *
 * A store also keeps the times of events under a key (`record`, `recent`) for rules that need
 * more than a count — the one-time codes' cool-down for identifiers that name no account.
 */
export type CounterStore = {
  hit(key: string, windowMs: number, by?: number): Promise<{ count: number; ttlMs: number }>;
  /** a key's count and window left, without counting (0 when it has none) */
  peek(key: string): Promise<{ count: number; ttlMs: number }>;
  /** forgets one key (a successful login clears its account's failures) */
  reset(key: string): Promise<void>;
  /** forgets every key of this store (tests; staff unblocking everyone) */
  clear(): Promise<void>;
  close(): Promise<void>;
  /** records an event under `key` at `at` (epoch ms), remembered for `windowMs` */
  record(key: string, at: number, windowMs: number): Promise<void>;
  /** the times (epoch ms, oldest first) of the events under `key` within `windowMs` before `now` */
  recent(key: string, windowMs: number, now?: number): Promise<number[]>;
};

export const createMemoryStore = (): CounterStore => {
  const counters = new Map<string, { count: number; resetAt: number }>();
  const events = new Map<string, { times: number[]; keepUntil: number }>();
  let lastSweep = Date.now();
  let lastEventSweep = Date.now();
  return {
    async hit(key, windowMs, by = 1) {
      const now = Date.now();
      if (now - lastSweep > windowMs) {
        for (const [k, c] of counters) if (c.resetAt <= now) counters.delete(k);
        lastSweep = now;
      }
      let c = counters.get(key);
      if (!c || c.resetAt <= now) {
        c = { count: 0, resetAt: now + windowMs };
        counters.set(key, c);
      }
      c.count += by;
      return { count: c.count, ttlMs: c.resetAt - now };
    },
    async peek(key) {
      const now = Date.now();
      const c = counters.get(key);
      return c && c.resetAt > now ? { count: c.count, ttlMs: c.resetAt - now } : { count: 0, ttlMs: 0 };
    },
    async reset(key) {
      counters.delete(key);
    },
    async clear() {
      counters.clear();
      events.clear();
    },
    async close() {
      counters.clear();
      events.clear();
    },
    async record(key, at, windowMs) {
      const now = Date.now();
      if (now - lastEventSweep > windowMs) {
        for (const [k, e] of events) if (e.keepUntil <= now) events.delete(k);
        lastEventSweep = now;
      }
      const kept = (events.get(key)?.times ?? []).filter((t) => t > at - windowMs);
      events.set(key, { times: [...kept, at].sort((a, b) => a - b), keepUntil: Math.max(events.get(key)?.keepUntil ?? 0, at + windowMs) });
    },
    async recent(key, windowMs, now = Date.now()) {
      return (events.get(key)?.times ?? []).filter((t) => t > now - windowMs && t <= now);
    },
  };
};

const HIT_SCRIPT = `local c = redis.call('INCRBY', KEYS[1], ARGV[2])
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]); ttl = tonumber(ARGV[1]) end
return {c, ttl}`;

/** Counters in Redis under `prefix`; a call fails (rather than waits) when Redis cannot be reached. */
export const createRedisStore = (url: string, prefix: string): CounterStore => {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const Redis = require('ioredis');
  const redis = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 1, enableOfflineQueue: true });
  redis.on('error', () => {
    /* reported by the failing call; without a listener ioredis prints every reconnect attempt */
  });
  redis.defineCommand('counterHit', { numberOfKeys: 1, lua: HIT_SCRIPT });
  return {
    async hit(key, windowMs, by = 1) {
      const [count, ttlMs] = await redis.counterHit(`${prefix}${key}`, windowMs, by);
      return { count: Number(count), ttlMs: Number(ttlMs) };
    },
    async peek(key) {
      const [count, ttlMs] = await redis.multi().get(`${prefix}${key}`).pttl(`${prefix}${key}`).exec().then((r: Array<[Error | null, unknown]>) => r.map(([e, v]) => {
        if (e) throw e;
        return v;
      }));
      return count === null ? { count: 0, ttlMs: 0 } : { count: Number(count), ttlMs: Math.max(0, Number(ttlMs)) };
    },
    async reset(key) {
      await redis.del(`${prefix}${key}`);
    },
    async clear() {
      let cursor = '0';
      do {
        const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
        if (keys.length) await redis.del(...keys);
        cursor = next;
      } while (cursor !== '0');
    },
    async close() {
      redis.disconnect();
    },
    // a sorted set per key: member "<time>:<random>", scored by the time; the key lives as long as its newest event needs
    async record(key, at, windowMs) {
      const k = `${prefix}${key}`;
      const results = await redis
        .multi()
        .zadd(k, at, `${at}:${Math.random().toString(36).slice(2, 10)}`)
        .zremrangebyscore(k, '-inf', `(${at - windowMs}`)
        .pexpire(k, windowMs)
        .exec();
      for (const [error] of results as Array<[Error | null, unknown]>) if (error) throw error;
    },
    async recent(key, windowMs, now = Date.now()) {
      const scores: string[] = await redis.zrangebyscore(`${prefix}${key}`, `(${now - windowMs}`, now);
      return scores.map((member) => Number(member.split(':')[0])).sort((a, b) => a - b);
    },
  };
};
