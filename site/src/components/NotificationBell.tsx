/** The header's bell: a link to /notifications with the unread count (hidden at zero). */
import { NavLink } from 'react-router-dom';
import { useI18n } from '../i18n/I18nContext';
import { useNotifications } from '../notifications/NotificationsContext';
import { Icon } from './Icon';

export function NotificationBell() {
  const { t, num } = useI18n();
  const { unread } = useNotifications();
  const count = unread ?? 0;
  const name = count > 0 ? t('header.notificationsUnread', { count }) : t('header.notifications');
  return (
    <NavLink to="/notifications" className="header-button header-bell" aria-label={name} title={name} data-testid="notification-bell">
      <Icon name="bell" size={20} />
      {count > 0 && (
        <span className="header-bell__badge" aria-hidden="true" data-testid="notification-badge">
          {count > 99 ? `${num(99)}+` : num(count)}
        </span>
      )}
    </NavLink>
  );
}
