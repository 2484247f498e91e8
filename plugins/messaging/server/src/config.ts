/**
 * Messaging configuration, set in config/plugins.ts like Strapi's email and upload plugins:
 *   sms:      { provider: 'local' | 'kavenegar', providerOptions: { apiKey, baseUrl, sender } }
 *   whatsapp: { provider: 'local' | 'whatsapp-cloud', providerOptions: { baseUrl, apiVersion,
 *              phoneNumberId, accessToken, appSecret, verifyToken } }
 *   delivery: retries, backoff, lease, rate and broadcast hours; redisUrl makes the rate limit
 *             one for all instances (services/rate-limiter.ts).
 */
import { PROVIDERS } from './providers';

export default {
  default: {
    sms: { provider: 'local', providerOptions: {} },
    whatsapp: { provider: 'local', providerOptions: {} },
    delivery: {
      batchSize: 50,
      maxAttempts: 8,
      backoffBaseMs: 30_000,
      backoffMaxMs: 6 * 60 * 60 * 1000,
      leaseMs: 60 * 1000,
      ratePerSecond: { sms: 20, whatsapp: 20 },
      redisUrl: '',
      redisPrefix: 'poshtiban:',
      broadcastHours: { from: 8, to: 21 },
    },
  },
  validator(config: any) {
    for (const channel of ['sms', 'whatsapp'] as const) {
      const name = config[channel]?.provider;
      if (!PROVIDERS[channel][name]) {
        throw new Error(`messaging: ${channel}.provider must be one of ${Object.keys(PROVIDERS[channel]).join(', ')} (got "${name}")`);
      }
    }
    const d = config.delivery;
    for (const key of ['batchSize', 'maxAttempts', 'backoffBaseMs', 'backoffMaxMs', 'leaseMs']) {
      if (!Number.isInteger(d?.[key]) || d[key] <= 0) throw new Error(`messaging: delivery.${key} must be a positive integer`);
    }
    const { from, to } = d.broadcastHours ?? {};
    if (!(Number.isInteger(from) && Number.isInteger(to) && from >= 0 && to <= 24 && from < to)) {
      throw new Error('messaging: delivery.broadcastHours must be { from, to } hours with 0 <= from < to <= 24');
    }
  },
};
