// src/scheduler: node-cron jobs with a lease per job so several instances run each fire once.
export default ({ env }) => ({
  enabled: env.bool('SCHEDULER_ENABLED', true),
});
