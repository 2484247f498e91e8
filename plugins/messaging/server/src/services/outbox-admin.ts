/**
 * What staff see of the outbox: a filtered, paged list with each message's state and error,
 * counts by status, resending a dead message, and one subscriber's message history. Secrets are
 * never returned (sealedParams is private; parameters marked secret are masked).
 */
import type { Core } from '@strapi/strapi';
import { FieldErrors } from 'poshtiban/validation/errors';
import { isIsoDate, presentDateTime } from 'poshtiban/domain/jalali';
import { OUTBOX_UID } from './outbox';
import { SECRET_PARAMS } from './templates';

const STATUSES = ['queued', 'sending', 'sent', 'failed', 'dead'];
const CHANNELS = ['sms', 'whatsapp'];
const FIELDS = [
  'id', 'channel', 'kind', 'recipient', 'subscriberId', 'templateCode', 'params', 'status', 'attempts', 'maxAttempts',
  'nextAttemptAt', 'lastError', 'provider', 'providerMessageId', 'providerStatus', 'sentAt', 'deliveredAt', 'createdAt', 'dedupeKey', 'fallbackFor',
];

const present = (row: any) => {
  const secret = new Set(SECRET_PARAMS[row.templateCode] ?? []);
  return {
    ...row,
    params: Object.fromEntries(Object.entries(row.params ?? {}).map(([k, v]) => [k, secret.has(k) ? '••••' : v])),
    createdAt: presentDateTime(row.createdAt),
    sentAt: presentDateTime(row.sentAt),
    deliveredAt: presentDateTime(row.deliveredAt),
    nextAttemptAt: presentDateTime(row.nextAttemptAt),
  };
};

/** A calendar day of the filter, as the instant it starts in Tehran (Iran keeps UTC+03:30). */
const tehranDayStart = (value: unknown, field: string, errors: FieldErrors) => {
  if (value === undefined || value === '') return undefined;
  if (!isIsoDate(value)) {
    errors.add(['query', field], 'invalidDate');
    return undefined;
  }
  return new Date(`${value}T00:00:00+03:30`);
};

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async list(query: Record<string, unknown>) {
    const errors = new FieldErrors();
    const where: Record<string, unknown>[] = [];
    if (query.status !== undefined && query.status !== '') {
      if (!STATUSES.includes(String(query.status))) errors.add(['query', 'status'], 'invalidChoice');
      else where.push({ status: query.status });
    }
    if (query.channel !== undefined && query.channel !== '') {
      if (!CHANNELS.includes(String(query.channel))) errors.add(['query', 'channel'], 'invalidChoice');
      else where.push({ channel: query.channel });
    }
    const from = tehranDayStart(query.from, 'from', errors);
    const to = tehranDayStart(query.to, 'to', errors);
    if (query.subscriber !== undefined && query.subscriber !== '') {
      const subscriber = typeof query.subscriber === 'string' ? await strapi.db.query('api::subscriber.subscriber').findOne({ where: { documentId: query.subscriber }, select: ['id'] }) : null;
      if (!subscriber) errors.add(['query', 'subscriber'], 'notFound');
      else where.push({ subscriberId: subscriber.id });
    }
    if (from) where.push({ createdAt: { $gte: from } });
    if (to) where.push({ createdAt: { $lt: new Date(to.getTime() + 86_400_000) } });
    if (typeof query.q === 'string' && query.q.trim()) {
      const q = query.q.trim();
      where.push({ $or: [{ recipient: { $contains: q } }, { templateCode: { $contains: q } }, { providerMessageId: { $contains: q } }, { lastError: { $contains: q } }] });
    }
    const page = Math.max(1, Number.parseInt(String(query.page ?? '1'), 10) || 1);
    const pageSize = Math.min(100, Math.max(1, Number.parseInt(String(query.pageSize ?? '25'), 10) || 25));
    errors.throwIfAny();

    const filter = where.length ? { $and: where } : {};
    const [rows, total] = await Promise.all([
      strapi.db.query(OUTBOX_UID).findMany({ where: filter, select: FIELDS, orderBy: [{ id: 'desc' }], offset: (page - 1) * pageSize, limit: pageSize }),
      strapi.db.query(OUTBOX_UID).count({ where: filter }),
    ]);
    return { data: rows.map(present), meta: { pagination: { page, pageSize, total, pageCount: Math.ceil(total / pageSize) } } };
  },

  async summary() {
    const counts = Object.fromEntries(STATUSES.map((s) => [s, 0]));
    const rows = await strapi.db.connection('messaging_outbox').select('status').count({ n: '*' }).groupBy('status');
    for (const row of rows as Array<{ status: string; n: number | string }>) counts[row.status] = Number(row.n);
    return counts;
  },

  /** How many messages are in these states (one COUNT on the status index): the work queue's counts. */
  async countWithStatus(statuses: string[]) {
    const wanted = statuses.filter((s) => STATUSES.includes(s));
    if (!wanted.length) return 0;
    return strapi.db.query(OUTBOX_UID).count({ where: { status: { $in: wanted } } });
  },

  async resend(id: number) {
    return strapi.plugin('messaging').service('outbox').resend(id);
  },

  async subscriberHistory(documentId: string) {
    const subscriber = await strapi.db.query('api::subscriber.subscriber').findOne({ where: { documentId }, select: ['id'] });
    if (!subscriber) return null;
    const rows = await strapi.db.query(OUTBOX_UID).findMany({
      where: { subscriberId: subscriber.id },
      select: FIELDS,
      orderBy: [{ id: 'desc' }],
      limit: 50,
    });
    return rows.map(present);
  },
});
