/** Previous / next links between the pages of a paged list (`?page=`); nothing for a single page. */
import { Link } from 'react-router-dom';
import type { Pagination } from '../api/types';
import { useI18n } from '../i18n/I18nContext';
import { Icon } from './Icon';

/** `?page=` from the address: a whole number from 1, else 1. */
export const pageOf = (raw: string | null): number => {
  const n = Number(raw);
  return Number.isInteger(n) && n >= 1 ? n : 1;
};

export function Pager({ pagination, label, searchFor }: { pagination: Pagination; label: string; searchFor: (page: number) => string }) {
  const { t } = useI18n();
  const { page, pageCount } = pagination;
  if (pageCount <= 1) return null;
  return (
    <nav className="pager" aria-label={label} data-testid="pager">
      {page > 1 ? (
        <Link className="button button--secondary button--small" to={{ search: searchFor(page - 1) }} rel="prev">
          <Icon name="chevron" size={18} className="icon--flip-ltr" />
          {t('pager.previous')}
        </Link>
      ) : (
        <span />
      )}
      <span className="pager__status">{t('pager.pageOf', { page, count: pageCount })}</span>
      {page < pageCount ? (
        <Link className="button button--secondary button--small" to={{ search: searchFor(page + 1) }} rel="next">
          {t('pager.next')}
          <Icon name="chevron" size={18} className="icon--flip-rtl" />
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
