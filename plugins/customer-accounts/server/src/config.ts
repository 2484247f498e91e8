export type LoginThrottleConfig = {
  enabled: boolean;
  /** how long failures are remembered */
  windowMs: number;
  /** failed logins allowed per account (from any address) within the window */
  maxFailuresPerAccount: number;
  /** failed logins allowed per client address (for any account) within the window */
  maxFailuresPerIp: number;
};

export type OneTimeCodeConfig = {
  /** how long a code is valid */
  ttlSeconds: number;
  /** wrong tries before a code is void */
  maxAttempts: number;
  /** a new code for the same account not before this */
  resendCooldownSeconds: number;
  /** codes per account, and requests per client address, within the throttle window */
  maxCodesPerAccount: number;
  maxRequestsPerIp: number;
  /** failed verifications per client address within the throttle window */
  maxFailuresPerIp: number;
};

export type CustomerAccountsConfig = {
  loginThrottle: LoginThrottleConfig;
  otp: OneTimeCodeConfig;
  /** the site's address, put in messages ("log in at …") */
  siteUrl: string;
  /** users-permissions requires an e-mail; customers get <subscriberNumber>@<this> (RFC 2606 .invalid) */
  placeholderEmailDomain: string;
  generatedPasswordLength: number;
  /** counters shared by every instance (Redis); empty: each process counts alone */
  redisUrl: string;
  /** the start of this plugin's Redis keys and channel (REDIS_PREFIX) */
  redisPrefix: string;
  /**
   * bcrypt in worker threads (services/password-hashing.ts): `workers` threads, by default one
   * less than the cores (at least one); 0 hashes on the main thread, blocking it, as Strapi does
   */
  passwordHashing: { workers?: number };
};

const defaults: CustomerAccountsConfig = {
  loginThrottle: {
    enabled: true,
    windowMs: 15 * 60 * 1000,
    maxFailuresPerAccount: 5,
    maxFailuresPerIp: 30,
  },
  otp: {
    ttlSeconds: 300,
    maxAttempts: 5,
    resendCooldownSeconds: 60,
    maxCodesPerAccount: 3,
    maxRequestsPerIp: 10,
    maxFailuresPerIp: 20,
  },
  siteUrl: '',
  placeholderEmailDomain: 'subscribers.invalid',
  generatedPasswordLength: 10,
  redisUrl: '',
  redisPrefix: 'poshtiban:',
  passwordHashing: {},
};

export default {
  default: defaults,
  validator(config: CustomerAccountsConfig) {
    const t = config.loginThrottle;
    if (!t || typeof t.enabled !== 'boolean') throw new Error('customer-accounts: loginThrottle.enabled must be a boolean');
    for (const key of ['windowMs', 'maxFailuresPerAccount', 'maxFailuresPerIp'] as const) {
      if (!Number.isInteger(t[key]) || t[key] <= 0) throw new Error(`customer-accounts: loginThrottle.${key} must be a positive integer`);
    }
    for (const [key, value] of Object.entries(config.otp ?? {})) {
      if (!Number.isInteger(value) || (value as number) <= 0) throw new Error(`customer-accounts: otp.${key} must be a positive integer`);
    }
    const workers = config.passwordHashing?.workers;
    if (workers !== undefined && (!Number.isInteger(workers) || workers < 0)) {
      throw new Error('customer-accounts: passwordHashing.workers must be a whole number (0: on the main thread)');
    }
    if (!Number.isInteger(config.generatedPasswordLength) || config.generatedPasswordLength < 8) {
      throw new Error('customer-accounts: generatedPasswordLength must be at least 8');
    }
  },
};
