import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { bilingual, errorEnvelope, FieldErrors } from 'poshtiban/validation/errors';
import { isDocumentId } from 'poshtiban/utils/document-id';
import { presentDate, presentDateTime } from 'poshtiban/domain/jalali';
import { rialsToTomans, toRials } from 'poshtiban/domain/money';
import { hasReceipt, maskCardPan, PAYMENT_STATUS_LABELS, type PaymentStatus } from 'poshtiban/domain/payments';
import type { PaymentRow, PaymentSubject } from '../services/payments';
import { readPaging } from 'poshtiban/validation/paging';

type OwnRow = PaymentRow & { verifiedAt: Date | string | null; cardPan: string | null };

/** One payment as the buyer sees it (list, result page), with what it paid for. */
const present = (payment: OwnRow, subject: PaymentSubject | undefined) => {
  const status = payment.paymentStatus as PaymentStatus;
  return {
    id: payment.documentId,
    purpose: payment.purpose,
    referenceId: payment.referenceId,
    description: payment.description,
    amountRials: toRials(payment.amountRials),
    status,
    statusLabel: PAYMENT_STATUS_LABELS[status],
    refId: payment.refId ?? null,
    createdAt: presentDateTime(payment.createdAt),
    verifiedAt: presentDateTime(payment.verifiedAt),
    kind: subject?.kind ?? null,
    device: subject?.device
      ? { ...subject.device, serviceEnd: presentDate(subject.device.serviceEnd) }
      : null,
    period: subject?.period ? { start: presentDate(subject.period.start), end: presentDate(subject.period.end) } : null,
    hasReceipt: hasReceipt(status),
  };
};

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const payments = () => strapi.plugin('payment').service('payments');

  const ownOr404 = async (subscriberId: number, id: unknown): Promise<OwnRow> => {
    const payment = isDocumentId(id) ? await payments().findForSubscriber(subscriberId, id) : null;
    if (!payment) throw bilingual(errors.NotFoundError, 'notFound');
    return payment;
  };

  const withSubject = async (payment: OwnRow) => present(payment, (await payments().describe([payment])).get(`${payment.purpose}:${payment.referenceId}`));

  return {
    /** GET /api/me/payments?page&pageSize — the caller's payments, newest first. */
    async find(ctx: any) {
      const errs = new FieldErrors();
      const { page, pageSize } = readPaging(ctx.query, errs);
      errs.throwIfAny();
      const { rows, pagination } = await payments().listForSubscriber(ctx.state.subscriber.id, { page, pageSize });
      const subjects = await payments().describe(rows);
      ctx.body = { data: rows.map((r: OwnRow) => present(r, subjects.get(`${r.purpose}:${r.referenceId}`))), meta: { pagination } };
    },

    /** GET /api/me/payments/:id — the result page's data; another subscriber's payment → 404 */
    async findOne(ctx: any) {
      const subscriberId = ctx.state.subscriber.id;
      let payment = await ownOr404(subscriberId, ctx.params.id);
      // still pending a little after the buyer came back (the gateway did not answer then): ask it now
      if (payment.paymentStatus === 'pending' && Date.now() - new Date(payment.createdAt).getTime() > 15_000) {
        await payments().settleById(payment.id);
        payment = await ownOr404(subscriberId, ctx.params.id);
      }
      ctx.body = { data: await withSubject(payment) };
    },

    /**
     * GET /api/me/payments/:id/receipt — what the printed receipt says; only for a paid payment
     * (409 otherwise), only the caller's (404 otherwise).
     */
    async receipt(ctx: any) {
      const subscriberId = ctx.state.subscriber.id;
      const payment = await ownOr404(subscriberId, ctx.params.id);
      if (!hasReceipt(payment.paymentStatus as PaymentStatus)) {
        ctx.status = 409;
        ctx.body = errorEnvelope(409, 'ConflictError', 'paymentNotPaid', { status: payment.paymentStatus });
        return;
      }
      const subscriber = await strapi.db.query('api::subscriber.subscriber').findOne({ where: { id: subscriberId }, select: ['fullName', 'subscriberNumber'] });
      const shown = await withSubject(payment);
      const rials = toRials(payment.amountRials);
      ctx.body = {
        data: {
          id: shown.id,
          refId: shown.refId,
          cardPan: maskCardPan(payment.cardPan),
          gateway: payment.gateway,
          amountRials: rials,
          amountTomans: rialsToTomans(rials),
          description: shown.description,
          kind: shown.kind,
          device: shown.device,
          period: shown.period,
          paidAt: shown.verifiedAt,
          subscriber: { fullName: subscriber?.fullName ?? null, subscriberNumber: subscriber?.subscriberNumber ?? null },
        },
      };
    },
  };
};
