/**
 * Per-client throttling of the public lookup: a fixed window counter per address. Counters live
 * in this process's memory by default, or in Redis when REDIS_URL is set, so that several
 * instances share them (INCR + PEXPIRE in one Lua call: atomic).
 */
import type { Core } from '@strapi/strapi';

export type Hit = { allowed: boolean; count: number; retryAfterSeconds: number };
export type CounterStore = { hit(key: string, windowMs: number): Promise<{ count: number; ttlMs: number }>; close(): Promise<void> };

export const createMemoryStore = (): CounterStore => {
  const counters = new Map<string, { count: number; resetAt: number }>();
  let lastSweep = Date.now();
  return {
    async hit(key, windowMs) {
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
      c.count += 1;
      return { count: c.count, ttlMs: c.resetAt - now };
    },
    async close() {
      counters.clear();
    },
  };
};

const HIT_SCRIPT = `local c = redis.call('INCR', KEYS[1])
if c == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]); ttl = tonumber(ARGV[1]) end
return {c, ttl}`;

export const createRedisStore = (url: string, prefix: string): CounterStore => {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const Redis = require('ioredis');
  const redis = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 1, enableOfflineQueue: true });
  redis.defineCommand('warrantyHit', { numberOfKeys: 1, lua: HIT_SCRIPT });
  return {
    async hit(key, windowMs) {
      const [count, ttlMs] = await redis.warrantyHit(`${prefix}${key}`, windowMs);
      return { count: Number(count), ttlMs: Number(ttlMs) };
    },
    async close() {
      await redis.quit();
    },
  };
};

export default ({ strapi }: { strapi: Core.Strapi }) => {
  let store: CounterStore | null = null;
  const config = () => strapi.config.get('plugin::warranty-lookup') as { rateLimit: { enabled: boolean; windowMs: number; max: number }; redisUrl?: string };

  const storeFor = () => {
    if (!store) {
      const url = config().redisUrl;
      store = url ? createRedisStore(url, 'poshtiban:warranty:') : createMemoryStore();
    }
    return store;
  };

  return {
    async hit(clientKey: string): Promise<Hit> {
      const { enabled, windowMs, max } = config().rateLimit;
      if (!enabled) return { allowed: true, count: 0, retryAfterSeconds: 0 };
      try {
        const { count, ttlMs } = await storeFor().hit(clientKey, windowMs);
        return { allowed: count <= max, count, retryAfterSeconds: Math.max(1, Math.ceil(ttlMs / 1000)) };
      } catch (error) {
        // the limiter is down (Redis unreachable): serve rather than fail, and say so in the log
        strapi.log.warn(`[warranty-lookup] rate limiter unavailable: ${(error as Error).message}`);
        return { allowed: true, count: 0, retryAfterSeconds: 0 };
      }
    },

    /** for tests and a configuration change at runtime */
    async reset() {
      await store?.close();
      store = null;
    },
  };
};
