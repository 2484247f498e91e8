/**
 * The one status badge: service status or warranty status, coloured by status and always with
 * its text (colour is never the only cue). The API's label is used when given, else the site's.
 */
import type { Label, ServiceStatus, WarrantyStatus } from '../api/types';
import { useI18n } from '../i18n/I18nContext';

type Props =
  | { kind: 'service'; status: ServiceStatus; label?: Label; size?: 'md' | 'lg' }
  | { kind: 'warranty'; status: WarrantyStatus; label?: Label; size?: 'md' | 'lg' };

export function StatusBadge({ kind, status, label, size = 'md' }: Props) {
  const { t, label: pick } = useI18n();
  const text = label ? pick(label) : t(`status.${kind}.${status}` as const);
  return (
    <span
      className={`badge badge--${kind}-${status}${size === 'lg' ? ' badge--lg' : ''}`}
      data-testid={kind === 'service' ? 'service-status' : 'warranty-status'}
      data-status={status}
    >
      <span className="badge__dot" aria-hidden="true" />
      {text}
    </span>
  );
}
