/**
 * THE rule for the installation date a buyer confirms in the installation form (seed 001 §5).
 * The form has legal value and can never be corrected, so a date that cannot be true is refused
 * before it is signed:
 * - not in the future (Tehran's today);
 * - not before the device was sold (the device's `saleDate`, the invoice date staff enter; a
 *   device without one is not checked on this point — the portal has no other record of the sale:
 *   contracts start at installation, and the device record's creation can come long after the sale
 *   for devices registered late);
 * - not more than INSTALLATION_DATE_WINDOW_DAYS away from the installation date staff recorded
 *   on the device (either way): a date that far off is a mistyped year or month, not a
 *   disagreement about a day or two. A device without a recorded date is not checked on this point.
 */
import { daysBetween, type IsoDate } from './jalali';

export const INSTALLATION_DATE_WINDOW_DAYS = 30;

export type InstallationDateRefusal = 'dateInFuture' | 'installationBeforeSale' | 'installationFarFromRecorded';

export const judgeInstallationDate = ({
  date,
  today,
  saleDate,
  recordedDate,
}: {
  /** the date the buyer confirms (a valid ISO day) */
  date: IsoDate;
  /** Tehran's today */
  today: IsoDate;
  saleDate?: IsoDate | null;
  /** the installation date staff recorded on the device */
  recordedDate?: IsoDate | null;
}): InstallationDateRefusal | null => {
  if (date > today) return 'dateInFuture';
  if (saleDate && date < saleDate) return 'installationBeforeSale';
  if (recordedDate && Math.abs(daysBetween(recordedDate, date)) > INSTALLATION_DATE_WINDOW_DAYS) return 'installationFarFromRecorded';
  return null;
};
