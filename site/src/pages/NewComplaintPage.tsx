/**
 * /complaints/new — «ثبت شکایت» (issue 14, seed 003): public, and for a logged-in buyer too (name
 * and mobile prefilled from the profile; the complaint is linked to the subscriber by the token
 * sent with it). The visitor chooses the addressee — «مدیران ارشد» or «ارتباط با مدیرعامل»
 * (`?to=ceo` preselects the CEO) — and writes the subject and the complaint.
 *
 * Against bots, without a third-party captcha: the form first fetches a signed form token (the
 * server refuses one younger than 3 s or older than 2 h — the page renews it every half hour, and
 * waits out the first seconds itself), and carries a honeypot field (`website`) that people and
 * screen readers never meet. The server's field errors are shown on their fields; 429 counts down.
 * Success shows the tracking code (copy), the reply's due time and the way to track it.
 */
import { useCallback, useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { ApiError, isAbortError, isApiError } from '../api/client';
import { getProfile } from '../api/me';
import { fileComplaint, getComplaintForm } from '../api/voc';
import { COMPLAINT_ADDRESSEES, type ChoiceEntry, type ComplaintAddressee, type ComplaintReceipt, type Label } from '../api/types';
import { useAuth } from '../auth/AuthContext';
import { useI18n } from '../i18n/I18nContext';
import { PageHeader } from '../components/PageHeader';
import { MobileField, TextArea, TextField } from '../components/TextField';
import { ErrorState, LoadingState, useErrorText } from '../components/States';
import { Icon } from '../components/Icon';
import { useSecondsLeft } from '../components/useSecondsLeft';
import { addresseeHintKey, addresseeKey, choiceKey, choiceLabel, CopyButton, isAddressee, TrackingCode } from '../components/ComplaintParts';

const FIELDS = ['name', 'mobile', 'email', 'subject', 'description', 'addressedTo'] as const;
type Field = (typeof FIELDS)[number];
type FieldMessage = Label | 'required';

/** the server refuses a token younger than this; the page waits it out before sending */
const TOKEN_MIN_AGE_MS = 3_500;
/** …and older than 2 h: renewed well before */
const TOKEN_RENEW_MS = 30 * 60_000;

const asApiError = (error: unknown): ApiError => (isApiError(error) ? error : new ApiError({ status: -1, code: 'unexpected', label: null }));
const sleep = (ms: number) => new Promise((resolve) => window.setTimeout(resolve, ms));

/** A refusal of the form token (too young, too old, forged): renew it and ask to send again. */
const isTokenRefusal = (error: ApiError) => Boolean(error.fieldErrors.formToken) || /formtoken|form_token|formexpired|tooquick|toofast/i.test(error.code);

type FormState =
  | { status: 'loading' }
  | { status: 'error'; error: ApiError }
  | { status: 'ready'; token: string; issuedAt: number; addressees: ComplaintAddressee[]; subjects: Label[] };

const useFormToken = () => {
  const [state, setState] = useState<FormState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const controller = useRef<AbortController | null>(null);

  const load = useCallback(async (quiet: boolean) => {
    controller.current?.abort();
    const c = new AbortController();
    controller.current = c;
    if (!quiet) setState({ status: 'loading' });
    try {
      const form = await getComplaintForm(c.signal);
      if (c.signal.aborted) return;
      const offered = (form.addressees ?? []).map(choiceKey).filter(isAddressee);
      setState({
        status: 'ready',
        token: form.formToken,
        issuedAt: Date.now(),
        // the server's list when it sends one, in the site's order
        addressees: offered.length > 0 ? COMPLAINT_ADDRESSEES.filter((a) => offered.includes(a)) : [...COMPLAINT_ADDRESSEES],
        subjects: (form.subjects ?? []).map((s: ChoiceEntry) => choiceLabel(s)).filter((s): s is Label => s !== null),
      });
    } catch (e) {
      if (c.signal.aborted || isAbortError(e)) return;
      // a failed quiet renewal keeps the current token: the send will say if it is refused
      if (!quiet) setState({ status: 'error', error: asApiError(e) });
    }
  }, []);

  useEffect(() => {
    void load(false);
    const timer = window.setInterval(() => void load(true), TOKEN_RENEW_MS);
    return () => {
      window.clearInterval(timer);
      controller.current?.abort();
    };
  }, [load, attempt]);

  return { state, reload: () => setAttempt((n) => n + 1), renew: () => load(true) };
};

export function NewComplaintPage() {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const [receipt, setReceipt] = useState<{ receipt: ComplaintReceipt; mobile: string } | null>(null);
  const form = useFormToken();
  const preselect: ComplaintAddressee = params.get('to') === 'ceo' ? 'ceo' : 'managers';

  if (receipt) return <ComplaintFiled receipt={receipt.receipt} mobile={receipt.mobile} onAnother={() => setReceipt(null)} />;

  return (
    <div className="page-narrow">
      <PageHeader title={t('complaint.title')} subtitle={t('complaint.subtitle')} />
      <section className="card complaint-card" aria-labelledby="complaint-form-title" data-testid="complaint-new">
        <h2 id="complaint-form-title" className="visually-hidden">
          {t('complaint.title')}
        </h2>
        <p className="card__intro">{t('complaint.intro')}</p>
        {form.state.status === 'loading' && <LoadingState messageKey="complaint.preparing" />}
        {form.state.status === 'error' && (
          <>
            <p className="muted">{t('complaint.formFailed')}</p>
            <ErrorState error={form.state.error} onRetry={form.reload} />
          </>
        )}
        {form.state.status === 'ready' && (
          <ComplaintForm
            key={preselect}
            form={form.state}
            preselect={preselect}
            renewToken={form.renew}
            onFiled={(r, mobile) => {
              setReceipt({ receipt: r, mobile });
              window.scrollTo(0, 0);
            }}
          />
        )}
      </section>
      <p className="complaint-aside">
        {t('complaint.haveCode')}{' '}
        <Link to="/complaints/track" data-testid="complaint-track-link">
          {t('complaint.trackLink')}
        </Link>
      </p>
    </div>
  );
}

function ComplaintForm({
  form,
  preselect,
  renewToken,
  onFiled,
}: {
  form: Extract<FormState, { status: 'ready' }>;
  preselect: ComplaintAddressee;
  renewToken: () => Promise<void>;
  onFiled: (receipt: ComplaintReceipt, mobile: string) => void;
}) {
  const { t, label } = useI18n();
  const errorText = useErrorText();
  const { status: authStatus } = useAuth();
  const loggedIn = authStatus === 'authenticated';
  const ids = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const errorRef = useRef<HTMLDivElement>(null);

  const [addressedTo, setAddressedTo] = useState<ComplaintAddressee>(form.addressees.includes(preselect) ? preselect : form.addressees[0]);
  const [name, setName] = useState('');
  const [mobile, setMobile] = useState('');
  const [email, setEmail] = useState('');
  const [subject, setSubject] = useState('');
  const [description, setDescription] = useState('');
  const [website, setWebsite] = useState('');
  const [prefilled, setPrefilled] = useState(false);
  const [busy, setBusy] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<Field, FieldMessage>>>({});
  const [formError, setFormError] = useState<ApiError | null>(null);
  const [renewed, setRenewed] = useState(false);
  const [throttledUntil, setThrottledUntil] = useState(0);
  const throttledFor = useSecondsLeft(throttledUntil);

  // a logged-in buyer: name and mobile from the profile, unless already typed
  useEffect(() => {
    if (!loggedIn) return;
    const controller = new AbortController();
    getProfile(controller.signal).then(
      (profile) => {
        if (controller.signal.aborted) return;
        setName((current) => current || profile.fullName || '');
        setMobile((current) => current || profile.mobile || '');
        setPrefilled(Boolean(profile.fullName || profile.mobile));
      },
      () => undefined // the visitor types them: nothing to say
    );
    return () => controller.abort();
  }, [loggedIn]);

  const message = (m: FieldMessage | undefined) => (m === undefined ? undefined : m === 'required' ? t('errors.required') : label(m));
  const clear = (field: Field) => setFieldErrors((prev) => ({ ...prev, [field]: undefined }));
  const focusFirstInvalid = () => requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || throttledFor > 0) return;
    setFormError(null);
    setRenewed(false);
    const missing: Partial<Record<Field, FieldMessage>> = {};
    if (!name.trim()) missing.name = 'required';
    if (!mobile.trim()) missing.mobile = 'required';
    if (!subject.trim()) missing.subject = 'required';
    if (!description.trim()) missing.description = 'required';
    setFieldErrors(missing);
    if (Object.keys(missing).length > 0) {
      focusFirstInvalid();
      return;
    }
    setBusy(true);
    // a token fetched moments ago would be refused as too quick: wait out its first seconds
    const age = Date.now() - form.issuedAt;
    if (age < TOKEN_MIN_AGE_MS) await sleep(TOKEN_MIN_AGE_MS - age);
    try {
      const receipt = await fileComplaint(
        {
          name: name.trim(),
          mobile: mobile.trim(),
          email: email.trim() || undefined,
          subject: subject.trim(),
          description: description.trim(),
          addressedTo,
          formToken: form.token,
          website,
        },
        loggedIn
      );
      onFiled(receipt, mobile.trim());
    } catch (e) {
      const error = asApiError(e);
      setBusy(false);
      if (error.status === 429 && error.retryAfterSeconds) setThrottledUntil(Date.now() + error.retryAfterSeconds * 1000);
      if (isTokenRefusal(error)) {
        await renewToken();
        setRenewed(true);
        requestAnimationFrame(() => errorRef.current?.focus());
        return;
      }
      const mine: Partial<Record<Field, FieldMessage>> = {};
      for (const [path, value] of Object.entries(error.fieldErrors)) {
        const field = path.split('.')[0] as Field;
        if ((FIELDS as readonly string[]).includes(field) && !mine[field]) mine[field] = value;
      }
      setFieldErrors(mine);
      if (Object.keys(mine).length === 0) {
        setFormError(error);
        requestAnimationFrame(() => errorRef.current?.focus());
      } else focusFirstInvalid();
    }
  };

  const addresseeError = message(fieldErrors.addressedTo);
  const subjectsId = `${ids}-subjects`;

  return (
    <form ref={formRef} className="form" noValidate onSubmit={submit} data-testid="complaint-form">
      <fieldset className={`fieldset${addresseeError ? ' fieldset--invalid' : ''}`}>
        <legend className="fieldset__legend">{t('complaint.addressee')}</legend>
        <div className="addressees" role="radiogroup" aria-label={t('complaint.addressee')}>
          {form.addressees.map((to, i) => (
            <label key={to} className={`addressee addressee--${to}`} data-testid={`complaint-to-${to}`}>
              <input
                type="radio"
                name="addressedTo"
                value={to}
                className="addressee__input"
                checked={addressedTo === to}
                onChange={() => {
                  setAddressedTo(to);
                  clear('addressedTo');
                }}
                aria-describedby={`${ids}-to-${to}`}
                aria-invalid={addresseeError && i === 0 ? true : undefined}
              />
              <span className="addressee__box">
                <span className="addressee__icon" aria-hidden="true">
                  <Icon name={to === 'ceo' ? 'user' : 'megaphone'} size={22} />
                </span>
                <span className="addressee__text">
                  <span className="addressee__title">{t(addresseeKey(to))}</span>
                  <span className="addressee__hint" id={`${ids}-to-${to}`}>
                    {t(addresseeHintKey(to))}
                  </span>
                </span>
              </span>
            </label>
          ))}
        </div>
        {addresseeError && <p className="field__error">{addresseeError}</p>}
      </fieldset>

      {prefilled && (
        <p className="alert alert--info complaint-prefilled" data-testid="complaint-prefilled">
          <Icon name="info" size={20} />
          <span>{t('complaint.prefilled')}</span>
        </p>
      )}

      <div className="form__row">
        <TextField
          label={t('complaint.name')}
          error={message(fieldErrors.name)}
          name="name"
          autoComplete="name"
          maxLength={100}
          value={name}
          onChange={(e) => {
            setName(e.target.value);
            clear('name');
          }}
          data-testid="complaint-name"
        />
        <MobileField
          label={t('complaint.mobile')}
          hint={t('complaint.mobileHint')}
          error={message(fieldErrors.mobile)}
          name="mobile"
          value={mobile}
          onValue={(value) => {
            setMobile(value);
            clear('mobile');
          }}
          data-testid="complaint-mobile"
        />
      </div>

      <TextField
        label={t('complaint.email')}
        error={message(fieldErrors.email)}
        name="email"
        type="email"
        inputMode="email"
        autoComplete="email"
        dir="ltr"
        maxLength={120}
        value={email}
        onChange={(e) => {
          setEmail(e.target.value);
          clear('email');
        }}
        data-testid="complaint-email"
      />

      <TextField
        label={t('complaint.subject')}
        hint={t('complaint.subjectHint')}
        error={message(fieldErrors.subject)}
        name="subject"
        autoComplete="off"
        maxLength={150}
        list={form.subjects.length > 0 ? subjectsId : undefined}
        value={subject}
        onChange={(e) => {
          setSubject(e.target.value);
          clear('subject');
        }}
        data-testid="complaint-subject"
      />
      {form.subjects.length > 0 && (
        <datalist id={subjectsId} aria-label={t('complaint.subjectSuggestions')}>
          {form.subjects.map((s) => (
            <option key={s.fa} value={label(s)} />
          ))}
        </datalist>
      )}

      <TextArea
        label={t('complaint.description')}
        hint={t('complaint.descriptionHint')}
        error={message(fieldErrors.description)}
        name="description"
        rows={6}
        maxLength={5000}
        value={description}
        onChange={(value) => {
          setDescription(value);
          clear('description');
        }}
        testId="complaint-description"
      />

      {/* the honeypot: off screen, out of the tab order and hidden from screen readers; a bot that fills it is answered like a person but nothing is kept */}
      <div className="honeypot" aria-hidden="true">
        <label htmlFor={`${ids}-website`}>{t('complaint.honeypot')}</label>
        <input id={`${ids}-website`} type="text" name="website" tabIndex={-1} autoComplete="off" value={website} onChange={(e) => setWebsite(e.target.value)} data-testid="complaint-website" />
      </div>

      {(formError || renewed) && (
        <div ref={errorRef} tabIndex={-1} className={`alert ${renewed ? 'alert--warn' : 'alert--error'}`} role="alert" data-testid={renewed ? 'complaint-renewed' : 'complaint-error'}>
          <Icon name="alert" size={20} />
          <span>{renewed ? t('complaint.formRenewed') : errorText(formError)}</span>
        </div>
      )}

      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={busy || throttledFor > 0} data-testid="complaint-submit">
          <Icon name="megaphone" size={20} />
          {busy ? t('complaint.submitting') : throttledFor > 0 ? t('complaint.waitSeconds', { seconds: throttledFor }) : t('complaint.submit')}
        </button>
        <p className="form__hint">
          <Icon name="lock" size={14} /> {t('complaint.privacy')}
        </p>
      </div>
    </form>
  );
}

