/**
 * The delivery worker: claims due messages from the outbox, hands each to its channel's
 * provider, and records the outcome — sent; failed with the next attempt after an exponential
 * backoff (with jitter); or dead after the last attempt or a permanent error. A WhatsApp message
 * that cannot be delivered falls back to SMS. Broadcasts wait for daytime hours in Tehran.
 *
 * `runOnce` is what the scheduler calls every few seconds (src/scheduler/jobs.ts); any number of
 * instances may run it at once, because each claim is atomic (services/outbox.ts).
 *
 * A provider that is slow or down costs one failed call a pass: after the first outage (no answer
 * within the timeout, connection refused, 5xx, busy) the channel's other claimed messages fail with
 * that reason without calling it (`deferred`; retried with backoff like any failure), and the
 * other channel is still served. A login code
 * sent through Kavenegar's lookup (no duplicate key) whose outcome is uncertain is never sent again.
 */
import { randomUUID } from 'crypto';
import type { Core } from '@strapi/strapi';
import { PROVIDERS, ProviderError, type Channel, type MessagingProvider, type OutgoingMessage } from '../providers';
import { MASKED_IN_LOGS, SECRET_PARAMS, renderTemplate } from './templates';
import { createRateLimiter } from './rate-limiter';
import { createRedisStore, type CounterStore } from 'poshtiban/utils/counters';
import { backoffMs } from 'poshtiban/utils/work-queue';
import type { OutboxRow } from './outbox';

export type DeliveryConfig = {
  batchSize: number;
  maxAttempts: number;
  backoffBaseMs: number;
  backoffMaxMs: number;
  /** how long a claimed message stays with a worker that stopped renewing it (heartbeat every third) */
  leaseMs: number;
  ratePerSecond: Record<Channel, number>;
  /** Redis for a rate limit shared by every instance; empty: each process limits itself */
  redisUrl?: string;
  /** the start of the shared counters' keys (REDIS_PREFIX) */
  redisPrefix?: string;
  /** broadcasts are sent only between these hours, Asia/Tehran */
  broadcastHours: { from: number; to: number };
};

