/**
 * A device's service over time (seed 001 §3): the initial term opened by the installation
 * confirmation, and the buyer's choices once it ends — renew for 1/2/3 years (paid online),
 * continue pay-per-case, or cancel. Every change is a contract record, a CRM sync job, a dashboard
 * notification and a message, written in one transaction; the device's mode and end date follow,
 * and its status is computed from them (domain/service-status.ts).
 */
import type { Core } from '@strapi/strapi';
import { judgeChoice, renewalTerm, RENEWAL_PLAN_NAMES, RENEWAL_YEARS, SERVICE_CHOICES, SERVICE_CHOICE_LABELS, type RenewalYears, type ServiceChoice } from '../../../domain/service-choices';
import { formatJalaliDateEnglish, formatJalaliDateLong, tehranDate } from '../../../domain/jalali';
import { formatTomans } from '../../../domain/money';
import { fieldError, FieldErrors, validationError } from '../../../validation/errors';
import { presentContract, presentDevice, DEVICE_FIELDS, DEVICE_POPULATE } from '../../device/presenter';
import { contractLabel } from '../../../domain/record-labels';
import { renewalKindLabel, renewalRefusal, type ContractKind, type ContractStatus } from '../../../domain/contracts';
import { isPostgres, withTransaction } from '../../../utils/raw-sql';
import { siteLinks } from '../../../domain/site-links';
import { parseWholeNumber } from '../../../domain/digits';

