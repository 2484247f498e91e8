import { useEffect, type ReactNode } from 'react';
import { useI18n } from '../i18n/I18nContext';
import { withoutBidiControls } from '../i18n/format';

/**
 * A page's heading; also sets the document title. `contentLang`: the title and subtitle are in
 * another language than the page (staff-written text shown in Persian on the English site).
 */
export function PageHeader({
  title,
  subtitle,
  actions,
  before,
  contentLang,
}: {
  title: string;
  subtitle?: ReactNode;
  actions?: ReactNode;
  before?: ReactNode;
  contentLang?: { lang?: string; dir?: 'rtl' | 'ltr' };
}) {
  usePageTitle(title);
  return (
    <header className="page-header">
      {before}
      <div className="page-header__row">
        <div>
          <h1 className="page-header__title" {...contentLang}>
            {title}
          </h1>
          {subtitle && (
            <p className="page-header__subtitle" {...contentLang}>
              {subtitle}
            </p>
          )}
        </div>
        {actions && <div className="page-header__actions">{actions}</div>}
      </div>
    </header>
  );
}

/**
 * The one place a document title is made: from the page's heading, without the direction
 * isolates t() put around its values (a title is plain text, where they show as stray marks).
 */
export function usePageTitle(title: string | null) {
  const { t } = useI18n();
  const app = t('app.name');
  const area = t('app.area');
  useEffect(() => {
    document.title = withoutBidiControls(title ? `${title} | ${app}` : `${app} — ${area}`);
  }, [title, app, area]);
}
