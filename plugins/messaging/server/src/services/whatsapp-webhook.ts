/**
 * WhatsApp status webhooks: Meta POSTs `sent` / `delivered` / `read` / `failed` for each message,
 * signed with X-Hub-Signature-256 (HMAC-SHA256 of the raw body with the app secret). Statuses are
 * applied idempotently by the message id (wamid), in any order; a `failed` status — a number that
 * has no WhatsApp (131026), one outside the 24-hour window (131047), anything else — falls back to
 * SMS.
 */
import { createHmac, timingSafeEqual } from 'crypto';
import type { Core } from '@strapi/strapi';
import { OUTBOX_UID } from './outbox';

const RANK: Record<string, number> = { accepted: 0, sent: 1, delivered: 2, read: 3, failed: 4 };

export const signatureMatches = (rawBody: string | Buffer, header: string | undefined, appSecret: string): boolean => {
  if (!header || !header.startsWith('sha256=') || !appSecret) return false;
  const expected = Buffer.from(createHmac('sha256', appSecret).update(rawBody).digest('hex'));
  const given = Buffer.from(header.slice('sha256='.length));
  return expected.length === given.length && timingSafeEqual(expected, given);
};

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async applyStatuses(payload: any) {
    const statuses = (payload?.entry ?? []).flatMap((e: any) => (e?.changes ?? []).flatMap((c: any) => c?.value?.statuses ?? []));
    let applied = 0;
    for (const status of statuses) {
      const wamid = String(status?.id ?? '');
      if (!wamid) continue;
      const message = await strapi.db.query(OUTBOX_UID).findOne({ where: { providerMessageId: wamid, channel: 'whatsapp' } });
      if (!message) continue;
      const incoming = String(status.status);
      if ((RANK[incoming] ?? -1) <= (RANK[message.providerStatus] ?? -1)) continue; // stale or repeated
      const data: Record<string, unknown> = { providerStatus: incoming };
      if (incoming === 'delivered' || incoming === 'read') data.deliveredAt = message.deliveredAt ?? new Date(Number(status.timestamp) * 1000 || Date.now());
      if (incoming === 'failed') {
        const error = status.errors?.[0] ?? {};
        data.status = 'dead';
        data.lastError = `${error.code ?? 'failed'}: ${error.title ?? error.message ?? 'WhatsApp could not deliver the message'}`;
        await strapi.db.transaction(async () => {
          await strapi.db.query(OUTBOX_UID).update({ where: { id: message.id }, data });
          // sent by SMS instead (once: the SMS has its own dedupe key)
          await strapi.plugin('messaging').service('delivery').fallBackToSms(message);
        });
      } else {
        await strapi.db.query(OUTBOX_UID).update({ where: { id: message.id }, data });
      }
      applied += 1;
    }
    return applied;
  },
});
