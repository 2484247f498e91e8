/**
 * THE rule for sending one-time codes (login by SMS, password reset): may a new code go out now?
 *
 * - Not within the cool-down after the last code sent (the last one is still valid: use it).
 * - Not more than `maxPerWindow` codes within `windowMs` (when the throttle is on).
 * Only codes actually sent count: a request refused here sends nothing and counts nothing, so
 * asking again during the cool-down can never use up the window's allowance. The answer says
 * when to try again. The same rule answers for identifiers that name no account (their "sends"
 * are remembered with the login throttle's counters: in Redis, for every instance, with
 * REDIS_URL), so the answers do not tell whether an account exists.
 */
export type CodePurpose = 'login' | 'password-reset';
export const CODE_PURPOSES: readonly CodePurpose[] = ['login', 'password-reset'];

export type CodeSendPolicy = {
  cooldownMs: number;
  windowMs: number;
  maxPerWindow: number;
  /** the per-window limit (the cool-down always applies) */
  limitEnabled: boolean;
};

export type CodeSendDecision =
  | { send: true }
  | { send: false; reason: 'cooldown' | 'limit'; retryAfterSeconds: number };

/** `sentAt`: when earlier codes of this purpose were sent (any order; older ones are ignored). */
export const decideCodeSend = (sentAt: readonly Date[], now: Date, policy: CodeSendPolicy): CodeSendDecision => {
  const t = now.getTime();
  const times = sentAt.map((d) => d.getTime()).filter((x) => Number.isFinite(x) && x <= t).sort((a, b) => a - b);
  const secondsUntil = (ms: number) => Math.max(1, Math.ceil((ms - t) / 1000));

  const last = times[times.length - 1];
  if (last !== undefined && t - last < policy.cooldownMs) {
    return { send: false, reason: 'cooldown', retryAfterSeconds: secondsUntil(last + policy.cooldownMs) };
  }
  if (policy.limitEnabled) {
    const inWindow = times.filter((x) => t - x < policy.windowMs);
    if (inWindow.length >= policy.maxPerWindow) {
      // a code may go again once the oldest counted one leaves the window
      const freedAt = inWindow[inWindow.length - policy.maxPerWindow] + policy.windowMs;
      return { send: false, reason: 'limit', retryAfterSeconds: secondsUntil(freedAt) };
    }
  }
  return { send: true };
};