const CONTRACT = 'api::contract.contract';
const DEVICE = 'api::device.device';
export const RENEWAL_PURPOSE = 'contract-renewal';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const settings = () => strapi.service('api::service-settings.service-settings').current();

  const ownedDevice = (subscriberId: number, documentId: string) =>
    strapi.db.query(DEVICE).findOne({
      where: { documentId, owner: { id: subscriberId } },
      select: DEVICE_FIELDS,
      populate: { ...DEVICE_POPULATE, owner: { select: ['id', 'fullName'] } },
    });

  /**
   * Sets the status of a device's contracts matching `where` (the query engine cannot update
   * through a relation filter, so the ids are read first — one small query).
   */
  const setContractStatus = async (deviceId: number, where: Record<string, unknown>, status: string) => {
    const ids = (await strapi.db.query(CONTRACT).findMany({ where: { ...where, device: { id: deviceId } }, select: ['id'] })).map((c: { id: number }) => c.id);
    if (ids.length) await strapi.db.query(CONTRACT).updateMany({ where: { id: { $in: ids } }, data: { contractStatus: status } });
  };

  /**
   * Holds the device's row until the transaction ends, so the writes that decide which renewal is
   * live — starting a renewal, cancel, pay-per-case, granting a paid renewal — happen one after
   * another per device: PostgreSQL `SELECT … FOR UPDATE`; SQLite runs one writing transaction at
   * a time already. Reads after it see what the others committed.
   */
  const lockDevice = async (deviceId: number) => {
    if (!isPostgres(strapi)) return;
    const table = strapi.db.metadata.get(DEVICE).tableName;
    await withTransaction(strapi, (trx) => trx(table).where({ id: deviceId }).select('id').forUpdate());
  };

  /** A device's pending renewal (unpaid) is cancelled when another choice replaces it. */
  const cancelPendingRenewals = (deviceId: number) => setContractStatus(deviceId, { kind: 'renewal', contractStatus: 'pending_payment' }, 'cancelled');

  /** Contracts still marked active end when a new mode starts. */
  const endActiveContracts = (deviceId: number, except?: number) =>
    setContractStatus(deviceId, { contractStatus: 'active', ...(except ? { id: { $ne: except } } : {}) }, 'ended');

  const announce = async (device: { id: number; documentId: string; serial: string }, subscriberId: number, eventKey: string, title: { fa: string; en: string }, body: { fa: string; en: string }, sms: { templateCode: string; params: Record<string, string> }) => {
    await strapi.service('api::notification.notification').notify({ subscriberId, sourceId: eventKey, title, body, link: siteLinks.device(device.documentId) });
    await strapi.plugin('messaging').service('dispatch').notifySubscriber({ subscriberId, eventKey, ...sms });
    await strapi.plugin('crm-sync').service('sync').recordStatusChange({ deviceId: device.id, event: eventKey });
  };

  return {
    /** At installation confirmation: the device's first term, from installation to service end. */
    async openInitialTerm(deviceId: number, subscriberId: number) {
      const existing = await strapi.db.query(CONTRACT).count({ where: { device: { id: deviceId } } });
      if (existing > 0) return;
      const device = await strapi.db.query(DEVICE).findOne({ where: { id: deviceId }, select: ['installationDate', 'serviceEnd'] });
      const term = { kind: 'initial', startDate: device.installationDate ?? tehranDate(), endDate: device.serviceEnd };
      await strapi.db.query(CONTRACT).create({
        data: { device: deviceId, subscriber: subscriberId, ...term, label: contractLabel(term), priceRials: '0', contractStatus: 'active' },
      });
    },

    /** What the buyer may choose now for one of their devices, with renewal prices. Null when not theirs. */
    async options(subscriberId: number, documentId: string) {
      const row = await ownedDevice(subscriberId, documentId);
      if (!row) return null;
      const device = presentDevice(row, tehranDate());
      const s = await settings();
      return {
        deviceId: device.id,
        serviceStatus: device.serviceStatus,
        serviceStatusLabel: device.serviceStatusLabel,
        serviceEnd: device.serviceEnd,
        renewalWindowDays: s.renewalWindowDays,
        choices: SERVICE_CHOICES.map((choice) => {
          const verdict = judgeChoice(choice, { status: device.serviceStatus, daysToServiceEnd: device.daysToServiceEnd, renewalWindowDays: s.renewalWindowDays });
          return {
            choice,
            label: SERVICE_CHOICE_LABELS[choice],
            allowed: verdict.allowed,
            ...(verdict.allowed ? {} : { reason: verdict.reason }),
            ...(choice === 'renew'
              ? {
                  plans: RENEWAL_YEARS.map((years) => ({
                    years,
                    priceRials: s.renewalPriceRials[years],
                    term: renewalTerm(tehranDate(), row.serviceEnd ?? null, years),
                  })),
                }
              : {}),
          };
        }),
      };
    },

    /**
     * POST /api/me/devices/:id/service. Renewal answers with a payment to make; pay-per-case and
     * cancel take effect at once. Null when the device is not the subscriber's.
     */
    async choose(subscriberId: number, documentId: string, body: Record<string, unknown>, mobile?: string) {
      const errs = new FieldErrors();
      const typedChoice = errs.text('choice', body?.choice, 'choice');
      const choice = typedChoice as ServiceChoice;
      if (typedChoice && !SERVICE_CHOICES.includes(choice)) errs.add('choice', 'invalidChoice');
      const years = parseWholeNumber(body?.years) as RenewalYears | null;
      if (choice === 'renew' && (years === null || !RENEWAL_YEARS.includes(years))) errs.add('years', body.years === undefined ? 'required' : 'yearsInvalid');
      for (const key of Object.keys(body ?? {})) if (!['choice', 'years'].includes(key)) errs.add(key, 'notAllowed');
      errs.throwIfAny();

      const row = await ownedDevice(subscriberId, documentId);
      if (!row) return null;
      const today = tehranDate();
      const device = presentDevice(row, today);
      const s = await settings();
      const verdict = judgeChoice(choice, { status: device.serviceStatus, daysToServiceEnd: device.daysToServiceEnd, renewalWindowDays: s.renewalWindowDays });
      if (!verdict.allowed) throw validationError([fieldError('choice', verdict.reason)]);

      if (choice === 'renew' && years !== null) {
        const priceRials = s.renewalPriceRials[years];
        const term = renewalTerm(today, row.serviceEnd ?? null, years);
        const payments = strapi.plugin('payment').service('payments');
        // the gateway first: when it cannot be reached the buyer gets a 503 and nothing changed —
        // no renewal written, an earlier one still pending is not replaced
        const prepared = await payments.prepare({
          purpose: RENEWAL_PURPOSE,
          subscriberId,
          amountRials: priceRials,
          description: `تمدید ${RENEWAL_PLAN_NAMES[years]} خدمات دستگاه ${row.serial}`,
          mobile,
        });
        const contract = await strapi.db.transaction(async () => {
          await lockDevice(row.id);
          // a renewal left unpaid is replaced by this one (its payment, if made, is refunded)
          await cancelPendingRenewals(row.id);
          const created = await strapi.db.query(CONTRACT).create({
            data: {
              device: row.id,
              subscriber: subscriberId,
              kind: 'renewal',
              years,
              startDate: term.start,
              endDate: term.end,
              label: contractLabel({ kind: 'renewal', years, startDate: term.start, endDate: term.end }),
              priceRials: String(priceRials),
              contractStatus: 'pending_payment',
            },
          });
          await payments.record(prepared, { referenceId: created.documentId });
          return created;
        });
        return { contract: presentContract(contract, row, today), payment: { id: prepared.documentId, amountRials: priceRials, redirectUrl: prepared.redirectUrl } };
      }

      return strapi.db.transaction(async () => {
        await lockDevice(row.id);
        // a renewal started and not paid is no longer on offer once the buyer chose otherwise
        await cancelPendingRenewals(row.id);
        await endActiveContracts(row.id);
        const opened = { kind: choice === 'cancel' ? 'cancellation' : 'pay_per_case', startDate: today };
        const contract = await strapi.db.query(CONTRACT).create({
          data: { device: row.id, subscriber: subscriberId, ...opened, label: contractLabel(opened), priceRials: '0', contractStatus: 'active' },
        });
        await strapi.db.query(DEVICE).update({ where: { id: row.id }, data: { serviceMode: choice === 'cancel' ? 'cancelled' : 'pay_per_case' } });
        const label = SERVICE_CHOICE_LABELS[choice];
        await announce(
          row,
          subscriberId,
          `contract:${contract.documentId}`,
          label,
          { fa: `برای دستگاه ${row.serial}: ${label.fa}.`, en: `Device ${row.serial}: ${label.en}.` },
          { templateCode: 'service-changed', params: { device: row.serial, change: label.fa } }
        );
        const updated = await ownedDevice(subscriberId, documentId);
        return { contract: presentContract(contract, updated, today), device: presentDevice(updated, today) };
      });
    },

    /**
     * The payment purpose: a verified renewal payment extends the service (runs inside the grant's
     * transaction) — only while the renewal is live: its contract still `pending_payment` and the
     * device's latest contract (no newer renewal, no cancel or pay-per-case since), checked under
     * the device's row lock and granted with a conditional UPDATE. Otherwise nothing is granted and
     * the refusal's reason goes on the payment (`refund_due`, domain/contracts renewalRefusal).
     */
    async grantRenewal(payment: { referenceId: string; refId: string | null; subscriberId: number | null }, context: { previousStatus?: string | null } = {}) {
      const found = await strapi.db.query(CONTRACT).findOne({ where: { documentId: payment.referenceId }, select: ['id'], populate: { device: { select: ['id'] } } });
      if (!found?.device) return { refused: renewalRefusal({ contractStatus: null, laterKind: null }) as string };
      await lockDevice(found.device.id);
      // read again under the lock: a renewal started, a choice made meanwhile, is visible now
      const contract = await strapi.db.query(CONTRACT).findOne({
        where: { id: found.id },
        populate: { device: { select: ['id', 'documentId', 'serial', 'serviceEnd'] } },
      });
      const later = await strapi.db.query(CONTRACT).findOne({ where: { device: { id: found.device.id }, id: { $gt: found.id } }, select: ['kind'], orderBy: [{ id: 'asc' }] }); // the one that came next
      const refusal = renewalRefusal({ contractStatus: (contract?.contractStatus ?? null) as ContractStatus | null, laterKind: (later?.kind ?? null) as ContractKind | null, previousPaymentStatus: context.previousStatus });
      if (refusal) return { refused: refusal };
      const term = renewalTerm(tehranDate(), contract.device.serviceEnd ?? null, contract.years as RenewalYears);
      const { count } = await strapi.db.query(CONTRACT).updateMany({
        where: { id: contract.id, contractStatus: 'pending_payment' },
        data: { contractStatus: 'active', startDate: term.start, endDate: term.end, label: contractLabel({ ...contract, startDate: term.start, endDate: term.end }) },
      });
      if (count !== 1) return { refused: renewalRefusal({ contractStatus: 'active', laterKind: null }) as string };
      await endActiveContracts(contract.device.id, contract.id);
      await strapi.db.query(DEVICE).update({ where: { id: contract.device.id }, data: { serviceEnd: term.end, serviceMode: 'renewed' } });
      const until = formatJalaliDateLong(term.end);
      await announce(
        contract.device,
        payment.subscriberId!,
        `contract:${contract.documentId}`,
        { fa: 'خدمات تمدید شد', en: 'Service renewed' },
        {
          fa: `خدمات دستگاه ${contract.device.serial} تا ${until} تمدید شد (${formatTomans(Number(contract.priceRials))}؛ کد پیگیری ${payment.refId}).`,
          en: `The service of device ${contract.device.serial} is renewed until ${formatJalaliDateEnglish(term.end)} (${formatTomans(Number(contract.priceRials), 'en')}; payment reference ${payment.refId}).`,
        },
        { templateCode: 'service-renewed', params: { device: contract.device.serial, until, refId: payment.refId ?? '' } }
      );
    },

    /**
     * The payment purpose's description: for renewal payments (by contract documentId), the
     * device, the plan and the term paid for — one query for any number of payments.
     */
    async describeRenewals(contractIds: string[]) {
      const rows = contractIds.length
        ? await strapi.db.query(CONTRACT).findMany({
            where: { documentId: { $in: contractIds } },
            select: ['documentId', 'years', 'startDate', 'endDate'],
            populate: { device: { select: ['documentId', 'serial', 'serviceEnd'], populate: { model: { select: ['brand', 'model'] } } } },
          })
        : [];
      return new Map(
        rows.map((c: any) => [
          c.documentId,
          {
            kind: renewalKindLabel(c.years),
            device: c.device
              ? { id: c.device.documentId, serial: c.device.serial, brand: c.device.model?.brand ?? null, model: c.device.model?.model ?? null, serviceEnd: c.device.serviceEnd ?? null }
              : null,
            period: { start: c.startDate ?? null, end: c.endDate ?? null },
          },
        ])
      );
    },

    /** The buyer cancelled the payment, or it expired: the pending renewal is cancelled. */
    async abandonRenewal(payment: { referenceId: string }) {
      await strapi.db.query(CONTRACT).updateMany({ where: { documentId: payment.referenceId, contractStatus: 'pending_payment' }, data: { contractStatus: 'cancelled' } });
    },
  };
};
