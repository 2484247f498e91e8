/**
 * Audit trail of sensitive actions (credentials issued, ownership transferred, …). Rows are
 * written through the query engine inside the caller's transaction and never updated.
 */
import { factories } from '@strapi/strapi';

export type AuditRecord = {
  action: string;
  actorType: 'staff' | 'customer' | 'system';
  actorId?: string | number | null;
  actorLabel?: string | null;
  subjectUid?: string;
  subjectId?: string | number | null;
  details?: Record<string, unknown>;
  ip?: string | null;
};

export default factories.createCoreService('api::audit-event.audit-event', ({ strapi }) => ({
  async record(event: AuditRecord) {
    return strapi.db.query('api::audit-event.audit-event').create({
      data: {
        ...event,
        actorId: event.actorId == null ? null : String(event.actorId),
        subjectId: event.subjectId == null ? null : String(event.subjectId),
      },
    });
  },
}));
