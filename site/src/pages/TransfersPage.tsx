/**
 * /transfers — device ownership transfer (seed 001 §6): the request form (choose the device — or
 * come from its page with ?device=<id> — the new owner's name, national code and mobile, and the
 * formal confirmation that the buyer's ownership ends) and the buyer's requests with their status
 * (pending review, approved, rejected with the reason). Staff decide in the admin; once approved,
 * the device leaves the buyer's devices (the server's doing).
 */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { ApiError, isApiError } from '../api/client';
import { getDevices, getOwnershipTransfers, requestOwnershipTransfer } from '../api/me';
import { useResource } from '../api/useResource';
import type { Device, Label, OwnershipTransfer } from '../api/types';
import { useI18n } from '../i18n/I18nContext';
import { PageHeader } from '../components/PageHeader';
import { EmptyState, ErrorState, LoadingState, useErrorText } from '../components/States';
import { MobileField, TextField } from '../components/TextField';
import { Check } from '../components/Check';
import { Facts, Ltr } from '../components/Facts';
import { StatusBadge } from '../components/StatusBadge';
import { Icon } from '../components/Icon';
import { useDeviceText } from '../components/DeviceParts';

const asApiError = (error: unknown): ApiError => (isApiError(error) ? error : new ApiError({ status: -1, code: 'unexpected', label: null }));

/** The request's fields, by the paths the server names in `details.errors`. */
const FIELDS = ['deviceId', 'newOwner.fullName', 'newOwner.nationalCode', 'newOwner.mobile', 'ownershipEndConfirmed'] as const;
type Field = (typeof FIELDS)[number];
type FieldMessage = Label | 'required';

export const TRANSFER_FORM = 'transfer-form' as const;

export function TransfersPage() {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const devices = useResource(getDevices, 'devices');
  const transfers = useResource(getOwnershipTransfers, 'ownership-transfers');
  /** requests made on this page since the list was loaded, newest first */
  const [added, setAdded] = useState<OwnershipTransfer[]>([]);

  const loaded = transfers.status === 'ready' ? transfers.data : [];
  const all = [...added, ...loaded.filter((l) => !added.some((a) => a.id === l.id))];
  const pendingDeviceIds = new Set(all.filter((x) => x.status === 'pending' && x.device).map((x) => x.device!.id));

  return (
    <>
      <PageHeader title={t('transfers.title')} subtitle={t('transfers.subtitle')} />
      <div className="transfer-grid">
        <section id={TRANSFER_FORM} className="card card--transfer" aria-labelledby="transfer-form-title" data-testid="transfer-form">
          <h2 id="transfer-form-title" className="card__title">
            {t('transfers.formTitle')}
          </h2>
          <p className="card__intro">{t('transfers.intro')}</p>
          {devices.status === 'loading' && <LoadingState />}
          {devices.status === 'error' && <ErrorState error={devices.error} onRetry={devices.reload} />}
          {devices.status === 'ready' &&
            (devices.data.length === 0 ? (
              <EmptyState title={t('transfers.noDevices')} icon={<Icon name="device" size={36} />}>
                {t('transfers.noDevicesHint')}
              </EmptyState>
            ) : (
              <TransferForm
                devices={devices.data}
                pendingDeviceIds={pendingDeviceIds}
                preselect={params.get('device')}
                onCreated={(created) => setAdded((prev) => [created, ...prev])}
                onConflict={transfers.reload}
              />
            ))}
        </section>

        <section className="card" aria-labelledby="transfer-list-title">
          <h2 id="transfer-list-title" className="card__title">
            {t('transfers.listTitle')}
          </h2>
          {transfers.status === 'loading' && <LoadingState />}
          {transfers.status === 'error' && <ErrorState error={transfers.error} onRetry={transfers.reload} />}
          {transfers.status === 'ready' &&
            (all.length === 0 ? (
              <p className="muted" data-testid="transfer-list-empty">
                {t('transfers.listEmpty')}
              </p>
            ) : (
              <ul className="transfer-list" data-testid="transfer-list">
                {all.map((x) => (
                  <li key={x.id}>
                    <TransferItem transfer={x} devices={devices.status === 'ready' ? devices.data : []} />
                  </li>
                ))}
              </ul>
            ))}
        </section>
      </div>
    </>
  );
}

type FormProps = {
  devices: Device[];
  pendingDeviceIds: Set<string>;
  preselect: string | null;
  onCreated: (transfer: OwnershipTransfer) => void;
  onConflict: () => void;
};

