/**
 * /login — two ways in, as tabs: the password, or a one-time code sent by SMS to the mobile staff
 * registered. Both take the subscriber number, legacy 12-digit code or national code; Persian and
 * Arabic digits are sent as typed (the server normalises). Both end the same way (AuthContext →
 * api/client.ts: the access token in memory, the refresh cookie from the server). Errors come
 * from the server: per field when `details.errors` names the field, otherwise above the form
 * (wrong credentials or code, 429 with the wait).
 */
import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent, type Ref } from 'react';
import { Link } from 'react-router-dom';
import { useAuth } from '../auth/AuthContext';
import { useI18n } from '../i18n/I18nContext';
import { ApiError, isApiError, requestLoginCode } from '../api/client';
import type { Label, LoginCodeRequested } from '../api/types';
import { TextField } from '../components/TextField';
import { CodeField, CodeRecipient, CodeSentNotice } from '../components/CodeEntry';
import { Icon } from '../components/Icon';
import { SupportContact } from '../components/ContactDetails';
import { usePageTitle } from '../components/PageHeader';
import { useErrorText } from '../components/States';
import { useSecondsLeft } from '../components/useSecondsLeft';

type Method = 'password' | 'code';
const METHODS: readonly Method[] = ['password', 'code'];

/** the server's message, or one the page checks itself: empty, or the repeated new password differs */
export type FieldMessage = Label | 'required' | 'mismatch';
export type FieldMessages<F extends string> = Partial<Record<F, FieldMessage>>;

/**
 * The wait before offering to send another code, when the server's answer does not say
 * (it does: `resendAfterSeconds` — the cool-down after a code went, or, when nothing went, the
 * time until a request may send one).
 */
const DEFAULT_RESEND_SECONDS = 60;

export const asApiError = (error: unknown): ApiError => (isApiError(error) ? error : new ApiError({ status: -1, code: 'unexpected', label: null }));

/** The server's per-field messages for the given fields. */
export const fieldMessagesOf = <F extends string>(error: ApiError, fields: readonly F[]): FieldMessages<F> => {
  const out: FieldMessages<F> = {};
  for (const field of fields) {
    const m = error.fieldErrors[field];
    if (m) out[field] = m;
  }
  return out;
};

export function useFieldMessage() {
  const { t, label } = useI18n();
  return (m: FieldMessage | undefined) =>
    m === undefined ? undefined : m === 'required' ? t('errors.required') : m === 'mismatch' ? t('password.mismatch') : label(m);
}

export function FormError({ error }: { error: ApiError | null }) {
  const errorText = useErrorText();
  if (!error) return null;
  return (
    <div className="alert alert--error" role="alert" data-testid="login-error">
      <Icon name="alert" size={20} />
      <span>{errorText(error)}</span>
    </div>
  );
}

export function LoginPage() {
  const { t, dir } = useI18n();
  usePageTitle(t('login.title'));
  const [method, setMethod] = useState<Method>('password');
  // one identifier for both tabs: switching keeps what was typed
  const [identifier, setIdentifier] = useState('');
  const tabs = useRef<Record<Method, HTMLButtonElement | null>>({ password: null, code: null });

  const tabLabel = (m: Method) => (m === 'password' ? t('login.tabPassword') : t('login.tabCode'));

  // arrow keys (in the reading direction), Home and End move between the tabs and select them
  const onTabKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const i = METHODS.indexOf(method);
    const forward = dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
    const back = dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
    const next: Record<string, number> = { [forward]: i + 1, [back]: i - 1, Home: 0, End: METHODS.length - 1 };
    if (!(event.key in next)) return;
    event.preventDefault();
    const target = METHODS[(next[event.key] + METHODS.length) % METHODS.length];
    setMethod(target);
    tabs.current[target]?.focus();
  };

  return (
    <div className="auth-page">
      <section className="card auth-card" aria-labelledby="login-title">
        <div className="auth-card__head">
          <span className="auth-card__icon" aria-hidden="true">
            <Icon name="lock" size={26} />
          </span>
          <h1 id="login-title" className="auth-card__title">
            {t('login.title')}
          </h1>
          <p className="auth-card__subtitle">{t('app.area')}</p>
        </div>

        <div className="segmented auth-card__tabs" role="tablist" aria-label={t('login.methods')}>
          {METHODS.map((m) => (
            <button
              key={m}
              ref={(el) => {
                tabs.current[m] = el;
              }}
              type="button"
              role="tab"
              id={`login-tab-${m}`}
              className="segmented__option"
              aria-selected={method === m}
              aria-controls={method === m ? `login-panel-${m}` : undefined}
              tabIndex={method === m ? 0 : -1}
              onClick={() => setMethod(m)}
              onKeyDown={onTabKeyDown}
            >
              <Icon name={m === 'password' ? 'lock' : 'message'} size={18} />
              <span>{tabLabel(m)}</span>
            </button>
          ))}
        </div>

        {/* only the chosen method's panel is in the page (so each field's label is unique) */}
        <div role="tabpanel" id={`login-panel-${method}`} aria-labelledby={`login-tab-${method}`}>
          {method === 'password' ? (
            <PasswordLogin identifier={identifier} setIdentifier={setIdentifier} />
          ) : (
            <CodeLogin identifier={identifier} setIdentifier={setIdentifier} />
          )}
        </div>

        <div className="auth-card__note">
          <Icon name="info" size={18} />
          <p>
            <strong>{t('login.accountsBySupport')}</strong> {t('login.accountsBySupportHint')}
          </p>
        </div>
        <SupportContact />
      </section>
    </div>
  );
}

