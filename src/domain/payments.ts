/**
 * Payments (api::payment.payment): where one attempt to pay stands. Written only by the payment
 * plugin; the buyer's payment result page and the admin show these labels.
 */
import type { Label } from './service-status';

export const PAYMENT_STATUSES = ['created', 'pending', 'paid', 'failed', 'cancelled', 'expired', 'refund_due'] as const;
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];

export const PAYMENT_STATUS_LABELS: Record<PaymentStatus, Label> = {
  created: { fa: 'در حال اتصال به درگاه', en: 'Connecting to the gateway' },
  pending: { fa: 'در انتظار پرداخت', en: 'Awaiting payment' },
  paid: { fa: 'پرداخت موفق', en: 'Paid' },
  failed: { fa: 'پرداخت ناموفق', en: 'Payment failed' },
  cancelled: { fa: 'پرداخت لغو شد', en: 'Payment cancelled' },
  expired: { fa: 'مهلت پرداخت گذشت', en: 'Payment expired' },
  // paid at the gateway for something no longer on offer (a replaced, cancelled or expired renewal): nothing granted, finance refunds it
  refund_due: { fa: 'در انتظار استرداد', en: 'Awaiting refund' },
};

/** Only a paid payment has a receipt. */
export const hasReceipt = (status: PaymentStatus) => status === 'paid';

/**
 * A card number as a receipt may show it: the first six and last four digits, the rest hidden
 * (gateways send it masked already; a full number is never shown). Null when there is none.
 */
export const maskCardPan = (pan: string | null | undefined): string | null => {
  if (!pan) return null;
  const digits = pan.replace(/[^0-9*]/g, '');
  if (digits.length < 10) return null;
  return `${digits.slice(0, 6)}${'*'.repeat(digits.length - 10)}${digits.slice(-4)}`;
};