function TransferForm({ devices, pendingDeviceIds, preselect, onCreated, onConflict }: FormProps) {
  const { t, label } = useI18n();
  const text = useDeviceText();
  const errorText = useErrorText();
  const selectId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const doneRef = useRef<HTMLDivElement>(null);
  const errorRef = useRef<HTMLDivElement>(null);

  const selectable = (id: string | null) => Boolean(id && devices.some((d) => d.id === id) && !pendingDeviceIds.has(id));
  const [deviceId, setDeviceId] = useState(() => (selectable(preselect) ? preselect! : devices.length === 1 && selectable(devices[0].id) ? devices[0].id : ''));
  const [fullName, setFullName] = useState('');
  const [nationalCode, setNationalCode] = useState('');
  const [mobile, setMobile] = useState('');
  const [confirmed, setConfirmed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<Field, FieldMessage>>>({});
  const [formError, setFormError] = useState<ApiError | null>(null);
  const [done, setDone] = useState<string | null>(null);

  // a device chosen meanwhile may have got a pending request (this page's, or another tab's)
  useEffect(() => {
    if (deviceId && pendingDeviceIds.has(deviceId)) setDeviceId('');
  }, [deviceId, pendingDeviceIds]);

  const message = (m: FieldMessage | undefined) => (m === undefined ? undefined : m === 'required' ? t('errors.required') : label(m));
  const clear = (field: Field) => setFieldErrors((prev) => ({ ...prev, [field]: undefined }));
  const focusFirstInvalid = () => requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setFormError(null);
    setFieldErrors({});
    setDone(null);
    try {
      const created = await requestOwnershipTransfer({
        deviceId,
        newOwner: { fullName: fullName.trim(), nationalCode: nationalCode.trim(), mobile: mobile.trim() },
        ownershipEndConfirmed: confirmed,
      });
      onCreated(created);
      setDone(t('transfers.submitted', { device: created.device?.serial ?? '' }));
      setDeviceId('');
      setFullName('');
      setNationalCode('');
      setMobile('');
      setConfirmed(false);
      requestAnimationFrame(() => doneRef.current?.focus());
    } catch (e) {
      const error = asApiError(e);
      const mine: Partial<Record<Field, FieldMessage>> = {};
      for (const field of FIELDS) if (error.fieldErrors[field]) mine[field] = error.fieldErrors[field];
      setFieldErrors(mine);
      if (Object.keys(mine).length > 0) focusFirstInvalid();
      else {
        // what no field can show (409: a request is pending already; 404; the network) goes above the button
        setFormError(error);
        if (error.status === 409) onConflict();
        requestAnimationFrame(() => errorRef.current?.focus());
      }
    } finally {
      setBusy(false);
    }
  };

  const deviceError = message(fieldErrors.deviceId);

  return (
    <form ref={formRef} className="form" noValidate onSubmit={submit}>
      {done && (
        <div ref={doneRef} tabIndex={-1} className="alert alert--success" role="status" data-testid="transfer-done">
          <Icon name="check" size={20} />
          <span>{done}</span>
        </div>
      )}

      <div className={`field${deviceError ? ' field--invalid' : ''}`}>
        <label className="field__label" htmlFor={selectId}>
          {t('transfers.device')}
        </label>
        <div className="field__control">
          <select
            id={selectId}
            className="field__input field__select"
            value={deviceId}
            onChange={(e) => {
              setDeviceId(e.target.value);
              clear('deviceId');
            }}
            aria-invalid={deviceError ? true : undefined}
            aria-describedby={deviceError ? `${selectId}-error` : undefined}
            data-testid="transfer-device"
          >
            <option value="">{t('transfers.devicePlaceholder')}</option>
            {devices.map((d) => (
              <option key={d.id} value={d.id} disabled={pendingDeviceIds.has(d.id)}>
                {pendingDeviceIds.has(d.id)
                  ? t('transfers.deviceOptionPending', { device: text.title(d), serial: d.serial })
                  : t('transfers.deviceOption', { device: text.title(d), serial: d.serial })}
              </option>
            ))}
          </select>
        </div>
        {deviceError && (
          <p className="field__error" id={`${selectId}-error`}>
            {deviceError}
          </p>
        )}
      </div>

      <fieldset className="fieldset">
        <legend className="fieldset__legend">{t('transfers.newOwnerTitle')}</legend>
        <div className="form form--fields">
          <TextField
            label={t('transfers.fullName')}
            error={message(fieldErrors['newOwner.fullName'])}
            name="newOwnerFullName"
            autoComplete="off"
            // the server's limit for a person's name (src/domain/text-input.ts, TEXT_FIELDS.personName)
            maxLength={120}
            value={fullName}
            onChange={(e) => {
              setFullName(e.target.value);
              clear('newOwner.fullName');
            }}
            data-testid="transfer-full-name"
          />
          <div className="form__row">
            <TextField
              label={t('transfers.nationalCode')}
              hint={t('transfers.nationalCodeHint')}
              error={message(fieldErrors['newOwner.nationalCode'])}
              name="newOwnerNationalCode"
              inputMode="numeric"
              autoComplete="off"
              dir="ltr"
              maxLength={20}
              value={nationalCode}
              onChange={(e) => {
                setNationalCode(e.target.value);
                clear('newOwner.nationalCode');
              }}
              data-testid="transfer-national-code"
            />
            <MobileField
              label={t('transfers.mobile')}
              hint={t('transfers.mobileHint')}
              error={message(fieldErrors['newOwner.mobile'])}
              name="newOwnerMobile"
              autoComplete="off"
              value={mobile}
              onValue={(value) => {
                setMobile(value);
                clear('newOwner.mobile');
              }}
              data-testid="transfer-mobile"
            />
          </div>
        </div>
      </fieldset>

      <fieldset className="fieldset">
        <legend className="fieldset__legend">{t('transfers.confirmTitle')}</legend>
        <Check
          final
          checked={confirmed}
          onChange={(value) => {
            setConfirmed(value);
            clear('ownershipEndConfirmed');
          }}
          label={t('transfers.confirm')}
          error={message(fieldErrors.ownershipEndConfirmed)}
          testId="transfer-confirm"
        />
      </fieldset>

      <p className="legal-note">
        <Icon name="lock" size={18} />
        <span>{t('transfers.reviewNote')}</span>
      </p>

      {formError && (
        <div ref={errorRef} tabIndex={-1} className="alert alert--error" role="alert" data-testid="transfer-error">
          <Icon name="alert" size={20} />
          <span>{errorText(formError)}</span>
        </div>
      )}

      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={busy} data-testid="transfer-submit">
          <Icon name="transfer" size={20} />
          {busy ? t('transfers.submitting') : t('transfers.submit')}
        </button>
      </div>
    </form>
  );
}

