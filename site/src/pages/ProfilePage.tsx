/**
 * /profile — the buyer's identity details, read-only (entered by staff), a link to their payments,
 * and «تغییر رمز عبور» (POST /api/me/password: this device gets a fresh session, every other one ends).
 */
import { useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { getProfile } from '../api/me';
import { changePassword, type ApiError } from '../api/client';
import { useResource } from '../api/useResource';
import type { Label, Profile } from '../api/types';
import { useI18n } from '../i18n/I18nContext';
import { PageHeader } from '../components/PageHeader';
import { ErrorState, LoadingState } from '../components/States';
import { Facts, Ltr } from '../components/Facts';
import { Icon } from '../components/Icon';
import { TextField } from '../components/TextField';
import { NewPasswordFields, type NewPasswordField } from '../components/NewPasswordFields';
import { FormError, asApiError, fieldMessagesOf, useFieldMessage, type FieldMessages } from './LoginPage';

type Field = 'currentPassword' | NewPasswordField;

export function ProfilePage() {
  const { t } = useI18n();
  const profile = useResource(getProfile, 'profile');
  return (
    <>
      <PageHeader title={t('profile.title')} />
      <div className="alert alert--info" role="note">
        <Icon name="lock" size={20} />
        <span>{t('profile.readOnly')}</span>
      </div>
      {profile.status === 'loading' && <LoadingState />}
      {profile.status === 'error' && <ErrorState error={profile.error} onRetry={profile.reload} />}
      {profile.status === 'ready' && <ProfileView profile={profile.data} />}
      <PaymentsLinkCard />
      <ChangePassword />
    </>
  );
}

/** «پرداخت‌ها»: the buyer's payments and their receipts. */
function PaymentsLinkCard() {
  const { t } = useI18n();
  return (
    <nav className="profile-links" aria-label={t('profile.more')}>
      <Link to="/payments" className="link-card" data-testid="profile-payments-link">
        <span className="link-card__icon" aria-hidden="true">
          <Icon name="card" size={24} />
        </span>
        <span className="link-card__text">
          <span className="link-card__title">{t('payments.title')}</span>
          <span className="link-card__hint">{t('payments.linkHint')}</span>
        </span>
        <Icon name="chevron" className="link-card__chevron icon--flip-rtl" />
      </Link>
    </nav>
  );
}

function ProfileView({ profile }: { profile: Profile }) {
  const { t, digits } = useI18n();
  const num = (v: string | null) => (v ? <Ltr>{digits(v)}</Ltr> : null);
  return (
    <div className="profile-grid">
      <section className="card" aria-labelledby="identity-title">
        <h2 id="identity-title" className="card__title">
          {t('profile.identity')}
        </h2>
        <Facts
          columns={2}
          items={[
            { label: t('profile.fullName'), value: profile.fullName, testId: 'profile-full-name' },
            { label: t('profile.nationalCode'), value: num(profile.nationalCode) },
            { label: t('profile.subscriberNumber'), value: num(profile.subscriberNumber) },
            { label: t('profile.mainOperator'), value: profile.mainOperatorName },
          ]}
        />
      </section>
      <section className="card" aria-labelledby="address-title">
        <h2 id="address-title" className="card__title">
          {t('profile.address')}
        </h2>
        <Facts
          items={[
            { label: t('profile.city'), value: profile.address.city },
            { label: t('profile.street'), value: profile.address.street },
            { label: t('profile.building'), value: profile.address.building },
            { label: t('profile.postalCode'), value: num(profile.address.postalCode) },
          ]}
        />
      </section>
      <section className="card" aria-labelledby="contact-title">
        <h2 id="contact-title" className="card__title">
          {t('profile.contact')}
        </h2>
        <Facts
          items={[
            { label: t('profile.phone'), value: num(profile.phone) },
            { label: t('profile.mobile'), value: num(profile.mobile) },
          ]}
        />
      </section>
    </div>
  );
}

/** «تغییر رمز عبور»: the current password and the new one twice; every other session ends. */
function ChangePassword() {
  const { t, label } = useI18n();
  const messageOf = useFieldMessage();
  const [current, setCurrent] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<Label | null>(null);
  const [formError, setFormError] = useState<ApiError | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldMessages<Field>>({});
  const currentRef = useRef<HTMLInputElement>(null);
  const newPasswordRef = useRef<HTMLInputElement>(null);

  const focusFirst = (errors: FieldMessages<Field>) => (errors.currentPassword ? currentRef : newPasswordRef).current?.focus();

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    setFormError(null);
    setDone(null);
    const local: FieldMessages<Field> = {};
    if (!current) local.currentPassword = 'required';
    if (!newPassword) local.newPassword = 'required';
    if (!repeat) local.repeatPassword = 'required';
    else if (newPassword && repeat !== newPassword) local.repeatPassword = 'mismatch';
    setFieldErrors(local);
    if (Object.keys(local).length) {
      focusFirst(local);
      return;
    }
    setBusy(true);
    try {
      const answer = await changePassword(current, newPassword);
      setDone(answer.message);
      setCurrent('');
      setNewPassword('');
      setRepeat('');
    } catch (error) {
      const apiError = asApiError(error);
      const perField = fieldMessagesOf(apiError, ['currentPassword', 'newPassword'] as const);
      setFieldErrors(perField);
      if (perField.currentPassword || perField.newPassword) focusFirst(perField);
      else setFormError(apiError);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card password-card" aria-labelledby="password-title" data-testid="change-password">
      <h2 id="password-title" className="card__title">
        {t('password.changeTitle')}
      </h2>
      <p className="card__hint">{t('password.changeIntro')}</p>
      {done && (
        <div className="alert alert--success" role="status" data-testid="password-changed">
          <Icon name="check" size={20} />
          <span>{label(done)}</span>
        </div>
      )}
      <FormError error={formError} />
      <form className="form" onSubmit={onSubmit} noValidate>
        <TextField
          ref={currentRef}
          label={t('password.current')}
          error={messageOf(fieldErrors.currentPassword)}
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          dir="ltr"
          value={current}
          onChange={(e) => setCurrent(e.target.value)}
        />
        <NewPasswordFields
          newPassword={newPassword}
          repeat={repeat}
          onNewPassword={setNewPassword}
          onRepeat={setRepeat}
          errors={{ newPassword: messageOf(fieldErrors.newPassword), repeatPassword: messageOf(fieldErrors.repeatPassword) }}
          newPasswordRef={newPasswordRef}
        />
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? t('password.saving') : t('password.save')}
        </button>
      </form>
    </section>
  );
}
