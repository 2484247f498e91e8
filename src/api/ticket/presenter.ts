/**
 * Tickets as the customer API answers them (TicketSummary, TicketDetail in docs/api.md) and as the
 * staff's Ticket desk reads them (TicketRow and the ticket page). Bodies are plain text, sent as
 * stored: the site and the admin render them as text, never as HTML.
 */
import { presentDate, presentDateTime } from '../../domain/jalali';
import { toRials } from '../../domain/money';
import type { TicketKind, TicketPriority, TicketStatus } from '../../domain/tickets';

/** A message's files in the order they were attached (stored one by one: ascending ids); the media relation's populate keeps no order. */
const attachedInOrder = (files: any[] | null | undefined): any[] => [...(files ?? [])].sort((a, b) => a.id - b.id);

const iso = (value: unknown): string | null => (value ? new Date(value as string).toISOString() : null);

/** Columns of a ticket every view reads. */
export const TICKET_FIELDS = [
  'id',
  'documentId',
  'number',
  'title',
  'description',
  'kind',
  'priority',
  'ticketStatus',
  'channel',
  'preferredVisitDay',
  'visitScheduledAt',
  'firstResponseDueAt',
  'replyDueAt',
  'resolutionDueAt',
  'firstRespondedAt',
  'resolvedAt',
  'lastActivityAt',
  'overdueAt',
  'escalationLevel',
  'billable',
  'difficulty',
  'workHours',
  'faultAttribution',
  'messageCount',
  'createdAt',
];

export const DEVICE_POPULATE = { select: ['id', 'documentId', 'serial', 'label'], populate: { model: { select: ['brand', 'model'] } } };

export const MESSAGE_FIELDS = ['id', 'ticketId', 'authorType', 'authorStaffId', 'authorName', 'internal', 'body', 'createdAt'];
export const ATTACHMENT_FIELDS = ['id', 'documentId', 'name', 'mime', 'size', 'url', 'provider', 'hash', 'ext'];

/** A stored file's size in bytes (the upload plugin keeps kilobytes, to 2 decimals). */
export const fileBytes = (f: { size?: number | string | null }) => Math.round(Number(f.size ?? 0) * 1000);

export const attachmentUrl = (ticketDocumentId: string, fileDocumentId: string) =>
  `/api/me/tickets/${encodeURIComponent(ticketDocumentId)}/attachments/${encodeURIComponent(fileDocumentId)}`;

const deviceOf = (d: any) => (d ? { id: d.documentId, serial: d.serial, brand: d.model?.brand ?? null, model: d.model?.model ?? null } : null);

export const presentSummary = (t: any) => ({
  id: t.documentId as string,
  number: t.number as string,
  title: t.title as string,
  kind: t.kind as TicketKind,
  priority: t.priority as TicketPriority,
  status: t.ticketStatus as TicketStatus,
  device: deviceOf(t.device),
  createdAt: presentDateTime(t.createdAt),
  lastActivityAt: presentDateTime(t.lastActivityAt ?? t.createdAt),
  replyDueAt: presentDateTime(t.replyDueAt),
  resolutionDueAt: presentDateTime(t.resolutionDueAt),
});

/** The customer's thread: their own and staff's public messages; internal notes never. */
export const presentDetail = (t: any, messages: any[], invoice: any | null) => ({
  ...presentSummary(t),
  description: t.description as string,
  channel: t.channel as string,
  preferredVisitDay: presentDate(t.preferredVisitDay),
  visitScheduledAt: presentDateTime(t.visitScheduledAt),
  resolvedAt: presentDateTime(t.resolvedAt),
  invoice: invoice ? { id: invoice.documentId, number: invoice.number, totalRials: toRials(invoice.totalRials), status: invoice.invoiceStatus } : null,
  messages: messages
    .filter((m) => !m.internal && (m.authorType === 'subscriber' || m.authorType === 'staff'))
    .map((m) => ({
      id: String(m.id),
      author: m.authorType as 'subscriber' | 'staff',
      authorName: m.authorName ?? null,
      body: m.body as string,
      createdAt: presentDateTime(m.createdAt),
      attachments: attachedInOrder(m.attachments).map((f: any) => ({ id: f.documentId, name: f.name, mime: f.mime, size: fileBytes(f), url: attachmentUrl(t.documentId, f.documentId) })),
    })),
});

const staffName = (u: any) => (u ? [u.firstname, u.lastname].filter(Boolean).join(' ') || u.email || `#${u.id}` : null);
export const staffMember = (u: any) => (u ? { id: u.id as number, name: staffName(u) as string } : null);

/** A row of the Ticket desk's list (ISO strings). */
export const presentRow = (t: any) => ({
  documentId: t.documentId as string,
  number: t.number as string,
  title: t.title as string,
  kind: t.kind as TicketKind,
  priority: t.priority as TicketPriority,
  ticketStatus: t.ticketStatus as TicketStatus,
  subscriber: t.subscriber ? { documentId: t.subscriber.documentId, label: t.subscriber.label ?? `${t.subscriber.fullName ?? ''} (${t.subscriber.subscriberNumber ?? ''})` } : null,
  device: t.device ? { documentId: t.device.documentId, label: t.device.label ?? t.device.serial } : null,
  assignee: staffMember(t.assignee),
  replyDueAt: iso(t.replyDueAt),
  resolutionDueAt: iso(t.resolutionDueAt),
  overdueAt: iso(t.overdueAt),
  escalationLevel: Number(t.escalationLevel ?? 0),
  lastActivityAt: iso(t.lastActivityAt ?? t.createdAt),
  createdAt: iso(t.createdAt),
});

export const presentStaffTicket = (t: any, invoice: any | null) => ({
  ...presentRow(t),
  description: t.description as string,
  channel: t.channel as string,
  preferredVisitDay: t.preferredVisitDay ?? null,
  visitScheduledAt: iso(t.visitScheduledAt),
  billable: Boolean(t.billable),
  difficulty: t.difficulty ?? null,
  workHours: t.workHours == null ? null : Number(t.workHours),
  faultAttribution: t.faultAttribution ?? 'undetermined',
  firstResponseDueAt: iso(t.firstResponseDueAt),
  firstRespondedAt: iso(t.firstRespondedAt),
  resolvedAt: iso(t.resolvedAt),
  invoice: invoice ? { documentId: invoice.documentId, number: invoice.number, totalRials: toRials(invoice.totalRials), invoiceStatus: invoice.invoiceStatus } : null,
  repairOrder: t.repairOrder ? { documentId: t.repairOrder.documentId, trackingCode: t.repairOrder.trackingCode } : null,
});

/** Every message for staff, internal notes included (marked). */
export const presentStaffMessage = (m: any) => ({
  id: m.id as number,
  authorType: m.authorType as string,
  authorName: m.authorName ?? null,
  internal: Boolean(m.internal),
  body: m.body as string,
  createdAt: iso(m.createdAt),
  attachments: attachedInOrder(m.attachments).map((f: any) => ({ id: f.documentId, name: f.name, mime: f.mime, size: fileBytes(f) })),
});
