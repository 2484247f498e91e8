/**
 * Repairs: intake (tracking code, promised date 7 working days later), status changes told to the
 * buyer (dashboard + SMS), the 30-working-day replacement flag (a daily job), the outcome, the
 * printed receipt, and the buyer's own view of their repair orders.
 */
import { VAZIRMATN_URL, vazirmatnFontFace } from '../../../utils/site-font';
import { randomInt } from 'crypto';
import type { Core } from '@strapi/strapi';
import { addWorkingDays, workingDaysBetween } from '../../../domain/working-days';
import { formatJalaliDate, formatJalaliDateLong, formatJalaliDateTime, presentDate, presentDateTime, tehranDate } from '../../../domain/jalali';
import { formatTomans, toRials } from '../../../domain/money';
import { toPersianDigits } from '../../../domain/digits';
import { siteLinks } from '../../../domain/site-links';
import {
  isUnresolved,
  repairDelay,
  repairResultDay,
  newTrackingCode,
  REPAIR_OUTCOME_LABELS,
  REPAIR_PROMISE_WORKING_DAYS,
  REPAIR_STATUS_LABELS,
  REPLACEMENT_AFTER_WORKING_DAYS,
  type RepairOutcome,
  type RepairStatus,
} from '../../../domain/repairs';

const UID = 'api::repair-order.repair-order';
const FIELDS = ['id', 'documentId', 'trackingCode', 'reportedFault', 'accessoriesReceived', 'boxReceived', 'receivedAt', 'promisedBy', 'repairStatus', 'outcome', 'refundAmountRials', 'replacementSerial', 'flaggedForReplacementAt', 'deliveredAt', 'statusHistory'];
const POPULATE = { device: { select: ['documentId', 'serial'], populate: { model: { select: ['brand', 'model'] } } } };

/**
 * Vazirmatn for the printed receipt, at the fixed address the site build gives it
 * (site/vite.config.ts). The receipt is written into a window the admin opens, which resolves this
 * against the admin's own origin.
 */
export const RECEIPT_FONT_URL = VAZIRMATN_URL;

const escape = (s: unknown) => String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** What "today" and the days off are when a repair's delay is judged (domain/repairs.ts repairDelay). */
export type DelayClock = { today: string; holidays: ReadonlySet<string> };

const historyOf = (r: any): { status: RepairStatus; at: string }[] => (Array.isArray(r.statusHistory) ? r.statusHistory : []);

/** How late the repair is against its promised date, or null when it is not. */
const delayOf = (r: any, clock: DelayClock) =>
  repairDelay({
    promisedBy: r.promisedBy ?? null,
    resultDay: repairResultDay(historyOf(r), r.deliveredAt ?? null, tehranDate),
    today: clock.today,
    holidays: clock.holidays,
  });

