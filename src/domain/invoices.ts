/**
 * Pay-per-case invoices (seed 001 §3): statuses and their labels. The arithmetic (lines from the
 * rate table) and the debt ceiling rule live here too as they are built.
 * Browser-safe (the admin's vocabulary imports the label maps).
 */
import type { Label } from './service-status';

export const INVOICE_STATUSES = ['unpaid', 'paid', 'void'] as const;
export type InvoiceStatus = (typeof INVOICE_STATUSES)[number];

export const INVOICE_STATUS_LABELS: Record<InvoiceStatus, Label> = {
  unpaid: { fa: 'پرداخت‌نشده', en: 'Unpaid' },
  paid: { fa: 'پرداخت‌شده', en: 'Paid' },
  void: { fa: 'باطل‌شده', en: 'Void' },
};
