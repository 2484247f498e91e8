/** Small pieces shared by the device list and the device page. */
import type { Device, DeviceType } from '../api/types';
import { useI18n } from '../i18n/I18nContext';
import { StatusBadge } from './StatusBadge';

export const useDeviceText = () => {
  const { t, lang } = useI18n();
  return {
    title: (d: Pick<Device, 'brand' | 'model'>) => [d.brand, d.model].filter(Boolean).join(' ') || t('device.unnamed'),
    typeName: (type: DeviceType | null) => (type ? (lang === 'en' ? type.nameEn || type.name : type.name) : null),
  };
};

export function DeviceBadges({ device, size }: { device: Device; size?: 'md' | 'lg' }) {
  return (
    <div className="badges">
      <StatusBadge kind="service" status={device.serviceStatus} label={device.serviceStatusLabel} size={size} />
      <StatusBadge kind="warranty" status={device.warrantyStatus} label={device.warrantyStatusLabel} size={size} />
    </div>
  );
}
