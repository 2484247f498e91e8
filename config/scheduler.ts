// src/scheduler: node-cron jobs with a lease per job so several instances run each fire once.
export default ({ env }) => ({
  enabled: env.bool('SCHEDULER_ENABLED', true),
  // another cron expression (seconds field allowed, Asia/Tehran) for a job of src/scheduler/jobs.ts,
  // by name — e.g. SCHEDULER_SCHEDULES='{"devices.expiry-reminders":"0 0 10 * * *"}'
  schedules: env.json('SCHEDULER_SCHEDULES', {}),
});
