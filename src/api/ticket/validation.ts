/**
 * What the ticket routes read from a request, customer's and staff's alike: every field through
 * the text rule (src/domain/text-input.ts), choices from src/domain/tickets.ts, the visit day
 * from src/domain/visit-day.ts. A bad field is a 400 naming it; nothing is written before.
 */
import { FieldErrors, onlyFields } from '../../validation/errors';
import { hoursFromHundredths, parseWorkHours } from '../../domain/invoices';
import { isDocumentId } from '../../utils/document-id';
import { parseWholeNumber, toEnglishDigits } from '../../domain/digits';
import { readVisitDay } from '../../domain/visit-day';
import {
  FAULT_ATTRIBUTIONS,
  TICKET_DIFFICULTIES,
  TICKET_KINDS,
  TICKET_PRIORITIES,
  TICKET_STATUSES,
  type FaultAttribution,
  type TicketDifficulty,
  type TicketKind,
  type TicketPriority,
  type TicketStatus,
} from '../../domain/tickets';
import type { IsoDate } from '../../domain/jalali';

type Body = Record<string, unknown>;
const bodyOf = (body: unknown): Body => (body && typeof body === 'object' && !Array.isArray(body) ? (body as Body) : {});

/** A choice from a fixed list: read as text first (its own errors), then checked against the list. */
const choice = <T extends string>(errs: FieldErrors, field: string, value: unknown, list: readonly T[], { required = false } = {}): T | null | undefined => {
  const text = errs.text(field, value, 'choice', { required });
  if (typeof text !== 'string') return text;
  if (!list.includes(text as T)) {
    errs.add(field, 'invalidChoice');
    return undefined;
  }
  return text as T;
};

const documentId = (errs: FieldErrors, field: string, value: unknown): string | undefined => {
  const text = errs.text(field, value, 'documentId');
  if (typeof text !== 'string') return undefined;
  if (!isDocumentId(text)) {
    errs.add(field, 'notFound');
    return undefined;
  }
  return text;
};

export type OpenInput = {
  device: string;
  kind: TicketKind;
  priority: TicketPriority;
  title: string;
  description: string;
  preferredVisitDay: IsoDate | null;
};
export type StaffOpenInput = OpenInput & { subscriber: string; channel: 'phone' | 'visit' };

const CUSTOMER_OPEN_FIELDS = ['device', 'kind', 'priority', 'title', 'description', 'preferredVisitDay'];

const readOpen = (raw: unknown, errs: FieldErrors): OpenInput => {
  const body = bodyOf(raw);
  const device = documentId(errs, 'device', body.device);
  const kindRead = choice(errs, 'kind', body.kind, TICKET_KINDS);
  const kind = kindRead ?? 'question';
  const priority = choice(errs, 'priority', body.priority, TICKET_PRIORITIES) ?? 'medium';
  const title = errs.text('title', body.title, 'ticketTitle');
  const description = errs.text('description', body.description, 'ticketBody');
  let preferredVisitDay: IsoDate | null = null;
  const typedDay = errs.text('preferredVisitDay', body.preferredVisitDay, 'typedDate', { required: false });
  if (typeof typedDay === 'string') {
    // (a kind that could not be read has its own error: the day is not judged against it)
    if (kind !== 'visit') {
      if (kindRead !== undefined) errs.add('preferredVisitDay', 'visitDayOnlyForVisits');
    }
    else {
      const day = readVisitDay(typedDay);
      if (day.ok) preferredVisitDay = day.value;
      else errs.add('preferredVisitDay', day.problem);
    }
  }
  return { device: device!, kind, priority, title: title!, description: description!, preferredVisitDay };
};

/** POST /api/me/tickets (JSON or multipart fields). */
export const readCustomerOpen = (raw: unknown, errs = new FieldErrors()): OpenInput => {
  onlyFields(bodyOf(raw), CUSTOMER_OPEN_FIELDS, errs);
  return readOpen(raw, errs);
};

/** POST /back-office/tickets: a ticket staff open for a subscriber after a call or a visit. */
export const readStaffOpen = (raw: unknown, errs = new FieldErrors()): StaffOpenInput => {
  const body = bodyOf(raw);
  onlyFields(body, [...CUSTOMER_OPEN_FIELDS, 'subscriber', 'channel'], errs);
  const subscriber = documentId(errs, 'subscriber', body.subscriber);
  const channel = choice(errs, 'channel', body.channel, ['phone', 'visit'] as const, { required: true });
  return { ...readOpen(body, errs), subscriber: subscriber!, channel: channel! };
};

/** POST /api/me/tickets/:id/messages — { body } (+ files). */
export const readCustomerReply = (raw: unknown, errs = new FieldErrors()): { body: string } => {
  onlyFields(bodyOf(raw), ['body'], errs);
  return { body: errs.text('body', bodyOf(raw).body, 'ticketBody')! };
};

const readBoolean = (errs: FieldErrors, field: string, value: unknown): boolean => {
  if (value === undefined || value === null || value === '') return false;
  if (value === true || value === 'true') return true;
  if (value === false || value === 'false') return false;
  errs.add(field, 'invalidChoice');
  return false;
};

