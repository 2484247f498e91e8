/**
 * The one status badge: service status or warranty status, coloured by status and always with
 * its text (colour is never the only cue). The API's label is used when given, else the site's.
 */
import type { Label, ServiceStatus, WarrantyStatus } from '../api/types';
import { useI18n } from '../i18n/I18nContext';

type Props =
  | { kind: 'service'; status: ServiceStatus; label?: Label; size?: 'md' | 'lg' }
  | { kind: 'warranty'; status: WarrantyStatus; label?: Label; size?: 'md' | 'lg' };

export function StatusBadge(props: Props) {
  const { kind, status, label, size = 'md' } = props;
  const { t, label: pick } = useI18n();
  const fallbackKey = props.kind === 'service' ? (`status.service.${props.status}` as const) : (`status.warranty.${props.status}` as const);
  const text = label ? pick(label) : t(fallbackKey);
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
