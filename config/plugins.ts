export default ({ env }) => ({
  // local plugins (plugins/<name>): each integration or capability with its own server and admin parts
  'customer-accounts': {
    enabled: true,
    resolve: './plugins/customer-accounts',
    config: {
      loginThrottle: {
        enabled: env.bool('LOGIN_THROTTLE_ENABLED', true),
        windowMs: env.int('LOGIN_THROTTLE_WINDOW_MS', 15 * 60 * 1000),
        maxFailuresPerAccount: env.int('LOGIN_THROTTLE_MAX_PER_ACCOUNT', 5),
        maxFailuresPerIp: env.int('LOGIN_THROTTLE_MAX_PER_IP', 30),
      },
    },
  },
  'users-permissions': {
    config: {
      jwtSecret: env('JWT_SECRET'),
      // short-lived access token + refresh token in an httpOnly cookie; logout revokes the session
      jwtManagement: 'refresh',
      sessions: {
        httpOnly: true,
      },
      // Strapi's own per-IP limiter on /api/auth/* (in memory, per process)
      ratelimit: {
        enabled: env.bool('AUTH_RATELIMIT_ENABLED', true),
        interval: env.int('AUTH_RATELIMIT_INTERVAL_MS', 60_000),
        max: env.int('AUTH_RATELIMIT_MAX', 10),
      },
    },
  },
});
