/**
 * The link of a notification to the page it is about (the API's `link`: a repair, a device, its
 * «ادامهٔ خدمات» section, the transfer requests, a payment, a ticket, an invoice, «ویدیوهای من»), labelled with where it leads.
 * Following it marks the notification read.
 */
import type { MouseEvent } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { markNotificationRead } from '../api/me';
import type { AppNotification } from '../api/types';
import { useI18n } from '../i18n/I18nContext';
import type { MessageKey } from '../i18n/fa';
import { useNotifications } from '../notifications/NotificationsContext';
import { Icon } from './Icon';

const labelFor = (link: string): MessageKey => {
  if (link.startsWith('/repairs/')) return 'notifications.open.repair';
  if (link.startsWith('/devices/')) return link.endsWith('#service') ? 'notifications.open.service' : 'notifications.open.device';
  if (link.startsWith('/transfers')) return 'notifications.open.transfers';
  if (link.startsWith('/payments/')) return 'notifications.open.payment';
  if (link.startsWith('/tickets/')) return 'notifications.open.ticket';
  if (link.startsWith('/invoices/')) return 'notifications.open.invoice';
  if (link === '/invoices') return 'notifications.open.invoices';
  if (link === '/my-videos' || link.startsWith('/my-videos?') || link.startsWith('/my-videos#')) return 'notifications.open.myVideos';
  if (link === '/courses' || link.startsWith('/courses/')) return 'notifications.open.courses';
  if (link.startsWith('/knowledge-base/articles/')) return 'notifications.open.article';
  return 'notifications.open';
};

/** Only paths on this site are followed (the server stores nothing else, but a link is never trusted blindly). */
const isSitePath = (link: string | null): link is string => typeof link === 'string' && /^\/(?![/\\])/.test(link);

export function NotificationLink({ notification: n, className = 'button button--primary button--small' }: { notification: AppNotification; className?: string }) {
  const { t } = useI18n();
  const { markedRead } = useNotifications();
  const navigate = useNavigate();
  if (!isSitePath(n.link)) return null;
  // marked read first, so the bell's count on the next page already leaves it out
  const open = async (event: MouseEvent<HTMLAnchorElement>) => {
    if (n.read || event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    try {
      await markNotificationRead(n.id);
      markedRead();
    } catch {
      /* still unread: it shows so next time */
    }
    navigate(n.link!);
  };
  return (
    <Link to={n.link} className={className} onClick={(e) => void open(e)} data-testid="notification-link">
      {t(labelFor(n.link))}
      <Icon name="chevron" size={16} className="icon--flip-rtl" />
    </Link>
  );
}
