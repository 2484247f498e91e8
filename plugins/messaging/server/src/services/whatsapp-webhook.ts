/**
 * WhatsApp status webhooks: Meta POSTs `sent` / `delivered` / `read` / `failed` for each message,
 * signed with X-Hub-Signature-256 (HMAC-SHA256 of the raw body with the app secret). Statuses are
 * applied idempotently by the message id (wamid), in any order; a `failed` status — a number that
 * has no WhatsApp (131026), one outside the 24-hour window (131047), anything else — falls back to
 * SMS.
 *
 * The Cloud API has no idempotency key: a send repeated after a lost answer is a second message.
 * What it has is `biz_opaque_callback_data` (our outbox id), echoed in the status webhooks. A
 * status for a wamid we never stored — the worker died after Meta accepted the message and before
 * it recorded the answer — marks that outbox message sent with this wamid, if it is still waiting
 * (`sending` or `failed`), so the retry after the lease does not send it again.
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

export default ({ strapi }: { strapi: Core.Strapi }) => {
  /** Meta accepted a message whose answer we never recorded: it is sent, with this wamid. */
  const adoptUnrecorded = async (wamid: string, callbackData: unknown) => {
    const id = Number(callbackData);
    if (!Number.isSafeInteger(id) || id <= 0) return null;
    const { count } = await strapi.db.query(OUTBOX_UID).updateMany({
      where: { id, channel: 'whatsapp', status: { $in: ['sending', 'failed'] }, providerMessageId: null },
      data: { status: 'sent', sentAt: new Date(), provider: 'whatsapp-cloud', providerMessageId: wamid, providerStatus: 'accepted', claimedBy: null, lastError: null, sealedParams: null },
    });
    if (!count) return null;
    strapi.log.warn(`[messaging] WhatsApp message ${id} was accepted (${wamid}) by a send whose answer was lost: marked sent, not sent again`);
    return strapi.db.query(OUTBOX_UID).findOne({ where: { id } });
  };

  return {
    async applyStatuses(payload: any) {
      const statuses = (payload?.entry ?? []).flatMap((e: any) => (e?.changes ?? []).flatMap((c: any) => c?.value?.statuses ?? []));
      let applied = 0;
      for (const status of statuses) {
        const wamid = String(status?.id ?? '');
        if (!wamid) continue;
        let message = await strapi.db.query(OUTBOX_UID).findOne({ where: { providerMessageId: wamid, channel: 'whatsapp' } });
        if (!message) message = await adoptUnrecorded(wamid, status?.biz_opaque_callback_data);
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
  };
};
