/**
 * Pay-per-case invoices and the debt ceiling (seed 001 §3, seed 004). `strapi.service('api::invoice.invoices')`.
 *
 * - issueForTicket: called by the Ticket desk's resolve, inside its transaction. The billing rule
 *   (domain/invoices isBillable) decides; a billable ticket needs a difficulty and the work hours
 *   (field errors otherwise); the lines come from the support settings' rate table in integer
 *   rials. One invoice per ticket (UNIQUE ticket_id): resolving again answers the same invoice.
 * - listFor / findFor: the buyer's own invoices (the subscriber id in the WHERE; not theirs → null).
 * - outstanding: what a subscriber owes, one SUM over their unpaid invoices.
 * - pay: starts a payment for an unpaid invoice (purpose `invoice`), for the total in OUR row.
 * - grantPayment / describePayments: the payment purpose (src/index.ts registers them): a
 *   verified payment marks the invoice paid once (a conditional UPDATE); an invoice already paid
 *   or void refuses it, so the payment is `refund_due`.
 * - After an invoice is issued or paid the ceiling is looked at again in the same transaction,
 *   under the subscriber's row lock: reaching it opens a debt alert (openKey = subscriberId,
 *   UNIQUE: one open alert per subscriber) with one dashboard notification and one SMS/WhatsApp;
 *   falling below clears it, so the next crossing alerts again.
 */
import type { Core } from '@strapi/strapi';
import {
  debtCeilingCrossing,
  INVOICE_STATUS_LABELS,
  invoiceLines,
  invoiceNumber,
  isBillable,
  parseWorkHours,
  presentDebt,
  type InvoiceLine,
  type InvoiceStatus,
} from '../../../domain/invoices';
import { FAULT_ATTRIBUTIONS, TICKET_DIFFICULTIES, type FaultAttribution, type TicketDifficulty, type TicketKind } from '../../../domain/tickets';
import { computeServiceStatus, type ServiceMode } from '../../../domain/service-status';
import { jalaliParts, presentDateTime, tehranDate } from '../../../domain/jalali';
import { formatTomans, toRials } from '../../../domain/money';
import { siteLinks } from '../../../domain/site-links';
import { FieldErrors } from '../../../validation/errors';
import { isPostgres, withTransaction } from '../../../utils/raw-sql';
import { siteUrl } from '../../../utils/site-url';

const INVOICE = 'api::invoice.invoice';
const ALERT = 'api::invoice.debt-alert';
const TICKET = 'api::ticket.ticket';
const SUBSCRIBER = 'api::subscriber.subscriber';
export const INVOICE_PURPOSE = 'invoice';

const FIELDS = ['id', 'documentId', 'number', 'subscriberId', 'ticketId', 'lines', 'totalRials', 'invoiceStatus', 'issuedAt', 'paidAt', 'paymentId'];
const POPULATE = {
  device: { select: ['documentId', 'serial'], populate: { model: { select: ['brand', 'model'] } } },
  ticket: { select: ['documentId', 'number', 'title'] },
};

export type InvoiceRow = {
  id: number;
  documentId: string;
  number: string | null;
  subscriberId: number;
  ticketId: number | null;
  lines: InvoiceLine[] | null;
  totalRials: string | number;
  invoiceStatus: InvoiceStatus;
  issuedAt: Date | string | null;
  paidAt: Date | string | null;
  paymentId: number | null;
  device?: { documentId: string; serial: string; model?: { brand: string | null; model: string | null } | null } | null;
  ticket?: { documentId: string; number: string | null; title: string } | null;
};

/** One invoice as the buyer sees it (docs/api.md Invoice). */
export const presentInvoice = (row: InvoiceRow) => {
  const status = row.invoiceStatus;
  return {
    id: row.documentId,
    number: row.number,
    status,
    statusLabel: INVOICE_STATUS_LABELS[status],
    totalRials: toRials(row.totalRials),
    lines: (row.lines ?? []).map((l) => ({
      description: l.description,
      quantity: Number(l.quantity),
      unit: l.unit,
      unitRials: toRials(l.unitRials),
      amountRials: toRials(l.amountRials),
    })),
    issuedAt: presentDateTime(row.issuedAt),
    paidAt: presentDateTime(row.paidAt),
    device: row.device ? { id: row.device.documentId, serial: row.device.serial, brand: row.device.model?.brand ?? null, model: row.device.model?.model ?? null } : null,
    ticket: row.ticket ? { id: row.ticket.documentId, number: row.ticket.number, title: row.ticket.title } : null,
  };
};
export type PresentedInvoice = ReturnType<typeof presentInvoice>;

