/**
 * Video licensing configuration (config/plugins.ts), like Strapi's email and upload plugins:
 *   provider: 'local' (default: fake test licences, nothing sent) | 'spotplayer'
 *   providerOptions: { apiKey, baseUrl, level: -1, test, timeoutMs, downloadBaseUrl, device?, lookupPages }
 *   issueAfterPayment: after a payment's grant commits, try the licence at once in that process
 *     (the scheduled job `video-licensing.issue` picks up whatever that attempt leaves)
 *   retry: backoff between attempts, the lease of a claimed request (longer than a call's
 *     timeout: a request whose worker died goes back to the queue after it), attempts before a
 *     request waits for staff
 */
import { LICENSING_PROVIDERS } from './providers';

export type VideoLicensingConfig = {
  provider: string;
  providerOptions: Record<string, any>;
  issueAfterPayment: boolean;
  retry: { backoffBaseMs: number; backoffMaxMs: number; leaseMs: number; maxAttempts: number };
};

export default {
  default: {
    provider: 'local',
    providerOptions: {},
    issueAfterPayment: true,
    retry: { backoffBaseMs: 30_000, backoffMaxMs: 60 * 60 * 1000, leaseMs: 2 * 60 * 1000, maxAttempts: 40 },
  } satisfies VideoLicensingConfig,
  validator(config: VideoLicensingConfig) {
    if (!LICENSING_PROVIDERS[config.provider]) throw new Error(`video-licensing: provider must be one of ${Object.keys(LICENSING_PROVIDERS).join(', ')} (got "${config.provider}")`);
    if (config.provider === 'spotplayer' && !String(config.providerOptions?.apiKey ?? '').trim()) {
      throw new Error('video-licensing: the spotplayer provider needs SPOTPLAYER_API_KEY');
    }
    const timeoutMs = Number(config.providerOptions?.timeoutMs ?? 15_000);
    if (!(config.retry.leaseMs > timeoutMs)) throw new Error('video-licensing: retry.leaseMs must be longer than the provider timeout (a live call would lose its claim)');
    if (!Number.isInteger(config.retry.maxAttempts) || config.retry.maxAttempts < 1) throw new Error('video-licensing: retry.maxAttempts must be a positive integer');
  },
};
