/**
 * The labels of enumeration values the desk shows, from the domain's label maps (the same maps
 * the vocabulary hands to the Content Manager), and the badge colour of each status.
 */
import {
  ESCALATION_REASON_LABELS,
  FAULT_ATTRIBUTION_LABELS,
  TICKET_CHANNEL_LABELS,
  TICKET_DIFFICULTY_LABELS,
  TICKET_KIND_LABELS,
  TICKET_MESSAGE_AUTHOR_LABELS,
  TICKET_PRIORITY_LABELS,
  TICKET_STATUS_LABELS,
  type TicketPriority,
  type TicketStatus,
} from 'poshtiban/domain/tickets';
import { INVOICE_STATUS_LABELS } from 'poshtiban/domain/invoices';
import { SERVICE_STATUS_LABELS } from 'poshtiban/domain/service-status';
import { PAYMENT_STATUS_LABELS } from 'poshtiban/domain/payments';
import { REPAIR_STATUS_LABELS } from 'poshtiban/domain/repairs';
import { PREFERRED_CHANNEL_LABELS } from 'poshtiban/domain/announcements';
import type { DisplayLanguage } from '../readable/money';

type Label = { fa: string; en: string };
const MAPS = {
  kind: TICKET_KIND_LABELS,
  priority: TICKET_PRIORITY_LABELS,
  ticketStatus: TICKET_STATUS_LABELS,
  channel: TICKET_CHANNEL_LABELS,
  difficulty: TICKET_DIFFICULTY_LABELS,
  faultAttribution: FAULT_ATTRIBUTION_LABELS,
  authorType: TICKET_MESSAGE_AUTHOR_LABELS,
  escalationReason: ESCALATION_REASON_LABELS,
  invoiceStatus: INVOICE_STATUS_LABELS,
  serviceStatus: SERVICE_STATUS_LABELS,
  paymentStatus: PAYMENT_STATUS_LABELS,
  repairStatus: REPAIR_STATUS_LABELS,
  preferredChannel: PREFERRED_CHANNEL_LABELS,
} satisfies Record<string, Record<string, Label>>;

export type LabelSet = keyof typeof MAPS;

/** A value's label in `language`; the value itself when the map has none. */
export const labelOf = (set: LabelSet, value: string | null | undefined, language: DisplayLanguage): string => {
  if (!value) return '—';
  return (MAPS[set] as Record<string, Label>)[value]?.[language] ?? value;
};

/** The values of a set, in the map's order. */
export const valuesOf = (set: LabelSet): string[] => Object.keys(MAPS[set]);

export type Tone = 'neutral' | 'primary' | 'secondary' | 'success' | 'warning' | 'danger' | 'alternative';

export const STATUS_TONE: Record<TicketStatus, Tone> = { open: 'primary', in_review: 'secondary', answered: 'success', closed: 'neutral' };
export const PRIORITY_TONE: Record<TicketPriority, Tone> = { low: 'neutral', medium: 'secondary', high: 'warning', urgent: 'danger' };

export const SERVICE_TONE: Record<string, Tone> = {
  active: 'success',
  renewed: 'success',
  pay_per_case: 'secondary',
  awaiting_installation: 'warning',
  expired: 'danger',
  cancelled: 'neutral',
};
export const INVOICE_TONE: Record<string, Tone> = { unpaid: 'warning', paid: 'success', void: 'neutral' };