const tehranHour = (at: Date) =>
  Number(new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Tehran', hour: '2-digit', hourCycle: 'h23' }).format(at));


export default ({ strapi }: { strapi: Core.Strapi }) => {
  const config = () => strapi.config.get('plugin::messaging') as { sms: any; whatsapp: any; delivery: DeliveryConfig };
  const providers = new Map<Channel, MessagingProvider>();
  let limiter: ReturnType<typeof createRateLimiter> | null = null;
  let sharedCounters: CounterStore | null = null;

  const limiterFor = (delivery: DeliveryConfig) => {
    if (limiter) return limiter;
    sharedCounters = delivery.redisUrl ? createRedisStore(delivery.redisUrl, `${delivery.redisPrefix ?? 'poshtiban:'}messaging:rate:`) : null;
    limiter = createRateLimiter(delivery.ratePerSecond, {
      shared: sharedCounters,
      onSharedError: (error) => strapi.log.warn(`[messaging] shared rate limit unavailable (${error.message}): limiting this instance alone for now`),
    });
    return limiter;
  };

  const closeLimiter = async () => {
    limiter = null;
    const counters = sharedCounters;
    sharedCounters = null;
    await counters?.close();
  };
  const workerId = `${process.pid}-${randomUUID().slice(0, 8)}`;

  const outbox = () => strapi.plugin('messaging').service('outbox');
  const templates = () => strapi.plugin('messaging').service('templates');

  const providerFor = (channel: Channel): MessagingProvider => {
    const existing = providers.get(channel);
    if (existing) return existing;
    const { provider: name = 'local', providerOptions = {} } = config()[channel] ?? {};
    const module = PROVIDERS[channel][name];
    if (!module) throw new Error(`messaging: unknown ${channel} provider "${name}" (choose one of ${Object.keys(PROVIDERS[channel]).join(', ')})`);
    const provider = module.init(providerOptions, { logger: strapi.log });
    providers.set(channel, provider);
    return provider;
  };

  const inBroadcastHours = (now: Date) => {
    const { from, to } = config().delivery.broadcastHours;
    const hour = tehranHour(now);
    return hour >= from && hour < to;
  };

  /** A WhatsApp message that cannot reach its recipient goes out by SMS instead (once). */
  const fallBackToSms = async (message: OutboxRow) => {
    const subscriber = message.subscriberId
      ? await strapi.db.query('api::subscriber.subscriber').findOne({ where: { id: message.subscriberId }, select: ['mobile'] })
      : null;
    const mobile = subscriber?.mobile ?? (message.recipient.startsWith('98') ? `0${message.recipient.slice(2)}` : message.recipient);
    await outbox().enqueue({
      channel: 'sms',
      kind: message.kind,
      recipient: mobile,
      subscriberId: message.subscriberId,
      templateCode: message.templateCode,
      params: message.params ?? {},
      secretParams: message.sealedParams ? strapi.plugin('messaging').service('sealing').open(message.sealedParams) : undefined,
      dedupeKey: message.dedupeKey.replace(/:whatsapp$/, ':sms'),
      fallbackFor: message.id,
    });
  };

  /**
   * One message; returns an `outage` when its provider turned out to be out of reach. `knownOutage`:
   * the provider was found out of reach earlier in this pass — the message is not sent, it fails
   * with that reason (its attempt counted, its backoff as for any failure).
   */
  const deliverOne = async (message: OutboxRow, now: Date, workerId: string, knownOutage?: string): Promise<{ result: 'sent' | 'failed' | 'dead'; outage?: string }> => {
    const { delivery } = config();
    const provider = providerFor(message.channel);
    let template;
    try {
      template = await templates().get(message.templateCode);
    } catch (error: any) {
      await outbox().markFailed(message.id, workerId, { error: error.message, retryAt: null, provider: provider.name });
      return { result: 'dead' };
    }
    const secrets: Record<string, string> = strapi.plugin('messaging').service('sealing').open(message.sealedParams);
    const params = { ...(message.params ?? {}), ...secrets };
    const masked = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, MASKED_IN_LOGS.has(k) ? '••••' : v]));

    const outgoing: OutgoingMessage = {
      id: message.id,
      channel: message.channel,
      kind: message.kind,
      recipient: message.recipient,
      text: renderTemplate(template.smsText, params),
      logText: renderTemplate(template.smsText, masked),
      template: {
        code: template.code,
        kavenegarTemplate: template.kavenegarTemplate,
        whatsappTemplate: template.whatsappTemplate,
        whatsappLanguage: template.whatsappLanguage,
        paramOrder: template.params,
      },
      params,
    };
    // a send the provider cannot recognise when repeated (Kavenegar's lookup: login codes) is marked
    // first, so that a crash before its answer is not followed by a second copy (giveUpUncertain)
    const unkeyed = provider.repeatsSafely ? !provider.repeatsSafely(outgoing) : false;

    try {
      if (knownOutage) throw new ProviderError(`not sent: ${provider.name} is out of reach in this pass (${knownOutage})`, { retryable: true, code: 'outage', outage: true });
      await limiterFor(delivery)(message.channel);
      if (unkeyed) await outbox().markInFlight(message.id, workerId);
      const result = await provider.send(outgoing);
      await outbox().markSent(message.id, workerId, { provider: provider.name, ...result });
      return { result: 'sent' };
    } catch (error: any) {
      const providerError = error instanceof ProviderError ? error : new ProviderError(error?.message ?? String(error), { retryable: true, code: 'unexpected' });
      const text = `${providerError.code}: ${providerError.message}`;
      const outage = providerError.outage ? text : undefined;
      if (unkeyed && providerError.uncertain) {
        // it may have been delivered: never a second copy of a one-time code
        await outbox().markUncertain(message.id, workerId, { error: text, provider: provider.name });
        strapi.log.warn(`[messaging] message ${message.id} (${message.templateCode}) may have been sent by ${provider.name} without an answer; not sent again`);
        return { result: 'dead', outage };
      }
      const lastTry = message.attempts >= message.maxAttempts;
      const retryAt = providerError.retryable && !lastTry ? new Date(now.getTime() + backoffMs(message.attempts, delivery.backoffBaseMs, delivery.backoffMaxMs)) : null;
      await outbox().markFailed(message.id, workerId, { error: text.slice(0, 2000), retryAt, provider: provider.name });
      if (message.channel === 'whatsapp' && (!retryAt || providerError.fallbackToSms)) await fallBackToSms(message);
      return { result: retryAt ? 'failed' : 'dead', outage };
    }
  };

  /** One pass: hand back abandoned claims, claim a batch, deliver it. Returns what happened. */
  const runOnce = async ({ now = new Date(), limit, worker = workerId }: { now?: Date; limit?: number; worker?: string } = {}) => {
    const { delivery } = config();
    const uncertain = await outbox().giveUpUncertain({ now });
    const released = await outbox().releaseAbandoned({ now });
    const batch: OutboxRow[] = await outbox().claimDue({
      workerId: worker,
      limit: limit ?? delivery.batchSize,
      now,
      includeBroadcasts: inBroadcastHours(now),
    });
    const outcome = { released, uncertain, claimed: batch.length, sent: 0, failed: 0, dead: 0, deferred: 0 };
    if (!batch.length) return outcome;
    // heartbeat: renew the claims while the batch is in flight (on the caller's clock)
    const startedAt = Date.now();
    const heartbeat = setInterval(() => {
      outbox()
        .renewClaims(worker, new Date(now.getTime() + Date.now() - startedAt))
        .catch((error: Error) => strapi.log.warn(`[messaging] could not renew the claims of ${worker}: ${error.message}`));
    }, Math.max(100, Math.floor(delivery.leaseMs / 3)));
    heartbeat.unref();
    try {
      // a channel whose provider is out of reach (no answer, 5xx, busy) is not called again in this
      // pass: its other messages fail with that reason at once (retried with backoff, like any
      // failure), and the other channel goes on
      const outages = new Map<Channel, string>();
      for (const message of batch) {
        const known = outages.get(message.channel);
        const { result, outage } = await deliverOne(message, now, worker, known);
        if (known) outcome.deferred += 1;
        else if (outage) outages.set(message.channel, outage);
        outcome[result] += 1;
      }
    } finally {
      clearInterval(heartbeat);
    }
    return outcome;
  };

  return {
    workerId,
    runOnce,
    fallBackToSms,

    /** Delivers everything due now, batch after batch (e.g. right after a login code is requested). */
    async drain({ now = new Date(), maxBatches = 10 } = {}) {
      let total = 0;
      for (let i = 0; i < maxBatches; i++) {
        const { claimed } = await runOnce({ now });
        total += claimed;
        if (!claimed) break;
      }
      return total;
    },

    /** For tests, and after a provider configuration change at runtime. */
    async resetProviders() {
      providers.clear();
      await closeLimiter();
    },

    /** On shutdown: the shared rate limit's Redis connection. */
    close: closeLimiter,

    secretParamsOf(templateCode: string): string[] {
      return SECRET_PARAMS[templateCode] ?? [];
    },
  };
};
