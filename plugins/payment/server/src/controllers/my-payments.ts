import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { bilingual } from '../../../../../src/validation/errors';
import { isDocumentId } from '../../../../../src/utils/document-id';
import { presentDateTime } from '../../../../../src/domain/jalali';
import { toRials } from '../../../../../src/domain/money';
import { PAYMENT_STATUS_LABELS, type PaymentStatus } from '../../../../../src/domain/payments';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** GET /api/me/payments/:id — the result page's data; another subscriber's payment → 404 */
  async findOne(ctx: any) {
    const { id } = ctx.params;
    const payments = strapi.plugin('payment').service('payments');
    let payment = isDocumentId(id) ? await payments.findForSubscriber(ctx.state.subscriber.id, id) : null;
    if (!payment) throw bilingual(errors.NotFoundError, 'notFound');
    // still pending a little after the buyer came back (the gateway did not answer then): ask it now
    if (payment.paymentStatus === 'pending' && Date.now() - new Date(payment.createdAt).getTime() > 15_000) {
      await payments.settleById(payment.id);
      payment = await payments.findForSubscriber(ctx.state.subscriber.id, id);
    }
    const status = payment.paymentStatus as PaymentStatus;
    ctx.body = {
      data: {
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
      },
    };
  },
});
