/** /profile — the buyer's identity details, read-only (entered by staff), and a link to their payments. */
import { Link } from 'react-router-dom';
import { getProfile } from '../api/me';
import { useResource } from '../api/useResource';
import type { Profile } from '../api/types';
import { useI18n } from '../i18n/I18nContext';
import { PageHeader } from '../components/PageHeader';
import { ErrorState, LoadingState } from '../components/States';
import { Facts, Ltr } from '../components/Facts';
import { Icon } from '../components/Icon';

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
