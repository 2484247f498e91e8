/**
 * Records only the portal itself writes — staff read them in the admin but cannot create, change
 * or delete them there (or through API tokens): the buyer's installation confirmations (a form with
 * legal value; the database refuses changes too, see src/bootstrap/immutable-records.ts), payments
 * (written by the payment plugin from the gateway's answers), the audit trail, announcement
 * fan-out progress, and ownership transfers with the ownership history. Their services write with the query engine, below the Document Service.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { bilingual } from '../errors';

const SYSTEM_RECORDS: Record<string, 'confirmationImmutable' | 'systemRecord'> = {
  'api::installation-confirmation.installation-confirmation': 'confirmationImmutable',
  'api::payment.payment': 'systemRecord',
  'api::audit-event.audit-event': 'systemRecord',
  'api::announcement.announcement-fanout': 'systemRecord',
  // requested by buyers, decided with the Approve / Reject buttons (back-office), never edited
  'api::ownership-transfer.ownership-transfer': 'systemRecord',
  'api::ownership-transfer.device-ownership': 'systemRecord',
};
const WRITES = new Set(['create', 'update', 'delete', 'publish', 'unpublish', 'discardDraft', 'clone']);

export const systemRecordsRule = (_strapi: Core.Strapi) => async (ctx: any, next: () => Promise<any>) => {
  const code = SYSTEM_RECORDS[ctx.uid];
  if (code && WRITES.has(ctx.action)) throw bilingual(errors.ForbiddenError, code);
  return next();
};
