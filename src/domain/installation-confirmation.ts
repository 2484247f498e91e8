/**
 * The installation and start-up confirmation form (seed 001 §5): a form with legal value, the
 * prerequisite for services. Its content is fixed by a SHA-256 hash of a canonical rendering, so
 * anyone can later check that what is stored is what the buyer confirmed.
 */
import { createHash } from 'crypto';
import type { Label } from './service-status';

export const CHECKLIST = ['deviceFullyInstalled', 'driverCompressorConnectionsInstalled', 'initialTrainingGiven'] as const;
export type ChecklistItem = (typeof CHECKLIST)[number];

export const CHECKLIST_LABELS: Record<ChecklistItem | 'allItemsDone', Label> = {
  deviceFullyInstalled: { fa: 'نصب کامل دستگاه', en: 'The device is fully installed' },
  driverCompressorConnectionsInstalled: { fa: 'نصب درایور / کمپرسور / اتصالات', en: 'Driver / compressor / connections installed' },
  initialTrainingGiven: { fa: 'انجام آموزش اولیه', en: 'Initial training given' },
  allItemsDone: { fa: 'همهٔ موارد انجام شده است', en: 'All items are done' },
};

export type ConfirmedContent = {
  deviceDocumentId: string;
  serial: string;
  subscriberNumber: string;
  nationalCode: string;
  deviceFullyInstalled: boolean;
  driverCompressorConnectionsInstalled: boolean;
  initialTrainingGiven: boolean;
  allItemsDone: boolean;
  installationDate: string;
  confirmedAt: string; // ISO instant
  confirmedByUserId: number;
  ip: string | null;
  userAgent: string | null;
};

const FIELDS: Array<keyof ConfirmedContent> = [
  'deviceDocumentId',
  'serial',
  'subscriberNumber',
  'nationalCode',
  'deviceFullyInstalled',
  'driverCompressorConnectionsInstalled',
  'initialTrainingGiven',
  'allItemsDone',
  'installationDate',
  'confirmedAt',
  'confirmedByUserId',
  'ip',
  'userAgent',
];

/** Canonical JSON (fixed key order, version tag), then SHA-256 hex. */
export const hashConfirmation = (content: ConfirmedContent): string =>
  createHash('sha256')
    .update(JSON.stringify(['poshtiban-installation-confirmation/v1', ...FIELDS.map((f) => [f, content[f] ?? null])]))
    .digest('hex');