type IdentifierProps = { identifier: string; setIdentifier: (value: string) => void };

function IdentifierField({ identifier, setIdentifier, error, inputRef }: IdentifierProps & { error?: string; inputRef: Ref<HTMLInputElement> }) {
  const { t } = useI18n();
  return (
    <TextField
      ref={inputRef}
      label={t('login.identifier')}
      hint={t('login.identifierHint')}
      error={error}
      name="identifier"
      type="text"
      inputMode="numeric"
      autoComplete="username"
      autoCapitalize="off"
      spellCheck={false}
      dir="ltr"
      // the server's limit for the identifier as typed (src/domain/text-input.ts)
      maxLength={40}
      value={identifier}
      onChange={(e) => setIdentifier(e.target.value)}
    />
  );
}

function PasswordLogin({ identifier, setIdentifier }: IdentifierProps) {
  const { t } = useI18n();
  const { login } = useAuth();
  const messageOf = useFieldMessage();

  const [password, setPassword] = useState('');
  const [showPassword, setShowPassword] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [formError, setFormError] = useState<ApiError | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldMessages<'identifier' | 'password'>>({});
  const identifierRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  const focusFirstInvalid = (errors: FieldMessages<'identifier' | 'password'>) => {
    if (errors.identifier) identifierRef.current?.focus();
    else if (errors.password) passwordRef.current?.focus();
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (submitting) return;
    const local: FieldMessages<'identifier' | 'password'> = {};
    if (!identifier.trim()) local.identifier = 'required';
    if (!password) local.password = 'required';
    setFormError(null);
    setFieldErrors(local);
    if (local.identifier || local.password) {
      focusFirstInvalid(local);
      return;
    }

    setSubmitting(true);
    try {
      await login(identifier.trim(), password);
      // GuestOnly redirects to the page the user came for, or the dashboard
    } catch (error) {
      setSubmitting(false);
      const apiError = asApiError(error);
      const perField = fieldMessagesOf(apiError, ['identifier', 'password'] as const);
      setFieldErrors(perField);
      // a validation error's summary repeats its first field's message: show it once, by the field
      if (perField.identifier || perField.password) focusFirstInvalid(perField);
      else setFormError(apiError);
    }
  };

  return (
    <>
      <FormError error={formError} />
      <form className="form" onSubmit={onSubmit} noValidate>
        <IdentifierField identifier={identifier} setIdentifier={setIdentifier} error={messageOf(fieldErrors.identifier)} inputRef={identifierRef} />
        <TextField
          ref={passwordRef}
          label={t('login.password')}
          error={messageOf(fieldErrors.password)}
          name="password"
          type={showPassword ? 'text' : 'password'}
          autoComplete="current-password"
          dir="ltr"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          adornment={
            <button
              type="button"
              className="field__adornment"
              onClick={() => setShowPassword((v) => !v)}
              aria-pressed={showPassword}
              aria-label={showPassword ? t('login.hidePassword') : t('login.showPassword')}
              title={showPassword ? t('login.hidePassword') : t('login.showPassword')}
            >
              <Icon name={showPassword ? 'eyeOff' : 'eye'} size={20} />
            </button>
          }
        />
        <button type="submit" className="button button--primary button--block" disabled={submitting}>
          {submitting ? t('login.submitting') : t('login.submit')}
        </button>
        <p className="auth-card__aside">
          <Link to="/forgot-password" data-testid="forgot-password">
            {t('login.forgotPassword')}
          </Link>
        </p>
      </form>
    </>
  );
}

