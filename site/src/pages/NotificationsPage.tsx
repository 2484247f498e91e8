/**
 * /notifications — the buyer's notifications, newest first: company announcements and messages
 * from the portal. Paged (?page=), optionally unread only (?unread=true); each can be marked read,
 * or all at once. What is marked read here changes in place (no reload) and lowers the bell.
 */
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { ApiError, isApiError } from '../api/client';
import { getNotifications, markAllNotificationsRead, markNotificationRead } from '../api/me';
import { useResource } from '../api/useResource';
import type { AppNotification } from '../api/types';
import { useI18n } from '../i18n/I18nContext';
import { useNotifications } from '../notifications/NotificationsContext';
import { PageHeader } from '../components/PageHeader';
import { EmptyState, ErrorState, LoadingState, useErrorText } from '../components/States';
import { LocalizedText } from '../components/LocalizedText';
import { Icon } from '../components/Icon';
import { Pager, pageOf } from '../components/Pager';
import { NotificationLink } from '../components/NotificationLink';

/** the address of a page of the list, keeping the filter */
const searchFor = (page: number, unreadOnly: boolean): string => {
  const params = new URLSearchParams();
  if (unreadOnly) params.set('unread', 'true');
  if (page > 1) params.set('page', String(page));
  const s = params.toString();
  return s ? `?${s}` : '';
};

export function NotificationsPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const page = pageOf(params.get('page'));
  const unreadOnly = params.get('unread') === 'true';
  const key = `notifications:${page}:${unreadOnly}`;
  const list = useResource((signal) => getNotifications({ page, unreadOnly }, signal), key);
  const { unread, setUnread, markedRead } = useNotifications();
  const errorText = useErrorText();

  /** notifications marked read here since the list was loaded */
  const [changed, setChanged] = useState<Record<string, AppNotification>>({});
  const [allRead, setAllRead] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  const [actionError, setActionError] = useState<ApiError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    setChanged({});
    setAllRead(false);
    setActionError(null);
    setNotice(null);
    window.scrollTo(0, 0);
  }, [key]);

  // the list's answer carries the unread count: the bell takes it
  useEffect(() => {
    if (list.status === 'ready') setUnread(list.data.meta.unread);
  }, [list.status, list.data, setUnread]);

  const asShown = (n: AppNotification): AppNotification => changed[n.id] ?? (allRead && !n.read ? { ...n, read: true, pinned: false } : n);
  const unreadCount = unread ?? (list.status === 'ready' ? list.data.meta.unread : 0);

  const failed = (e: unknown) => setActionError(isApiError(e) ? e : new ApiError({ status: -1, code: 'unexpected', label: null }));

  const markOne = async (n: AppNotification) => {
    setBusy(n.id);
    setActionError(null);
    setNotice(null);
    try {
      const updated = await markNotificationRead(n.id);
      setChanged((prev) => ({ ...prev, [n.id]: updated }));
      markedRead();
      requestAnimationFrame(() => document.getElementById(`notification-${n.id}`)?.focus());
    } catch (e) {
      failed(e);
    } finally {
      setBusy(null);
    }
  };

  const markAll = async () => {
    setBusy('all');
    setActionError(null);
    try {
      await markAllNotificationsRead();
      setAllRead(true);
      setUnread(0);
      setNotice(t('notifications.allMarked'));
      requestAnimationFrame(() => document.getElementById('notifications-notice')?.focus());
    } catch (e) {
      failed(e);
    } finally {
      setBusy(null);
    }
  };

  const setFilter = (onlyUnread: boolean) => setParams(onlyUnread ? { unread: 'true' } : {});

  return (
    <>
      <PageHeader
        title={t('notifications.title')}
        subtitle={list.status === 'ready' ? (unreadCount > 0 ? t('notifications.unreadCount', { count: unreadCount }) : t('notifications.noneUnread')) : undefined}
        actions={
          unreadCount > 0 ? (
            <button type="button" className="button button--secondary button--small" onClick={markAll} disabled={busy !== null} data-testid="mark-all-read">
              <Icon name="check" size={18} />
              {busy === 'all' ? t('notifications.saving') : t('notifications.markAllRead')}
            </button>
          ) : undefined
        }
      />

      <div className="segmented segmented--inline" role="group" aria-label={t('notifications.filter')}>
        <button type="button" className="segmented__option" aria-pressed={!unreadOnly} onClick={() => setFilter(false)}>
          {t('notifications.filterAll')}
        </button>
        <button type="button" className="segmented__option" aria-pressed={unreadOnly} onClick={() => setFilter(true)} data-testid="filter-unread">
          {t('notifications.filterUnread')}
        </button>
      </div>

      {notice && (
        <div className="alert alert--success" role="status" id="notifications-notice" tabIndex={-1}>
          <Icon name="check" size={20} />
          <span>{notice}</span>
        </div>
      )}
      {actionError && (
        <div className="alert alert--error" role="alert">
          <Icon name="alert" size={20} />
          <span>{errorText(actionError)}</span>
        </div>
      )}

      {list.status === 'loading' && <LoadingState />}
      {list.status === 'error' && <ErrorState error={list.error} onRetry={list.reload} />}
      {list.status === 'ready' &&
        (list.data.data.length === 0 ? (
          <Empty page={page} unreadOnly={unreadOnly} onShowAll={() => setFilter(false)} />
        ) : (
          <>
            <ul className="notice-list" data-testid="notification-list">
              {list.data.data.map((n) => (
                <li key={n.id}>
                  <NotificationItem notification={asShown(n)} busy={busy === n.id} disabled={busy !== null} onMarkRead={markOne} />
                </li>
              ))}
            </ul>
            <Pager pagination={list.data.meta.pagination} label={t('notifications.pagination')} searchFor={(p) => searchFor(p, unreadOnly)} />
          </>
        ))}
    </>
  );
}