export const presentRepair = (r: any, clock: DelayClock) => ({
  id: r.documentId,
  trackingCode: r.trackingCode,
  device: r.device ? { id: r.device.documentId, serial: r.device.serial, brand: r.device.model?.brand ?? null, model: r.device.model?.model ?? null } : null,
  reportedFault: r.reportedFault,
  status: r.repairStatus as RepairStatus,
  statusLabel: REPAIR_STATUS_LABELS[r.repairStatus as RepairStatus],
  outcome: r.outcome as RepairOutcome,
  outcomeLabel: REPAIR_OUTCOME_LABELS[r.outcome as RepairOutcome],
  receivedAt: presentDateTime(r.receivedAt),
  promisedBy: presentDate(r.promisedBy),
  dueForReplacement: Boolean(r.flaggedForReplacementAt),
  refundAmountRials: r.refundAmountRials == null ? null : toRials(r.refundAmountRials),
  replacementSerial: r.replacementSerial ?? null,
  deliveredAt: presentDateTime(r.deliveredAt),
  /** late against the promised date: how many working days, and whether the result has come */
  delay: delayOf(r, clock),
  history: historyOf(r).map((h) => ({
    status: h.status,
    label: REPAIR_STATUS_LABELS[h.status],
    at: presentDateTime(h.at),
  })),
});

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const holidays = () => strapi.service('api::holiday.holiday').dates();

  /**
   * The intake receipt's content — the one staff print from the admin (receiptHtml) and the
   * buyer prints from the site (GET /api/me/repairs/:id/receipt). With `subscriberId`, only
   * that subscriber's repair (null otherwise).
   */
  const receipt = async (documentId: string, subscriberId?: number) => {
    const r = await strapi.db.query(UID).findOne({
      where: { documentId, ...(subscriberId === undefined ? {} : { subscriber: { id: subscriberId } }) },
      select: FIELDS,
      populate: { ...POPULATE, subscriber: { select: ['fullName', 'subscriberNumber', 'mobile'] } },
    });
    return r ? repairReceipt(r) : null;
  };

  return {
    /** At intake: owner, tracking code, received time, the promised date, the first history entry. */
    async completeIntake(id: number) {
      const row = await strapi.db.query(UID).findOne({
        where: { id },
        select: ['id', 'receivedAt', 'trackingCode', 'statusHistory', 'repairStatus'],
        populate: { device: { select: ['id'], populate: { owner: { select: ['id'] } } } },
      });
      if (!row?.device) return null;
      const receivedAt = row.receivedAt ? new Date(row.receivedAt) : new Date();
      const promisedBy = addWorkingDays(tehranDate(receivedAt), REPAIR_PROMISE_WORKING_DAYS, await holidays());
      await strapi.db.query(UID).update({
        where: { id },
        data: {
          subscriber: row.device.owner?.id ?? null,
          trackingCode: row.trackingCode || newTrackingCode(randomInt),
          receivedAt,
          promisedBy,
          statusHistory: [{ status: row.repairStatus ?? 'received', at: receivedAt.toISOString() }],
        },
      });
      return { promisedBy, subscriberId: row.device.owner?.id ?? null };
    },

    /** A status change: history, delivery time, and the buyer told on the dashboard and by SMS. */
    async statusChanged(id: number, status: RepairStatus) {
      const row = await strapi.db.query(UID).findOne({ where: { id }, select: FIELDS, populate: { ...POPULATE, subscriber: { select: ['id'] } } });
      if (!row) return;
      const at = new Date();
      const history = [...(Array.isArray(row.statusHistory) ? row.statusHistory : []), { status, at: at.toISOString() }];
      await strapi.db.query(UID).update({ where: { id }, data: { statusHistory: history, ...(status === 'delivered' ? { deliveredAt: at } : {}) } });
      if (!row.subscriber) return;
      const label = REPAIR_STATUS_LABELS[status];
      const eventKey = `repair:${row.documentId}:${status}:${history.length}`;
      await strapi.service('api::notification.notification').notify({
        subscriberId: row.subscriber.id,
        sourceId: eventKey,
        link: siteLinks.repair(row.documentId),
        title: { fa: `تعمیر ${row.trackingCode}: ${label.fa}`, en: `Repair ${row.trackingCode}: ${label.en}` },
        body: { fa: `دستگاه ${row.device?.serial ?? ''} — ${label.fa}.`, en: `Device ${row.device?.serial ?? ''} — ${label.en}.` },
      });
      await strapi.plugin('messaging').service('dispatch').notifySubscriber({
        subscriberId: row.subscriber.id,
        templateCode: 'repair-status',
        params: { tracking: row.trackingCode, device: row.device?.serial ?? '', status: label.fa },
        eventKey,
      });
    },

    /** The daily job: repairs unresolved for more than 30 working days are flagged for replacement. */
    async flagOverdue({ today = tehranDate() }: { today?: string } = {}) {
      const open = await strapi.db.query(UID).findMany({
        where: { repairStatus: { $in: ['received', 'diagnosing', 'repairing'] }, flaggedForReplacementAt: null },
        select: ['id', 'documentId', 'trackingCode', 'receivedAt', 'repairStatus'],
        populate: { subscriber: { select: ['id'] } },
      });
      const days = await holidays();
      let flagged = 0;
      for (const r of open) {
        if (!r.receivedAt || !isUnresolved(r.repairStatus)) continue;
        if (workingDaysBetween(tehranDate(new Date(r.receivedAt)), today, days) <= REPLACEMENT_AFTER_WORKING_DAYS) continue;
        await strapi.db.transaction(async () => {
          const { count } = await strapi.db.query(UID).updateMany({ where: { id: r.id, flaggedForReplacementAt: null }, data: { flaggedForReplacementAt: new Date() } });
          if (count !== 1) return;
          await strapi.service('api::audit-event.audit-event').record({ action: 'repair.flagged-for-replacement', actorType: 'system', subjectUid: UID, subjectId: r.documentId, details: { trackingCode: r.trackingCode } });
          if (r.subscriber) {
            await strapi.service('api::notification.notification').notify({
              subscriberId: r.subscriber.id,
              sourceId: `repair:${r.documentId}:replacement-due`,
              link: siteLinks.repair(r.documentId),
              title: { fa: `تعمیر ${r.trackingCode}: مشمول تعویض`, en: `Repair ${r.trackingCode}: due a replacement` },
              body: {
                fa: `تعمیر دستگاه شما بیش از ${toPersianDigits(REPLACEMENT_AFTER_WORKING_DAYS)} روز کاری طول کشیده است و مطابق تعهد گارانتی، دستگاه تعویض می‌شود. کارشناسان با شما تماس می‌گیرند.`,
                en: `Your repair has taken more than ${REPLACEMENT_AFTER_WORKING_DAYS} working days; under the warranty the device will be replaced. Our staff will contact you.`,
              },
              pinned: true,
            });
          }
          flagged += 1;
        });
      }
      return { checked: open.length, flagged };
    },

    async listFor(subscriberId: number) {
      const [rows, days] = await Promise.all([
        strapi.db.query(UID).findMany({ where: { subscriber: { id: subscriberId } }, select: FIELDS, populate: POPULATE, orderBy: [{ id: 'desc' }] }),
        holidays(),
      ]);
      const clock = { today: tehranDate(), holidays: days };
      return rows.map((r: any) => presentRepair(r, clock));
    },

    async findFor(subscriberId: number, documentId: string) {
      const row = await strapi.db.query(UID).findOne({ where: { documentId, subscriber: { id: subscriberId } }, select: FIELDS, populate: POPULATE });
      return row ? presentRepair(row, { today: tehranDate(), holidays: await holidays() }) : null;
    },

    receipt,

    /** The printed intake receipt (Persian, Jalali dates, tracking code, the 7-working-day promise). */
    async receiptHtml(documentId: string) {
      const content = await receipt(documentId);
      return content ? receiptHtml(content) : null;
    },
  };
};

