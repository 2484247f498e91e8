/**
 * THE labels staff see for enumeration values: for every content type of ours that has an
 * enumeration, each attribute, each value → { fa, en }, keyed `uid → attribute → value`.
 *
 * The label maps themselves stay with their rules (service-status.ts, repairs.ts, contracts.ts …);
 * this file only says which map labels which attribute. The admin panel shows these labels in the
 * Content Manager's edit views, list cells and list filters: src/admin/app.tsx hands this object to
 * the back-office admin plugin (`apis.setVocabulary`). tests/api/admin-vocabulary.test.ts fails
 * when an enumeration value of a type the Content Manager shows has no label here.
 *
 * Browser-safe: the admin bundle imports this file, so it and everything it imports must not use
 * Node modules (the same test checks the import graph).
 */
import type { Label } from './service-status';
import { SERVICE_MODE_LABELS } from './service-status';
import { REPAIR_OUTCOME_LABELS, REPAIR_STATUS_LABELS } from './repairs';
import {
  ANNOUNCEMENT_AUDIENCE_LABELS,
  ANNOUNCEMENT_KIND_LABELS,
  FANOUT_STATUS_LABELS,
  NOTIFICATION_KIND_LABELS,
  NOTIFICATION_SOURCE_TYPE_LABELS,
  PREFERRED_CHANNEL_LABELS,
} from './announcements';
import { CONTRACT_KIND_LABELS, CONTRACT_STATUS_LABELS } from './contracts';
import { PAYMENT_STATUS_LABELS } from './payments';
import { TRANSFER_STATUS_LABELS } from './ownership-transfer';
import { AUDIT_ACTOR_TYPE_LABELS } from './audit';
import { OUTBOX_CHANNEL_LABELS, OUTBOX_KIND_LABELS, OUTBOX_STATUS_LABELS } from './outbox';
import { CRM_SYNC_JOB_KIND_LABELS, CRM_SYNC_JOB_STATUS_LABELS } from './crm-sync';
import {
  ESCALATION_REASON_LABELS,
  FAULT_ATTRIBUTION_LABELS,
  SLA_CALENDAR_LABELS,
  TICKET_CHANNEL_LABELS,
  TICKET_DIFFICULTY_LABELS,
  TICKET_KIND_LABELS,
  TICKET_MESSAGE_AUTHOR_LABELS,
  TICKET_PRIORITY_LABELS,
  TICKET_STATUS_LABELS,
} from './tickets';
import { INVOICE_STATUS_LABELS } from './invoices';
import { COMPLAINT_ADDRESSEE_LABELS, COMPLAINT_OUTCOME_LABELS, COMPLAINT_SOURCE_LABELS, COMPLAINT_STATUS_LABELS } from './complaints';
import { FOLLOW_UP_STATUS_LABELS } from './surveys';
import { COURSE_ORDER_STATUS_LABELS, LICENCE_REQUEST_STATUS_LABELS } from './courses';

export type { Label };
/** uid → attribute → value → label */
export type Vocabulary = Record<string, Record<string, Record<string, Label>>>;

export const VOCABULARY = {
  'api::subscriber.subscriber': { preferredChannel: PREFERRED_CHANNEL_LABELS },
  'api::device.device': { serviceMode: SERVICE_MODE_LABELS },
  'api::contract.contract': { kind: CONTRACT_KIND_LABELS, contractStatus: CONTRACT_STATUS_LABELS },
  'api::payment.payment': { paymentStatus: PAYMENT_STATUS_LABELS },
  'api::repair-order.repair-order': { repairStatus: REPAIR_STATUS_LABELS, outcome: REPAIR_OUTCOME_LABELS },
  'api::ownership-transfer.ownership-transfer': { transferStatus: TRANSFER_STATUS_LABELS },
  'api::announcement.announcement': { kind: ANNOUNCEMENT_KIND_LABELS, audience: ANNOUNCEMENT_AUDIENCE_LABELS },
  'api::announcement.announcement-fanout': { fanoutStatus: FANOUT_STATUS_LABELS },
  'api::notification.notification': { kind: NOTIFICATION_KIND_LABELS, sourceType: NOTIFICATION_SOURCE_TYPE_LABELS },
  'api::audit-event.audit-event': { actorType: AUDIT_ACTOR_TYPE_LABELS },
  'plugin::messaging.outbound-message': { channel: OUTBOX_CHANNEL_LABELS, kind: OUTBOX_KIND_LABELS, status: OUTBOX_STATUS_LABELS },
  'plugin::crm-sync.sync-job': { status: CRM_SYNC_JOB_STATUS_LABELS, kind: CRM_SYNC_JOB_KIND_LABELS },
  'api::ticket.ticket': {
    kind: TICKET_KIND_LABELS,
    priority: TICKET_PRIORITY_LABELS,
    ticketStatus: TICKET_STATUS_LABELS,
    channel: TICKET_CHANNEL_LABELS,
    difficulty: TICKET_DIFFICULTY_LABELS,
    faultAttribution: FAULT_ATTRIBUTION_LABELS,
  },
  'api::ticket.ticket-message': { authorType: TICKET_MESSAGE_AUTHOR_LABELS },
  'api::ticket.ticket-escalation': { reason: ESCALATION_REASON_LABELS },
  'api::support-settings.support-settings': { slaCalendar: SLA_CALENDAR_LABELS },
  'api::invoice.invoice': { invoiceStatus: INVOICE_STATUS_LABELS },
  // issue 14
  'api::complaint.complaint': {
    source: COMPLAINT_SOURCE_LABELS,
    addressedTo: COMPLAINT_ADDRESSEE_LABELS,
    complaintStatus: COMPLAINT_STATUS_LABELS,
    outcome: COMPLAINT_OUTCOME_LABELS,
  },
  'api::survey.survey-follow-up': { followUpStatus: FOLLOW_UP_STATUS_LABELS },
  // licensed training videos
  'api::course-order.course-order': { orderStatus: COURSE_ORDER_STATUS_LABELS },
  'plugin::video-licensing.licence-request': { requestStatus: LICENCE_REQUEST_STATUS_LABELS },
} satisfies Vocabulary;

/** The label of one enumeration value, or undefined when the vocabulary has none. */
export const enumerationLabel = (uid: string, attribute: string, value: string): Label | undefined =>
  (VOCABULARY as Vocabulary)[uid]?.[attribute]?.[value];
