import local from './local';
import spotplayer from './spotplayer';
import type { LicensingProviderModule } from './types';

export const LICENSING_PROVIDERS: Record<string, LicensingProviderModule> = { local, spotplayer };

export * from './types';
