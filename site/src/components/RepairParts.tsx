/** Pieces shared by the repairs list and a repair's page. */
import type { RepairOrder } from '../api/types';
import { useI18n } from '../i18n/I18nContext';
import { StatusBadge } from './StatusBadge';
import { Icon } from './Icon';
import { Ltr, type Fact } from './Facts';

/** The result is promised within this many working days of intake (the printed receipt says so). */
export const PROMISE_WORKING_DAYS = 7;
/** Unresolved for longer than this many working days: the device is replaced (or refunded). */
export const REPLACEMENT_AFTER_WORKING_DAYS = 30;

/** Still with the workshop: not ready, not delivered. */
export const isOpenRepair = (r: Pick<RepairOrder, 'status'>) => r.status !== 'ready' && r.status !== 'delivered';

export function RepairBadges({ repair, size }: { repair: RepairOrder; size?: 'md' | 'lg' }) {
  const { t } = useI18n();
  return (
    <div className="badges">
      <StatusBadge kind="repair" status={repair.status} label={repair.statusLabel} size={size} />
      {repair.delay && (
        <span className={`tag tag--warn${size === 'lg' ? ' tag--lg' : ''}`} data-testid="repair-late" title={t('repairs.lateDays', { days: repair.delay.workingDays })}>
          <Icon name="calendar" size={16} />
          {t('repairs.late')}
        </span>
      )}
      {repair.dueForReplacement && (
        <span className={`tag tag--danger${size === 'lg' ? ' tag--lg' : ''}`} data-testid="repair-due-replacement">
          <Icon name="alert" size={16} />
          {t('repairs.dueForReplacement')}
        </span>
      )}
    </div>
  );
}

/**
 * The promised date, with the 7-working-day note — or, past it, how many working days late the
 * result came (or, still open, how long it is overdue): the server's `delay`, Fridays and
 * official holidays not counted.
 */
export function PromisedBy({ repair }: { repair: RepairOrder }) {
  const { t, date } = useI18n();
  const text = date(repair.promisedBy, 'long');
  if (!text) return null;
  const { delay } = repair;
  return (
    <>
      <span>{text}</span>
      <span className={`facts__extra${delay ? ' facts__extra--late' : ''}`} data-testid={delay ? 'repair-delay' : undefined}>
        {delay
          ? t(delay.resolved ? 'repairs.lateBy' : 'repairs.overdueBy', { days: delay.workingDays })
          : t('repairs.promiseNote', { days: PROMISE_WORKING_DAYS })}
      </span>
    </>
  );
}

/** The device line: brand and model, serial. */
export function RepairDevice({ repair }: { repair: RepairOrder }) {
  const { t } = useI18n();
  if (!repair.device) return null;
  const name = [repair.device.brand, repair.device.model].filter(Boolean).join(' ') || t('device.unnamed');
  return (
    <>
      {name} · <Ltr>{repair.device.serial}</Ltr>
    </>
  );
}

/** The facts both views show: intake, promise, outcome, and refund / replacement / delivery when there are any. */
export function useRepairFacts() {
  const { t, label, moment, tomans } = useI18n();
  return (repair: RepairOrder): Fact[] => [
    { label: t('repairs.receivedAt'), value: moment(repair.receivedAt), testId: 'repair-received' },
    { label: t('repairs.promisedBy'), value: <PromisedBy repair={repair} />, testId: 'repair-promised' },
    { label: t('repairs.outcome'), value: <span className={`outcome outcome--${repair.outcome}`}>{label(repair.outcomeLabel)}</span>, testId: 'repair-outcome' },
    ...(repair.refundAmountRials !== null ? [{ label: t('repairs.refund'), value: <strong className="table__number">{tomans(repair.refundAmountRials)}</strong>, testId: 'repair-refund' }] : []),
    ...(repair.replacementSerial ? [{ label: t('repairs.replacementSerial'), value: <Ltr>{repair.replacementSerial}</Ltr> }] : []),
    ...(repair.deliveredAt ? [{ label: t('repairs.deliveredAt'), value: moment(repair.deliveredAt) }] : []),
  ];
}
