/**
 * Service contracts (seed 001 §3): what kind of term a contract is and where it stands. The buyer's
 * site and the admin show these labels; the lifecycle rules are in
 * src/api/contract/services/service-lifecycle.ts; what the buyer sees of a contract (its status
 * now, and whether it belongs in their contract history) is decided here.
 */
import type { IsoDate } from './jalali';
import type { Label } from './service-status';
import { RENEWAL_PLAN_NAMES, type RenewalYears } from './renewal-plans';

export const CONTRACT_KINDS = ['initial', 'renewal', 'pay_per_case', 'cancellation'] as const;
export type ContractKind = (typeof CONTRACT_KINDS)[number];

export const CONTRACT_STATUSES = ['pending_payment', 'active', 'ended', 'cancelled'] as const;
export type ContractStatus = (typeof CONTRACT_STATUSES)[number];

export const CONTRACT_KIND_LABELS: Record<ContractKind, Label> = {
  initial: { fa: 'خدمات اولیه (همراه خرید)', en: 'Initial service' },
  renewal: { fa: 'تمدید قرارداد خدمات', en: 'Service renewal' },
  pay_per_case: { fa: 'خدمات موردی', en: 'Pay per case' },
  cancellation: { fa: 'انصراف از خدمات', en: 'Cancellation' },
};

export const CONTRACT_STATUS_LABELS: Record<ContractStatus, Label> = {
  pending_payment: { fa: 'در انتظار پرداخت', en: 'Awaiting payment' },
  active: { fa: 'فعال', en: 'Active' },
  ended: { fa: 'پایان‌یافته', en: 'Ended' },
  // only a renewal never paid (abandoned, cancelled at the gateway, replaced by another) ends here
  cancelled: { fa: 'لغوشده (پرداخت‌نشده)', en: 'Cancelled (not paid)' },
};

/**
 * Where a contract stands for the buyer today: its stored status read against the device and the
 * day. A contract for service (any kind but a cancellation) stored `active`
 *  - waits while the device's installation is not confirmed: the confirmation starts the services
 *    (a term staff recorded with the sale, or the demo's, is not running yet);
 *  - has ended once its end date is past (the stored status changes only when a new mode starts).
 */
export const CONTRACT_VIEW_STATUSES = [...CONTRACT_STATUSES, 'awaiting_installation'] as const;
export type ContractViewStatus = (typeof CONTRACT_VIEW_STATUSES)[number];

export const CONTRACT_VIEW_STATUS_LABELS: Record<ContractViewStatus, Label> = {
  ...CONTRACT_STATUS_LABELS,
  awaiting_installation: { fa: 'در انتظار تأیید نصب', en: 'Awaiting installation confirmation' },
};

export const contractStatusNow = (
  contract: { kind: ContractKind; contractStatus: ContractStatus; endDate?: IsoDate | null },
  device: { installationConfirmedAt?: Date | string | null },
  today: IsoDate
): ContractViewStatus => {
  if (contract.contractStatus !== 'active' || contract.kind === 'cancellation') return contract.contractStatus;
  if (!device.installationConfirmedAt) return 'awaiting_installation';
  if (contract.endDate && contract.endDate < today) return 'ended';
  return 'active';
};

/**
 * The buyer's contract history lists the contracts they had: in force or past. A renewal waiting
 * for its payment, or one never paid, is a payment attempt, not a contract — and certainly not a
 * contract the buyer cancelled — so it is left out (the payment itself is the buyer's record).
 */
export const CONTRACT_HISTORY_STATUSES: ContractStatus[] = ['active', 'ended'];
/** What a renewal payment paid for: «تمدید قرارداد خدمات (دوساله)». */
export const renewalKindLabel = (years: number): Label =>
  RENEWAL_PLAN_NAMES[years as RenewalYears]
    ? { fa: `${CONTRACT_KIND_LABELS.renewal.fa} (${RENEWAL_PLAN_NAMES[years as RenewalYears]})`, en: `${CONTRACT_KIND_LABELS.renewal.en} (${years} ${years === 1 ? 'year' : 'years'})` }
    : CONTRACT_KIND_LABELS.renewal;

/**
 * Whether a paid renewal may still be granted, and if not why (kept on the payment for finance,
 * which refunds it). A renewal is live while its contract is still `pending_payment` and no later
 * contract exists for the device — a newer renewal replaces it; the buyer's cancel or
 * pay-per-case changes the device's mode after it. The reasons name the cause in both languages.
 * Null when it may be granted.
 */
export const renewalRefusal = ({
  contractStatus,
  laterKind,
  previousPaymentStatus,
}: {
  contractStatus: ContractStatus | null;
  laterKind: ContractKind | null;
  previousPaymentStatus?: string | null;
}): string | null => {
  if (contractStatus === null) return 'قرارداد تمدید پیدا نشد (the renewal contract no longer exists)';
  if (laterKind === 'renewal') return 'درخواست تمدید جدیدتری برای دستگاه ثبت شده بود (replaced by a newer renewal)';
  if (laterKind === 'cancellation') return 'مشترک پس از این درخواست از خدمات انصراف داده بود (the buyer cancelled the service afterwards)';
  if (laterKind === 'pay_per_case') return 'مشترک پس از این درخواست خدمات موردی را برگزیده بود (the buyer chose pay-per-case afterwards)';
  if (laterKind) return 'خدمات دستگاه پس از این درخواست تغییر کرده بود (the device’s service changed afterwards)';
  if (contractStatus === 'pending_payment') return null;
  if (contractStatus === 'cancelled') {
    if (previousPaymentStatus === 'expired') return 'مهلت پرداخت گذشته و تمدید لغو شده بود (the payment had expired and its renewal was cancelled)';
    if (previousPaymentStatus === 'cancelled') return 'پرداخت لغوشده ثبت و تمدید لغو شده بود (the payment had been cancelled and its renewal with it)';
    if (previousPaymentStatus === 'failed') return 'پرداخت ناموفق ثبت و تمدید لغو شده بود (the payment had been marked failed and its renewal cancelled)';
    return 'این درخواست تمدید لغو شده بود (the renewal had been cancelled)';
  }
  return 'این قرارداد دیگر در انتظار پرداخت نبود (the renewal was no longer awaiting payment)';
};
