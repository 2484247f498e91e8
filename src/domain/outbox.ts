/**
 * The messaging outbox (plugin::messaging.outbound-message): every SMS and WhatsApp message, what
 * kind of message it is and where its delivery stands (plugins/messaging/server/src/services/
 * outbox.ts and delivery.ts are the rules). Worded as the Outbox page words them.
 */
import type { Label } from './service-status';

export const OUTBOX_CHANNELS = ['sms', 'whatsapp'] as const;
export type OutboxChannel = (typeof OUTBOX_CHANNELS)[number];
export const OUTBOX_KINDS = ['transactional', 'otp', 'broadcast'] as const;
export type OutboxKind = (typeof OUTBOX_KINDS)[number];
export const OUTBOX_STATUSES = ['queued', 'sending', 'sent', 'failed', 'dead'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

export const OUTBOX_CHANNEL_LABELS: Record<OutboxChannel, Label> = {
  sms: { fa: 'پیامک', en: 'SMS' },
  whatsapp: { fa: 'واتساپ', en: 'WhatsApp' },
};

export const OUTBOX_KIND_LABELS: Record<OutboxKind, Label> = {
  transactional: { fa: 'تراکنشی', en: 'Transactional' },
  otp: { fa: 'کد یک‌بارمصرف', en: 'One-time code' },
  broadcast: { fa: 'همگانی', en: 'Broadcast' },
};

export const OUTBOX_STATUS_LABELS: Record<OutboxStatus, Label> = {
  queued: { fa: 'در صف', en: 'Queued' },
  sending: { fa: 'در حال ارسال', en: 'Sending' },
  sent: { fa: 'ارسال‌شده', en: 'Sent' },
  failed: { fa: 'ناموفق (دوباره تلاش می‌شود)', en: 'Failed (will be retried)' },
  dead: { fa: 'کنار گذاشته‌شده', en: 'Dead (no more attempts)' },
};

/**
 * THE order in which queued messages go out: a lower number first, then the oldest. Login codes
 * expire in minutes, so they go first; every other message a subscriber's own action or case
 * caused (password, payment, repair, transfer, reminders) next; announcements' broadcasts last —
 * whatever their backlog. Stored on each outbox row (`priority`) when it is written, so the
 * claim query orders by it with an index (plugins/messaging: services/outbox.ts, claim-index.ts).
 */
export const OUTBOX_PRIORITY: Record<OutboxKind, number> = {
  otp: 0,
  transactional: 10,
  broadcast: 50,
};

export const outboxPriority = (kind: OutboxKind): number => OUTBOX_PRIORITY[kind] ?? OUTBOX_PRIORITY.transactional;
