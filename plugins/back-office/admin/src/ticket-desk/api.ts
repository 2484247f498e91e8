/**
 * The Ticket desk's admin API (plugins/back-office server, docs/api.md "Staff API"): the shapes
 * it answers, the paths, and the permissions that show the desk's parts. Dates are ISO strings.
 */
import type { FaultAttribution, TicketChannel, TicketDifficulty, TicketKind, TicketPriority, TicketStatus } from 'poshtiban/domain/tickets';

export const PERMISSIONS = {
  read: [{ action: 'plugin::back-office.tickets.read', subject: null }],
  create: [{ action: 'plugin::back-office.tickets.create', subject: null }],
  answer: [{ action: 'plugin::back-office.tickets.answer', subject: null }],
};

/** The admin paths of the desk's pages (the menu link's `to`, without the leading /admin). */
export const DESK_PATH = '/plugins/back-office/tickets';
export const ticketPath = (documentId: string) => `${DESK_PATH}/${encodeURIComponent(documentId)}`;
export const NEW_TICKET_PATH = `${DESK_PATH}/new`;
/** A record's page in the Content Manager. */
export const contentManagerPath = (uid: string, documentId: string) => `/content-manager/collection-types/${uid}/${encodeURIComponent(documentId)}`;

export const TICKET_VIEWS = ['open', 'mine', 'unassigned', 'overdue', 'escalated', 'closed'] as const;
export type TicketView = (typeof TICKET_VIEWS)[number];

export type Ref = { documentId: string; label: string };

export type TicketRow = {
  documentId: string;
  number: string;
  title: string;
  kind: TicketKind;
  priority: TicketPriority;
  ticketStatus: TicketStatus;
  subscriber: Ref | null;
  device: Ref | null;
  assignee: { id: number; name: string } | null;
  replyDueAt: string | null;
  resolutionDueAt: string | null;
  overdueAt: string | null;
  escalationLevel: number;
  lastActivityAt: string | null;
  createdAt: string;
};

export type Pagination = { page: number; pageSize: number; pageCount: number; total: number };
export type TicketList = { results: TicketRow[]; pagination: Pagination };

/** `id`: the file's id as the attachment route takes it (the upload's documentId) */
export type Attachment = { id: number | string; name: string; mime: string; size: number };
export type ThreadMessage = {
  id: number;
  authorType: 'subscriber' | 'staff' | 'system';
  authorName: string | null;
  internal: boolean;
  body: string;
  createdAt: string;
  attachments: Attachment[];
};

export type TicketDetail = TicketRow & {
  description: string;
  channel: TicketChannel;
  preferredVisitDay: string | null;
  /** the booked on-site visit (POST …/visit), an instant */
  visitScheduledAt: string | null;
  billable: boolean;
  difficulty: TicketDifficulty | null;
  workHours: number | string | null;
  faultAttribution: FaultAttribution | null;
  firstResponseDueAt: string | null;
  firstRespondedAt: string | null;
  resolvedAt: string | null;
  invoice: { documentId: string; number: string; totalRials: number | string; invoiceStatus: string } | null;
  repairOrder: { documentId: string; trackingCode: string } | null;
};

export type Escalation = { level: number; reason: 'first_response' | 'resolution'; dueAt: string | null; escalatedAt: string | null };

export type History = {
  devices: Array<{ documentId: string; label: string; serviceStatus: string }>;
  tickets: Array<{ documentId: string; number: string; title: string; ticketStatus: TicketStatus; createdAt: string }>;
  invoices: Array<{ documentId: string; number: string; totalRials: number | string; invoiceStatus: string; issuedAt: string | null }>;
  payments: Array<{ documentId: string; purpose: string; amountRials: number | string; paymentStatus: string; createdAt: string }>;
  repairs: Array<{ documentId: string; trackingCode: string; repairStatus: string; receivedAt: string | null }>;
};

export type Rates = { hourlyRateRials: Record<TicketDifficulty, number | string>; visitFeeRials: number | string };

export type TicketPage = {
  ticket: TicketDetail;
  messages: ThreadMessage[];
  escalations: Escalation[];
  subscriber: { documentId: string; label: string; fullName: string; subscriberNumber: string; mobile: string | null; preferredChannel: string | null } | null;
  history: History;
  assignable: Array<{ id: number; name: string }>;
  rates: Rates;
  can: { answer: boolean; create: boolean };
};

export type SavedReply = { id: number; title: string; body: string };

export const UIDS = {
  subscriber: 'api::subscriber.subscriber',
  device: 'api::device.device',
  invoice: 'api::invoice.invoice',
  payment: 'api::payment.payment',
  repair: 'api::repair-order.repair-order',
  ticket: 'api::ticket.ticket',
} as const;

/** Files a reply may carry (the server checks them again, by content). */
export const ATTACHMENT_LIMITS = { maxFiles: 5, maxMegabytes: 5, accept: 'image/jpeg,image/png,image/webp,application/pdf' };
