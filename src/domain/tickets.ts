/**
 * Support tickets (seed 001 §4, seed 004): kinds, priorities, statuses and their labels, who may
 * open one (the service-status gate), the readable number, and how a reply moves the status.
 * Browser-safe (the admin's vocabulary imports the label maps).
 */
import type { Label, ServiceStatus } from './service-status';

export const TICKET_KINDS = ['question', 'fault', 'visit'] as const;
export type TicketKind = (typeof TICKET_KINDS)[number];

export const TICKET_PRIORITIES = ['low', 'medium', 'high', 'urgent'] as const;
export type TicketPriority = (typeof TICKET_PRIORITIES)[number];

export const TICKET_STATUSES = ['open', 'in_review', 'answered', 'closed'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

export const TICKET_CHANNELS = ['site', 'phone', 'visit'] as const;
export type TicketChannel = (typeof TICKET_CHANNELS)[number];

export const TICKET_DIFFICULTIES = ['simple', 'standard', 'complex', 'expert'] as const;
export type TicketDifficulty = (typeof TICKET_DIFFICULTIES)[number];

export const FAULT_ATTRIBUTIONS = ['undetermined', 'company', 'customer'] as const;
export type FaultAttribution = (typeof FAULT_ATTRIBUTIONS)[number];

export const TICKET_MESSAGE_AUTHORS = ['subscriber', 'staff', 'system'] as const;
export type TicketMessageAuthor = (typeof TICKET_MESSAGE_AUTHORS)[number];

export const ESCALATION_REASONS = ['first_response', 'resolution'] as const;
export type EscalationReason = (typeof ESCALATION_REASONS)[number];

export const TICKET_KIND_LABELS: Record<TicketKind, Label> = {
  question: { fa: 'پرسش', en: 'Question' },
  fault: { fa: 'گزارش خرابی', en: 'Fault report' },
  visit: { fa: 'درخواست بازدید حضوری', en: 'On-site visit request' },
};

export const TICKET_PRIORITY_LABELS: Record<TicketPriority, Label> = {
  low: { fa: 'کم', en: 'Low' },
  medium: { fa: 'متوسط', en: 'Medium' },
  high: { fa: 'زیاد', en: 'High' },
  urgent: { fa: 'فوری', en: 'Urgent' },
};

export const TICKET_STATUS_LABELS: Record<TicketStatus, Label> = {
  open: { fa: 'باز', en: 'Open' },
  in_review: { fa: 'در حال بررسی', en: 'In review' },
  answered: { fa: 'پاسخ داده شده', en: 'Answered' },
  closed: { fa: 'بسته‌شده', en: 'Closed' },
};

export const TICKET_CHANNEL_LABELS: Record<TicketChannel, Label> = {
  site: { fa: 'پورتال مشتریان', en: 'Customer portal' },
  phone: { fa: 'تماس تلفنی', en: 'Phone call' },
  visit: { fa: 'مراجعه یا بازدید حضوری', en: 'Visit' },
};

export const TICKET_DIFFICULTY_LABELS: Record<TicketDifficulty, Label> = {
  simple: { fa: 'ساده', en: 'Simple' },
  standard: { fa: 'معمولی', en: 'Standard' },
  complex: { fa: 'پیچیده', en: 'Complex' },
  expert: { fa: 'تخصصی', en: 'Expert' },
};

export const FAULT_ATTRIBUTION_LABELS: Record<FaultAttribution, Label> = {
  undetermined: { fa: 'مشخص نشده', en: 'Not determined' },
  company: { fa: 'از سوی شرکت', en: 'The company’s' },
  customer: { fa: 'از سوی خریدار', en: 'Not the company’s' },
};

export const TICKET_MESSAGE_AUTHOR_LABELS: Record<TicketMessageAuthor, Label> = {
  subscriber: { fa: 'مشترک', en: 'Subscriber' },
  staff: { fa: 'کارشناس پشتیبانی', en: 'Support staff' },
  system: { fa: 'سامانه', en: 'System' },
};

export const ESCALATION_REASON_LABELS: Record<EscalationReason, Label> = {
  // a reply staff owed: the first one, or the next after the subscriber wrote again (replyDueAt)
  first_response: { fa: 'دیرکرد پاسخ', en: 'Reply overdue' },
  resolution: { fa: 'دیرکرد حل تیکت', en: 'Resolution overdue' },
};

/** The statuses a device's service must have for its buyer to open a ticket (seed 001 §4). */
export const TICKET_SERVICE_STATUSES: readonly ServiceStatus[] = ['active', 'renewed', 'pay_per_case'];
export const ticketsAllowedFor = (status: ServiceStatus): boolean => TICKET_SERVICE_STATUSES.includes(status);

/** A ticket still in the support team's hands (not closed). */
export const isTicketOpen = (status: TicketStatus): boolean => status !== 'closed';

/** The readable number: the Jalali year of opening and the row's id, e.g. 1405-000123. */
export const ticketNumber = (jalaliYear: number, id: number): string => `${jalaliYear}-${String(id).padStart(6, '0')}`;

/** A reply's effect on the status: the buyer's reply reopens an answered (or closed) ticket; staff's public reply answers it. */
export const statusAfterReply = (current: TicketStatus, author: 'subscriber' | 'staff'): TicketStatus =>
  author === 'staff' ? 'answered' : current === 'answered' || current === 'closed' ? 'open' : current;

/** How the SLA's hours are counted: on the business calendar (Saturday–Thursday hours, Friday and holidays off) or around the clock. */
export const SLA_CALENDARS = ['business', 'always'] as const;
export type SlaCalendar = (typeof SLA_CALENDARS)[number];
export const SLA_CALENDAR_LABELS: Record<SlaCalendar, Label> = {
  business: { fa: 'ساعات کاری (شنبه تا پنج‌شنبه، جمعه و تعطیلات رسمی نه)', en: 'Business hours (Saturday–Thursday; not Fridays or holidays)' },
  always: { fa: 'شبانه‌روزی (۲۴ ساعت، ۷ روز هفته)', en: 'Around the clock (24/7)' },
};
