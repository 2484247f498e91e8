/**
 * The installation and start-up confirmation (seed 001 §5) on the device page: the form a buyer
 * confirms once — the hardware checklist, the installation date, the final «همهٔ موارد انجام شده
 * است» — and, after it, the signed record the server keeps (who, when, and the SHA-256 of the
 * content). The form has legal value and can never change: a second confirmation answers 409.
 * Both live in the section `#installation` (the dashboard's «تأیید نصب» item links there).
 */
import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { ApiError, isAbortError, isApiError } from '../api/client';
import { confirmInstallation, getInstallationConfirmation } from '../api/me';
import type { ChecklistKey, Device, InstallationConfirmation, Label } from '../api/types';
import { useI18n } from '../i18n/I18nContext';
import type { MessageKey } from '../i18n/fa';
import { tehranToday } from '../i18n/format';
import { Check } from './Check';
import { Facts } from './Facts';
import { Icon } from './Icon';
import { ErrorState, useErrorText } from './States';
import { JalaliDateField } from './JalaliDateField';
import { useHashFocus } from './useHashFocus';

/** The hardware checklist, then the final tick. */
const ITEMS = ['deviceFullyInstalled', 'driverCompressorConnectionsInstalled', 'initialTrainingGiven'] as const;
const FINAL = 'allItemsDone' as const;
const FIELDS: readonly string[] = [...ITEMS, FINAL, 'installationDate'];

export const INSTALLATION_SECTION = 'installation' as const;

const asApiError = (error: unknown): ApiError => (isApiError(error) ? error : new ApiError({ status: -1, code: 'unexpected', label: null }));

type FieldMessage = Label | 'required';
type Ticks = Record<ChecklistKey, boolean>;
const NONE_TICKED: Ticks = { deviceFullyInstalled: false, driverCompressorConnectionsInstalled: false, initialTrainingGiven: false, allItemsDone: false };

/** What the page shows above the record right after it was made (or found already made). */
export type ConfirmationNotice = { kind: 'success'; text: string } | { kind: 'info'; text: string };

/** The form, for a device whose service status is `awaiting_installation`. */
export function InstallationForm({ device, onConfirmed }: { device: Device; onConfirmed: (record: InstallationConfirmation, notice: ConfirmationNotice) => void }) {
  const { t, label, isoDate } = useI18n();
  const errorText = useErrorText();
  const today = tehranToday();
  // staff may have recorded the date already: offered, the buyer confirms or corrects it
  const [date, setDate] = useState(device.installationDate && device.installationDate.iso <= today ? device.installationDate.iso : '');
  const [ticks, setTicks] = useState<Ticks>(NONE_TICKED);
  const [busy, setBusy] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<string, FieldMessage>>>({});
  const [formError, setFormError] = useState<ApiError | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const hintId = useId();
  useHashFocus(INSTALLATION_SECTION, true);

  const complete = Object.values(ticks).every(Boolean);
  const message = (m: FieldMessage | undefined) => (m === undefined ? undefined : m === 'required' ? t('errors.required') : label(m));
  const tick = (key: ChecklistKey) => (value: boolean) => {
    setTicks((prev) => ({ ...prev, [key]: value }));
    setFieldErrors((prev) => ({ ...prev, [key]: undefined }));
  };

  const focusFirstInvalid = () => requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!complete || busy) return;
    if (!date) {
      setFieldErrors({ installationDate: 'required' });
      focusFirstInvalid();
      return;
    }
    setBusy(true);
    setFormError(null);
    setFieldErrors({});
    try {
      const record = await confirmInstallation(device.id, { ...ticks, installationDate: date });
      onConfirmed(record, { kind: 'success', text: t('installation.confirmed') });
    } catch (e) {
      const error = asApiError(e);
      if (error.status === 409) {
        // confirmed meanwhile (another tab, another person): the record is what counts now
        const record = await getInstallationConfirmation(device.id).catch(() => null);
        if (record) {
          onConfirmed(record, { kind: 'info', text: errorText(error) });
          return;
        }
      }
      const mine = Object.fromEntries(Object.entries(error.fieldErrors).filter(([path]) => FIELDS.includes(path)));
      setFieldErrors(mine);
      // what no field of the form can show goes above the button
      if (Object.keys(mine).length === 0) setFormError(error);
      else focusFirstInvalid();
      setBusy(false);
    }
  };

  const jalali = isoDate(date, 'long');
  const itemLabel = (key: ChecklistKey) => t(`installation.item.${key}` as MessageKey);

  return (
    <section id={INSTALLATION_SECTION} tabIndex={-1} className="card card--form anchor-target" aria-labelledby="installation-title" data-testid="installation-form">
      <div className="card__head card__head--wrap">
        <h2 id="installation-title" className="card__title">
          {t('installation.title')}
        </h2>
        <span className="tag tag--warn">
          <Icon name="alert" size={16} />
          {t('installation.prerequisite')}
        </span>
      </div>
      <p className="card__intro">{t('installation.intro')}</p>

      <form ref={formRef} className="form" noValidate onSubmit={submit}>
        <fieldset className="fieldset">
          <legend className="fieldset__legend">{t('installation.checklistTitle')}</legend>
          <div className="check-list">
            {ITEMS.map((key) => (
              <Check key={key} checked={ticks[key]} onChange={tick(key)} label={itemLabel(key)} error={message(fieldErrors[key])} />
            ))}
          </div>
        </fieldset>

        <JalaliDateField
          label={t('installation.date')}
          hint={t('installation.dateHint')}
          error={message(fieldErrors.installationDate)}
          name="installationDate"
          max={today}
          value={date}
          onChange={(iso) => {
            setDate(iso);
            setFieldErrors((prev) => ({ ...prev, installationDate: undefined }));
          }}
          className="field--date"
          beside={
            <output className="date-jalali" aria-live="polite" data-testid="installation-date-jalali">
              <Icon name="calendar" size={18} />
              <span>
                <span className="date-jalali__label">{t('installation.dateJalali')}</span>
                <span className="date-jalali__value">{jalali ?? '—'}</span>
              </span>
            </output>
          }
        />

        <fieldset className="fieldset">
          <legend className="fieldset__legend">{t('installation.finalTitle')}</legend>
          <Check final checked={ticks[FINAL]} onChange={tick(FINAL)} label={itemLabel(FINAL)} error={message(fieldErrors[FINAL])} />
        </fieldset>

        <p className="legal-note">
          <Icon name="lock" size={18} />
          <span>{t('installation.immutable')}</span>
        </p>

        {formError && (
          <div className="alert alert--error" role="alert" data-testid="installation-error">
            <Icon name="alert" size={20} />
            <span>{errorText(formError)}</span>
          </div>
        )}

        <div className="form__actions">
          <button
            type="submit"
            className={`button button--primary${complete ? '' : ' button--inactive'}`}
            disabled={!complete || busy}
            aria-describedby={complete ? undefined : hintId}
            data-testid="installation-submit"
          >
            <Icon name="check" size={20} />
            {busy ? t('installation.submitting') : t('installation.submit')}
          </button>
          {!complete && (
            <p className="form__hint" id={hintId}>
              {t('installation.incomplete')}
            </p>
          )}
        </div>
      </form>
    </section>
  );
}

