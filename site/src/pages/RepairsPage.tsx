/**
 * /repairs — the buyer's repair orders (seed 002), newest first: tracking code (the intake
 * receipt's), device, status, when it was received and the result promised within 7 working
 * days, the replacement flag after 30 working days, the outcome (repaired, replaced, refunded at
 * the invoice price). Each opens its page with the status history.
 */
import { Link } from 'react-router-dom';
import { getRepairs } from '../api/me';
import { useResource } from '../api/useResource';
import type { RepairOrder } from '../api/types';
import { useI18n } from '../i18n/I18nContext';
import { PageHeader } from '../components/PageHeader';
import { EmptyState, ErrorState, LoadingState } from '../components/States';
import { Facts, Ltr } from '../components/Facts';
import { Icon } from '../components/Icon';
import { isOpenRepair, PROMISE_WORKING_DAYS, RepairBadges, RepairDevice, REPLACEMENT_AFTER_WORKING_DAYS, useRepairFacts } from '../components/RepairParts';

export function RepairsPage() {
  const { t } = useI18n();
  const repairs = useResource(getRepairs, 'repairs');
  const open = repairs.status === 'ready' ? repairs.data.filter(isOpenRepair).length : 0;

  return (
    <>
      <PageHeader
        title={t('repairs.title')}
        subtitle={repairs.status === 'ready' && repairs.data.length > 0 ? t('repairs.count', { count: repairs.data.length, open }) : undefined}
      />
      {repairs.status === 'loading' && <LoadingState />}
      {repairs.status === 'error' && <ErrorState error={repairs.error} onRetry={repairs.reload} />}
      {repairs.status === 'ready' &&
        (repairs.data.length === 0 ? (
          <EmptyState title={t('repairs.empty')} icon={<Icon name="wrench" size={36} />}>
            {t('repairs.emptyHint')}
          </EmptyState>
        ) : (
          <>
            <ul className="repair-list" data-testid="repair-list">
              {repairs.data.map((repair) => (
                <li key={repair.id}>
                  <RepairCard repair={repair} />
                </li>
              ))}
            </ul>
            <p className="legal-note repair-policy">
              <Icon name="info" size={18} />
              <span>{t('repairs.policy', { days: PROMISE_WORKING_DAYS, replaceAfter: REPLACEMENT_AFTER_WORKING_DAYS })}</span>
            </p>
          </>
        ))}
    </>
  );
}

function RepairCard({ repair }: { repair: RepairOrder }) {
  const { t } = useI18n();
  const facts = useRepairFacts();
  const titleId = `repair-${repair.id}-title`;
  return (
    <article className={`card repair-card${repair.dueForReplacement ? ' repair-card--overdue' : ''}`} aria-labelledby={titleId} data-testid="repair-card" data-repair-id={repair.id}>
      <div className="repair-card__head">
        <div className="repair-card__id">
          <span className="repair-card__code-label">{t('repairs.trackingCode')}</span>
          <h2 className="repair-card__code" id={titleId}>
            <Link to={`/repairs/${encodeURIComponent(repair.id)}`} className="stretched-link" data-testid="repair-tracking-code">
              <Ltr>{repair.trackingCode}</Ltr>
            </Link>
          </h2>
        </div>
        <RepairBadges repair={repair} />
      </div>
      {repair.device && (
        <p className="repair-card__device">
          <Icon name="device" size={18} />
          <span>
            <RepairDevice repair={repair} />
          </span>
        </p>
      )}
      <Facts className="facts--compact" items={facts(repair)} />
      <div className="device-card__foot">
        <span />
        <span className="device-card__more" aria-hidden="true">
          {t('repairs.details')}
          <Icon name="chevron" size={16} className="icon--flip-rtl" />
        </span>
      </div>
    </article>
  );
}
