/**
 * Warranty lookup configuration (config/plugins.ts): the per-address throttle, the cache, Redis
 * for shared counters, and how an unregistered serial can be reported.
 */
export default {
  default: {
    rateLimit: { enabled: true, windowMs: 60_000, max: 30 },
    cache: { ttlMs: 60_000, maxEntries: 50_000 },
    redisUrl: '',
    redisPrefix: 'poshtiban:',
    /** PostgreSQL connections of the lookup's own pool */
    poolSize: 10,
    reportContact: {
      fa: 'اگر این دستگاه را با کارت گارانتی خریده‌اید، شماره سریال و مشخصات فروشنده را از طریق فرم شکایات سایت یا تلفن پشتیبانی گزارش کنید.',
      en: 'If you bought this device with a warranty card, report the serial number and the seller through the complaints form or the support line.',
    },
  },
  validator(config: any) {
    const { windowMs, max } = config.rateLimit ?? {};
    if (!Number.isInteger(windowMs) || windowMs <= 0 || !Number.isInteger(max) || max <= 0) throw new Error('warranty-lookup: rateLimit needs positive integers windowMs and max');
    if (!Number.isInteger(config.cache?.ttlMs) || !Number.isInteger(config.cache?.maxEntries)) throw new Error('warranty-lookup: cache needs ttlMs and maxEntries');
  },
};
