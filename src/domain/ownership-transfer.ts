/**
 * Ownership transfer (seed 001 §6): a request is pending review until staff approve or reject it.
 * The workflow is src/api/ownership-transfer/services/transfers.ts.
 */
import type { Label } from './service-status';

export const TRANSFER_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type TransferStatus = (typeof TRANSFER_STATUSES)[number];

export const TRANSFER_STATUS_LABELS: Record<TransferStatus, Label> = {
  pending: { fa: 'در انتظار بررسی', en: 'Pending review' },
  approved: { fa: 'تأییدشده', en: 'Approved' },
  rejected: { fa: 'ردشده', en: 'Rejected' },
};