/** The success page: the tracking code to keep (and copy), whom it went to, when a reply is due. */
function ComplaintFiled({ receipt, mobile, onAnother }: { receipt: ComplaintReceipt; mobile: string; onAnother: () => void }) {
  const { t, moment } = useI18n();
  const titleRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => titleRef.current?.focus(), []);
  const due = moment(receipt.replyDueAt);
  return (
    <div className="page-narrow">
      <PageHeader title={t('complaint.title')} />
      <section className="card result result--success complaint-done" aria-labelledby="complaint-done-title" data-testid="complaint-done" data-addressed-to={receipt.addressedTo}>
        <div className="result__head">
          <span className="result__icon" aria-hidden="true">
            <Icon name="check" size={32} />
          </span>
          <h2 id="complaint-done-title" ref={titleRef} tabIndex={-1} className="result__title">
            {t('complaint.done.title')}
          </h2>
          <p className="result__text">{t(receipt.addressedTo === 'ceo' ? 'complaint.done.ceo' : 'complaint.done.managers')}</p>
        </div>

        <div className="complaint-code">
          <p className="complaint-code__label" id="complaint-code-label">
            {t('complaint.done.code')}
          </p>
          <p className="complaint-code__value" aria-labelledby="complaint-code-label">
            <TrackingCode code={receipt.trackingCode} testId="complaint-code" />
          </p>
          <CopyButton text={receipt.trackingCode} testId="complaint-copy" />
        </div>

        {due && (
          <div className="complaint-due" data-testid="complaint-due">
            <p className="complaint-due__label">
              <Icon name="clock" size={18} />
              {t('complaint.done.due')}
            </p>
            <p className="complaint-due__value">{due}</p>
            <p className="complaint-due__note">{t('complaint.done.dueNote')}</p>
          </div>
        )}

        <p className="alert alert--info complaint-keep">
          <Icon name="info" size={20} />
          <span>{t('complaint.done.keep')}</span>
        </p>

        <div className="result__actions">
          <Link
            to={`/complaints/track?code=${encodeURIComponent(receipt.trackingCode)}`}
            // the mobile goes along in the page's state, never in the address
            state={{ mobile }}
            className="button button--primary"
            data-testid="complaint-track"
          >
            <Icon name="search" size={20} />
            {t('complaint.done.track')}
          </Link>
          <button type="button" className="button button--secondary" onClick={onAnother} data-testid="complaint-another">
            {t('complaint.done.another')}
          </button>
        </div>
      </section>
    </div>
  );
}
