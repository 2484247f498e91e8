/** Any unknown address. */
import { Link } from 'react-router-dom';
import { useI18n } from '../i18n/I18nContext';
import { PageHeader } from '../components/PageHeader';
import { EmptyState } from '../components/States';
import { Icon } from '../components/Icon';

export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <>
      <PageHeader title={t('notFound.title')} />
      <EmptyState title={t('notFound.text')} icon={<Icon name="info" size={36} />}>
        <Link to="/" className="button button--primary">
          {t('notFound.home')}
        </Link>
      </EmptyState>
    </>
  );
}
