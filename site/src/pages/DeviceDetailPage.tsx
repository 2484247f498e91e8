/**
 * /devices/:id — one device: what needs attention, the installation confirmation form (while the
 * device awaits it; `#installation`), the service choices once the term ends (`#service`), its
 * details, its model's documents («مستندات دستگاه», with the way to the knowledge base for its
 * type), the signed installation record, its service contracts and its ownership transfer.
 */
import { useCallback, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { getDevice } from '../api/me';
import { useResource } from '../api/useResource';
import type { ApiDate, Contract, Device, DeviceDetail, InstallationConfirmation } from '../api/types';
import { useI18n } from '../i18n/I18nContext';
import { StackedTableHead } from '../components/StackedTable';
import { PageHeader } from '../components/PageHeader';
import { EmptyState, ErrorState, LoadingState } from '../components/States';
import { Facts, Ltr } from '../components/Facts';
import { DeviceBadges, useDeviceText } from '../components/DeviceParts';
import { AttentionList } from '../components/AttentionList';
import { StatusBadge } from '../components/StatusBadge';
import { Icon } from '../components/Icon';
import { INSTALLATION_SECTION, InstallationForm, InstallationRecord, StoredInstallationRecord, type ConfirmationNotice } from '../components/InstallationConfirmation';
import { SERVICE_SECTION, ServiceChoices } from '../components/ServiceChoices';
import { TransferSection } from '../components/TransferSection';
import { NewTicketLink, ticketsAllowed } from '../components/TicketParts';
import { DeviceDocuments } from '../components/DeviceDocuments';

function BackLink() {
  const { t } = useI18n();
  return (
    <Link to="/devices" className="back-link">
      <Icon name="chevron" size={16} className="icon--flip-ltr" />
      {t('device.back')}
    </Link>
  );
}

export function DeviceDetailPage() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const device = useResource((signal) => getDevice(id, signal), `device:${id}`);

  if (device.status === 'ready') return <DeviceView key={device.data.id} initial={device.data} />;
  if (device.status === 'error' && device.error.status === 404) {
    return (
      <>
        <PageHeader title={t('device.notFoundTitle')} before={<BackLink />} />
        <EmptyState icon={<Icon name="device" size={36} />}>
          <p>{t('device.notFoundText')}</p>
        </EmptyState>
      </>
    );
  }
  return (
    <>
      <PageHeader title={t('device.detailsTitle')} before={<BackLink />} />
      {device.status === 'loading' ? <LoadingState /> : <ErrorState error={device.error} onRetry={device.reload} />}
    </>
  );
}

/** A date with the days left to it, or — for a term that has not started — why there is no countdown. */
function DateWithDays({ value, days, waiting }: { value: ApiDate | null; days: number | null; waiting?: string }) {
  const { t, date } = useI18n();
  const text = date(value, 'long');
  if (!text) return null;
  return (
    <>
      <span>{text}</span>
      {waiting ? (
        <span className="facts__extra" data-testid="service-waiting">
          {waiting}
        </span>
      ) : (
        days !== null && days >= 0 && <span className="facts__extra">{days === 0 ? t('common.today') : t('common.daysLeft', { days })}</span>
      )}
    </>
  );
}

/** The section of this page an attention item is about (its link goes there). */
const sectionFor = (kind: string): typeof INSTALLATION_SECTION | typeof SERVICE_SECTION | null =>
  kind === 'confirm_installation' ? INSTALLATION_SECTION : kind === 'choose_service' ? SERVICE_SECTION : null;