/** Why a verified payment is not granted (recorded on the payment for finance's refund). */
const REFUSALS = {
  missing: 'فاکتور این پرداخت یافت نشد (the invoice of this payment was not found)',
  paid: 'این فاکتور پیش از این پرداخت شده بود (the invoice was already paid)',
  void: 'این فاکتور باطل شده بود (the invoice was void)',
  amount: 'مبلغ پرداخت با مبلغ فاکتور یکی نیست (the amount paid is not the invoice total)',
};

type IssueInput = { difficulty?: unknown; workHours?: unknown; faultAttribution?: unknown };

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const db = () => strapi.db;

  /** knex for one statement: the current transaction's when there is one, else the connection. */
  const sql = <T>(fn: (knex: any) => Promise<T>): Promise<T> => (strapi.db.inTransaction() ? withTransaction(strapi, fn) : fn(strapi.db.connection));

  /**
   * Holds the subscriber's row until the transaction ends, so issuing, paying and the ceiling's
   * decision happen one after another per subscriber (PostgreSQL `SELECT … FOR UPDATE`; SQLite
   * runs one writing transaction at a time already). Reads after it see what the others committed.
   */
  const lockSubscriber = async (subscriberId: number) => {
    if (!isPostgres(strapi)) return;
    const table = strapi.db.metadata.get(SUBSCRIBER).tableName;
    await withTransaction(strapi, (trx) => trx(table).where({ id: subscriberId }).select('id').forUpdate());
  };

  /** What a subscriber owes: the sum and count of their unpaid invoices, one statement. */
  const outstanding = async (subscriberId: number): Promise<{ outstandingRials: number; unpaidCount: number }> => {
    const table = strapi.db.metadata.get(INVOICE).tableName;
    const rows: Array<{ total: unknown; unpaid: unknown }> = await sql((knex) =>
      knex(table).where({ subscriber_id: subscriberId, invoice_status: 'unpaid' }).select(knex.raw('COALESCE(SUM(total_rials), 0) AS total'), knex.raw('COUNT(*) AS unpaid'))
    );
    const total = rows[0]?.total ?? 0;
    return { outstandingRials: toRials(String(total).replace(/\.0+$/, '')), unpaidCount: Number(rows[0]?.unpaid ?? 0) };
  };

  const ceiling = async () => (await strapi.service('api::service-settings.service-settings').current()).payPerCaseDebtCeilingRials as number;

  /** The buyer's debt: outstanding, the ceiling and whether it is reached (two statements). */
  const debtOf = async (subscriberId: number) => {
    const [owed, limit] = await Promise.all([outstanding(subscriberId), ceiling()]);
    return presentDebt(owed.outstandingRials, owed.unpaidCount, limit);
  };

  /**
   * Looks at the ceiling again after the debt changed by `change` rials (inside the caller's
   * transaction, under the subscriber's lock): opens an alert and tells the buyer once per
   * crossing, clears it once the debt is below, and keeps the open alert's amount current.
   */
  const reviewCeiling = async (subscriberId: number, change = 0, now = new Date()) =>
    strapi.db.transaction(async () => {
      await lockSubscriber(subscriberId);
      const [{ outstandingRials }, limit] = await Promise.all([outstanding(subscriberId), ceiling()]);
      const open = await db().query(ALERT).findOne({ where: { openKey: subscriberId }, select: ['id', 'documentId', 'outstandingRials'] });
      const decision = debtCeilingCrossing(outstandingRials - change, outstandingRials, limit, Boolean(open));
      if (decision === 'alert') {
        const alert = await db().query(ALERT).create({
          data: { subscriber: subscriberId, subscriberId, outstandingRials: String(outstandingRials), ceilingRials: String(limit), crossedAt: now, openKey: subscriberId },
        });
        const eventKey = `debt-alert:${alert.documentId}`;
        await strapi.service('api::notification.notification').notify({
          subscriberId,
          sourceId: eventKey,
          title: { fa: 'هشدار پرداخت: ماندهٔ بدهی به سقف رسید', en: 'Payment warning: your debt has reached the ceiling' },
          body: {
            fa: `ماندهٔ بدهی فاکتورهای خدمات موردی شما ${formatTomans(outstandingRials)} است و به سقف بدهی (${formatTomans(limit)}) رسیده است. لطفاً فاکتورهای پرداخت‌نشده را پرداخت کنید.`,
            en: `Your outstanding pay-per-case debt is ${formatTomans(outstandingRials, 'en')}, which has reached the debt ceiling (${formatTomans(limit, 'en')}). Please pay your unpaid invoices.`,
          },
          link: siteLinks.invoices(),
        });
        await strapi.plugin('messaging').service('dispatch').notifySubscriber({
          subscriberId,
          eventKey,
          templateCode: 'debt-ceiling',
          params: { outstanding: formatTomans(outstandingRials), ceiling: formatTomans(limit), url: `${siteUrl(strapi)}${siteLinks.invoices()}` },
        });
      } else if (decision === 'clear') {
        await db().query(ALERT).update({ where: { id: open.id }, data: { clearedAt: now, openKey: null, outstandingRials: String(outstandingRials) } });
      } else if (open && toRials(open.outstandingRials) !== outstandingRials) {
        await db().query(ALERT).update({ where: { id: open.id }, data: { outstandingRials: String(outstandingRials) } });
      }
      return { decision, outstandingRials, ceilingRials: limit };
    });

  /** The ticket as billing needs it: kind, fault, the subscriber and the device's service now. */
  const ticketForBilling = (ticketId: number) =>
    db()
      .query(TICKET)
      .findOne({
        where: { id: ticketId },
        select: ['id', 'documentId', 'number', 'title', 'kind', 'faultAttribution'],
        populate: {
          subscriber: { select: ['id'] },
          device: { select: ['id', 'documentId', 'serial', 'serviceMode', 'installationConfirmedAt', 'serviceEnd'] },
        },
      });

  const serviceStatusOf = (device: { serviceMode?: ServiceMode | null; installationConfirmedAt?: Date | string | null; serviceEnd?: string | null } | null | undefined) =>
    device ? computeServiceStatus(device, tehranDate()) : null;

  const readFault = (value: unknown, stored: unknown, errs: FieldErrors): FaultAttribution => {
    if (value === undefined || value === null || value === '') return ((stored as FaultAttribution) ?? 'undetermined') as FaultAttribution;
    if (typeof value !== 'string' || !(FAULT_ATTRIBUTIONS as readonly string[]).includes(value)) {
      errs.add('faultAttribution', 'invalidChoice');
      return 'undetermined';
    }
    return value as FaultAttribution;
  };

  const findOwned = (subscriberId: number, documentId: string): Promise<InvoiceRow | null> =>
    db().query(INVOICE).findOne({ where: { documentId, subscriberId }, select: FIELDS, populate: POPULATE });

  return {
    outstanding,
    debtOf,
    reviewCeiling,

    /**
     * Whether resolving this ticket bills it (with the fault staff are about to record, if given):
     * the Ticket desk asks before it asks staff for the difficulty and hours.
     */
    async isTicketBillable(ticketId: number, faultAttribution?: FaultAttribution | null): Promise<boolean> {
      const row = await ticketForBilling(ticketId);
      if (!row) return false;
      return isBillable({ serviceStatus: serviceStatusOf(row.device), kind: row.kind as TicketKind, faultAttribution: faultAttribution ?? row.faultAttribution });
    },

    /**
     * The invoice of a resolved ticket, or null when the ticket is not billable. Runs in the
     * caller's transaction (or its own). A billable ticket without a valid difficulty and work
     * hours is a 400 naming those fields. A ticket already invoiced answers its invoice.
     */
    async issueForTicket(ticket: { id: number }, input: IssueInput = {}, { now = new Date() }: { now?: Date } = {}): Promise<InvoiceRow | null> {
      return strapi.db.transaction(async () => {
        const row = await ticketForBilling(ticket.id);
        if (!row) throw new Error(`invoices: no ticket ${ticket.id}`);
        const errs = new FieldErrors();
        const faultAttribution = readFault(input.faultAttribution, row.faultAttribution, errs);
        errs.throwIfAny();
        if (!isBillable({ serviceStatus: serviceStatusOf(row.device), kind: row.kind as TicketKind, faultAttribution })) return null;

        const existing: InvoiceRow | null = await db().query(INVOICE).findOne({ where: { ticketId: row.id }, select: FIELDS, populate: POPULATE });
        if (existing) return existing;

        const difficulty = input.difficulty;
        if (difficulty === undefined || difficulty === null || difficulty === '') errs.add('difficulty', 'required');
        else if (typeof difficulty !== 'string' || !(TICKET_DIFFICULTIES as readonly string[]).includes(difficulty)) errs.add('difficulty', 'invalidChoice');
        if (input.workHours === undefined || input.workHours === null || input.workHours === '') errs.add('workHours', 'required');
        else if (parseWorkHours(input.workHours) === null) errs.add('workHours', 'workHoursInvalid');
        errs.throwIfAny();

        const subscriberId: number | undefined = row.subscriber?.id;
        if (!subscriberId) throw new Error(`invoices: ticket ${row.id} has no subscriber`);
        await lockSubscriber(subscriberId);
        const rates = await strapi.service('api::support-settings.support-settings').current();
        const { lines, totalRials } = invoiceLines(rates, {
          difficulty: difficulty as TicketDifficulty,
          workHours: input.workHours as number | string,
          kind: row.kind as TicketKind,
          faultAttribution,
        });
        // nothing to pay (the rates are 0): no invoice the gateway could not take anyway
        if (totalRials === 0) return null;

        const created = await db()
          .query(INVOICE)
          .create({
            data: {
              subscriber: subscriberId,
              subscriberId,
              device: row.device?.id ?? null,
              ticket: row.id,
              ticketId: row.id,
              lines,
              totalRials: String(totalRials),
              invoiceStatus: 'unpaid',
              issuedAt: now,
            },
          });
        const number = invoiceNumber(jalaliParts(now).year, created.id);
        await db().query(INVOICE).update({ where: { id: created.id }, data: { number } });

        await strapi.service('api::notification.notification').notify({
          subscriberId,
          sourceId: `invoice:${created.documentId}`,
          title: { fa: `فاکتور ${number} صادر شد`, en: `Invoice ${number} issued` },
          body: {
            fa: `برای تیکت ${row.number ?? ''} «${row.title}» فاکتوری به مبلغ ${formatTomans(totalRials)} صادر شد؛ می‌توانید آن را آنلاین پرداخت کنید.`,
            en: `An invoice of ${formatTomans(totalRials, 'en')} was issued for ticket ${row.number ?? ''} “${row.title}”; you can pay it online.`,
          },
          link: siteLinks.invoice(created.documentId),
        });
        await reviewCeiling(subscriberId, totalRials, now);
        return db().query(INVOICE).findOne({ where: { id: created.id }, select: FIELDS, populate: POPULATE });
      });
    },

    /** A page of the buyer's invoices, newest first, with their debt: a fixed number of statements. */
    async listFor(subscriberId: number, { page, pageSize }: { page: number; pageSize: number }) {
      const where = { subscriberId };
      const [rows, total, debt] = await Promise.all([
        db().query(INVOICE).findMany({ where, select: FIELDS, populate: POPULATE, orderBy: [{ issuedAt: 'desc' }, { id: 'desc' }], offset: (page - 1) * pageSize, limit: pageSize }),
        db().query(INVOICE).count({ where }),
        debtOf(subscriberId),
      ]);
      return {
        data: (rows as InvoiceRow[]).map(presentInvoice),
        meta: { pagination: { page, pageSize, total, pageCount: Math.ceil(total / pageSize) }, debt },
      };
    },

    /** One of the buyer's invoices; null when it is not theirs. */
    async findFor(subscriberId: number, documentId: string): Promise<PresentedInvoice | null> {
      const row = await findOwned(subscriberId, documentId);
      return row ? presentInvoice(row) : null;
    },

    /**
     * POST /api/me/invoices/:id/pay: a payment for the invoice's total as stored. Null when the
     * invoice is not the subscriber's; `{ conflict }` when it is paid or void.
     */
    async pay(subscriberId: number, documentId: string) {
      const row = await findOwned(subscriberId, documentId);
      if (!row) return null;
      if (row.invoiceStatus !== 'unpaid') return { conflict: row.invoiceStatus };
      const subscriber = await db().query(SUBSCRIBER).findOne({ where: { id: subscriberId }, select: ['mobile'] });
      const amountRials = toRials(row.totalRials);
      const { payment, redirectUrl } = await strapi.plugin('payment').service('payments').start({
        purpose: INVOICE_PURPOSE,
        referenceId: row.documentId,
        subscriberId,
        amountRials,
        description: `پرداخت فاکتور ${row.number}${row.device ? ` (دستگاه ${row.device.serial})` : ''}`,
        mobile: subscriber?.mobile ?? undefined,
      });
      return { invoice: presentInvoice(row), payment: { id: payment.documentId as string, amountRials, redirectUrl: redirectUrl as string } };
    },

    /**
     * The payment purpose's grant (inside the payment's grant transaction, once per verified
     * payment): marks the invoice paid with a conditional UPDATE only one payment can win.
     */
    async grantPayment(payment: { id: number; referenceId: string; amountRials: string | number; subscriberId: number | null; refId: string | null }, { now = new Date() }: { now?: Date } = {}) {
      const found = await db().query(INVOICE).findOne({ where: { documentId: payment.referenceId }, select: ['id', 'subscriberId'] });
      if (!found) return { refused: REFUSALS.missing };
      await lockSubscriber(found.subscriberId);
      const invoice = await db().query(INVOICE).findOne({ where: { id: found.id }, select: ['id', 'documentId', 'number', 'subscriberId', 'totalRials', 'invoiceStatus'] });
      if (invoice.invoiceStatus !== 'unpaid') return { refused: invoice.invoiceStatus === 'void' ? REFUSALS.void : REFUSALS.paid };
      if (toRials(payment.amountRials) !== toRials(invoice.totalRials) || (payment.subscriberId !== null && payment.subscriberId !== invoice.subscriberId)) {
        return { refused: REFUSALS.amount };
      }
      const { count } = await db().query(INVOICE).updateMany({ where: { id: invoice.id, invoiceStatus: 'unpaid' }, data: { invoiceStatus: 'paid', paidAt: now, paymentId: payment.id } });
      if (count !== 1) return { refused: REFUSALS.paid };
      const amount = toRials(invoice.totalRials);
      await strapi.service('api::notification.notification').notify({
        subscriberId: invoice.subscriberId,
        sourceId: `invoice-paid:${invoice.documentId}`,
        title: { fa: `فاکتور ${invoice.number} پرداخت شد`, en: `Invoice ${invoice.number} paid` },
        body: {
          fa: `پرداخت فاکتور ${invoice.number} به مبلغ ${formatTomans(amount)} انجام شد (کد پیگیری ${payment.refId ?? ''}).`,
          en: `Invoice ${invoice.number} of ${formatTomans(amount, 'en')} is paid (payment reference ${payment.refId ?? ''}).`,
        },
        link: siteLinks.invoice(invoice.documentId),
      });
      await reviewCeiling(invoice.subscriberId, -amount, now);
    },

    /** The payment history's description of invoice payments: the invoice and its device, one query. */
    async describePayments(invoiceIds: string[]) {
      const rows = invoiceIds.length
        ? await db()
            .query(INVOICE)
            .findMany({
              where: { documentId: { $in: invoiceIds } },
              select: ['documentId', 'number'],
              populate: { device: { select: ['documentId', 'serial', 'serviceEnd'], populate: { model: { select: ['brand', 'model'] } } } },
            })
        : [];
      return new Map(
        rows.map((r: any) => [
          r.documentId,
          {
            kind: { fa: `پرداخت فاکتور ${r.number}`, en: `Invoice ${r.number}` },
            device: r.device
              ? { id: r.device.documentId, serial: r.device.serial, brand: r.device.model?.brand ?? null, model: r.device.model?.model ?? null, serviceEnd: r.device.serviceEnd ?? null }
              : null,
            period: null,
          },
        ])
      );
    },
  };
};
