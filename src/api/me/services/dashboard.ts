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
import type { TicketStatus } from '../../../domain/tickets';

const countBy = <K extends string>(keys: readonly K[], values: K[]): Record<K, number> => {
  const counts = Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
  for (const v of values) counts[v] += 1;
  return counts;
};

export default ({ strapi }: { strapi: Core.Strapi }) => {
  /** A subscriber's tickets counted by status, one statement (through the ticket → subscriber link table). */
  const ticketsByStatus = async (subscriberId: number): Promise<Partial<Record<TicketStatus, number>>> => {
    const meta = strapi.db.metadata.get('api::ticket.ticket') as any;
    const link = meta.attributes.subscriber.joinTable;
    const rows: Array<{ status: TicketStatus; n: unknown }> = await strapi.db
      .connection(meta.tableName)
      .join(link.name, `${meta.tableName}.id`, `${link.name}.${link.joinColumn.name}`)
      .where(`${link.name}.${link.inverseJoinColumn.name}`, subscriberId)
      .whereIn(`${meta.tableName}.ticket_status`, ['open', 'in_review', 'answered'])
      .groupBy(`${meta.tableName}.ticket_status`)
      .select(`${meta.tableName}.ticket_status as status`)
      .count({ n: '*' });
    return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
  };

  return {
    async forSubscriber(subscriber: CurrentSubscriber) {
      const devices: PresentedDevice[] = await strapi.service('api::device.device').listOwnedBy(subscriber.id);
      const notifications = await strapi.service('api::notification.notification').summaryFor(subscriber.id);
      // pay-per-case debt (one SUM, the ceiling) and tickets by status (one grouped COUNT)
      const [debt, ticketCounts] = await Promise.all([strapi.service('api::invoice.invoices').debtOf(subscriber.id), ticketsByStatus(subscriber.id)]);
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
        // open and in review wait on staff; answered waits on the buyer
        tickets: { open: (ticketCounts.open ?? 0) + (ticketCounts.in_review ?? 0), answered: ticketCounts.answered ?? 0 },
      };
    },
  };
};