function NotificationItem({ notification: n, busy, disabled, onMarkRead }: { notification: AppNotification; busy: boolean; disabled: boolean; onMarkRead: (n: AppNotification) => void }) {
  const { t, label, moment } = useI18n();
  const titleId = `notification-${n.id}-title`;
  return (
    <article
      id={`notification-${n.id}`}
      tabIndex={-1}
      className={`notice${n.read ? '' : ' notice--unread'}`}
      aria-labelledby={titleId}
      data-testid="notification"
      data-read={n.read ? 'true' : 'false'}
    >
      <div className="notice__head">
        <span className={`kind-chip kind-chip--${n.kind}`}>{label(n.kindLabel)}</span>
        {!n.read && <span className="notice__unread">{t('notifications.unread')}</span>}
        <time className="notice__time" dateTime={n.createdAt.iso}>
          {moment(n.createdAt)}
        </time>
      </div>
      <div className="notice__content">
        <LocalizedText as="h2" className="notice__title" id={titleId} text={n.title} />
        <LocalizedText as="p" className="notice__body" text={n.body} />
      </div>
      {(!n.read || n.link) && (
        <div className="notice__actions">
          <NotificationLink notification={n} />
          {!n.read && (
            <button type="button" className="button button--secondary button--small" onClick={() => onMarkRead(n)} disabled={disabled} aria-describedby={titleId}>
              <Icon name="check" size={18} />
              {busy ? t('notifications.saving') : t('notifications.markRead')}
            </button>
          )}
        </div>
      )}
    </article>
  );
}

function Empty({ page, unreadOnly, onShowAll }: { page: number; unreadOnly: boolean; onShowAll: () => void }) {
  const { t } = useI18n();
  if (page > 1) {
    return (
      <EmptyState title={t('notifications.pageEmpty')} icon={<Icon name="bell" size={36} />}>
        <Link to={{ search: searchFor(1, unreadOnly) }} className="button button--secondary">
          {t('notifications.firstPage')}
        </Link>
      </EmptyState>
    );
  }
  if (unreadOnly) {
    return (
      <EmptyState title={t('notifications.emptyUnread')} icon={<Icon name="check" size={36} />}>
        <button type="button" className="button button--secondary" onClick={onShowAll}>
          {t('notifications.showAll')}
        </button>
      </EmptyState>
    );
  }
  return (
    <EmptyState title={t('notifications.empty')} icon={<Icon name="bell" size={36} />}>
      {t('notifications.emptyHint')}
    </EmptyState>
  );
}
