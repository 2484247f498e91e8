/**
 * /login — subscriber number, legacy 12-digit code or national code, plus password. Persian and
 * Arabic digits are sent as typed (the server normalises). Errors come from the server: per field
 * when `details.errors` names the field, otherwise above the form (wrong credentials, 429).
 */
import { useRef, useState, type FormEvent } from 'react';
import { useAuth } from '../auth/AuthContext';
import { useI18n } from '../i18n/I18nContext';
import { ApiError, isApiError } from '../api/client';
import type { Label } from '../api/types';
import { TextField } from '../components/TextField';
import { Icon } from '../components/Icon';
import { usePageTitle } from '../components/PageHeader';
import { useErrorText } from '../components/States';

type Field = 'identifier' | 'password';
type FieldMessages = Partial<Record<Field, Label | 'required'>>;

export function LoginPage() {
  const { t, label } = useI18n();
  const { login } = useAuth();
  const errorText = useErrorText();
  usePageTitle(t('login.title'));

  const [identifier, setIdentifier] = useState('');
  const [password, setPassword] = useState('');
  const [showPassword, setShowPassword] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [formError, setFormError] = useState<ApiError | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldMessages>({});
  const identifierRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  const messageOf = (m: Label | 'required' | undefined) => (m === undefined ? undefined : m === 'required' ? t('errors.required') : label(m));

  const focusFirstInvalid = (errors: FieldMessages) => {
    if (errors.identifier) identifierRef.current?.focus();
    else if (errors.password) passwordRef.current?.focus();
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (submitting) return;
    const local: FieldMessages = {};
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
      if (!isApiError(error)) {
        setFormError(new ApiError({ status: -1, code: 'unexpected', label: null }));
        return;
      }
      const perField: FieldMessages = {};
      for (const field of ['identifier', 'password'] as const) {
        const m = error.fieldErrors[field];
        if (m) perField[field] = m;
      }
      setFieldErrors(perField);
      // a validation error's summary repeats its first field's message: show it once, by the field
      if (perField.identifier || perField.password) focusFirstInvalid(perField);
      else setFormError(error);
    }
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

        {formError && (
          <div className="alert alert--error" role="alert" data-testid="login-error">
            <Icon name="alert" size={20} />
            <span>{errorText(formError)}</span>
          </div>
        )}

        <form className="form" onSubmit={onSubmit} noValidate>
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
        </form>

        <div className="auth-card__note">
          <Icon name="info" size={18} />
          <p>
            <strong>{t('login.accountsBySupport')}</strong> {t('login.accountsBySupportHint')}
          </p>
        </div>
      </section>
    </div>
  );
}
