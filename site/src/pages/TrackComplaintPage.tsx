/**
 * /complaints/track — «پیگیری شکایت» (issue 14): the tracking code and the mobile the complaint
 * was filed with → its status, when it was received, when a reply is due, the reply and the
 * outcome. Both are needed: any mismatch is the server's one 404 (the same whether the code exists
 * or not). `?code=` fills the code (the success page links here, handing the mobile over in the
 * page's state, never in the address — then the lookup runs at once).
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router-dom';
import { ApiError, isAbortError, isApiError } from '../api/client';
import { trackComplaint } from '../api/voc';
import type { ComplaintTracking, Label } from '../api/types';
import { useI18n } from '../i18n/I18nContext';
import { PageHeader } from '../components/PageHeader';
import { MobileField, TextField } from '../components/TextField';
import { Facts } from '../components/Facts';
import { StatusBadge } from '../components/StatusBadge';
import { Icon } from '../components/Icon';
import { useErrorText } from '../components/States';
import { useSecondsLeft } from '../components/useSecondsLeft';
import { addresseeKey, outcomeKey, tidyCode, TrackingCode } from '../components/ComplaintParts';

const asApiError = (error: unknown): ApiError => (isApiError(error) ? error : new ApiError({ status: -1, code: 'unexpected', label: null }));

type Lookup = { status: 'idle' } | { status: 'loading' } | { status: 'ready'; data: ComplaintTracking } | { status: 'error'; error: ApiError };
type FieldMessage = Label | 'required';

export function TrackComplaintPage() {
  const { t, label } = useI18n();
  const errorText = useErrorText();
  const [params] = useSearchParams();
  const location = useLocation();
  const handedMobile = typeof (location.state as { mobile?: unknown } | null)?.mobile === 'string' ? (location.state as { mobile: string }).mobile : '';

  const [code, setCode] = useState(() => tidyCode(params.get('code') ?? ''));
  const [mobile, setMobile] = useState(handedMobile);
  const [errors, setErrors] = useState<{ trackingCode?: FieldMessage; mobile?: FieldMessage }>({});
  const [lookup, setLookup] = useState<Lookup>({ status: 'idle' });
  const [throttledUntil, setThrottledUntil] = useState(0);
  const throttledFor = useSecondsLeft(throttledUntil);
  const controller = useRef<AbortController | null>(null);
  const answerRef = useRef<HTMLDivElement>(null);
  const formRef = useRef<HTMLFormElement>(null);

  const run = async (c: string, m: string, focus: boolean) => {
    controller.current?.abort();
    const ctl = new AbortController();
    controller.current = ctl;
    setLookup({ status: 'loading' });
    try {
      const data = await trackComplaint(c, m, ctl.signal);
      if (ctl.signal.aborted) return;
      setLookup({ status: 'ready', data });
      if (focus) requestAnimationFrame(() => answerRef.current?.focus());
    } catch (e) {
      if (ctl.signal.aborted || isAbortError(e)) return;
      const error = asApiError(e);
      if (error.status === 429 && error.retryAfterSeconds) setThrottledUntil(Date.now() + error.retryAfterSeconds * 1000);
      const fields = { trackingCode: error.fieldErrors.trackingCode, mobile: error.fieldErrors.mobile };
      if (fields.trackingCode || fields.mobile) {
        setErrors(fields);
        setLookup({ status: 'idle' });
        requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
        return;
      }
      setLookup({ status: 'error', error });
      if (focus) requestAnimationFrame(() => answerRef.current?.focus());
    }
  };

  // from the success page: code and mobile are both known — look it up at once
  useEffect(() => {
    if (code && handedMobile) void run(code, handedMobile, false);
    return () => controller.current?.abort();
    // once, on arrival
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (lookup.status === 'loading' || throttledFor > 0) return;
    const missing: typeof errors = {};
    if (!code.trim()) missing.trackingCode = 'required';
    if (!mobile.trim()) missing.mobile = 'required';
    setErrors(missing);
    if (missing.trackingCode || missing.mobile) {
      requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    void run(code.trim(), mobile.trim(), true);
  };

  const message = (m: FieldMessage | undefined) => (m === undefined ? undefined : m === 'required' ? t('errors.required') : label(m));
  const notFound = lookup.status === 'error' && lookup.error.status === 404;

  return (
    <div className="page-narrow">
      <PageHeader title={t('track.title')} subtitle={t('track.subtitle')} />
      <section className="card" aria-labelledby="track-form-title">
        <h2 id="track-form-title" className="visually-hidden">
          {t('track.title')}
        </h2>
        <form ref={formRef} className="form" onSubmit={submit} noValidate role="search" aria-label={t('track.title')} data-testid="track-form">
          <div className="form__row">
            <TextField
              label={t('track.code')}
              hint={t('track.codeHint')}
              error={message(errors.trackingCode)}
              name="trackingCode"
              dir="ltr"
              autoComplete="off"
              autoCapitalize="characters"
              autoCorrect="off"
              spellCheck={false}
              maxLength={20}
              className="field--serial"
              value={code}
              onChange={(e) => {
                setCode(tidyCode(e.target.value));
                setErrors((prev) => ({ ...prev, trackingCode: undefined }));
              }}
              data-testid="track-code"
            />
            <MobileField
              label={t('track.mobile')}
              hint={t('track.mobileHint')}
              error={message(errors.mobile)}
              name="mobile"
              value={mobile}
              onValue={(value) => {
                setMobile(value);
                setErrors((prev) => ({ ...prev, mobile: undefined }));
              }}
              data-testid="track-mobile"
            />
          </div>
          <div className="form__actions">
            <button type="submit" className="button button--primary" disabled={lookup.status === 'loading' || throttledFor > 0} data-testid="track-submit">
              <Icon name="search" size={20} />
              {lookup.status === 'loading' ? t('track.submitting') : throttledFor > 0 ? t('track.waitSeconds', { seconds: throttledFor }) : t('track.submit')}
            </button>
          </div>
        </form>
      </section>

      <div ref={answerRef} tabIndex={-1} className="track-answer" aria-live="polite" aria-busy={lookup.status === 'loading'}>
        {lookup.status === 'loading' && (
          <div className="state state--loading">
            <span className="spinner" aria-hidden="true" />
            <span>{t('track.submitting')}</span>
          </div>
        )}
        {lookup.status === 'error' && (
          <div className="alert alert--error" role="alert" data-testid={notFound ? 'track-not-found' : 'track-error'}>
            <Icon name="alert" size={20} />
            <span>{notFound && !lookup.error.label ? t('track.notFound') : errorText(lookup.error)}</span>
          </div>
        )}
        {lookup.status === 'ready' && <ComplaintStatusCard complaint={lookup.data} />}
      </div>

      <p className="complaint-aside">
        <Link to="/complaints/new" data-testid="track-new-complaint">
          {t('track.newComplaint')}
        </Link>
      </p>
    </div>
  );
}

function ComplaintStatusCard({ complaint }: { complaint: ComplaintTracking }) {
  const { t, moment } = useI18n();
  const open = complaint.status === 'received' || complaint.status === 'in_progress';
  const due = moment(complaint.replyDueAt);
  return (
    <section className="card complaint-status" aria-labelledby="complaint-status-title" data-testid="track-result" data-status={complaint.status}>
      <div className="card__head card__head--wrap">
        <h2 id="complaint-status-title" className="card__title">
          {t('track.resultTitle')} <TrackingCode code={complaint.trackingCode} testId="track-result-code" />
        </h2>
        <StatusBadge kind="complaint" status={complaint.status} label={complaint.statusLabel} size="lg" />
      </div>
      <Facts
        columns={2}
        items={[
          { label: t('track.subject'), value: complaint.subject, testId: 'track-subject', wide: true },
          { label: t('track.addressedTo'), value: t(addresseeKey(complaint.addressedTo)), testId: 'track-addressed-to' },
          { label: t('track.receivedAt'), value: moment(complaint.receivedAt) },
          { label: t('track.replyDueAt'), value: due, testId: 'track-due' },
          ...(complaint.answeredAt ? [{ label: t('track.answeredAt'), value: moment(complaint.answeredAt), testId: 'track-answered-at' }] : []),
          ...(complaint.outcome ? [{ label: t('track.outcome'), value: t(outcomeKey(complaint.outcome)), testId: 'track-outcome' }] : []),
        ]}
      />
      {complaint.response ? (
        <div className="complaint-response" data-testid="track-response">
          <h3 className="complaint-response__title">
            <Icon name="message" size={18} />
            {t('track.response')}
          </h3>
          <p className="complaint-response__body" dir="auto">
            {complaint.response}
          </p>
        </div>
      ) : (
        <p className="complaint-response complaint-response--waiting" data-testid="track-no-response">
          <Icon name="clock" size={18} />
          <span>{open && due ? t('track.noResponse', { date: due }) : t('track.noResponsePlain')}</span>
        </p>
      )}
    </section>
  );
}
