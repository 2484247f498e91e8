export default ({ env }) => ({
  host: env('HOST', '0.0.0.0'),
  port: env.int('PORT', 1337),
  url: env('PUBLIC_URL', ''),
  app: {
    keys: env.array('APP_KEYS'),
  },
  // Behind a reverse proxy, trust X-Forwarded-For so throttles see the client's address.
  proxy: { koa: env.bool('TRUST_PROXY', false) },
  logger: {
    updates: { enabled: false },
    config: { level: env('LOG_LEVEL', 'http') },
  },
  // Strapi's own cron stays off: scheduled jobs run through node-cron (see src/bootstrap).
  cron: { enabled: false },
});
