import kavenegar from './kavenegar';
import whatsappCloud from './whatsapp-cloud';
import { createLocalProvider } from './local';
import type { Channel, ProviderModule } from './types';

/** Providers by channel and name, as chosen in config/plugins.ts (`provider: 'kavenegar'`). */
export const PROVIDERS: Record<Channel, Record<string, ProviderModule>> = {
  sms: { local: createLocalProvider('sms'), kavenegar },
  whatsapp: { local: createLocalProvider('whatsapp'), 'whatsapp-cloud': whatsappCloud },
};

export * from './types';
