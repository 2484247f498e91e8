/**
 * Sending to a subscriber: their preferred channel decides SMS, WhatsApp or both (login codes
 * always go by SMS). One outbox row per channel, with the dedupe key "<event>:<channel>", written
 * in the caller's transaction. Other capabilities call this; nothing calls a provider directly.
 */
import type { Core } from '@strapi/strapi';
import { mobileToInternational } from 'poshtiban/domain/identity';
import type { Channel } from '../providers';
import type { MessageKind } from './outbox';

export type PreferredChannel = 'sms' | 'whatsapp' | 'both';

export const channelsFor = (preferred: PreferredChannel | null | undefined, kind: MessageKind): Channel[] => {
  if (kind === 'otp') return ['sms'];
  if (preferred === 'whatsapp') return ['whatsapp'];
  if (preferred === 'both') return ['sms', 'whatsapp'];
  return ['sms'];
};

export const recipientFor = (channel: Channel, mobile: string) => (channel === 'whatsapp' ? mobileToInternational(mobile) : mobile);

export type NotifySubscriberInput = {
  subscriberId: number;
  templateCode: string;
  params?: Record<string, string | number>;
  secretParams?: Record<string, string>;
  /** what happened, unique per event: the dedupe key is "<eventKey>:<channel>" */
  eventKey: string;
  kind?: MessageKind;
  notBefore?: Date;
};

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async notifySubscriber(input: NotifySubscriberInput) {
    const subscriber = await strapi.db.query('api::subscriber.subscriber').findOne({
      where: { id: input.subscriberId },
      select: ['id', 'mobile', 'preferredChannel', 'fullName'],
    });
    if (!subscriber?.mobile) return [];
    const kind = input.kind ?? 'transactional';
    const results: Array<{ id: number; created: boolean }> = [];
    for (const channel of channelsFor(subscriber.preferredChannel, kind)) {
      results.push(
        await strapi.plugin('messaging').service('outbox').enqueue({
          channel,
          kind,
          recipient: recipientFor(channel, subscriber.mobile),
          subscriberId: subscriber.id,
          templateCode: input.templateCode,
          params: { name: subscriber.fullName, ...(input.params ?? {}) },
          secretParams: input.secretParams,
          dedupeKey: `${input.eventKey}:${channel}`,
          notBefore: input.notBefore,
        })
      );
    }
    return results;
  },
});
