/**
 * Legal notices and changes in service terms the buyer has not read yet (the dashboard's
 * `notifications.pinned`), shown above everything else until they press «خواندم».
 */
import { useState } from 'react';
import { ApiError, isApiError } from '../api/client';
import { markNotificationRead } from '../api/me';
import type { AppNotification } from '../api/types';
import { useI18n } from '../i18n/I18nContext';
import { useNotifications } from '../notifications/NotificationsContext';
import { useErrorText } from './States';
import { LocalizedText } from './LocalizedText';
import { Icon } from './Icon';
import { NotificationLink } from './NotificationLink';

export function PinnedNotices({ notices }: { notices: AppNotification[] }) {
  const { t, label, moment } = useI18n();
  const { markedRead } = useNotifications();
  const errorText = useErrorText();
  const [done, setDone] = useState<ReadonlySet<string>>(new Set());
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<{ id: string; error: ApiError } | null>(null);

  const shown = notices.filter((n) => !done.has(n.id));
  if (shown.length === 0) return null;

  const acknowledge = async (id: string) => {
    setBusy(id);
    setError(null);
    try {
      await markNotificationRead(id);
      markedRead();
      setDone((prev) => new Set(prev).add(id));
      // keep the keyboard where it was: on the next notice, or on the page
      const next = shown.find((n) => n.id !== id);
      requestAnimationFrame(() => {
        const target = next ? document.getElementById(`pinned-${next.id}`) : document.getElementById('main');
        target?.focus();
      });
    } catch (e) {
      setError({ id, error: isApiError(e) ? e : new ApiError({ status: -1, code: 'unexpected', label: null }) });
    } finally {
      setBusy(null);
    }
  };

  return (
    <section className="pinned" aria-label={t('pinned.region')} data-testid="pinned-notices">
      {shown.map((n) => (
        <article key={n.id} id={`pinned-${n.id}`} tabIndex={-1} className={`pinned__item pinned__item--${n.kind}`} aria-labelledby={`pinned-${n.id}-title`} data-testid="pinned-notice">
          <Icon name="alert" size={22} className="pinned__icon" />
          <div className="pinned__content">
            <p className="pinned__meta">
              <span className={`kind-chip kind-chip--${n.kind}`}>{label(n.kindLabel)}</span>
              <time dateTime={n.createdAt.iso}>{moment(n.createdAt)}</time>
            </p>
            <LocalizedText as="h2" className="pinned__title" id={`pinned-${n.id}-title`} text={n.title} />
            <LocalizedText as="p" className="pinned__body" text={n.body} />
            <NotificationLink notification={n} className="pinned__link" />
            {error?.id === n.id && (
              <p className="pinned__error" role="alert">
                {errorText(error.error)}
              </p>
            )}
          </div>
          <button type="button" className="button button--primary button--small pinned__action" onClick={() => acknowledge(n.id)} disabled={busy !== null} aria-describedby={`pinned-${n.id}-title`}>
            <Icon name="check" size={18} />
            {busy === n.id ? t('pinned.saving') : t('pinned.acknowledge')}
          </button>
        </article>
      ))}
    </section>
  );
}