/** POST /back-office/tickets/:documentId/messages — { body, internal } (+ files). */
export const readStaffReply = (raw: unknown, errs = new FieldErrors()): { body: string; internal: boolean } => {
  const body = bodyOf(raw);
  onlyFields(body, ['body', 'internal'], errs);
  return { body: errs.text('body', body.body, 'ticketBody')!, internal: readBoolean(errs, 'internal', body.internal) };
};

export type UpdateInput = { ticketStatus?: Exclude<TicketStatus, 'closed'>; priority?: TicketPriority; assignee?: number | null };

/** PUT /back-office/tickets/:documentId — { ticketStatus?, priority?, assignee? }. */
export const readUpdate = (raw: unknown, errs = new FieldErrors()): UpdateInput => {
  const body = bodyOf(raw);
  onlyFields(body, ['ticketStatus', 'priority', 'assignee'], errs);
  const out: UpdateInput = {};
  if (body.ticketStatus !== undefined) {
    const status = choice(errs, 'ticketStatus', body.ticketStatus, TICKET_STATUSES, { required: true });
    if (status === 'closed') errs.add('ticketStatus', 'ticketCloseByResolve');
    else if (status) out.ticketStatus = status;
  }
  if (body.priority !== undefined) {
    const priority = choice(errs, 'priority', body.priority, TICKET_PRIORITIES, { required: true });
    if (priority) out.priority = priority;
  }
  if (body.assignee !== undefined) {
    if (body.assignee === null || body.assignee === '') out.assignee = null;
    else {
      const id = parseWholeNumber(body.assignee);
      if (id === null || id < 1) errs.add('assignee', 'assigneeNotAllowed');
      else out.assignee = id;
    }
  }
  return out;
};

export type ResolveInput = { difficulty?: TicketDifficulty; workHours?: number; faultAttribution?: FaultAttribution; reply?: string };

/** POST /back-office/tickets/:documentId/resolve — { difficulty?, workHours?, faultAttribution?, reply? }. */
export const readResolve = (raw: unknown, errs = new FieldErrors()): ResolveInput => {
  const body = bodyOf(raw);
  onlyFields(body, ['difficulty', 'workHours', 'faultAttribution', 'reply'], errs);
  const out: ResolveInput = {};
  if (body.difficulty !== undefined && body.difficulty !== null && body.difficulty !== '') {
    const d = choice(errs, 'difficulty', body.difficulty, TICKET_DIFFICULTIES, { required: true });
    if (d) out.difficulty = d;
  }
  if (body.workHours !== undefined && body.workHours !== null && body.workHours !== '') {
    // THE work-hours rule is the invoices' (src/domain/invoices.ts): in hundredths there, hours here
    const hundredths = parseWorkHours(body.workHours);
    if (hundredths === null) errs.add('workHours', 'workHoursInvalid');
    else out.workHours = hoursFromHundredths(hundredths);
  }
  if (body.faultAttribution !== undefined && body.faultAttribution !== null && body.faultAttribution !== '') {
    const f = choice(errs, 'faultAttribution', body.faultAttribution, FAULT_ATTRIBUTIONS, { required: true });
    if (f) out.faultAttribution = f;
  }
  const reply = errs.text('reply', body.reply, 'ticketBody', { required: false });
  if (typeof reply === 'string') out.reply = reply;
  return out;
};

/** POST /back-office/tickets/:documentId/repair-order — { reportedFault? }. */
export const readRepairOrder = (raw: unknown, errs = new FieldErrors()): { reportedFault: string | null } => {
  const body = bodyOf(raw);
  onlyFields(body, ['reportedFault'], errs);
  return { reportedFault: errs.text('reportedFault', body.reportedFault, 'ticketBody', { required: false }) ?? null };
};

/** How far ahead staff may book an on-site visit. */
export const MAX_VISIT_DAYS_AHEAD = 90;

/**
 * POST /back-office/tickets/:documentId/visit — { scheduledAt }: the agreed time of the on-site
 * visit, an ISO instant (the admin's Jalali date-time field sends one), from now to 90 days ahead.
 */
export const readScheduleVisit = (raw: unknown, errs = new FieldErrors(), now = new Date()): { scheduledAt: Date | null } => {
  const body = bodyOf(raw);
  onlyFields(body, ['scheduledAt'], errs);
  const text = typeof body.scheduledAt === 'string' ? toEnglishDigits(body.scheduledAt.trim()) : '';
  if (!text) {
    errs.add('scheduledAt', 'required');
    return { scheduledAt: null };
  }
  const at = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/.test(text) ? new Date(text) : null;
  if (!at || Number.isNaN(at.getTime())) {
    errs.add('scheduledAt', 'visitTimeInvalid');
    return { scheduledAt: null };
  }
  if (at.getTime() < now.getTime() - 60_000 || at.getTime() > now.getTime() + MAX_VISIT_DAYS_AHEAD * 86_400_000) {
    errs.add('scheduledAt', 'visitTimeOutOfRange', { days: MAX_VISIT_DAYS_AHEAD });
    return { scheduledAt: null };
  }
  return { scheduledAt: at };
};

export const TICKET_VIEWS = ['open', 'mine', 'unassigned', 'overdue', 'escalated', 'closed'] as const;
export type TicketView = (typeof TICKET_VIEWS)[number];
