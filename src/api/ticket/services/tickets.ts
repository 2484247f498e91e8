/**
 * Tickets (service `api::ticket.tickets`): opening (by the subscriber, or by staff on their
 * behalf), the thread (replies, internal notes, attachments), status, priority and assignment,
 * resolving (with the invoice of a billable ticket), turning a request into a repair order, and
 * the reads of both sides. Every multi-step write is one transaction; the customer's reads and
 * writes have the subscriber's id in the WHERE (another's ticket is not found).
 *
 * Tickets and messages are portal-written (SYSTEM_RECORDS): written here with the query engine.
 */
import type { Core } from '@strapi/strapi';
import { fieldError, validationError } from '../../../validation/errors';
import type { MessageCode } from '../../../validation/messages';
import { formatJalaliDateTime, jalaliParts, tehranDate } from '../../../domain/jalali';
import { computeServiceStatus, SERVICE_STATUS_LABELS, type ServiceStatus } from '../../../domain/service-status';
import { isBillable } from '../../../domain/invoices';
import { statusAfterReply, ticketNumber, ticketsAllowedFor, TICKET_STATUS_LABELS, type TicketPriority, type TicketStatus } from '../../../domain/tickets';
import { siteLinks } from '../../../domain/site-links';
import { siteUrl } from '../../../utils/site-url';
import { instantOf, rawRows, withTransaction } from '../../../utils/raw-sql';
import {
  ATTACHMENT_FIELDS,
  DEVICE_POPULATE,
  MESSAGE_FIELDS,
  TICKET_FIELDS,
  presentDetail,
  presentRow,
  presentStaffMessage,
  presentStaffTicket,
  presentSummary,
  staffMember,
} from '../presenter';
import type { AcceptedFile } from './attachments';
import type { OpenInput, ResolveInput, StaffOpenInput, TicketView, UpdateInput } from '../validation';

/** The subscriber's tickets page (latest activity first) with each ticket's device and model. */
const SUBSCRIBER_TICKETS_SQL = `SELECT t.id, t.document_id, t.number, t.title, t.kind, t.priority, t.ticket_status, t.created_at,
    t.last_activity_at, t.reply_due_at, t.resolution_due_at, d.id AS device_id, d.document_id AS device_document_id,
    d.serial AS device_serial, m.id AS model_id, m.brand AS model_brand, m.model AS model_model
  FROM tickets_subscriber_lnk s
  JOIN tickets t ON t.id = s.ticket_id
  LEFT JOIN tickets_device_lnk td ON td.ticket_id = t.id
  LEFT JOIN devices d ON d.id = td.device_id
  LEFT JOIN devices_model_lnk dm ON dm.device_id = d.id
  LEFT JOIN device_models m ON m.id = dm.device_model_id
  WHERE s.subscriber_id = ?
  ORDER BY t.last_activity_at DESC, t.id DESC
  LIMIT ? OFFSET ?`;

/** A row of SUBSCRIBER_TICKETS_SQL in the shape presentSummary reads. */
export const ticketSummaryRowOf = (r: Record<string, any>) => ({
  id: r.id,
  documentId: r.document_id,
  number: r.number,
  title: r.title,
  kind: r.kind,
  priority: r.priority,
  ticketStatus: r.ticket_status,
  createdAt: instantOf(r.created_at),
  lastActivityAt: instantOf(r.last_activity_at),
  replyDueAt: instantOf(r.reply_due_at),
  resolutionDueAt: instantOf(r.resolution_due_at),
  device:
    r.device_id == null
      ? null
      : { documentId: r.device_document_id, serial: r.device_serial, model: r.model_id == null ? null : { brand: r.model_brand, model: r.model_model } },
});

const UID = 'api::ticket.ticket';
const MSG = 'api::ticket.ticket-message';
const DEVICE = 'api::device.device';
const SUBSCRIBER = 'api::subscriber.subscriber';
const INVOICE = 'api::invoice.invoice';
const FILE = 'plugin::upload.file';
export const ANSWER_ACTION = 'plugin::back-office.tickets.answer';

/** A refusal because of the ticket's state (closed already, a repair order already made): a 409. */
export class TicketConflict extends Error {
  constructor(readonly code: MessageCode) {
    super(code);
  }
}

/** A staff member as the desk's routes know them. */
export type Staff = { id: number; name: string };

const DEVICE_STATE_FIELDS = ['id', 'documentId', 'serial', 'serviceMode', 'serviceEnd', 'installationConfirmedAt'];


