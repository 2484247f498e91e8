/** Small pieces shared by the ticket list and the ticket page. */
import type { Device, ServiceStatus, TicketDevice, TicketKind, TicketPriority, TicketStatus } from '../api/types';
import { useI18n } from '../i18n/I18nContext';
import type { MessageKey } from '../i18n/fa';
import { Link } from 'react-router-dom';
import { Ltr } from './Facts';
import { Icon } from './Icon';

export const kindKey = (kind: TicketKind) => `ticket.kind.${kind}` as MessageKey;
export const priorityKey = (priority: TicketPriority) => `ticket.priority.${priority}` as MessageKey;

/** The statuses in which a ticket may be opened (src/domain/tickets.ts TICKET_SERVICE_STATUSES; the server decides). */
const TICKET_SERVICE_STATUSES: readonly ServiceStatus[] = ['active', 'renewed', 'pay_per_case'];
export const ticketsAllowed = (d: Pick<Device, 'serviceStatus'>) => TICKET_SERVICE_STATUSES.includes(d.serviceStatus);

/** Still with the support team (not closed). */
export const isOpenTicket = (status: TicketStatus) => status !== 'closed';

export const ticketPath = (id: string) => `/tickets/${encodeURIComponent(id)}`;
export const invoicePath = (id: string) => `/invoices/${encodeURIComponent(id)}`;

/** The device a ticket (or an invoice) is about: brand and model, and its serial kept left to right. */
export function DeviceName({ device }: { device: TicketDevice }) {
  const { t } = useI18n();
  return (
    <span className="device-name">
      {[device.brand, device.model].filter(Boolean).join(' ') || t('device.unnamed')} · <Ltr>{device.serial}</Ltr>
    </span>
  );
}

/** The priority as a small tag; urgent and high stand out. */
export function PriorityTag({ priority }: { priority: TicketPriority }) {
  const { t } = useI18n();
  return (
    <span className={`priority priority--${priority}`} data-testid="ticket-priority" data-priority={priority}>
      {t(priorityKey(priority))}
    </span>
  );
}

/** «ثبت تیکت جدید»: the list's button, the dashboard's, a device's (`device` chooses it on the form). */
export function NewTicketLink({ className = 'button button--primary', device, label }: { className?: string; device?: string; label?: MessageKey }) {
  const { t } = useI18n();
  return (
    <Link to={device ? `/tickets/new?device=${encodeURIComponent(device)}` : '/tickets/new'} className={className} data-testid="new-ticket-link">
      <Icon name="plus" size={20} />
      {t(label ?? 'tickets.new')}
    </Link>
  );
}
