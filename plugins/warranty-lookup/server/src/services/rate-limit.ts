/**
 * Per-client throttling of the public lookup: a fixed window counter per address. Counters live
 * in this process's memory by default, or in Redis when REDIS_URL is set, so that several
 * instances share them (src/utils/counters.ts).
 */
import type { Core } from '@strapi/strapi';
import { createMemoryStore, createRedisStore, type CounterStore } from 'poshtiban/utils/counters';

export type Hit = { allowed: boolean; count: number; retryAfterSeconds: number };

export default ({ strapi }: { strapi: Core.Strapi }) => {
  let store: CounterStore | null = null;
  const config = () => strapi.config.get('plugin::warranty-lookup') as { rateLimit: { enabled: boolean; windowMs: number; max: number }; redisUrl?: string; redisPrefix?: string };

  const storeFor = () => {
    if (!store) {
      const url = config().redisUrl;
      store = url ? createRedisStore(url, `${config().redisPrefix ?? 'poshtiban:'}warranty:`) : createMemoryStore();
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
