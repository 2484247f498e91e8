// issue 14: the public complaint form's throttles (src/api/complaint/services/complaints.ts);
// counters in Redis with REDIS_URL (shared by every instance), in memory otherwise
export default ({ env }) => ({
  throttle: {
    enabled: env.bool('COMPLAINT_THROTTLE_ENABLED', true),
    windowMs: env.int('COMPLAINT_THROTTLE_WINDOW_MS', 60 * 60 * 1000),
    // complaints filed per client address and per mobile within the window
    maxPerAddress: env.int('COMPLAINT_THROTTLE_MAX_PER_ADDRESS', 5),
    maxPerMobile: env.int('COMPLAINT_THROTTLE_MAX_PER_MOBILE', 3),
    // status look-ups (code + mobile) per address within the window: guessing codes is slow
    maxLookupsPerAddress: env.int('COMPLAINT_THROTTLE_MAX_LOOKUPS_PER_ADDRESS', 30),
  },
  redisUrl: env('REDIS_URL', ''),
  redisPrefix: env('REDIS_PREFIX', 'poshtiban:'),
});
