/**
 * CRM sync jobs: every change of a device's service status becomes a job, written in the same
 * transaction as the change (so none is lost), with a dedupe key (so none is sent twice). The
 * worker (scheduled, src/scheduler/jobs.ts) sends them through the configured provider, retrying
 * with backoff until the CRM accepts — in order per device: a device's next change waits until
 * the previous one is through.
 */
import { randomUUID } from 'crypto';
import type { Core } from '@strapi/strapi';
import { newDocumentId, sqlInstant, withTransaction } from 'poshtiban/utils/raw-sql';
import { backoffMs, claimDueRows, releaseAbandonedRows } from 'poshtiban/utils/work-queue';
import { computeServiceStatus, SERVICE_STATUS_LABELS } from 'poshtiban/domain/service-status';
import { tehranDate } from 'poshtiban/domain/jalali';
import { crmNeedsSync, crmStateOf, type CrmDeviceState } from 'poshtiban/domain/crm-sync';
import { CRM_PROVIDERS, CrmError, type CrmProvider, type ServiceStatusChange, type TicketChange } from '../providers';
import { TICKET_STATUS_LABELS, type TicketStatus } from 'poshtiban/domain/tickets';

export const JOB_UID = 'plugin::crm-sync.sync-job';
const JOB_TABLE = 'crm_sync_jobs';
const LINK_UID = 'plugin::crm-sync.crm-link';

/** the states of a job the CRM has not accepted after trying */
export const FAILING = ['failed', 'dead'];

type Job = { id: number; kind?: 'status' | 'ticket' | null; deviceId: number; subscriberId: number; payload: ServiceStatusChange | TicketChange; attempts: number; maxAttempts: number };

