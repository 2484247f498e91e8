import sandbox from './sandbox';
import zarinpal from './zarinpal';
import type { GatewayModule } from './types';

/** Gateways by name, as chosen in config/plugins.ts (`provider: 'zarinpal'`). */
export const GATEWAYS: Record<string, GatewayModule> = { sandbox, zarinpal };

export * from './types';
