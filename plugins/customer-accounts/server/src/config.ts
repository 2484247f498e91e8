export type LoginThrottleConfig = {
  enabled: boolean;
  /** how long failures are remembered */
  windowMs: number;
  /** failed logins allowed per account (from any address) within the window */
  maxFailuresPerAccount: number;
  /** failed logins allowed per client address (for any account) within the window */
  maxFailuresPerIp: number;
};

export type CustomerAccountsConfig = {
  loginThrottle: LoginThrottleConfig;
  /** users-permissions requires an e-mail; customers get <subscriberNumber>@<this> (RFC 2606 .invalid) */
  placeholderEmailDomain: string;
  generatedPasswordLength: number;
};

const defaults: CustomerAccountsConfig = {
  loginThrottle: {
    enabled: true,
    windowMs: 15 * 60 * 1000,
    maxFailuresPerAccount: 5,
    maxFailuresPerIp: 30,
  },
  placeholderEmailDomain: 'subscribers.invalid',
  generatedPasswordLength: 10,
};

export default {
  default: defaults,
  validator(config: CustomerAccountsConfig) {
    const t = config.loginThrottle;
    if (!t || typeof t.enabled !== 'boolean') throw new Error('customer-accounts: loginThrottle.enabled must be a boolean');
    for (const key of ['windowMs', 'maxFailuresPerAccount', 'maxFailuresPerIp'] as const) {
      if (!Number.isInteger(t[key]) || t[key] <= 0) throw new Error(`customer-accounts: loginThrottle.${key} must be a positive integer`);
    }
    if (!Number.isInteger(config.generatedPasswordLength) || config.generatedPasswordLength < 8) {
      throw new Error('customer-accounts: generatedPasswordLength must be at least 8');
    }
  },
};
