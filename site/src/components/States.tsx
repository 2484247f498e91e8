/** Loading, error and empty states shared by the pages. */
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/I18nContext';
import type { MessageKey } from '../i18n/fa';
import type { ApiError } from '../api/client';

export function LoadingState({ messageKey = 'common.loading' }: { messageKey?: MessageKey }) {
  const { t } = useI18n();
  return (
    <div className="state state--loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      <span>{t(messageKey)}</span>
    </div>
  );
}

/** The text to show for an API error in the current language. */
export function useErrorText() {
  const { t, label } = useI18n();
  return (error: ApiError | null | undefined): string => {
    if (!error) return '';
    if (error.isNetwork) return t('errors.network');
    if (error.code === 'server') return t('errors.server');
    const text = error.label ? label(error.label) : t('errors.unexpected');
    const wait = error.retryAfterSeconds;
    if (error.status === 429 && wait !== null && wait > 0) {
      const extra = wait >= 60 ? t('errors.retryAfterMinutes', { minutes: Math.ceil(wait / 60) }) : t('errors.retryAfterSeconds', { seconds: wait });
      return `${text} ${extra}`;
    }
    return text;
  };
}

export function ErrorState({ error, onRetry }: { error: ApiError; onRetry?: () => void }) {
  const { t } = useI18n();
  const errorText = useErrorText();
  return (
    <div className="state state--error" role="alert">
      <p>{errorText(error)}</p>
      {onRetry && (
        <button type="button" className="button button--secondary" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}

/** `title` is left out where the page's heading already says it (a not-found page). */
export function EmptyState({ title, children, icon }: { title?: string; children?: ReactNode; icon?: ReactNode }) {
  return (
    <div className="state state--empty">
      {icon && <div className="state__icon" aria-hidden="true">{icon}</div>}
      {title && <p className="state__title">{title}</p>}
      {children && <div className="state__text">{children}</div>}
    </div>
  );
}
