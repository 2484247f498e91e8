/** Shapes of the messaging admin API (server/src/routes/index.ts, services/outbox-admin.ts). */
export type OutboxStatus = 'queued' | 'sending' | 'sent' | 'failed' | 'dead';
export type Channel = 'sms' | 'whatsapp';
export type MessageKind = 'transactional' | 'otp' | 'broadcast';

export type PresentedDateTime = { iso: string; jalali: string } | null;

export type OutboxMessage = {
  id: number;
  channel: Channel;
  kind: MessageKind;
  recipient: string;
  subscriberId: number | null;
  templateCode: string;
  /** secrets come masked as •••• */
  params: Record<string, string> | null;
  status: OutboxStatus;
  attempts: number;
  maxAttempts: number;
  nextAttemptAt: PresentedDateTime;
  createdAt: PresentedDateTime;
  sentAt: PresentedDateTime;
  deliveredAt: PresentedDateTime;
  lastError: string | null;
  provider: string | null;
  providerMessageId: string | null;
  providerStatus: string | null;
  dedupeKey: string;
  fallbackFor: number | null;
};

export type Pagination = { page: number; pageSize: number; total: number; pageCount: number };
export type OutboxList = { data: OutboxMessage[]; meta: { pagination: Pagination } };
export type OutboxSummary = Record<OutboxStatus, number>;
export type ResendResult = { id: number; status: OutboxStatus; resent: boolean; reason?: 'notFailed' | 'secretWiped' };

export type OutboxFilters = {
  status: OutboxStatus | '';
  channel: Channel | '';
  /** YYYY-MM-DD */
  from: string;
  /** YYYY-MM-DD */
  to: string;
  q: string;
  /** a subscriber's documentId: only their messages */
  subscriber: string;
  page: number;
  pageSize: number;
};