function DeviceView({ initial }: { initial: DeviceDetail }) {
  const { t, moment } = useI18n();
  const text = useDeviceText();
  // the page changes in place after the buyer's actions (confirmation, service choice)
  const [device, setDevice] = useState<DeviceDetail>(initial);
  const [confirmation, setConfirmation] = useState<{ record: InstallationConfirmation; notice: ConfirmationNotice } | null>(null);

  /** Reads the device again (status, dates, contracts) without leaving the page. */
  const refresh = useCallback(async () => {
    try {
      setDevice(await getDevice(initial.id));
    } catch {
      /* what the action answered is shown already; the rest shows on the next visit */
    }
  }, [initial.id]);

  const onConfirmed = (record: InstallationConfirmation, notice: ConfirmationNotice) => {
    setConfirmation({ record, notice });
    void refresh();
  };

  const onServiceChanged = (changed: Device) => {
    setDevice((prev) => ({ ...prev, ...changed }));
    void refresh();
  };

  const awaitingForm = device.serviceStatus === 'awaiting_installation' && !confirmation;

  return (
    <>
      <PageHeader title={text.title(device)} subtitle={text.typeName(device.deviceType) ?? undefined} before={<BackLink />} actions={<DeviceBadges device={device} size="lg" />} />

      {device.attention.length > 0 && (
        <section className="card card--attention" aria-labelledby="device-attention-title">
          <h2 id="device-attention-title" className="card__title">
            {t('device.attentionTitle')}
          </h2>
          <AttentionList
            items={device.attention.map((a) => {
              const section = sectionFor(a.kind);
              return { key: a.kind, kind: a.kind, message: a.message, ...(section ? { to: `#${section}`, linkText: t(`device.goTo.${section}` as const) } : {}) };
            })}
          />
        </section>
      )}

      {awaitingForm && <InstallationForm device={device} onConfirmed={onConfirmed} />}
      {confirmation && <InstallationRecord record={confirmation.record} notice={confirmation.notice} />}

      <ServiceChoices device={device} onChanged={onServiceChanged} onStale={() => void refresh()} />

      <section className="card" aria-labelledby="device-details-title">
        <div className="card__head card__head--wrap">
          <h2 id="device-details-title" className="card__title">
            {t('device.detailsTitle')}
          </h2>
          {ticketsAllowed(device) && <NewTicketLink className="button button--secondary button--small" device={device.id} label="device.openTicket" />}
        </div>
        <Facts
          columns={2}
          items={[
            { label: t('device.brandModel'), value: text.title(device) },
            { label: t('device.type'), value: text.typeName(device.deviceType) },
            { label: t('device.serial'), value: <Ltr>{device.serial}</Ltr>, testId: 'device-serial' },
            { label: t('device.dongle'), value: device.dongleOrUserId ? <Ltr>{device.dongleOrUserId}</Ltr> : null },
            { label: t('device.installationDate'), value: <DateWithDays value={device.installationDate} days={null} /> },
            { label: t('device.installationConfirmedAt'), value: moment(device.installationConfirmedAt) },
            { label: t('device.warrantyEnd'), value: <DateWithDays value={device.warrantyEnd} days={device.daysToWarrantyEnd} /> },
            {
              label: t('device.serviceEnd'),
              value: <DateWithDays value={device.serviceEnd} days={device.daysToServiceEnd} waiting={device.serviceStatus === 'awaiting_installation' ? t('device.serviceWaiting') : undefined} />,
              testId: 'service-end',
            },
            { label: t('device.serviceStatus'), value: <StatusBadge kind="service" status={device.serviceStatus} label={device.serviceStatusLabel} /> },
            { label: t('device.warrantyStatus'), value: <StatusBadge kind="warranty" status={device.warrantyStatus} label={device.warrantyStatusLabel} /> },
          ]}
        />
      </section>

      <DeviceDocuments device={device} />

      {!awaitingForm && !confirmation && device.installationConfirmedAt && <StoredInstallationRecord deviceId={device.id} />}

      <section className="card" aria-labelledby="contracts-title">
        <div className="card__head">
          <h2 id="contracts-title" className="card__title">
            {t('contracts.title')}
          </h2>
          <Link to="/payments" className="button button--secondary button--small" data-testid="device-payments-link">
            <Icon name="card" size={18} />
            {t('payments.linkShort')}
          </Link>
        </div>
        {device.contracts.length === 0 ? <p className="muted">{t('contracts.empty')}</p> : <ContractsTable contracts={device.contracts} />}
      </section>

      <TransferSection device={device} />
    </>
  );
}

function ContractsTable({ contracts }: { contracts: Contract[] }) {
  const { t, label, date, tomans } = useI18n();
  const columns = {
    kind: t('contracts.kind'),
    years: t('contracts.years'),
    start: t('contracts.start'),
    end: t('contracts.end'),
    price: t('contracts.price'),
    status: t('contracts.status'),
  };
  return (
    <table className="table table--stack" data-testid="contracts">
      <StackedTableHead columns={columns} />
      <tbody>
        {contracts.map((c) => (
          <tr key={c.id}>
            <td data-label={columns.kind}>{label(c.kindLabel)}</td>
            <td data-label={columns.years}>{c.years ? t('contracts.yearsValue', { years: c.years }) : '—'}</td>
            <td data-label={columns.start}>{date(c.startDate) ?? '—'}</td>
            <td data-label={columns.end}>{date(c.endDate) ?? '—'}</td>
            <td data-label={columns.price} className="table__number">
              {tomans(c.priceRials)}
            </td>
            <td data-label={columns.status}>
              <span className={`pill pill--contract-${c.status}`} data-testid="contract-status">
                {label(c.statusLabel)}
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
