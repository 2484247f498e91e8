/**
 * The dashboard: who is logged in, how their devices stand, and what needs their action.
 * Built from the same device list as /api/me/devices (one fixed set of queries), with the
 * pay-per-case debt (outstanding, ceiling, over it or not) and the buyer's tickets by where they stand.
 */
import type { Core } from '@strapi/strapi';
import {
  SERVICE_STATUSES,
  SERVICE_STATUS_LABELS,
  WARRANTY_STATUSES,
  WARRANTY_STATUS_LABELS,
  type ServiceStatus,
  type WarrantyStatus,
} from '../../../domain/service-status';
import type { CurrentSubscriber } from '../../subscriber/services/subscriber';
import type { PresentedDevice } from '../../device/presenter';

const countBy = <K extends string>(keys: readonly K[], values: K[]): Record<K, number> => {
  const counts = Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
  for (const v of values) counts[v] += 1;
  return counts;
};

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async forSubscriber(subscriber: CurrentSubscriber) {
    const devices: PresentedDevice[] = await strapi.service('api::device.device').listOwnedBy(subscriber.id);
    const notifications = await strapi.service('api::notification.notification').summaryFor(subscriber.id);
    // pay-per-case debt (one SUM, the ceiling) and tickets waiting on staff / answered (two COUNTs)
    const [debt, openTickets, answeredTickets] = await Promise.all([
      strapi.service('api::invoice.invoices').debtOf(subscriber.id),
      strapi.db.query('api::ticket.ticket').count({ where: { subscriber: { id: subscriber.id }, ticketStatus: { $in: ['open', 'in_review'] } } }),
      strapi.db.query('api::ticket.ticket').count({ where: { subscriber: { id: subscriber.id }, ticketStatus: 'answered' } }),
    ]);
    return {
      profile: { fullName: subscriber.fullName, subscriberNumber: subscriber.subscriberNumber },
      devices: {
        total: devices.length,
        byServiceStatus: countBy<ServiceStatus>(SERVICE_STATUSES, devices.map((d) => d.serviceStatus)),
        byWarrantyStatus: countBy<WarrantyStatus>(WARRANTY_STATUSES, devices.map((d) => d.warrantyStatus)),
      },
      labels: { serviceStatus: SERVICE_STATUS_LABELS, warrantyStatus: WARRANTY_STATUS_LABELS },
      notifications,
      attention: devices.flatMap((d) =>
        d.attention.map((a) => ({ ...a, device: { id: d.id, serial: d.serial, brand: d.brand, model: d.model } }))
      ),
      debt,
      tickets: { open: openTickets, answered: answeredTickets },
    };
  },
});
