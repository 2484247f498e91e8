/**
 * A token bucket per channel, in this process: each worker instance sends at most `perSecond`
 * messages a second to each provider (the providers' own limits are per account, so with N
 * instances set it to the account's limit ÷ N).
 */
export const createRateLimiter = (perSecond: Record<string, number>) => {
  const buckets = new Map<string, { tokens: number; at: number }>();

  return async (channel: string): Promise<void> => {
    const rate = perSecond[channel] ?? 10;
    if (!Number.isFinite(rate) || rate <= 0) return;
    for (;;) {
      const now = Date.now();
      const bucket = buckets.get(channel) ?? { tokens: rate, at: now };
      bucket.tokens = Math.min(rate, bucket.tokens + ((now - bucket.at) / 1000) * rate);
      bucket.at = now;
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        buckets.set(channel, bucket);
        return;
      }
      buckets.set(channel, bucket);
      await new Promise((resolve) => setTimeout(resolve, Math.ceil(((1 - bucket.tokens) / rate) * 1000)));
    }
  };
};
