/**
 * The one status badge: a device's service or warranty status, a repair's status, an ownership
 * transfer's, a support ticket's or an invoice's, coloured by status and always with its text (colour is never the only cue). The
 * API's label is used when given, else the site's.
 */
import type { ComplaintStatus, InvoiceStatus, Label, RepairStatus, ServiceStatus, TicketStatus, TransferStatus, WarrantyStatus } from '../api/types';
import { useI18n } from '../i18n/I18nContext';
import type { MessageKey } from '../i18n/fa';

type Props = (
  | { kind: 'service'; status: ServiceStatus }
  | { kind: 'warranty'; status: WarrantyStatus }
  | { kind: 'repair'; status: RepairStatus }
  | { kind: 'transfer'; status: TransferStatus }
  | { kind: 'ticket'; status: TicketStatus }
  | { kind: 'invoice'; status: InvoiceStatus }
  | { kind: 'complaint'; status: ComplaintStatus }
) & { label?: Label; size?: 'md' | 'lg' };

export function StatusBadge({ kind, status, label, size = 'md' }: Props) {
  const { t, label: pick } = useI18n();
  const text = label ? pick(label) : t(`status.${kind}.${status}` as MessageKey);
  return (
    <span className={`badge badge--${kind}-${status}${size === 'lg' ? ' badge--lg' : ''}`} data-testid={`${kind}-status`} data-status={status}>
      <span className="badge__dot" aria-hidden="true" />
      {text}
    </span>
  );
}