function CodeLogin({ identifier, setIdentifier }: IdentifierProps) {
  const { t, digits } = useI18n();
  const { loginWithCode } = useAuth();
  const messageOf = useFieldMessage();

  /** the server's answer to the last request; null while the identifier is being entered */
  const [sent, setSent] = useState<LoginCodeRequested | null>(null);
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState<'request' | 'verify' | null>(null);
  /** no new code for this account before then (the server's cool-down) */
  const [resendAt, setResendAt] = useState(0);
  /** no request at all before then (429 with Retry-After) */
  const [throttledUntil, setThrottledUntil] = useState(0);
  const [formError, setFormError] = useState<ApiError | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldMessages<'identifier' | 'code'>>({});
  const identifierRef = useRef<HTMLInputElement>(null);
  const codeRef = useRef<HTMLInputElement>(null);
  const throttledFor = useSecondsLeft(throttledUntil);
  const resendIn = useSecondsLeft(Math.max(resendAt, throttledUntil));
  const step = sent ? 'verify' : 'identify';
  const waitText = (seconds: number, again: boolean) =>
    seconds > 120
      ? t(again ? 'login.resendInMinutes' : 'login.sendCodeInMinutes', { minutes: Math.ceil(seconds / 60) })
      : t(again ? 'login.resendIn' : 'login.sendCodeIn', { seconds });

  // each step starts with the keyboard in its field
  const stepShown = useRef(step);
  useEffect(() => {
    if (stepShown.current === step) return;
    stepShown.current = step;
    (step === 'verify' ? codeRef : identifierRef).current?.focus();
  }, [step]);

  const requestCode = async () => {
    if (busy) return;
    setFormError(null);
    if (!identifier.trim()) {
      setFieldErrors({ identifier: 'required' });
      identifierRef.current?.focus();
      return;
    }
    setFieldErrors({});
    setBusy('request');
    try {
      const answer = await requestLoginCode(identifier.trim());
      setSent(answer);
      setCode('');
      setResendAt(Date.now() + (answer.resendAfterSeconds ?? DEFAULT_RESEND_SECONDS) * 1000);
    } catch (error) {
      const apiError = asApiError(error);
      // throttled: no new request before the server allows it
      if (apiError.retryAfterSeconds) setThrottledUntil(Date.now() + apiError.retryAfterSeconds * 1000);
      const perField = fieldMessagesOf(apiError, ['identifier'] as const);
      if (perField.identifier) {
        setSent(null);
        setFieldErrors(perField);
        identifierRef.current?.focus();
      } else setFormError(apiError);
    } finally {
      setBusy(null);
    }
  };

  const onRequest = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void requestCode();
  };

  const onVerify = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    setFormError(null);
    if (!code) {
      setFieldErrors({ code: 'required' });
      codeRef.current?.focus();
      return;
    }
    setFieldErrors({});
    setBusy('verify');
    try {
      await loginWithCode(identifier.trim(), code);
      // GuestOnly redirects to the page the user came for, or the dashboard
    } catch (error) {
      setBusy(null);
      const apiError = asApiError(error);
      const perField = fieldMessagesOf(apiError, ['identifier', 'code'] as const);
      if (perField.identifier) {
        // the identifier itself was refused: back to the first step, with the message by the field
        setSent(null);
        setFieldErrors(perField);
      } else if (perField.code) {
        setFieldErrors(perField);
        codeRef.current?.focus();
      } else {
        setFormError(apiError);
        codeRef.current?.focus();
        codeRef.current?.select();
      }
    }
  };

  const changeIdentifier = () => {
    setSent(null);
    setCode('');
    setFormError(null);
    setFieldErrors({});
  };

  if (!sent) {
    return (
      <>
        <FormError error={formError} />
        <form className="form" onSubmit={onRequest} noValidate>
          <p className="auth-card__intro">{t('login.codeIntro')}</p>
          <IdentifierField identifier={identifier} setIdentifier={setIdentifier} error={messageOf(fieldErrors.identifier)} inputRef={identifierRef} />
          <button type="submit" className="button button--primary button--block" disabled={busy !== null || throttledFor > 0}>
            {busy === 'request' ? t('login.sendingCode') : throttledFor > 0 ? waitText(throttledFor, false) : t('login.sendCode')}
          </button>
        </form>
      </>
    );
  }

  return (
    <>
      <CodeSentNotice sent={sent.sent} message={sent.message} testId="otp" />
      <FormError error={formError} />
      <form className="form" onSubmit={onVerify} noValidate>
        <CodeRecipient text={t('login.codeFor', { identifier: digits(identifier.trim()) })} onChangeIdentifier={changeIdentifier} />
        <CodeField ref={codeRef} label={t('login.code')} expiresInSeconds={sent.expiresInSeconds} error={messageOf(fieldErrors.code)} value={code} onChange={setCode} />
        <button type="submit" className="button button--primary button--block" disabled={busy !== null}>
          {busy === 'verify' ? t('login.submitting') : t('login.submit')}
        </button>
        <button type="button" className="button button--secondary button--block" onClick={() => void requestCode()} disabled={busy !== null || resendIn > 0} data-testid="otp-resend">
          {busy === 'request' ? t('login.resending') : resendIn > 0 ? waitText(resendIn, true) : t('login.resend')}
        </button>
      </form>
    </>
  );
}
