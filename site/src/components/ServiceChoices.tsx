/**
 * «ادامهٔ خدمات» on the device page (seed 001 §3): what the buyer may choose once the service
 * ends (or, for a renewal, near its end) — renew for one, two or three years (paid on the bank's
 * gateway: the browser goes there and comes back to /payments/:id), continue pay-per-case, or
 * cancel (after a confirmation dialog). The server says what is open now and why not
 * (GET /api/me/devices/:id/service); the section shows only when something is open. It lives at
 * `#service` (the dashboard's «انتخاب خدمات» item links there).
 */
import { useEffect, useId, useRef, useState } from 'react';
import { ApiError, isAbortError, isApiError } from '../api/client';
import { chooseService, getServiceOptions } from '../api/me';
import type { Device, RenewalPlan, RenewalYears, ServiceChoiceKind, ServiceChoiceOption, ServiceOptions } from '../api/types';
import { useI18n } from '../i18n/I18nContext';
import type { MessageKey } from '../i18n/fa';
import { Icon } from './Icon';
import { useErrorText } from './States';
import { useHashFocus } from './useHashFocus';

export const SERVICE_SECTION = 'service' as const;

const asApiError = (error: unknown): ApiError => (isApiError(error) ? error : new ApiError({ status: -1, code: 'unexpected', label: null }));

/** Why a choice is not open, in words (the API's `reason` codes). */
const reasonKey = (choice: ServiceChoiceKind, reason: string | undefined): MessageKey => {
  switch (reason) {
    case 'awaitingInstallation':
      return 'service.reason.awaitingInstallation';
    case 'serviceRunning':
      return choice === 'renew' ? 'service.reason.serviceRunningRenew' : 'service.reason.serviceRunning';
    case 'alreadyInMode':
      return choice === 'pay_per_case' ? 'service.reason.alreadyPayPerCase' : choice === 'cancel' ? 'service.reason.alreadyCancelled' : 'service.reason.alreadyInMode';
    default:
      return 'service.reason.other';
  }
};

type Busy = null | 'renew' | 'pay_per_case' | 'cancel';

/**
 * `onChanged`: a choice took effect (the device as the server now shows it); `onStale`: the
 * server refused a choice that looked open — the device changed elsewhere, read it again.
 */
