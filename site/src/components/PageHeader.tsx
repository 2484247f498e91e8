import { useEffect, type ReactNode } from 'react';
import { useI18n } from '../i18n/I18nContext';

/** A page's heading; also sets the document title. */
export function PageHeader({ title, subtitle, actions, before }: { title: string; subtitle?: ReactNode; actions?: ReactNode; before?: ReactNode }) {
  usePageTitle(title);
  return (
    <header className="page-header">
      {before}
      <div className="page-header__row">
        <div>
          <h1 className="page-header__title">{title}</h1>
          {subtitle && <p className="page-header__subtitle">{subtitle}</p>}
        </div>
        {actions && <div className="page-header__actions">{actions}</div>}
      </div>
    </header>
  );
}

export function usePageTitle(title: string | null) {
  const { t } = useI18n();
  const app = t('app.name');
  const area = t('app.area');
  useEffect(() => {
    document.title = title ? `${title} | ${app}` : `${app} — ${area}`;
  }, [title, app, area]);
}
