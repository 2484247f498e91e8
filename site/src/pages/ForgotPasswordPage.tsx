/**
 * /forgot-password — «رمز عبور را فراموش کرده‌اید؟» from the login page. Two steps: the identifier
 * (subscriber number, legacy code or national code), then the 6-digit code sent by SMS to the
 * mobile staff registered with the new password twice. The server's answer to the first step is
 * shown as it is (it never says whether the account exists; when nothing was sent it says why and
 * when to ask again). Success ends every session: the customer logs in again with the new password.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { useI18n } from '../i18n/I18nContext';
import { requestPasswordResetCode, resetPassword, type ApiError } from '../api/client';
import type { CodeRequested, Label } from '../api/types';
import { TextField } from '../components/TextField';
import { Icon } from '../components/Icon';
import { usePageTitle } from '../components/PageHeader';
import { useSecondsLeft } from '../components/useSecondsLeft';
import { FormError, asApiError, fieldMessagesOf, useFieldMessage, type FieldMessages } from './LoginPage';
import { CodeField, CodeRecipient, CodeSentNotice } from '../components/CodeEntry';
import { NewPasswordFields, type NewPasswordField } from '../components/NewPasswordFields';

type Field = 'identifier' | 'code' | NewPasswordField;

export function ForgotPasswordPage() {
  const { t, label, digits } = useI18n();
  usePageTitle(t('reset.title'));
  const messageOf = useFieldMessage();

  const [identifier, setIdentifier] = useState('');
  const [answer, setAnswer] = useState<CodeRequested | null>(null);
  const [code, setCode] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [done, setDone] = useState<Label | null>(null);
  const [busy, setBusy] = useState<'request' | 'reset' | null>(null);
  const [resendAt, setResendAt] = useState(0);
  const [throttledUntil, setThrottledUntil] = useState(0);
  const [formError, setFormError] = useState<ApiError | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldMessages<Field>>({});
  const identifierRef = useRef<HTMLInputElement>(null);
  const codeRef = useRef<HTMLInputElement>(null);
  const newPasswordRef = useRef<HTMLInputElement>(null);
  const resendIn = useSecondsLeft(Math.max(resendAt, throttledUntil));
  const throttledFor = useSecondsLeft(throttledUntil);
  const step = done ? 'done' : answer ? 'reset' : 'identify';
  const waitText = (seconds: number, again: boolean) =>
    seconds > 120
      ? t(again ? 'login.resendInMinutes' : 'login.sendCodeInMinutes', { minutes: Math.ceil(seconds / 60) })
      : t(again ? 'login.resendIn' : 'login.sendCodeIn', { seconds });

  const stepShown = useRef(step);
  useEffect(() => {
    if (stepShown.current === step) return;
    stepShown.current = step;
    if (step === 'reset') codeRef.current?.focus();
    if (step === 'identify') identifierRef.current?.focus();
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
      const got = await requestPasswordResetCode(identifier.trim());
      setAnswer(got);
      setResendAt(Date.now() + (got.resendAfterSeconds ?? 60) * 1000);
    } catch (error) {
      const apiError = asApiError(error);
      if (apiError.retryAfterSeconds) setThrottledUntil(Date.now() + apiError.retryAfterSeconds * 1000);
      const perField = fieldMessagesOf(apiError, ['identifier'] as const);
      if (perField.identifier) {
        setAnswer(null);
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

  const onReset = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    setFormError(null);
    const local: FieldMessages<Field> = {};
    if (!code) local.code = 'required';
    if (!newPassword) local.newPassword = 'required';
    if (!repeat) local.repeatPassword = 'required';
    else if (newPassword && repeat !== newPassword) local.repeatPassword = 'mismatch';
    setFieldErrors(local);
    if (Object.keys(local).length) {
      (local.code ? codeRef : newPasswordRef).current?.focus();
      return;
    }
    setBusy('reset');
    try {
      const result = await resetPassword(identifier.trim(), code, newPassword);
      setDone(result.message);
    } catch (error) {
      const apiError = asApiError(error);
      if (apiError.retryAfterSeconds) setThrottledUntil(Date.now() + apiError.retryAfterSeconds * 1000);
      const perField = fieldMessagesOf(apiError, ['identifier', 'code', 'newPassword'] as const);
      if (perField.identifier) {
        setAnswer(null);
        setFieldErrors(perField);
      } else if (perField.code || perField.newPassword) {
        setFieldErrors(perField);
        (perField.code ? codeRef : newPasswordRef).current?.focus();
      } else {
        setFormError(apiError);
        codeRef.current?.focus();
        codeRef.current?.select();
      }
    } finally {
      setBusy(null);
    }
  };

  const changeIdentifier = () => {
    setAnswer(null);
    setCode('');
    setFormError(null);
    setFieldErrors({});
  };

  return (
    <div className="auth-page">
      <section className="card auth-card" aria-labelledby="reset-title">
        <div className="auth-card__head">
          <span className="auth-card__icon" aria-hidden="true">
            <Icon name="lock" size={26} />
          </span>
          <h1 id="reset-title" className="auth-card__title">
            {t('reset.title')}
          </h1>
          <p className="auth-card__subtitle">{t('app.area')}</p>
        </div>

        {step === 'done' && (
          <div className="form">
            <div className="alert alert--success" role="status" data-testid="reset-done">
              <Icon name="check" size={20} />
              <span>{label(done!)}</span>
            </div>
            <Link to="/login" className="button button--primary button--block">
              {t('reset.toLogin')}
            </Link>
          </div>
        )}

        {step === 'identify' && (
          <>
            <FormError error={formError} />
            <form className="form" onSubmit={onRequest} noValidate>
              <p className="auth-card__intro">{t('reset.intro')}</p>
              <TextField
                ref={identifierRef}
                label={t('login.identifier')}
                hint={t('login.identifierHint')}
                error={messageOf(fieldErrors.identifier)}
                name="identifier"
                type="text"
                inputMode="numeric"
                autoComplete="username"
                autoCapitalize="off"
                spellCheck={false}
                dir="ltr"
                value={identifier}
                onChange={(e) => setIdentifier(e.target.value)}
              />
              <button type="submit" className="button button--primary button--block" disabled={busy !== null || throttledFor > 0}>
                {busy === 'request' ? t('login.sendingCode') : throttledFor > 0 ? waitText(throttledFor, false) : t('reset.sendCode')}
              </button>
            </form>
          </>
        )}

        {step === 'reset' && answer && (
          <>
            <CodeSentNotice sent={answer.sent} message={answer.message} testId="reset-code" />
            <FormError error={formError} />
            <form className="form" onSubmit={onReset} noValidate>
              <CodeRecipient text={t('reset.for', { identifier: digits(identifier.trim()) })} onChangeIdentifier={changeIdentifier} />
              <CodeField ref={codeRef} label={t('reset.code')} expiresInSeconds={answer.expiresInSeconds} error={messageOf(fieldErrors.code)} value={code} onChange={setCode} />
              <NewPasswordFields
                newPassword={newPassword}
                repeat={repeat}
                onNewPassword={setNewPassword}
                onRepeat={setRepeat}
                errors={{ newPassword: messageOf(fieldErrors.newPassword), repeatPassword: messageOf(fieldErrors.repeatPassword) }}
                newPasswordRef={newPasswordRef}
              />
              <button type="submit" className="button button--primary button--block" disabled={busy !== null}>
                {busy === 'reset' ? t('reset.saving') : t('reset.save')}
              </button>
              <button
                type="button"
                className="button button--secondary button--block"
                onClick={() => void requestCode()}
                disabled={busy !== null || resendIn > 0}
                data-testid="reset-resend"
              >
                {busy === 'request' ? t('login.resending') : resendIn > 0 ? waitText(resendIn, true) : t('login.resend')}
              </button>
            </form>
          </>
        )}

        {step !== 'done' && (
          <p className="auth-card__aside">
            <Link to="/login">{t('reset.backToLogin')}</Link>
          </p>
        )}
      </section>
    </div>
  );
}
