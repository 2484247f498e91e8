/**
 * The per-provider rate limit of the delivery worker: at most `perSecond[channel]` messages a
 * second go to each channel's provider.
 *
 * - Shared (REDIS_URL set): every instance counts in the same one-second windows in Redis
 *   (src/utils/counters.ts), so the limit holds for all instances together, as the provider's own
 *   per-account limit does. A send that finds its window full waits for the next one.
 * - Local (no Redis, or Redis unreachable): a token bucket in this process; with N instances set
 *   the rate to the account's limit ÷ N.
 */
import type { CounterStore } from 'poshtiban/utils/counters';

const WINDOW_MS = 1000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type Options = {
  /** counters shared with the other instances (Redis); without it the limit is per process */
  shared?: CounterStore | null;
  /** told when the shared counters fail and the local bucket takes over (once per outage) */
  onSharedError?: (error: Error) => void;
  /** how long the local bucket stands in before the shared counters are tried again */
  sharedRetryMs?: number;
};

export const createRateLimiter = (perSecond: Record<string, number>, { shared = null, onSharedError, sharedRetryMs = 30_000 }: Options = {}) => {
  const buckets = new Map<string, { tokens: number; at: number }>();
  let sharedDownUntil = 0;

  const takeLocal = async (channel: string, rate: number) => {
    for (;;) {
      const now = Date.now();
      const bucket = buckets.get(channel) ?? { tokens: rate, at: now };
      bucket.tokens = Math.min(rate, bucket.tokens + ((now - bucket.at) / 1000) * rate);
      bucket.at = now;
      buckets.set(channel, bucket);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return;
      }
      await sleep(Math.ceil(((1 - bucket.tokens) / rate) * 1000));
    }
  };

  const takeShared = async (store: CounterStore, channel: string, rate: number) => {
    for (;;) {
      const window = Math.floor(Date.now() / WINDOW_MS);
      // the key names its window, so a late hit never counts against the next one
      const { count } = await store.hit(`${channel}:${window}`, WINDOW_MS * 2);
      if (count <= rate) return;
      const untilNextWindow = (window + 1) * WINDOW_MS - Date.now();
      await sleep(Math.max(1, untilNextWindow) + Math.floor(Math.random() * 20));
    }
  };

  /** Resolves when one more message may go to `channel`'s provider. */
  return async (channel: string): Promise<void> => {
    const rate = perSecond[channel] ?? 10;
    if (!Number.isFinite(rate) || rate <= 0) return;
    if (shared && Date.now() >= sharedDownUntil) {
      try {
        return await takeShared(shared, channel, rate);
      } catch (error) {
        // Redis is down: keep delivering under the local limit rather than stop the worker
        sharedDownUntil = Date.now() + sharedRetryMs;
        onSharedError?.(error as Error);
      }
    }
    return takeLocal(channel, rate);
  };
};
