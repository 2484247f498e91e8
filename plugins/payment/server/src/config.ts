/**
 * Payment configuration (config/plugins.ts), like Strapi's email and upload plugins:
 *   provider: 'sandbox' (default: the built-in page) | 'zarinpal'
 *   providerOptions: { merchantId, sandbox, baseUrl, timeoutMs }
 *   publicUrl: where the gateway sends the buyer back (this server)
 *   siteUrl: the customer site (the result page)
 */
import { GATEWAYS } from './providers';

export default {
  default: {
    provider: 'sandbox',
    providerOptions: {},
    publicUrl: 'http://localhost:1337',
    siteUrl: '',
    pendingTtlMinutes: 60,
  },
  validator(config: any) {
    if (!GATEWAYS[config.provider]) throw new Error(`payment: provider must be one of ${Object.keys(GATEWAYS).join(', ')} (got "${config.provider}")`);
    if (!/^https?:\/\//.test(String(config.publicUrl))) throw new Error('payment: publicUrl must be an http(s) URL (PUBLIC_URL)');
    if (!Number.isInteger(config.pendingTtlMinutes) || config.pendingTtlMinutes <= 0) throw new Error('payment: pendingTtlMinutes must be a positive integer');
  },
};
