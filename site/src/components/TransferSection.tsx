/**
 * «انتقال مالکیت» on a device's page: the pending request for this device, if there is one, or
 * the way to /transfers with the device chosen.
 */
import { Link } from 'react-router-dom';
import { getOwnershipTransfers } from '../api/me';
import { useResource } from '../api/useResource';
import type { Device } from '../api/types';
import { useI18n } from '../i18n/I18nContext';
import { StatusBadge } from './StatusBadge';
import { Icon } from './Icon';

export function TransferSection({ device }: { device: Device }) {
  const { t, moment } = useI18n();
  const transfers = useResource(getOwnershipTransfers, `ownership-transfers:${device.id}`);
  const pending = transfers.status === 'ready' ? transfers.data.find((x) => x.status === 'pending' && x.device?.id === device.id) : undefined;

  return (
    <section className="card" id="transfer" aria-labelledby="device-transfer-title" data-testid="device-transfer">
      <div className="card__head card__head--wrap">
        <h2 id="device-transfer-title" className="card__title">
          {t('transfers.sectionTitle')}
        </h2>
        {pending && <StatusBadge kind="transfer" status={pending.status} label={pending.statusLabel} />}
      </div>
      {transfers.status === 'loading' ? (
        <p className="muted">{t('common.loading')}</p>
      ) : pending ? (
        <>
          <p className="card__intro">{t('transfers.sectionPending', { name: pending.newOwner.fullName, date: moment(pending.createdAt) ?? '' })}</p>
          <Link to="/transfers" className="button button--secondary button--small">
            {t('transfers.sectionList')}
            <Icon name="chevron" size={16} className="icon--flip-rtl" />
          </Link>
        </>
      ) : (
        <>
          <p className="card__intro">{t('transfers.sectionText')}</p>
          <Link to={`/transfers?device=${encodeURIComponent(device.id)}`} className="button button--secondary button--small" data-testid="device-transfer-link">
            <Icon name="transfer" size={18} />
            {t('transfers.sectionAction')}
          </Link>
        </>
      )}
    </section>
  );
}