function TransferItem({ transfer: x, devices }: { transfer: OwnershipTransfer; devices: Device[] }) {
  const { t, digits, moment } = useI18n();
  const text = useDeviceText();
  const device = x.device ? devices.find((d) => d.id === x.device!.id) : undefined;
  return (
    <article className={`transfer transfer--${x.status}`} data-testid="transfer" data-status={x.status} data-device-id={x.device?.id}>
      <div className="transfer__head">
        <div className="transfer__device">
          {device ? (
            <>
              <Link to={`/devices/${encodeURIComponent(device.id)}`} className="transfer__title">
                {text.title(device)}
              </Link>
              <span className="transfer__serial">
                <Ltr>{device.serial}</Ltr>
              </span>
            </>
          ) : x.device ? (
            // no longer among the buyer's devices (transferred): the request names it itself
            <>
              <span className="transfer__title">
                {[x.device.brand, x.device.model].filter(Boolean).join(' ') || t('device.unnamed')}
              </span>
              <span className="transfer__serial">
                <Ltr>{x.device.serial}</Ltr>
              </span>
            </>
          ) : (
            <span className="transfer__title">{t('device.unnamed')}</span>
          )}
        </div>
        <StatusBadge kind="transfer" status={x.status} label={x.statusLabel} />
      </div>
      <Facts
        className="facts--compact"
        items={[
          { label: t('transfers.newOwner'), value: x.newOwner.fullName },
          { label: t('transfers.nationalCodeShort'), value: <Ltr>{digits(x.newOwner.nationalCode)}</Ltr> },
          { label: t('transfers.mobileShort'), value: <Ltr>{digits(x.newOwner.mobile)}</Ltr> },
          { label: t('transfers.createdAt'), value: moment(x.createdAt) },
          ...(x.reviewedAt ? [{ label: t('transfers.reviewedAt'), value: moment(x.reviewedAt) }] : []),
        ]}
      />
      {x.status === 'rejected' && (
        <p className="transfer__note transfer__note--rejected" data-testid="transfer-rejection">
          <Icon name="info" size={16} />
          <span>
            <strong>{t('transfers.rejectionReason')}:</strong> {x.rejectionReason ?? t('common.notRecorded')}
          </span>
        </p>
      )}
      {x.status === 'approved' && (
        <p className="transfer__note">
          <Icon name="check" size={16} />
          <span>{t('transfers.approvedNote')}</span>
        </p>
      )}
      {x.status === 'pending' && (
        <p className="transfer__note">
          <Icon name="info" size={16} />
          <span>{t('transfers.pendingNote')}</span>
        </p>
      )}
    </article>
  );
}
