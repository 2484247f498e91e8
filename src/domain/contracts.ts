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
