/**
 * Service contracts (seed 001 §3): what kind of term a contract is and where it stands. The buyer's
 * site and the admin show these labels; the lifecycle rules are in
 * src/api/contract/services/service-lifecycle.ts.
 */
import type { Label } from './service-status';
import { RENEWAL_PLAN_NAMES, type RenewalYears } from './service-choices';

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
  cancelled: { fa: 'لغوشده', en: 'Cancelled' },
};

/** What a renewal payment paid for: «تمدید قرارداد خدمات (دوساله)». */
export const renewalKindLabel = (years: number): Label =>
  RENEWAL_PLAN_NAMES[years as RenewalYears]
    ? { fa: `${CONTRACT_KIND_LABELS.renewal.fa} (${RENEWAL_PLAN_NAMES[years as RenewalYears]})`, en: `${CONTRACT_KIND_LABELS.renewal.en} (${years} ${years === 1 ? 'year' : 'years'})` }
    : CONTRACT_KIND_LABELS.renewal;