export default ({ strapi }: { strapi: Core.Strapi }) => {
  const attachments = () => strapi.service('api::ticket.attachments');
  const sla = () => strapi.service('api::ticket.sla');
  const crm = () => strapi.plugin('crm-sync').service('sync');

  /** The messages of tickets with their attachments (internal notes only for staff). */
  const messagesOf = (ticketId: number, { internal }: { internal: boolean }) =>
    strapi.db.query(MSG).findMany({
      where: { ticketId, ...(internal ? {} : { internal: false }) },
      select: MESSAGE_FIELDS,
      populate: { attachments: { select: ATTACHMENT_FIELDS } },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    });

  const invoiceOf = (ticketId: number) =>
    strapi.db.query(INVOICE).findOne({ where: { ticketId }, select: ['id', 'documentId', 'number', 'totalRials', 'invoiceStatus'] });

  /** Stores the files, runs `write` in one transaction; the files are removed again when it fails. */
  const withFiles = async <T>(files: AcceptedFile[], write: (fileIds: number[]) => Promise<T>): Promise<T> => {
    const stored = files.length ? await attachments().store(files) : [];
    try {
      return await strapi.db.transaction(() => write(stored.map((f: any) => f.id)));
    } catch (error) {
      await attachments().remove(stored);
      throw error;
    }
  };

  const addMessage = async (data: { ticketId: number; authorType: 'subscriber' | 'staff' | 'system'; authorStaffId?: number | null; authorName: string | null; internal: boolean; body: string; fileIds: number[] }) => {
    const { fileIds, ...rest } = data;
    return strapi.db.query(MSG).create({ data: { ...rest, ...(fileIds.length ? { attachments: fileIds } : {}) }, select: ['id'] });
  };

  /** One more public message on the ticket (atomic), with the other fields of the change. */
  const touch = async (ticketId: number, data: Record<string, unknown>, { countMessage }: { countMessage: boolean }) => {
    if (countMessage) await withTransaction(strapi, (trx) => trx('tickets').where({ id: ticketId }).increment('message_count', 1));
    if (Object.keys(data).length) await strapi.db.query(UID).update({ where: { id: ticketId }, data });
  };

  const recordCrm = (ticketId: number, event: 'opened' | 'replied' | 'status' | 'resolved' | 'escalated', key: string, label: string) =>
    crm().recordTicketChange({ ticketId, event, eventLabel: label, key });

  /** The subscriber hears of a staff reply or a resolution: dashboard + SMS/WhatsApp, in the caller's transaction. */
  const notifySubscriber = async (ticket: any, eventKey: string, update: { fa: string; en: string }) => {
    if (!ticket.subscriber?.id) return;
    const link = siteLinks.ticket(ticket.documentId);
    await strapi.service('api::notification.notification').notify({
      subscriberId: ticket.subscriber.id,
      sourceId: eventKey,
      link,
      title: { fa: `تیکت ${ticket.number}: ${update.fa}`, en: `Ticket ${ticket.number}: ${update.en}` },
      body: { fa: `«${ticket.title}» — ${update.fa}.`, en: `“${ticket.title}” — ${update.en}.` },
    });
    const title = ticket.title.length > 40 ? `${ticket.title.slice(0, 39)}…` : ticket.title;
    await strapi.plugin('messaging').service('dispatch').notifySubscriber({
      subscriberId: ticket.subscriber.id,
      templateCode: 'ticket-reply',
      params: { number: ticket.number, title, update: update.fa, url: `${siteUrl(strapi)}${link}` },
      eventKey,
    });
  };

  const deviceStatus = (device: any, at: Date) => computeServiceStatus(device, tehranDate(at));

  /** Creates the ticket, its number and its opening message; in the caller's transaction. */
  const createTicket = async (input: OpenInput & { channel: 'site' | 'phone' | 'visit' }, who: { subscriberId: number; deviceId: number; billable: boolean; author: { type: 'subscriber' | 'staff'; staffId?: number; name: string | null } }, fileIds: number[], now: Date) => {
    const due = await sla().dueDates(input.priority, now);
    const created = await strapi.db.query(UID).create({
      data: {
        title: input.title,
        description: input.description,
        kind: input.kind,
        priority: input.priority,
        ticketStatus: 'open',
        channel: input.channel,
        subscriber: who.subscriberId,
        device: who.deviceId,
        preferredVisitDay: input.preferredVisitDay,
        firstResponseDueAt: due.firstResponseDueAt,
        replyDueAt: due.firstResponseDueAt,
        resolutionDueAt: due.resolutionDueAt,
        lastActivityAt: now,
        escalationLevel: 0,
        billable: who.billable,
        faultAttribution: 'undetermined',
        messageCount: 1,
      },
      select: ['id', 'documentId'],
    });
    const number = ticketNumber(jalaliParts(now).year, created.id);
    await strapi.db.query(UID).update({ where: { id: created.id }, data: { number } });
    // the opening message: the description and its attachments, first in the thread
    await addMessage({ ticketId: created.id, authorType: who.author.type, authorStaffId: who.author.staffId ?? null, authorName: who.author.name, internal: false, body: input.description, fileIds });
    await recordCrm(created.id, 'opened', 'opened', 'ثبت تیکت');
    return created;
  };

  /** The 400 of a device whose service does not allow tickets, with the way to its renewal choices. */
  const notAvailable = (deviceDocumentId: string) => {
    const link = siteLinks.device(deviceDocumentId, 'service');
    const error = validationError([{ ...fieldError('device', 'ticketsNotAvailable'), link } as any], 'ticketsNotAvailable');
    (error as any).details.link = link;
    return error;
  };

  const service = {
    // ── the customer's side ────────────────────────────────────────────────────────────────

    /** POST /api/me/tickets. null when the device is not the subscriber's. */
    async open(subscriber: { id: number; fullName?: string | null }, input: OpenInput, files: AcceptedFile[], now = new Date()) {
      const device = await strapi.db.query(DEVICE).findOne({ where: { documentId: input.device, owner: { id: subscriber.id } }, select: DEVICE_STATE_FIELDS });
      if (!device) return null;
      const status = deviceStatus(device, now);
      if (!ticketsAllowedFor(status)) throw notAvailable(device.documentId);
      const created = await withFiles(files, (fileIds) =>
        createTicket(
          { ...input, channel: 'site' },
          { subscriberId: subscriber.id, deviceId: device.id, billable: status === 'pay_per_case', author: { type: 'subscriber', name: subscriber.fullName ?? null } },
          fileIds,
          now
        )
      );
      return service.findFor(subscriber.id, created.documentId);
    },

    /**
     * GET /api/me/tickets — the subscriber's tickets, latest activity first: the page with each
     * ticket's device and model in one joined statement, and the count (the query engine's
     * populate took two more statements per page).
     */
    async listFor(subscriberId: number, { page, pageSize }: { page: number; pageSize: number }) {
      const knex = strapi.db.connection;
      const [rows, counted] = await Promise.all([
        knex.raw(SUBSCRIBER_TICKETS_SQL, [subscriberId, pageSize, (page - 1) * pageSize]),
        knex.raw('SELECT count(*) AS n FROM tickets_subscriber_lnk WHERE subscriber_id = ?', [subscriberId]),
      ]);
      const total = Number(rawRows<{ n: unknown }>(counted)[0]?.n ?? 0);
      return {
        data: rawRows<Record<string, any>>(rows).map((row) => presentSummary(ticketSummaryRowOf(row))),
        meta: { pagination: { page, pageSize, total, pageCount: Math.ceil(total / pageSize) } },
      };
    },

    /** GET /api/me/tickets/:id — with the public thread; null when not the subscriber's. */
    async findFor(subscriberId: number, documentId: string) {
      const t = await strapi.db.query(UID).findOne({ where: { documentId, subscriber: { id: subscriberId } }, select: TICKET_FIELDS, populate: { device: DEVICE_POPULATE } });
      if (!t) return null;
      const [messages, invoice] = await Promise.all([messagesOf(t.id, { internal: false }), invoiceOf(t.id)]);
      return presentDetail(t, messages, invoice);
    },

    /** Counts for the dashboard: open (waiting on staff) and answered tickets. */
    async countsFor(subscriberId: number) {
      const [open, answered] = await Promise.all([
        strapi.db.query(UID).count({ where: { subscriber: { id: subscriberId }, ticketStatus: { $in: ['open', 'in_review'] } } }),
        strapi.db.query(UID).count({ where: { subscriber: { id: subscriberId }, ticketStatus: 'answered' } }),
      ]);
      return { open, answered };
    },

    /** POST /api/me/tickets/:id/messages — reopens an answered (or closed) ticket; staff's reply is due again. null when not theirs. */
    async replyAsSubscriber(subscriber: { id: number; fullName?: string | null }, documentId: string, { body }: { body: string }, files: AcceptedFile[], now = new Date()) {
      const t = await strapi.db.query(UID).findOne({ where: { documentId, subscriber: { id: subscriber.id } }, select: ['id', 'documentId', 'ticketStatus', 'priority'] });
      if (!t) return null;
      await withFiles(files, async (fileIds) => {
        const message = await addMessage({ ticketId: t.id, authorType: 'subscriber', authorName: subscriber.fullName ?? null, internal: false, body, fileIds });
        const status = statusAfterReply(t.ticketStatus as TicketStatus, 'subscriber');
        const replyDueAt = await sla().replyDueAfter(t.priority as TicketPriority, now);
        await touch(t.id, { ticketStatus: status, replyDueAt, lastActivityAt: now, ...(t.ticketStatus === 'closed' ? { resolvedAt: null } : {}) }, { countMessage: true });
        await recordCrm(t.id, 'replied', `message:${message.id}`, 'پاسخ مشترک');
        if (status !== t.ticketStatus) await recordCrm(t.id, 'status', `message:${message.id}:status`, `وضعیت: ${TICKET_STATUS_LABELS[status].fa}`);
      });
      return service.findFor(subscriber.id, documentId);
    },

    /** The file of an attachment on one of the subscriber's tickets (public messages only), or null. */
    async attachmentFor(subscriberId: number, documentId: string, fileDocumentId: string) {
      const t = await strapi.db.query(UID).findOne({ where: { documentId, subscriber: { id: subscriberId } }, select: ['id'] });
      return t ? attachmentOfTicket(t.id, fileDocumentId, { internal: false }) : null;
    },

    // ── the staff's side (plugins/back-office, the Ticket desk) ────────────────────────────

    /** GET /back-office/tickets — a view of the desk, searched, paged. Three queries. */
    async listForStaff(staff: Staff, { view, q, page, pageSize }: { view: TicketView; q: string | null; page: number; pageSize: number }, now = new Date()) {
      const open = { ticketStatus: { $ne: 'closed' } };
      const views: Record<TicketView, object> = {
        open,
        mine: { ...open, assignee: { id: staff.id } },
        unassigned: { ...open, assignee: { id: { $null: true } } },
        overdue: { ...open, $or: [{ overdueAt: { $notNull: true } }, { replyDueAt: { $lt: now } }, { resolutionDueAt: { $lt: now } }] },
        escalated: { ...open, escalationLevel: { $gte: 1 } },
        closed: { ticketStatus: 'closed' },
      };
      const search = q
        ? {
            $or: [
              { number: { $containsi: q } },
              { title: { $containsi: q } },
              { subscriber: { fullName: { $containsi: q } } },
              { subscriber: { subscriberNumber: { $eq: q } } },
              { device: { serial: { $containsi: q } } },
            ],
          }
        : {};
      const where = { $and: [views[view], search] };
      const orderBy = view === 'closed' ? [{ resolvedAt: 'desc' }, { id: 'desc' }] : view === 'overdue' ? [{ replyDueAt: 'asc' }, { id: 'asc' }] : [{ lastActivityAt: 'desc' }, { id: 'desc' }];
      const [rows, total] = await Promise.all([
        strapi.db.query(UID).findMany({
          where,
          select: TICKET_FIELDS,
          populate: {
            subscriber: { select: ['id', 'documentId', 'label', 'fullName', 'subscriberNumber'] },
            device: DEVICE_POPULATE,
            assignee: { select: ['id', 'firstname', 'lastname', 'email'] },
          },
          orderBy,
          offset: (page - 1) * pageSize,
          limit: pageSize,
        }),
        strapi.db.query(UID).count({ where }),
      ]);
      return { results: rows.map(presentRow), pagination: { page, pageSize, total, pageCount: Math.ceil(total / pageSize) } };
    },

    /** Active staff who may answer tickets (hold tickets.answer, or are super admins). Two queries. */
    async assignable(): Promise<Staff[]> {
      const permissions = await strapi.db.query('admin::permission').findMany({ where: { action: ANSWER_ACTION }, select: ['id'], populate: { role: { select: ['id'] } } });
      const roleIds = new Set<number>(permissions.map((p: any) => p.role?.id).filter(Boolean));
      const superAdmin = await strapi.db.query('admin::role').findOne({ where: { code: 'strapi-super-admin' }, select: ['id'] });
      if (superAdmin) roleIds.add(superAdmin.id);
      if (!roleIds.size) return [];
      const users = await strapi.db.query('admin::user').findMany({
        where: { isActive: true, blocked: false, roles: { id: { $in: [...roleIds] } } },
        select: ['id', 'firstname', 'lastname', 'email'],
        orderBy: [{ firstname: 'asc' }, { id: 'asc' }],
      });
      return users.map((u: any) => staffMember(u)!);
    },

    /**
     * GET /back-office/tickets/:documentId — the desk's one screen: the ticket, every message,
     * escalations, the subscriber and their history (devices, tickets, invoices, payments,
     * repairs), who it may be assigned to and the rates. A fixed number of queries.
     */
    async findForStaff(documentId: string, can: { answer: boolean; create: boolean }, now = new Date()) {
      const t = await strapi.db.query(UID).findOne({
        where: { documentId },
        select: TICKET_FIELDS,
        populate: {
          subscriber: { select: ['id', 'documentId', 'label', 'fullName', 'subscriberNumber', 'mobile', 'preferredChannel'] },
          device: DEVICE_POPULATE,
          assignee: { select: ['id', 'firstname', 'lastname', 'email'] },
          repairOrder: { select: ['documentId', 'trackingCode'] },
        },
      });
      if (!t) return null;
      const subscriberId = t.subscriber?.id ?? 0;
      const today = tehranDate(now);
      const [messages, escalations, invoice, devices, tickets, invoices, payments, repairs, assignable, settings] = await Promise.all([
        messagesOf(t.id, { internal: true }),
        strapi.db.query('api::ticket.ticket-escalation').findMany({ where: { ticketId: t.id }, select: ['level', 'reason', 'dueAt', 'escalatedAt'], orderBy: [{ level: 'asc' }] }),
        invoiceOf(t.id),
        strapi.db.query(DEVICE).findMany({ where: { owner: { id: subscriberId } }, select: [...DEVICE_STATE_FIELDS, 'label'], orderBy: [{ id: 'asc' }] }),
        strapi.db.query(UID).findMany({ where: { subscriber: { id: subscriberId }, id: { $ne: t.id } }, select: ['documentId', 'number', 'title', 'ticketStatus', 'createdAt'], orderBy: [{ id: 'desc' }], limit: 20 }),
        strapi.db.query(INVOICE).findMany({ where: { subscriberId }, select: ['documentId', 'number', 'totalRials', 'invoiceStatus', 'issuedAt'], orderBy: [{ id: 'desc' }], limit: 20 }),
        strapi.db.query('api::payment.payment').findMany({ where: { subscriberId }, select: ['documentId', 'purpose', 'amountRials', 'paymentStatus', 'createdAt'], orderBy: [{ id: 'desc' }], limit: 20 }),
        strapi.db.query('api::repair-order.repair-order').findMany({ where: { subscriber: { id: subscriberId } }, select: ['documentId', 'trackingCode', 'repairStatus', 'receivedAt'], orderBy: [{ id: 'desc' }], limit: 20 }),
        service.assignable(),
        strapi.service('api::support-settings.support-settings').current(),
      ]);
      const iso = (v: unknown) => (v ? new Date(v as string).toISOString() : null);
      return {
        ticket: presentStaffTicket(t, invoice),
        messages: messages.map(presentStaffMessage),
        escalations: escalations.map((e: any) => ({ level: e.level, reason: e.reason, dueAt: iso(e.dueAt), escalatedAt: iso(e.escalatedAt) })),
        subscriber: t.subscriber
          ? { documentId: t.subscriber.documentId, label: t.subscriber.label ?? t.subscriber.fullName, fullName: t.subscriber.fullName, subscriberNumber: t.subscriber.subscriberNumber, mobile: t.subscriber.mobile ?? null, preferredChannel: t.subscriber.preferredChannel ?? null }
          : null,
        history: {
          devices: devices.map((d: any) => {
            const serviceStatus = computeServiceStatus(d, today);
            return { documentId: d.documentId, label: d.label ?? d.serial, serviceStatus, serviceStatusLabel: SERVICE_STATUS_LABELS[serviceStatus] };
          }),
          tickets: tickets.map((x: any) => ({ documentId: x.documentId, number: x.number, title: x.title, ticketStatus: x.ticketStatus, createdAt: iso(x.createdAt) })),
          invoices: invoices.map((x: any) => ({ documentId: x.documentId, number: x.number, totalRials: Number(x.totalRials), invoiceStatus: x.invoiceStatus, issuedAt: iso(x.issuedAt) })),
          payments: payments.map((x: any) => ({ documentId: x.documentId, purpose: x.purpose, amountRials: Number(x.amountRials), paymentStatus: x.paymentStatus, createdAt: iso(x.createdAt) })),
          repairs: repairs.map((x: any) => ({ documentId: x.documentId, trackingCode: x.trackingCode, repairStatus: x.repairStatus, receivedAt: iso(x.receivedAt) })),
        },
        assignable,
        rates: { hourlyRateRials: settings.hourlyRateRials, visitFeeRials: settings.visitFeeRials },
        can,
      };
    },

    /** POST /back-office/tickets — staff open a ticket for a subscriber (a call or a visit). */
    async openOnBehalf(staff: Staff, input: StaffOpenInput, now = new Date()) {
      const subscriber = await strapi.db.query(SUBSCRIBER).findOne({ where: { documentId: input.subscriber }, select: ['id'] });
      if (!subscriber) throw validationError([fieldError('subscriber', 'notFound')]);
      const device = await strapi.db.query(DEVICE).findOne({ where: { documentId: input.device, owner: { id: subscriber.id } }, select: DEVICE_STATE_FIELDS });
      if (!device) throw validationError([fieldError('device', 'deviceNotSubscribers')]);
      // staff are not held to the service gate: a visit whose fault is not the company's is billed whatever the service
      const status = deviceStatus(device, now);
      const created = await strapi.db.transaction(() =>
        createTicket({ ...input }, { subscriberId: subscriber.id, deviceId: device.id, billable: status === 'pay_per_case', author: { type: 'staff', staffId: staff.id, name: staff.name } }, [], now)
      );
      return service.rowFor(created.documentId);
    },

    async rowFor(documentId: string) {
      const t = await strapi.db.query(UID).findOne({
        where: { documentId },
        select: TICKET_FIELDS,
        populate: { subscriber: { select: ['documentId', 'label', 'fullName', 'subscriberNumber'] }, device: DEVICE_POPULATE, assignee: { select: ['id', 'firstname', 'lastname', 'email'] }, repairOrder: { select: ['documentId', 'trackingCode'] } },
      });
      return t ? presentStaffTicket(t, await invoiceOf(t.id)) : null;
    },

    /**
     * POST /back-office/tickets/:documentId/messages — a public reply (the ticket is answered,
     * the subscriber told by dashboard + SMS/WhatsApp, staff's next reply no longer due) or an
     * internal note (nothing changes for the subscriber). null when there is no such ticket.
     */
    async replyAsStaff(staff: Staff, documentId: string, { body, internal }: { body: string; internal: boolean }, files: AcceptedFile[], now = new Date()) {
      const t = await strapi.db.query(UID).findOne({ where: { documentId }, select: ['id', 'documentId', 'number', 'title', 'ticketStatus', 'firstRespondedAt'], populate: { subscriber: { select: ['id'] } } });
      if (!t) return null;
      const message = await withFiles(files, async (fileIds) => {
        const created = await addMessage({ ticketId: t.id, authorType: 'staff', authorStaffId: staff.id, authorName: staff.name, internal, body, fileIds });
        if (internal) return created;
        const status = statusAfterReply(t.ticketStatus as TicketStatus, 'staff');
        await touch(t.id, { ticketStatus: status, replyDueAt: null, lastActivityAt: now, ...(t.firstRespondedAt ? {} : { firstRespondedAt: now }) }, { countMessage: true });
        await notifySubscriber(t, `ticket:${t.documentId}:message:${created.id}`, { fa: 'پاسخ کارشناس پشتیبانی ثبت شد', en: 'support has replied' });
        await recordCrm(t.id, 'replied', `message:${created.id}`, 'پاسخ کارشناس');
        if (status !== t.ticketStatus) await recordCrm(t.id, 'status', `message:${created.id}:status`, `وضعیت: ${TICKET_STATUS_LABELS[status].fa}`);
        return created;
      });
      const [row] = await messagesOf(t.id, { internal: true }).then((all: any[]) => all.filter((m) => m.id === message.id));
      return presentStaffMessage(row);
    },

    /**
     * POST /back-office/tickets/:documentId/visit — staff agreed an on-site visit with the
     * subscriber: its time on the ticket, a message in the thread saying when (a staff reply: the
     * ticket is answered), the subscriber told on the dashboard and by SMS/WhatsApp, Didar told.
     * One transaction. A closed ticket is a 409; moving the visit later is another call.
     */
    async scheduleVisit(staff: Staff, documentId: string, { scheduledAt }: { scheduledAt: Date }, now = new Date()) {
      const t = await strapi.db.query(UID).findOne({ where: { documentId }, select: ['id', 'documentId', 'number', 'title', 'ticketStatus', 'firstRespondedAt'], populate: { subscriber: { select: ['id'] } } });
      if (!t) return null;
      if (t.ticketStatus === 'closed') throw new TicketConflict('ticketClosedAlready');
      const when = formatJalaliDateTime(scheduledAt);
      await strapi.db.transaction(async () => {
        const created = await addMessage({
          ticketId: t.id,
          authorType: 'staff',
          authorStaffId: staff.id,
          authorName: staff.name,
          internal: false,
          body: `بازدید حضوری برای ${when} هماهنگ شد. کارشناس ما در این زمان مراجعه می‌کند.`,
          fileIds: [],
        });
        await touch(
          t.id,
          { visitScheduledAt: scheduledAt, ticketStatus: 'answered', replyDueAt: null, lastActivityAt: now, ...(t.firstRespondedAt ? {} : { firstRespondedAt: now }) },
          { countMessage: true }
        );
        await notifySubscriber(t, `ticket:${t.documentId}:visit:${scheduledAt.getTime()}`, { fa: `بازدید حضوری برای ${when}`, en: `on-site visit on ${scheduledAt.toISOString().slice(0, 16).replace('T', ' ')} UTC` });
        await recordCrm(t.id, 'status', `visit:${created.id}`, `بازدید حضوری: ${when}`);
      });
      return service.rowFor(documentId);
    },

    /** PUT /back-office/tickets/:documentId — status (not closing: resolve does), priority, assignee. */
    async update(staff: Staff, documentId: string, input: UpdateInput, now = new Date()) {
      const t = await strapi.db.query(UID).findOne({ where: { documentId }, select: ['id', 'ticketStatus', 'priority', 'createdAt', 'firstRespondedAt'] });
      if (!t) return null;
      if (input.assignee != null && !(await service.assignable()).some((s) => s.id === input.assignee)) throw validationError([fieldError('assignee', 'assigneeNotAllowed')]);
      await strapi.db.transaction(async () => {
        const data: Record<string, unknown> = {};
        if (input.ticketStatus && input.ticketStatus !== t.ticketStatus) data.ticketStatus = input.ticketStatus;
        if (input.assignee !== undefined) data.assignee = input.assignee;
        if (input.priority && input.priority !== t.priority) {
          // the targets follow the new priority, counted from the opening
          const due = await sla().dueDates(input.priority, new Date(t.createdAt));
          Object.assign(data, { priority: input.priority, resolutionDueAt: due.resolutionDueAt, ...(t.firstRespondedAt ? {} : { firstResponseDueAt: due.firstResponseDueAt }) });
        }
        if (!Object.keys(data).length) return;
        await strapi.db.query(UID).update({ where: { id: t.id }, data });
        if (data.ticketStatus) await recordCrm(t.id, 'status', `status:${now.getTime()}:${data.ticketStatus}`, `وضعیت: ${TICKET_STATUS_LABELS[data.ticketStatus as TicketStatus].fa} (${staff.name})`);
      });
      return service.rowFor(documentId);
    },

    /**
     * POST /back-office/tickets/:documentId/resolve — closes the ticket with the work done; a
     * billable one (pay-per-case device, or a visit whose fault was not the company's) needs
     * difficulty and hours and gets its invoice (api::invoice.invoices issueForTicket) in the
     * same transaction. An optional reply goes out first. null when there is no such ticket.
     */
    async resolve(staff: Staff, documentId: string, input: ResolveInput, now = new Date()) {
      const t = await strapi.db.query(UID).findOne({
        where: { documentId },
        select: TICKET_FIELDS,
        populate: { subscriber: { select: ['id'] }, device: { select: DEVICE_STATE_FIELDS } },
      });
      if (!t) return null;
      if (t.ticketStatus === 'closed') throw new TicketConflict('ticketClosedAlready');
      const faultAttribution = input.faultAttribution ?? t.faultAttribution ?? 'undetermined';
      const serviceStatus = t.device ? deviceStatus(t.device, now) : 'expired';
      const billable = isBillable({ serviceStatus: serviceStatus as ServiceStatus, kind: t.kind, faultAttribution });
      if (billable) {
        const missing: ReturnType<typeof fieldError>[] = [];
        if (!input.difficulty) missing.push(fieldError('difficulty', 'required'));
        if (input.workHours === undefined) missing.push(fieldError('workHours', 'required'));
        if (missing.length) throw validationError(missing);
      }
      const invoice = await strapi.db.transaction(async () => {
        if (input.reply) {
          const created = await addMessage({ ticketId: t.id, authorType: 'staff', authorStaffId: staff.id, authorName: staff.name, internal: false, body: input.reply, fileIds: [] });
          await touch(t.id, t.firstRespondedAt ? {} : { firstRespondedAt: now }, { countMessage: true });
          await recordCrm(t.id, 'replied', `message:${created.id}`, 'پاسخ کارشناس');
        }
        const data = {
          ticketStatus: 'closed',
          resolvedAt: now,
          replyDueAt: null,
          lastActivityAt: now,
          billable,
          faultAttribution,
          ...(input.difficulty ? { difficulty: input.difficulty } : {}),
          ...(input.workHours !== undefined ? { workHours: input.workHours } : {}),
        };
        await strapi.db.query(UID).update({ where: { id: t.id }, data });
        let issued: any = null;
        if (billable && !(await invoiceOf(t.id))) {
          issued = await strapi
            .service('api::invoice.invoices')
            .issueForTicket({ ...t, ...data, subscriberId: t.subscriber?.id ?? null, deviceId: t.device?.id ?? null }, { difficulty: input.difficulty, workHours: input.workHours, faultAttribution });
        }
        await notifySubscriber(t, `ticket:${t.documentId}:resolved:${now.getTime()}`, { fa: 'تیکت بسته شد', en: 'the ticket is closed' });
        await recordCrm(t.id, 'resolved', `resolved:${now.getTime()}`, 'حل و بسته شد');
        return issued;
      });
      const ticket = await service.rowFor(documentId);
      const stored = invoice ?? (await invoiceOf(t.id));
      return { ticket, invoice: ticket?.invoice ?? (stored ? { documentId: stored.documentId, number: stored.number, totalRials: Number(stored.totalRials), invoiceStatus: stored.invoiceStatus } : null) };
    },

    /**
     * POST /back-office/tickets/:documentId/repair-order — turns the request into a repair order
     * through the repairs intake (the repair order's record rules: owner, tracking code, promised
     * date) and links it to the ticket. One transaction.
     */
    async toRepairOrder(staff: Staff, documentId: string, { reportedFault }: { reportedFault: string | null }) {
      const t = await strapi.db.query(UID).findOne({ where: { documentId }, select: ['id', 'number', 'title', 'description'], populate: { device: { select: ['documentId'] }, repairOrder: { select: ['id'] } } });
      if (!t) return null;
      if (t.repairOrder) throw new TicketConflict('ticketHasRepairOrder');
      if (!t.device) throw validationError([fieldError('device', 'required')]);
      const fault = reportedFault ?? `${t.title}\n${t.description}`.slice(0, 5000);
      return strapi.db.transaction(async () => {
        const repair = await strapi.documents('api::repair-order.repair-order').create({ data: { device: t.device.documentId, reportedFault: fault, repairStatus: 'received' } as any });
        await strapi.db.query(UID).update({ where: { id: t.id }, data: { repairOrder: repair.id } });
        await addMessage({ ticketId: t.id, authorType: 'system', authorName: null, internal: true, body: `پذیرش تعمیر ثبت شد (${staff.name}).`, fileIds: [] });
        const row = await strapi.db.query('api::repair-order.repair-order').findOne({ where: { id: repair.id }, select: ['documentId', 'trackingCode'] });
        return { repairOrder: { documentId: row.documentId, trackingCode: row.trackingCode } };
      });
    },

    /** Any attachment of a ticket, for staff (internal notes' too), or null. */
    async attachmentForStaff(documentId: string, fileDocumentId: string) {
      const t = await strapi.db.query(UID).findOne({ where: { documentId }, select: ['id'] });
      return t ? attachmentOfTicket(t.id, fileDocumentId, { internal: true }) : null;
    },

    /** Saved replies staff insert (GET /back-office/saved-replies). */
    async savedReplies() {
      const rows = await strapi.db.query('api::saved-reply.saved-reply').findMany({ select: ['id', 'title', 'body'], orderBy: [{ title: 'asc' }] });
      return rows.map((r: any) => ({ id: r.id, title: r.title, body: r.body }));
    },
  };

  /** A file that is an attachment of a message of the ticket (public messages only unless `internal`). */
  const attachmentOfTicket = async (ticketId: number, fileDocumentId: string, { internal }: { internal: boolean }) => {
    const messages = await messagesOf(ticketId, { internal });
    const found = messages.flatMap((m: any) => m.attachments ?? []).find((f: any) => f.documentId === fileDocumentId);
    return found ? strapi.db.query(FILE).findOne({ where: { id: found.id } }) : null;
  };

  return service;
};

