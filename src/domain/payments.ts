/**
 * Payments (api::payment.payment): where one attempt to pay stands. Written only by the payment
 * plugin; the buyer's payment result page and the admin show these labels.
 */
import type { Label } from './service-status';

export const PAYMENT_STATUSES = ['created', 'pending', 'paid', 'failed', 'cancelled', 'expired'] as const;
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];

export const PAYMENT_STATUS_LABELS: Record<PaymentStatus, Label> = {
  created: { fa: 'در حال اتصال به درگاه', en: 'Connecting to the gateway' },
  pending: { fa: 'در انتظار پرداخت', en: 'Awaiting payment' },
  paid: { fa: 'پرداخت موفق', en: 'Paid' },
  failed: { fa: 'پرداخت ناموفق', en: 'Payment failed' },
  cancelled: { fa: 'پرداخت لغو شد', en: 'Payment cancelled' },
  expired: { fa: 'مهلت پرداخت گذشت', en: 'Payment expired' },
};
