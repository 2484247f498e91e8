/**
 * The default CRM provider: records what it would send (the job keeps the payload) and logs it.
 * The ids it returns are local, so the admin shows a sync state even without a CRM account.
 */
import type { CrmProviderModule } from './types';

const local: CrmProviderModule = {
  init(_options, { logger }) {
    return {
      name: 'local',
      async syncServiceStatus(change, known) {
        logger.info(`[crm-sync:local] device ${change.device.serial} → ${change.status} (${change.reference})`);
        return { contactId: known.contactId ?? `local-subscriber-${change.subscriber.id}`, dealId: known.dealId ?? `local-device-${change.device.id}` };
      },
      async syncTicket(change, known) {
        logger.info(`[crm-sync:local] ticket ${change.ticket.number} → ${change.event} (${change.reference})`);
        return { contactId: known.contactId ?? `local-subscriber-${change.subscriber.id}`, dealId: known.dealId ?? null, activityId: null };
      },
    };
  },
};

export default local;