export function ServiceChoices({ device, onChanged, onStale }: { device: Device; onChanged: (device: Device) => void; onStale: () => void }) {
  const { t, label, date, isoDate, tomans } = useI18n();
  const errorText = useErrorText();
  const [options, setOptions] = useState<ServiceOptions | null>(null);
  const [loadError, setLoadError] = useState<ApiError | null>(null);
  const [version, setVersion] = useState(0);
  const [years, setYears] = useState<RenewalYears | null>(null);
  const [busy, setBusy] = useState<Busy>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const doneRef = useRef<HTMLDivElement>(null);
  const errorRef = useRef<HTMLDivElement>(null);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const keepRef = useRef<HTMLButtonElement>(null);
  const planHintId = useId();

  // what is open changes with the device's status: ask again then (the last answer stays shown meanwhile)
  useEffect(() => {
    const controller = new AbortController();
    getServiceOptions(device.id, controller.signal).then(
      (answer) => {
        if (controller.signal.aborted) return;
        setOptions(answer);
        setLoadError(null);
      },
      (e: unknown) => {
        if (!controller.signal.aborted && !isAbortError(e)) setLoadError(asApiError(e));
      }
    );
    return () => controller.abort();
  }, [device.id, device.serviceStatus, device.serviceEnd?.iso, version]);

  const open = options?.choices.some((c) => c.allowed) ?? false;
  useHashFocus(SERVICE_SECTION, open);

  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);

  // a refusal is read out and focused once it is on the page
  useEffect(() => {
    if (error) errorRef.current?.focus();
  }, [error]);

  // back from the gateway with the browser's Back button (page restored as it was left): usable again
  useEffect(() => {
    const onShow = (event: PageTransitionEvent) => {
      if (event.persisted) setBusy(null);
    };
    window.addEventListener('pageshow', onShow);
    return () => window.removeEventListener('pageshow', onShow);
  }, []);

  if (!options) {
    // the section only matters when something can be chosen; a failed first load says so only then
    if (!loadError || !['expired', 'pay_per_case', 'cancelled'].includes(device.serviceStatus)) return null;
    return (
      <section className="card" aria-labelledby="service-title">
        <h2 id="service-title" className="card__title">
          {t('service.title')}
        </h2>
        <div className="state state--error" role="alert">
          <p>{errorText(loadError)}</p>
          <button type="button" className="button button--secondary" onClick={() => setVersion((n) => n + 1)}>
            {t('common.retry')}
          </button>
        </div>
      </section>
    );
  }
  if (!open) return null;

  const choice = (kind: ServiceChoiceKind): ServiceChoiceOption | undefined => options.choices.find((c) => c.choice === kind);
  const renew = choice('renew');
  const plans: RenewalPlan[] = renew?.plans ?? [];
  const chosenPlan = plans.find((p) => p.years === years) ?? null;
  const others = (['pay_per_case', 'cancel'] as const).map(choice).filter((c): c is ServiceChoiceOption => Boolean(c));

  const failed = (e: unknown) => {
    const apiError = asApiError(e);
    setError(apiError);
    setBusy(null);
    // the situation may have changed meanwhile (another tab): ask what is open now
    if (apiError.status === 400 || apiError.status === 409) {
      setVersion((n) => n + 1);
      onStale();
    }
  };

  const startRenewal = async () => {
    if (!chosenPlan || busy) return;
    setBusy('renew');
    setError(null);
    setDone(null);
    try {
      const result = await chooseService(device.id, { choice: 'renew', years: chosenPlan.years });
      if (!result.payment) throw new ApiError({ status: -1, code: 'unexpected', label: null });
      // to the bank's gateway; it sends the buyer back to /payments/:id
      window.location.assign(result.payment.redirectUrl);
    } catch (e) {
      failed(e);
    }
  };

  const choose = async (kind: 'pay_per_case' | 'cancel') => {
    if (busy) return;
    setBusy(kind);
    setError(null);
    setDone(null);
    try {
      const result = await chooseService(device.id, { choice: kind });
      dialogRef.current?.close();
      setBusy(null);
      if (result.device) onChanged(result.device);
      setDone(t(kind === 'cancel' ? 'service.done.cancel' : 'service.done.pay_per_case'));
    } catch (e) {
      dialogRef.current?.close();
      failed(e);
    }
  };

  const askCancel = () => {
    setError(null);
    dialogRef.current?.showModal();
    keepRef.current?.focus(); // the safe answer first
  };

  const intro =
    device.serviceStatus === 'expired'
      ? t('service.introExpired', { date: date(device.serviceEnd, 'long') ?? '—' })
      : device.serviceStatus === 'active' || device.serviceStatus === 'renewed'
        ? t('service.introEnding', { date: date(device.serviceEnd, 'long') ?? '—' })
        : t('service.introMode', { status: label(device.serviceStatusLabel) });

  return (
    <section id={SERVICE_SECTION} tabIndex={-1} className={`card card--service${device.serviceStatus === 'expired' ? ' card--service-urgent' : ''} anchor-target`} aria-labelledby="service-title" data-testid="service-choices">
      <h2 id="service-title" className="card__title">
        {t('service.title')}
      </h2>
      <p className="card__intro">{intro}</p>

      {done && (
        <div ref={doneRef} tabIndex={-1} className="alert alert--success" role="status" data-testid="service-done">
          <Icon name="check" size={20} />
          <span>{done}</span>
        </div>
      )}
      {error && (
        <div ref={errorRef} tabIndex={-1} className="alert alert--error" role="alert" data-testid="service-error">
          <Icon name="alert" size={20} />
          <span>{errorText(error)}</span>
        </div>
      )}

      {renew && (
        <div className={`choice choice--renew${renew.allowed ? '' : ' choice--off'}`} data-testid="choice-renew">
          {renew.allowed ? (
            <>
              <fieldset className="fieldset">
                <legend className="choice__title">{t('service.renewTitle')}</legend>
                <div className="plans">
                  {plans.map((plan) => (
                    <label key={plan.years} className="plan" data-testid={`plan-${plan.years}`}>
                      <input
                        type="radio"
                        name="renewal-years"
                        className="plan__input"
                        value={plan.years}
                        checked={years === plan.years}
                        onChange={() => setYears(plan.years)}
                        disabled={busy !== null}
                      />
                      <span className="plan__body">
                        <span className="plan__name">{t(`service.plan.${plan.years}` as MessageKey)}</span>
                        <span className="plan__price">{tomans(plan.priceRials)}</span>
                        <span className="plan__until">{t('service.planUntil', { date: isoDate(plan.term.end, 'long') ?? plan.term.end })}</span>
                      </span>
                    </label>
                  ))}
                </div>
              </fieldset>
              <div className="choice__foot">
                <p className="choice__summary" id={planHintId} aria-live="polite" data-testid="renewal-summary">
                  {chosenPlan
                    ? t('service.summary', { date: isoDate(chosenPlan.term.end, 'long') ?? chosenPlan.term.end, amount: tomans(chosenPlan.priceRials) })
                    : t('service.choosePlan')}
                </p>
                <button
                  type="button"
                  className={`button button--primary${chosenPlan ? '' : ' button--inactive'}`}
                  onClick={startRenewal}
                  disabled={!chosenPlan || busy !== null}
                  aria-describedby={planHintId}
                  data-testid="renew-pay"
                >
                  <Icon name="card" size={20} />
                  {busy === 'renew' ? t('service.redirecting') : t('service.pay')}
                </button>
              </div>
              <p className="choice__note">
                <Icon name="lock" size={16} />
                <span>{t('service.gatewayNote')}</span>
              </p>
            </>
          ) : (
            <>
              <h3 className="choice__title">{t('service.renewTitle')}</h3>
              <p className="choice__reason">
                <Icon name="info" size={16} />
                <span>{t(reasonKey('renew', renew.reason))}</span>
              </p>
            </>
          )}
        </div>
      )}

      {others.length > 0 && (
        <>
          <h3 className="card__subtitle">{t('service.otherTitle')}</h3>
          <div className="choice-grid">
            {others.map((c) => (
              <div key={c.choice} className={`choice choice--${c.choice}${c.allowed ? '' : ' choice--off'}`} data-testid={`choice-${c.choice}`}>
                <h4 className="choice__title">{label(c.label)}</h4>
                <p className="choice__text">{t(c.choice === 'cancel' ? 'service.cancelText' : 'service.payPerCaseText')}</p>
                {c.allowed ? (
                  <button
                    type="button"
                    className={`button button--small ${c.choice === 'cancel' ? 'button--danger-outline' : 'button--secondary'} choice__action`}
                    onClick={c.choice === 'cancel' ? askCancel : () => choose('pay_per_case')}
                    disabled={busy !== null}
                  >
                    {busy === c.choice ? t('service.saving') : t(c.choice === 'cancel' ? 'service.cancelAction' : 'service.payPerCaseAction')}
                  </button>
                ) : (
                  <p className="choice__reason">
                    <Icon name="info" size={16} />
                    <span>{t(reasonKey(c.choice, c.reason))}</span>
                  </p>
                )}
              </div>
            ))}
          </div>
        </>
      )}

      <dialog ref={dialogRef} className="dialog" aria-labelledby="cancel-dialog-title" aria-describedby="cancel-dialog-text" data-testid="cancel-dialog">
        <div className="dialog__icon" aria-hidden="true">
          <Icon name="alert" size={26} />
        </div>
        <h2 id="cancel-dialog-title" className="dialog__title">
          {t('service.cancelConfirmTitle')}
        </h2>
        <p id="cancel-dialog-text" className="dialog__text">
          {t('service.cancelConfirmText', { device: device.serial })}
        </p>
        <div className="dialog__actions">
          <button ref={keepRef} type="button" className="button button--secondary" onClick={() => dialogRef.current?.close()} disabled={busy === 'cancel'}>
            {t('service.cancelKeep')}
          </button>
          <button type="button" className="button button--danger" onClick={() => choose('cancel')} disabled={busy === 'cancel'} data-testid="cancel-confirm">
            {busy === 'cancel' ? t('service.saving') : t('service.cancelConfirm')}
          </button>
        </div>
      </dialog>
    </section>
  );
}
