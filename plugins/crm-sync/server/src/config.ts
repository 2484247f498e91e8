/**
 * CRM sync configuration (config/plugins.ts): provider 'local' (default: records what it would
 * send) or 'didar' with providerOptions { apiKey, baseUrl, pipelineId, stageIds: { <service
 * status>: <Didar pipeline stage id> }, activityTypeId, nationalCodeField }.
 */
import { CRM_PROVIDERS } from './providers';

export default {
  default: {
    provider: 'local',
    providerOptions: {},
    retry: { backoffBaseMs: 60_000, backoffMaxMs: 60 * 60 * 1000, leaseMs: 5 * 60 * 1000, maxAttempts: 50 },
  },
  validator(config: any) {
    if (!CRM_PROVIDERS[config.provider]) throw new Error(`crm-sync: provider must be one of ${Object.keys(CRM_PROVIDERS).join(', ')} (got "${config.provider}")`);
  },
};
