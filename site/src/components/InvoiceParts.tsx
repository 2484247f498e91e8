/**
 * What the invoice pages and the dashboard share: paying an invoice (POST pay → the bank's
 * gateway, which brings the buyer back to /payments/:id, as a renewal does) and the outstanding
 * debt with the payment warning once it reaches the ceiling.
 */
import { useEffect, useRef, useState } from 'react';
import { ApiError, isApiError } from '../api/client';
import { payInvoice } from '../api/me';
import type { Debt } from '../api/types';
import { useI18n } from '../i18n/I18nContext';
import { Icon } from './Icon';
import { useErrorText } from './States';

/**
 * Starts an invoice's payment and leaves for the gateway. `onStale`: the server refused (paid
 * meanwhile, void — 409; not found) — the page reads the invoice again.
 */
export function usePayInvoice(onStale?: () => void) {
  const [busyId, setBusyId] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  // back from the gateway with the browser's Back button (page restored as it was left): usable again
  useEffect(() => {
    const onShow = (event: PageTransitionEvent) => {
      if (event.persisted) setBusyId(null);
    };
    window.addEventListener('pageshow', onShow);
    return () => window.removeEventListener('pageshow', onShow);
  }, []);

  const pay = async (id: string) => {
    if (busyId) return;
    setBusyId(id);
    setError(null);
    try {
      const { payment } = await payInvoice(id);
      window.location.assign(payment.redirectUrl);
    } catch (e) {
      const apiError = isApiError(e) ? e : new ApiError({ status: -1, code: 'unexpected', label: null });
      setError(apiError);
      setBusyId(null);
      if (apiError.status === 409 || apiError.status === 404) onStale?.();
    }
  };
  return { pay, busyId, error };
}

/** A refused payment, above the invoices; focused when it appears. */
export function PayError({ error }: { error: ApiError | null }) {
  const errorText = useErrorText();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (error) ref.current?.focus();
  }, [error]);
  if (!error) return null;
  return (
    <div ref={ref} tabIndex={-1} className="alert alert--error" role="alert" data-testid="invoice-pay-error">
      <Icon name="alert" size={20} />
      <span>{errorText(error)}</span>
    </div>
  );
}

/** «ماندهٔ بدهی»: the unpaid total (tomans), how many invoices, and the payment warning over the ceiling. */
export function DebtSummary({ debt }: { debt: Debt }) {
  const { t, tomans } = useI18n();
  const owes = debt.outstandingRials > 0;
  return (
    <section className={`card debt${debt.overCeiling ? ' debt--over' : owes ? ' debt--owes' : ''}`} aria-labelledby="debt-title" data-testid="debt">
      <div className="debt__row">
        <div>
          <h2 id="debt-title" className="debt__label">
            {t('invoices.debt')}
          </h2>
          <p className="debt__amount" data-testid="debt-amount" data-rials={debt.outstandingRials}>
            {tomans(debt.outstandingRials)}
          </p>
        </div>
        <p className="debt__meta">
          {owes ? t('invoices.unpaidCount', { count: debt.unpaidCount }) : t('invoices.debtNone')}
          <br />
          <span className="muted">{t('invoices.ceiling', { amount: tomans(debt.ceilingRials) })}</span>
        </p>
      </div>
      {debt.overCeiling && (
        <div className="alert alert--warn debt__warning" role="alert" data-testid="payment-warning">
          <Icon name="alert" size={20} />
          <div>
            <strong>{t('invoices.overCeilingTitle')}</strong>
            <p>{t('invoices.overCeilingText', { amount: tomans(debt.ceilingRials) })}</p>
          </div>
        </div>
      )}
    </section>
  );
}