/** The signed record: the checklist as confirmed, the date, who and when, the content's hash. */
export function InstallationRecord({ record, notice }: { record: InstallationConfirmation; notice?: ConfirmationNotice | null }) {
  const { t, label, date, moment, digits } = useI18n();
  const noticeRef = useRef<HTMLDivElement>(null);
  // a deep link lands here — unless the buyer just confirmed: then the news has the focus
  useHashFocus(INSTALLATION_SECTION, !notice);

  // right after confirming, the keyboard goes to the news
  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  const by = record.confirmedBy;
  const byText: ReactNode = (
    <>
      {by.name && <span>{by.name}</span>}
      <span className="facts__extra">{t('installation.subscriber', { number: digits(by.subscriberNumber) })}</span>
    </>
  );

  return (
    <section id={INSTALLATION_SECTION} tabIndex={-1} className="card anchor-target" aria-labelledby="installation-title" data-testid="installation-record">
      <div className="card__head card__head--wrap">
        <h2 id="installation-title" className="card__title">
          {t('installation.title')}
        </h2>
        <span className="tag tag--done">
          <Icon name="shield" size={16} />
          {t('installation.signed')}
        </span>
      </div>

      {notice && (
        <div ref={noticeRef} tabIndex={-1} className={`alert alert--${notice.kind}`} role="status" data-testid="installation-notice">
          <Icon name={notice.kind === 'success' ? 'check' : 'info'} size={20} />
          <span>{notice.text}</span>
        </div>
      )}

      <h3 className="card__subtitle card__subtitle--first">{t('installation.checklistTitle')}</h3>
      <ul className="ticks" data-testid="installation-checklist">
        {record.checklist.map((item) => (
          <li key={item.key} className={`tick${item.checked ? ' tick--done' : ' tick--missing'}${item.key === FINAL ? ' tick--final' : ''}`}>
            <span className="tick__mark" aria-hidden="true">
              <Icon name={item.checked ? 'check' : 'close'} size={16} />
            </span>
            <span>{label(item.label)}</span>
            <span className="visually-hidden">({item.checked ? t('installation.checked') : t('installation.notChecked')})</span>
          </li>
        ))}
      </ul>

      <Facts
        className="record-facts"
        items={[
          { label: t('installation.date'), value: date(record.installationDate, 'long'), testId: 'installation-date' },
          { label: t('installation.confirmedAt'), value: moment(record.confirmedAt), testId: 'installation-confirmed-at' },
          { label: t('installation.confirmedBy'), value: byText, testId: 'installation-confirmed-by' },
        ]}
      />

      <div className="hash">
        <p className="hash__label" id="installation-hash-label">
          <Icon name="shield" size={18} />
          {t('installation.hash')}
        </p>
        <code className="hash__value" dir="ltr" aria-labelledby="installation-hash-label" data-testid="content-hash">
          {record.contentHash}
        </code>
        <p className="hash__hint">{t('installation.hashHint')}</p>
      </div>

      <p className="legal-note">
        <Icon name="lock" size={18} />
        <span>{t('installation.recordNote')}</span>
      </p>
    </section>
  );
}

/** The record of a device confirmed earlier (loaded here); nothing when there is none. */
export function StoredInstallationRecord({ deviceId }: { deviceId: string }) {
  const { t } = useI18n();
  const [state, setState] = useState<{ status: 'loading' } | { status: 'ready'; record: InstallationConfirmation | null } | { status: 'error'; error: ApiError }>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setState({ status: 'loading' });
    getInstallationConfirmation(deviceId, controller.signal).then(
      (record) => !controller.signal.aborted && setState({ status: 'ready', record }),
      (e: unknown) => !controller.signal.aborted && !isAbortError(e) && setState({ status: 'error', error: asApiError(e) })
    );
    return () => controller.abort();
  }, [deviceId, attempt]);

  if (state.status === 'ready') return state.record ? <InstallationRecord record={state.record} /> : null;
  if (state.status === 'error') {
    return (
      <section className="card" aria-labelledby="installation-title">
        <h2 id="installation-title" className="card__title">
          {t('installation.title')}
        </h2>
        <ErrorState error={state.error} onRetry={() => setAttempt((n) => n + 1)} />
      </section>
    );
  }
  return null;
}
