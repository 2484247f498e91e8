import didar from './didar';
import local from './local';
import type { CrmProviderModule } from './types';

export const CRM_PROVIDERS: Record<string, CrmProviderModule> = { local, didar };

export * from './types';