/**
 * The intake receipt (seed 002): Persian, Jalali dates, the tracking code, what was handed in,
 * the 7-working-day promise and the 30-working-day replacement rule. Content only; the admin
 * prints it as HTML (receiptHtml) and the site lays it out in its own print view.
 */
export const repairReceipt = (r: any) => ({
  title: 'رسید پذیرش تعمیر',
  issuer: 'پشتیبان — خدمات پس از فروش',
  trackingLabel: 'کد پیگیری',
  trackingCode: r.trackingCode as string,
  rows: [
    { key: 'receivedAt', label: 'تاریخ و ساعت پذیرش', value: r.receivedAt ? formatJalaliDateTime(r.receivedAt) : '' },
    { key: 'subscriber', label: 'مشترک', value: `${r.subscriber?.fullName ?? ''} (شماره اشتراک ${toPersianDigits(r.subscriber?.subscriberNumber ?? '')})` },
    { key: 'device', label: 'دستگاه', value: `${r.device?.model?.brand ?? ''} ${r.device?.model?.model ?? ''}`.trim() },
    { key: 'serial', label: 'شماره سریال', value: r.device?.serial ?? '' },
    { key: 'fault', label: 'ایراد اعلام‌شده', value: r.reportedFault ?? '' },
    { key: 'accessories', label: 'لوازم جانبی تحویل‌شده', value: r.accessoriesReceived || '—' },
    { key: 'box', label: 'جعبه', value: r.boxReceived ? 'تحویل شد' : 'تحویل نشد' },
  ],
  promise: {
    /** «نتیجهٔ تعمیر حداکثر تا» + the long date (bold) + the rest */
    lead: 'نتیجهٔ تعمیر حداکثر تا',
    date: r.promisedBy ? formatJalaliDateLong(r.promisedBy) : '',
    rest: `(${r.promisedBy ? formatJalaliDate(r.promisedBy) : ''})، یعنی ${toPersianDigits(REPAIR_PROMISE_WORKING_DAYS)} روز کاری پس از پذیرش، اعلام می‌شود. اگر رسیدگی بیش از ${toPersianDigits(REPLACEMENT_AFTER_WORKING_DAYS)} روز کاری طول بکشد، دستگاه تعویض می‌شود؛ در صورت عدم امکان تعویض، وجه مطابق فاکتور خرید مسترد می‌شود.`,
  },
  refund: r.refundAmountRials ? `مبلغ استرداد: ${formatTomans(toRials(r.refundAmountRials))}` : null,
  followUp: 'پیگیری وضعیت: ناحیهٔ کاربری خریداران ← تعمیرات، یا با کد پیگیری از پشتیبانی.',
  signatures: ['امضای تحویل‌دهنده', 'امضای پذیرش‌کننده'],
});