/** The columns a device's CRM state is computed from. */
const STATE_FIELDS = ['id', 'serviceMode', 'serviceEnd', 'installationConfirmedAt'];
type StateRow = { id: number; serviceMode?: any; serviceEnd?: string | null; installationConfirmedAt?: Date | string | null };
/** What a job's payload told the CRM (PostgreSQL returns json parsed, SQLite as text). */
const stateOfPayload = (payload: unknown): CrmDeviceState | null => {
  const p = typeof payload === 'string' ? JSON.parse(payload) : payload;
  return p && typeof p === 'object' ? { status: (p as any).status, serviceEnd: (p as any).serviceEnd ?? null } : null;
};

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const config = () => strapi.config.get('plugin::crm-sync') as { provider: string; providerOptions: Record<string, unknown>; retry: { backoffBaseMs: number; backoffMaxMs: number; leaseMs: number; maxAttempts: number } };
  const workerId = `${process.pid}-${randomUUID().slice(0, 8)}`;
  let provider: CrmProvider | null = null;

  const providerFor = () => {
    if (provider) return provider;
    const { provider: name, providerOptions } = config();
    const module = CRM_PROVIDERS[name];
    if (!module) throw new Error(`crm-sync: unknown provider "${name}" (choose one of ${Object.keys(CRM_PROVIDERS).join(', ')})`);
    provider = module.init(providerOptions ?? {}, { logger: strapi.log });
    return provider;
  };

  const link = async (localKey: string) => (await strapi.db.query(LINK_UID).findOne({ where: { localKey }, select: ['remoteId'] }))?.remoteId ?? null;
  const remember = async (localKey: string, remoteId: string, providerName: string) => {
    const existing = await strapi.db.query(LINK_UID).findOne({ where: { localKey }, select: ['id', 'remoteId'] });
    if (existing?.remoteId === remoteId) return;
    if (existing) await strapi.db.query(LINK_UID).update({ where: { id: existing.id }, data: { remoteId, provider: providerName } });
    else await strapi.db.query(LINK_UID).create({ data: { localKey, remoteId, provider: providerName } });
  };

  /**
   * One job; returns an `outage` when the CRM turned out to be out of reach. `knownOutage`: found
   * out of reach earlier in this pass — the job is not sent, it fails with that reason (its attempt
   * counted, its backoff as for any failure).
   */
  const deliver = async (job: Job, now: Date, worker: string, knownOutage?: string): Promise<{ result: 'done' | 'failed' | 'dead'; outage?: string }> => {
    const p = providerFor();
    try {
      if (knownOutage) throw new CrmError(`not sent: the CRM is out of reach in this pass (${knownOutage})`, { retryable: true, code: 'outage', outage: true });
      const known = { contactId: await link(`subscriber:${job.subscriberId}`), dealId: await link(`device:${job.deviceId}`) };
      const rememberAs = (kind: 'contact' | 'deal', remoteId: string) => remember(kind === 'contact' ? `subscriber:${job.subscriberId}` : `device:${job.deviceId}`, remoteId, p.name);
      const payload = typeof job.payload === 'string' ? JSON.parse(job.payload) : job.payload;
      const result =
        job.kind === 'ticket'
          ? await p.syncTicket(payload as TicketChange, known, rememberAs)
          : await p.syncServiceStatus(payload as ServiceStatusChange, known, rememberAs);
      await strapi.db.query(JOB_UID).update({
        where: { id: job.id, claimedBy: worker },
        data: { status: 'done', doneAt: new Date(), result, provider: p.name, lastError: null, claimedBy: null },
      });
      return { result: 'done' };
    } catch (error: any) {
      const crmError = error instanceof CrmError ? error : new CrmError(String(error?.message ?? error), { retryable: true, code: 'unexpected' });
      const retry = crmError.retryable && job.attempts < job.maxAttempts;
      const { backoffBaseMs, backoffMaxMs } = config().retry;
      await strapi.db.query(JOB_UID).update({
        where: { id: job.id, claimedBy: worker },
        data: retry
          ? { status: 'failed', nextAttemptAt: new Date(now.getTime() + backoffMs(job.attempts, backoffBaseMs, backoffMaxMs)), lastError: crmError.message, provider: p.name, claimedBy: null }
          : { status: 'dead', lastError: crmError.message, provider: p.name, claimedBy: null },
      });
      return { result: retry ? 'failed' : 'dead', outage: crmError.outage ? crmError.message : undefined };
    }
  };

  const service = {
    workerId,

    resetProvider() {
      provider = null;
    },

    /**
     * Records the current service status of a device as a job for the CRM, in the caller's
     * transaction. `event` names what changed it (a contract, a confirmation…): one job per event.
     */
    async recordStatusChange({ deviceId, event, contractKind = null, at = new Date(), dedupeKey }: { deviceId: number; event: string; contractKind?: string | null; at?: Date; dedupeKey?: string }) {
      const device = await strapi.db.query('api::device.device').findOne({
        where: { id: deviceId },
        select: ['id', 'serial', 'serviceMode', 'serviceEnd', 'warrantyEnd', 'installationConfirmedAt'],
        populate: {
          owner: { select: ['id', 'subscriberNumber', 'fullName', 'nationalCode', 'mobile'] },
          model: { select: ['brand', 'model'] },
        },
      });
      if (!device?.owner) return null;
      const status = computeServiceStatus(device, tehranDate(at));
      const payload: ServiceStatusChange = {
        reference: `poshtiban:device:${device.id}`,
        subscriber: { id: device.owner.id, subscriberNumber: device.owner.subscriberNumber, fullName: device.owner.fullName, nationalCode: device.owner.nationalCode, mobile: device.owner.mobile },
        device: { id: device.id, serial: device.serial, brand: device.model?.brand ?? null, model: device.model?.model ?? null },
        status,
        statusLabel: SERVICE_STATUS_LABELS[status].fa,
        serviceEnd: device.serviceEnd ?? null,
        contractKind,
        changedAt: at.toISOString(),
      };
      const now = sqlInstant(strapi, new Date());
      await withTransaction(strapi, (trx) =>
        trx(JOB_TABLE)
          .insert({
            document_id: newDocumentId(),
            kind: 'status',
            device_id: device.id,
            subscriber_id: device.owner.id,
            event,
            payload: JSON.stringify(payload),
            status: 'queued',
            attempts: 0,
            max_attempts: config().retry.maxAttempts,
            next_attempt_at: now,
            dedupe_key: dedupeKey ?? `status:${device.id}:${event}`,
            created_at: now,
            updated_at: now,
            published_at: now,
          })
          .onConflict('dedupe_key')
          .ignore()
      );
      return payload;
    },

    /**
     * Records a ticket's change (opened, a reply, a status change, resolved, escalated) as a job
     * for the CRM, in the caller's transaction: an activity on the subscriber's contact. Queued
     * behind the device's other jobs (one device's jobs go in order). `key` makes the job once per
     * change.
     */
    async recordTicketChange({ ticketId, event, eventLabel, key, at = new Date() }: { ticketId: number; event: TicketChange['event']; eventLabel: string; key: string; at?: Date }) {
      const [payload] = await service.recordTicketChanges({ ticketIds: [ticketId], event, eventLabel, key, at });
      return payload ?? null;
    },

    /**
     * The same change of several tickets (the escalation job's batch): one read of the tickets with
     * their subscribers and devices, one INSERT of the jobs — the statements do not grow with the
     * number of tickets. Returns the payloads recorded (tickets without a subscriber or a device
     * have none).
     */
    async recordTicketChanges({ ticketIds, event, eventLabel, key, at = new Date() }: { ticketIds: number[]; event: TicketChange['event']; eventLabel: string; key: string; at?: Date }) {
      if (!ticketIds.length) return [];
      const tickets = await strapi.db.query('api::ticket.ticket').findMany({
        where: { id: { $in: ticketIds } },
        select: ['id', 'number', 'title', 'kind', 'priority', 'ticketStatus', 'channel'],
        populate: {
          subscriber: { select: ['id', 'subscriberNumber', 'fullName', 'nationalCode', 'mobile'] },
          device: { select: ['id', 'serial'], populate: { model: { select: ['brand', 'model'] } } },
        },
        orderBy: [{ id: 'asc' }],
      });
      const payloads: TicketChange[] = tickets
        .filter((ticket: any) => ticket.subscriber && ticket.device)
        .map((ticket: any) => ({
          reference: `poshtiban:ticket:${ticket.id}`,
          event,
          eventLabel,
          subscriber: { id: ticket.subscriber.id, subscriberNumber: ticket.subscriber.subscriberNumber, fullName: ticket.subscriber.fullName, nationalCode: ticket.subscriber.nationalCode, mobile: ticket.subscriber.mobile },
          device: { id: ticket.device.id, serial: ticket.device.serial, brand: ticket.device.model?.brand ?? null, model: ticket.device.model?.model ?? null },
          ticket: {
            id: ticket.id,
            number: ticket.number,
            title: ticket.title,
            kind: ticket.kind,
            priority: ticket.priority,
            status: ticket.ticketStatus,
            statusLabel: TICKET_STATUS_LABELS[ticket.ticketStatus as TicketStatus]?.fa ?? ticket.ticketStatus,
            channel: ticket.channel,
          },
          changedAt: at.toISOString(),
        }));
      if (!payloads.length) return [];
      const now = sqlInstant(strapi, new Date());
      await withTransaction(strapi, (trx) =>
        trx(JOB_TABLE)
          .insert(
            payloads.map((payload) => ({
              document_id: newDocumentId(),
              kind: 'ticket',
              device_id: payload.device!.id,
              subscriber_id: payload.subscriber.id,
              event: `ticket:${event}`,
              payload: JSON.stringify(payload),
              status: 'queued',
              attempts: 0,
              max_attempts: config().retry.maxAttempts,
              next_attempt_at: now,
              dedupe_key: `ticket:${payload.ticket.id}:${key}`,
              created_at: now,
              updated_at: now,
              published_at: now,
            }))
          )
          .onConflict('dedupe_key')
          .ignore()
      );
      return payloads;
    },

    /**
     * The latest job of each device (id and the state it carried), in the caller's transaction:
     * one query whatever the number of devices.
     */
    async lastSynced(deviceIds: number[]): Promise<Map<number, { jobId: number; state: CrmDeviceState | null }>> {
      const last = new Map<number, { jobId: number; state: CrmDeviceState | null }>();
      if (!deviceIds.length) return last;
      const rows: Array<{ id: number; device_id: number; payload: unknown }> = await withTransaction(strapi, (trx) =>
        trx(JOB_TABLE)
          .select('id', 'device_id', 'payload')
          .whereIn(
            'id',
            // the device's status jobs only: its tickets' jobs carry no status
            trx(JOB_TABLE)
              .max('id')
              .whereIn('device_id', deviceIds)
              .where((q: any) => q.whereNull('kind').orWhere('kind', 'status'))
              .groupBy('device_id')
          )
      );
      for (const row of rows) last.set(Number(row.device_id), { jobId: Number(row.id), state: stateOfPayload(row.payload) });
      return last;
    },

    /**
     * Records a job when the device's status (or service end) differs from what the CRM was last
     * told — for changes no workflow recorded: staff editing a device, a service ending by date,
     * data written directly. Once per change: the job's key names the job it follows, so a second
     * call (or another instance) finds the CRM told already, or loses on the key. Returns whether
     * a job was recorded.
     */
    async syncIfChanged({ device, cause, at = new Date(), last }: { device: StateRow; cause: string; at?: Date; last?: { jobId: number; state: CrmDeviceState | null } | null }) {
      const previous = last === undefined ? (await service.lastSynced([device.id])).get(device.id) ?? null : last;
      if (!crmNeedsSync(previous?.state ?? null, crmStateOf(device, tehranDate(at)))) return false;
      const after = previous?.jobId ?? 0;
      const recorded = await service.recordStatusChange({ deviceId: device.id, event: `${cause}:after-${after}`, at, dedupeKey: `status:${device.id}:after:${after}` });
      return recorded !== null;
    },

    /** Staff changed a device (admin, API token, seed): the CRM hears of a new status once. */
    async syncDevice(documentId: string, cause = 'staff-edit') {
      const device = await strapi.db.query('api::device.device').findOne({ where: { documentId }, select: STATE_FIELDS });
      return device ? service.syncIfChanged({ device, cause }) : false;
    },

    /**
     * The daily pass (src/scheduler/jobs.ts): every device whose computed status changed since the
     * CRM was last told — a service that ended by date, anything written below the Document
     * Service — gets one job. Idempotent: a second pass finds the CRM told. Devices in batches.
     */
    async noticeChanges({ at = new Date(), batchSize = 500, cause = 'noticed' }: { at?: Date; batchSize?: number; cause?: string } = {}) {
      let afterId = 0;
      const outcome = { checked: 0, recorded: 0 };
      for (;;) {
        const devices: StateRow[] = await strapi.db.query('api::device.device').findMany({
          where: { id: { $gt: afterId } },
          select: STATE_FIELDS,
          orderBy: [{ id: 'asc' }],
          limit: batchSize,
        });
        if (!devices.length) break;
        afterId = devices[devices.length - 1].id;
        const last = await service.lastSynced(devices.map((d) => d.id));
        for (const device of devices) {
          outcome.checked += 1;
          if (await service.syncIfChanged({ device, cause, at, last: last.get(device.id) ?? null })) outcome.recorded += 1;
        }
        if (devices.length < batchSize) break;
      }
      return outcome;
    },

    /** One pass of the worker. A device's jobs go one at a time, oldest first. */
    async runOnce({ now = new Date(), limit = 50, worker = workerId }: { now?: Date; limit?: number; worker?: string } = {}) {
      const released = await releaseAbandonedRows(strapi, { uid: JOB_UID, now, leaseMs: config().retry.leaseMs });
      const jobs = await claimDueRows<Job>(strapi, {
        uid: JOB_UID,
        table: JOB_TABLE,
        workerId: worker,
        limit,
        now,
        where: `NOT EXISTS (SELECT 1 FROM ${JOB_TABLE} e WHERE e.device_id = q.device_id AND e.id < q.id AND e.status IN ('queued', 'sending', 'failed'))`,
      });
      const outcome = { released, claimed: jobs.length, done: 0, failed: 0, dead: 0, deferred: 0 };
      // a CRM that is slow or down costs one failed call a pass: once it is out of reach, the rest
      // of the batch fails with that reason without calling it (retried with backoff; each device's
      // order is kept)
      let outage: string | undefined;
      for (const job of jobs) {
        const known = outage;
        const delivered = await deliver(job, now, worker, known);
        if (known) outcome.deferred += 1;
        else outage = delivered.outage;
        outcome[delivered.result] += 1;
      }
      return outcome;
    },

    /** Staff: try a dead job again. */
    async retry(id: number) {
      const { count } = await strapi.db.query(JOB_UID).updateMany({
        where: { id, status: { $in: ['dead', 'failed'] } },
        data: { status: 'queued', attempts: 0, nextAttemptAt: new Date(), lastError: null },
      });
      return count === 1;
    },

    /** Jobs the CRM has not accepted yet after trying: retrying (failed) or given up (dead). */
    async countFailing() {
      return strapi.db.query(JOB_UID).count({ where: { status: { $in: FAILING } } });
    },

    /**
     * The failing jobs staff look after (the admin's "CRM sync" page), newest first, with the
     * device each is about (serial and documentId, to open it): three queries whatever the page size.
     */
    async listFailing({ page = 1, pageSize = 25 }: { page?: number; pageSize?: number } = {}) {
      const where = { status: { $in: FAILING } };
      const [jobs, total] = await Promise.all([
        strapi.db.query(JOB_UID).findMany({
          where,
          select: ['id', 'deviceId', 'event', 'status', 'attempts', 'maxAttempts', 'nextAttemptAt', 'lastError', 'provider', 'createdAt', 'payload'],
          orderBy: [{ id: 'desc' }],
          offset: (page - 1) * pageSize,
          limit: pageSize,
        }),
        strapi.db.query(JOB_UID).count({ where }),
      ]);
      const ids = [...new Set(jobs.map((j: { deviceId: number }) => j.deviceId))];
      const devices = ids.length ? await strapi.db.query('api::device.device').findMany({ where: { id: { $in: ids } }, select: ['id', 'documentId', 'serial'] }) : [];
      const byId = new Map(devices.map((d: { id: number; documentId: string; serial: string }) => [d.id, d]));
      return {
        jobs: jobs.map((j: any) => ({ ...j, device: byId.get(j.deviceId) ?? null })),
        pagination: { page, pageSize, total, pageCount: Math.ceil(total / pageSize) },
      };
    },

    /** What staff see on a device's page: its sync jobs, newest first, and the CRM ids. */
    async forDevice(deviceDocumentId: string) {
      const device = await strapi.db.query('api::device.device').findOne({ where: { documentId: deviceDocumentId }, select: ['id'] });
      if (!device) return null;
      const jobs = await strapi.db.query(JOB_UID).findMany({
        where: { deviceId: device.id },
        select: ['id', 'event', 'status', 'attempts', 'nextAttemptAt', 'lastError', 'provider', 'result', 'doneAt', 'createdAt', 'payload'],
        orderBy: [{ id: 'desc' }],
        limit: 20,
      });
      return { dealId: await link(`device:${device.id}`), jobs };
    },
  };
  return service;
};
