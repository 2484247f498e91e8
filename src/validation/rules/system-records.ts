/**
 * Records only the portal itself writes — staff read them in the admin but cannot create, change
 * or delete them there (or through API tokens, or any Document Service call): the buyer's
 * installation confirmations (a form with legal value; the database refuses changes too, see
 * src/bootstrap/immutable-records.ts), payments (written by the payment plugin from the gateway's
 * answers), the audit trail, announcement fan-out progress, ownership transfers (decided with the
 * Approve / Reject buttons of the back-office "Transfer review" panel) with the ownership history,
 * and the hidden records of the portal's machinery (the messaging outbox, CRM sync jobs, login
 * codes, …). Their services write with the query engine or SQL, below the Document Service.
 *
 * Every refusal says why, and where the change is made instead (the reason per type). It is a
 * PolicyError (403): Strapi's router turns any other ForbiddenError thrown behind its authorize
 * step into a bare «Forbidden» and drops the reason. The admin's Content Manager gives the same
 * refusal on its routes (src/policies/portal-only-writes.ts) to staff whose role holds the
 * permission (the super admin); a role without it reads the staff matrix's reason.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { bilingual } from '../errors';
import type { MessageCode } from '../messages';

/** Each type the portal alone writes, with the reason staff are given. */
export const SYSTEM_RECORDS: Readonly<Record<string, MessageCode>> = {
  'api::installation-confirmation.installation-confirmation': 'confirmationImmutable',
  'api::payment.payment': 'paymentRecord',
  'api::audit-event.audit-event': 'auditRecord',
  'api::announcement.announcement-fanout': 'fanoutRecord',
  'api::ownership-transfer.ownership-transfer': 'transferRecord',
  'api::ownership-transfer.device-ownership': 'ownershipHistoryRecord',
  'api::ticket.ticket': 'ticketRecord',
  'api::ticket.ticket-escalation': 'systemRecord',
  'api::invoice.invoice': 'invoiceRecord',
  'api::invoice.debt-alert': 'systemRecord',
  'api::ticket.ticket-message': 'systemRecord',
  // issue 14: surveys are sent by the job and answered by the buyer's link
  'api::survey.survey': 'surveyRecord',
  // hidden from the Content Manager's menus, but its API answers the super admin: locked all the same
  'plugin::messaging.outbound-message': 'outboxRecord',
  'api::notification.notification': 'systemRecord',
  'api::job-lock.job-lock': 'systemRecord',
  'plugin::crm-sync.sync-job': 'systemRecord',
  'plugin::crm-sync.crm-link': 'systemRecord',
  'plugin::customer-accounts.login-code': 'systemRecord',
  'plugin::payment.sandbox-transaction': 'systemRecord',
  // the knowledge base (issue 13): buyers' «این مطلب مفید بود؟» answers
  'api::article.article-feedback': 'systemRecord',
  // licensed training videos: orders are the buyer's purchases; licence requests the plugin's queue
  'api::course-order.course-order': 'courseOrderRecord',
  'plugin::video-licensing.licence-request': 'systemRecord',
};

const WRITES = new Set(['create', 'update', 'delete', 'publish', 'unpublish', 'discardDraft', 'clone']);

/** The refusal for a write to a record the portal alone writes; null for any other type. */
export const systemRecordRefusal = (uid: string) => {
  const code = SYSTEM_RECORDS[uid];
  return code ? bilingual(errors.PolicyError, code) : null;
};

export const systemRecordsRule = (_strapi: Core.Strapi) => async (ctx: any, next: () => Promise<any>) => {
  if (WRITES.has(ctx.action)) {
    const refusal = systemRecordRefusal(ctx.uid);
    if (refusal) throw refusal;
  }
  return next();
};
