/**
 * The default provider: nothing leaves the machine. Each message is written to the log (with
 * secret parameters — passwords, login and reset codes — masked in every environment by
 * src/domain/log-masking.ts) and stays in the outbox as sent, with a local id — so the whole flow
 * (outbox, retries, admin pages, the site) works on a laptop with no provider account.
 */
import { randomUUID } from 'crypto';
import type { Channel, ProviderModule } from './types';
import { maskMessageForLog } from 'poshtiban/domain/log-masking';

export const createLocalProvider = (channel: Channel): ProviderModule => ({
  init(_options, { logger }) {
    return {
      name: 'local',
      async send(message) {
        logger.info(`[messaging:local] ${channel} to ${message.recipient} (${message.template.code}): ${maskMessageForLog(message.logText, message)}`);
        return { providerMessageId: `local-${randomUUID()}`, providerStatus: 'logged' };
      },
    };
  },
});
