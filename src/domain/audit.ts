/**
 * The audit trail (api::audit-event.audit-event): who did a sensitive action — a staff member in
 * the admin, the buyer on the site, or the portal itself (a scheduled job, a payment callback).
 */
import type { Label } from './service-status';

export const AUDIT_ACTOR_TYPES = ['staff', 'customer', 'system'] as const;
export type AuditActorType = (typeof AUDIT_ACTOR_TYPES)[number];

export const AUDIT_ACTOR_TYPE_LABELS: Record<AuditActorType, Label> = {
  staff: { fa: 'کارکنان', en: 'Staff' },
  customer: { fa: 'خریدار (مشترک)', en: 'Buyer (subscriber)' },
  system: { fa: 'سامانه', en: 'System' },
};
