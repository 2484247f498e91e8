/**
 * /repairs/:id — one repair order: the intake receipt's facts, the replacement flag, the reported
 * fault, and the status history as a timeline (newest last, the current status marked).
 */
import { Link, useParams } from 'react-router-dom';
import { getRepair } from '../api/me';
import { useResource } from '../api/useResource';
import type { RepairOrder } from '../api/types';
import { useI18n } from '../i18n/I18nContext';
import { PageHeader } from '../components/PageHeader';
import { EmptyState, ErrorState, LoadingState } from '../components/States';
import { Facts, Ltr } from '../components/Facts';
import { Icon } from '../components/Icon';
import { PROMISE_WORKING_DAYS, RepairBadges, RepairDevice, REPLACEMENT_AFTER_WORKING_DAYS, useRepairFacts } from '../components/RepairParts';

function BackLink() {
  const { t } = useI18n();
  return (
    <Link to="/repairs" className="back-link">
      <Icon name="chevron" size={16} className="icon--flip-ltr" />
      {t('repairs.back')}
    </Link>
  );
}

export function RepairDetailPage() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const repair = useResource((signal) => getRepair(id, signal), `repair:${id}`);

  if (repair.status === 'ready') return <RepairView repair={repair.data} />;
  if (repair.status === 'error' && repair.error.status === 404) {
    return (
      <>
        <PageHeader title={t('repairs.notFoundTitle')} before={<BackLink />} />
        <EmptyState icon={<Icon name="wrench" size={36} />}>
          <p>{t('repairs.notFoundText')}</p>
        </EmptyState>
      </>
    );
  }
  return (
    <>
      <PageHeader title={t('repairs.detailLoading')} before={<BackLink />} />
      {repair.status === 'loading' ? <LoadingState /> : <ErrorState error={repair.error} onRetry={repair.reload} />}
    </>
  );
}

function RepairView({ repair }: { repair: RepairOrder }) {
  const { t, label, moment } = useI18n();
  const facts = useRepairFacts();
  const last = repair.history.length - 1;
  return (
    <>
      <PageHeader
        title={t('repairs.detailTitle', { code: repair.trackingCode })}
        subtitle={repair.device ? <RepairDevice repair={repair} /> : undefined}
        before={<BackLink />}
        actions={<RepairBadges repair={repair} size="lg" />}
      />

      {repair.dueForReplacement && (
        <div className="alert alert--warn" role="note" data-testid="repair-replacement-note">
          <Icon name="alert" size={20} />
          <span>{t('repairs.dueForReplacementText', { days: REPLACEMENT_AFTER_WORKING_DAYS })}</span>
        </div>
      )}

      <div className="repair-grid">
        <section className="card" aria-labelledby="repair-receipt-title">
          <div className="card__head">
            <h2 id="repair-receipt-title" className="card__title">
              {t('repairs.receiptTitle')}
            </h2>
            <Link to={`/repairs/${encodeURIComponent(repair.id)}/receipt`} className="button button--secondary button--small" data-testid="repair-print-link">
              <Icon name="printer" size={18} />
              {t('repairs.printReceipt')}
            </Link>
          </div>
          <Facts
            items={[
              { label: t('repairs.trackingCode'), value: <Ltr>{repair.trackingCode}</Ltr>, testId: 'repair-code' },
              ...(repair.device ? [{ label: t('device.serial'), value: <Ltr>{repair.device.serial}</Ltr> }] : []),
              ...facts(repair),
            ]}
          />
          <div className="repair-fault">
            <h3 className="repair-fault__title">{t('repairs.fault')}</h3>
            <p className="repair-fault__text">{repair.reportedFault}</p>
          </div>
        </section>

        <section className="card" aria-labelledby="repair-history-title">
          <h2 id="repair-history-title" className="card__title">
            {t('repairs.historyTitle')}
          </h2>
          {repair.history.length === 0 ? (
            <p className="muted">{t('repairs.historyEmpty')}</p>
          ) : (
            <ol className="timeline" data-testid="repair-history">
              {repair.history.map((h, i) => (
                <li key={`${h.status}-${i}`} className={`timeline__item${i === last ? ' timeline__item--current' : ''}`} data-status={h.status} aria-current={i === last ? 'step' : undefined}>
                  <span className="timeline__dot" aria-hidden="true">
                    <Icon name={i === last && h.status !== 'delivered' ? 'wrench' : 'check'} size={14} />
                  </span>
                  <span className="timeline__body">
                    <span className="timeline__label">{label(h.label)}</span>
                    {h.at && (
                      <time className="timeline__time" dateTime={h.at.iso}>
                        {moment(h.at)}
                      </time>
                    )}
                    {i === last && <span className="timeline__current">{t('repairs.current')}</span>}
                  </span>
                </li>
              ))}
            </ol>
          )}
        </section>
      </div>

      <p className="legal-note repair-policy">
        <Icon name="info" size={18} />
        <span>{t('repairs.policy', { days: PROMISE_WORKING_DAYS, replaceAfter: REPLACEMENT_AFTER_WORKING_DAYS })}</span>
      </p>
    </>
  );
}
