/** /devices — the buyer's purchased devices as cards. */
import { Link } from 'react-router-dom';
import { getDevices } from '../api/me';
import { useResource } from '../api/useResource';
import type { Device } from '../api/types';
import { useI18n } from '../i18n/I18nContext';
import { PageHeader } from '../components/PageHeader';
import { EmptyState, ErrorState, LoadingState } from '../components/States';
import { Facts, Ltr } from '../components/Facts';
import { DeviceBadges, useDeviceText } from '../components/DeviceParts';
import { Icon } from '../components/Icon';
import { SupportContact } from '../components/ContactDetails';

export function DevicesPage() {
  const { t } = useI18n();
  const devices = useResource(getDevices, 'devices');

  return (
    <>
      <PageHeader title={t('devices.title')} subtitle={devices.status === 'ready' && devices.data.length > 0 ? t('devices.count', { count: devices.data.length }) : undefined} />
      {devices.status === 'loading' && <LoadingState />}
      {devices.status === 'error' && <ErrorState error={devices.error} onRetry={devices.reload} />}
      {devices.status === 'ready' &&
        (devices.data.length === 0 ? (
          <EmptyState title={t('devices.empty')} icon={<Icon name="device" size={36} />}>
            <p>{t('devices.emptyHint')}</p>
            <SupportContact />
          </EmptyState>
        ) : (
          <ul className="device-grid">
            {devices.data.map((device) => (
              <li key={device.id}>
                <DeviceCard device={device} />
              </li>
            ))}
          </ul>
        ))}
    </>
  );
}

function DeviceCard({ device }: { device: Device }) {
  const { t, date } = useI18n();
  const text = useDeviceText();
  const titleId = `device-${device.id}-title`;
  return (
    <article className="card device-card" data-testid="device-card" data-device-id={device.id} aria-labelledby={titleId}>
      <div className="device-card__head">
        <h2 className="device-card__title" id={titleId}>
          <Link to={`/devices/${encodeURIComponent(device.id)}`} className="stretched-link">
            {text.title(device)}
          </Link>
        </h2>
        {device.deviceType && <p className="device-card__type">{text.typeName(device.deviceType)}</p>}
      </div>
      <DeviceBadges device={device} />
      <Facts
        className="facts--compact"
        items={[
          { label: t('device.serial'), value: <Ltr>{device.serial}</Ltr>, testId: 'device-serial' },
          ...(device.dongleOrUserId ? [{ label: t('device.dongle'), value: <Ltr>{device.dongleOrUserId}</Ltr> }] : []),
          { label: t('device.installationDate'), value: date(device.installationDate) },
          { label: t('device.warrantyEnd'), value: date(device.warrantyEnd) },
          { label: t('device.serviceEnd'), value: date(device.serviceEnd) },
        ]}
      />
      <div className="device-card__foot">
        {device.attention.length > 0 ? (
          <span className="device-card__attention">
            <Icon name="alert" size={16} />
            {t('devices.attentionCount', { count: device.attention.length })}
          </span>
        ) : (
          <span />
        )}
        <span className="device-card__more" aria-hidden="true">
          {t('devices.details')}
          <Icon name="chevron" size={16} className="icon--flip-rtl" />
        </span>
      </div>
    </article>
  );
}
