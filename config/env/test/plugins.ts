// Tests log in many times from one address: Strapi's auth limiter and our failed-login throttle
// are off here; the tests that check them switch them on (strapi.config.set).
export default () => ({
  'users-permissions': {
    config: {
      ratelimit: { enabled: false },
    },
  },
  'warranty-lookup': {
    config: {
      rateLimit: { enabled: false },
    },
  },
  'customer-accounts': {
    config: {
      loginThrottle: { enabled: false },
    },
  },
});