export type RepairReceipt = ReturnType<typeof repairReceipt>;

/** The receipt as a printable page of its own (the admin writes it into a window it opens). */
const receiptHtml = (receipt: RepairReceipt) => {
  const row = (label: string, value: unknown) => `<tr><th>${escape(label)}</th><td>${escape(value)}</td></tr>`;
  return `<!doctype html>
<html lang="fa" dir="rtl"><head><meta charset="utf-8"><title>${escape(receipt.title)} ${escape(receipt.trackingCode)}</title>
<style>
${vazirmatnFontFace('block')}
@page{size:A5;margin:0}body{font-family:Vazirmatn,Tahoma,sans-serif;color:#111;margin:0;padding:12mm;font-size:13px}
h1{font-size:18px;margin:0 0 4px}.sub{color:#555;margin:0 0 16px}.code{font-size:20px;font-weight:700;letter-spacing:.05em;direction:ltr;display:inline-block;border:2px solid #111;padding:4px 10px;border-radius:6px}
table{width:100%;border-collapse:collapse;margin:12px 0}th,td{border:1px solid #bbb;padding:6px 8px;text-align:right;vertical-align:top}th{background:#f1f1f1;width:38%}
.promise{border:2px solid #0f766e;border-radius:8px;padding:10px;margin:12px 0;background:#f0fdfa}.sign{display:flex;gap:24px;margin-top:32px}.sign div{flex:1;border-top:1px solid #111;padding-top:6px;text-align:center}
button{margin-top:20px;font:inherit;padding:6px 20px;cursor:pointer}@media print{button{display:none}}
</style></head><body>
<h1>${escape(receipt.title)}</h1><p class="sub">${escape(receipt.issuer)}</p>
<p>${escape(receipt.trackingLabel)}: <span class="code">${escape(receipt.trackingCode)}</span></p>
<table>
${receipt.rows.map((x) => row(x.label, x.value)).join('\n')}
</table>
<div class="promise">${escape(receipt.promise.lead)} <strong>${escape(receipt.promise.date)}</strong> ${escape(receipt.promise.rest)}</div>
${receipt.refund ? `<p>${escape(receipt.refund)}</p>` : ''}
<p>${escape(receipt.followUp)}</p>
<div class="sign">${receipt.signatures.map((x) => `<div>${escape(x)}</div>`).join('')}</div>
<button onclick="window.print()">چاپ</button>
</body></html>`;
};
