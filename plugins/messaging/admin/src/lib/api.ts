/** Calls to the messaging admin API and the error text of its envelope. */
import { bi, fa } from './labels';
import type { OutboxFilters } from './types';

export const PERMISSIONS = {
  read: [{ action: 'plugin::messaging.outbox.read', subject: null }],
  resend: [{ action: 'plugin::messaging.outbox.resend', subject: null }],
};

/** For useRBAC: gives allowedActions.canRead and allowedActions.canResend (one stable array). */
export const RBAC_PERMISSIONS = [...PERMISSIONS.read, ...PERMISSIONS.resend];

export const OUTBOX_PATH = '/plugins/messaging';

/** Query parameters for GET /messaging/outbox: empty filters are left out. */
export const outboxParams = (filters: OutboxFilters) => {
  const params: Record<string, string> = { page: String(filters.page), pageSize: String(filters.pageSize) };
  for (const key of ['status', 'channel', 'from', 'to', 'q', 'subscriber'] as const) {
    const value = filters[key].trim();
    if (value) params[key] = value;
  }
  return params;
};

/** Reads the error envelope of our API: Persian message and English beside it. */
export const errorText = (error: any): string => {
  const body = error?.response?.data?.error;
  if (!body) return bi('خطا در ارتباط با سرور', error?.message ?? 'Network error');
  const fields: any[] = body.details?.errors ?? [];
  if (fields.length) {
    return fields
      .map((f) => {
        const where = Array.isArray(f.path) ? f.path[f.path.length - 1] : f.path;
        const text = f.messageEn ? bi(f.message, f.messageEn) : fa(f.message);
        return where ? `${where}: ${text}` : text;
      })
      .join(' — ');
  }
  const en = body.details?.messageEn;
  return en && en !== body.message ? bi(body.message, en) : fa(body.message);
};
