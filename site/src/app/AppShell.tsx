/** The frame of every page: header (product name, navigation, notifications, language, logout) and main. */
import { useEffect, useRef, useState } from 'react';
import { Link, NavLink, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { useAuth } from '../auth/AuthContext';
import { useI18n } from '../i18n/I18nContext';
import { Icon } from '../components/Icon';
import { NotificationBell } from '../components/NotificationBell';
import { navRoutes } from './routes';

function LanguageToggle() {
  const { t, toggleLang, lang } = useI18n();
  return (
    <button
      type="button"
      className="header-button"
      onClick={toggleLang}
      lang={lang === 'fa' ? 'en' : 'fa'}
      aria-label={t('lang.switchLabel')}
      data-testid="lang-toggle"
    >
      <Icon name="globe" size={18} className="header-button__icon--optional" />
      <span>{t('lang.switch')}</span>
    </button>
  );
}

function LogoutButton() {
  const { t } = useI18n();
  const { logout } = useAuth();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const onClick = async () => {
    setBusy(true);
    await logout();
    navigate('/login', { replace: true });
  };
  return (
    <button type="button" className="header-button" onClick={onClick} disabled={busy} data-testid="logout">
      <Icon name="logout" size={18} className="icon--flip-rtl" />
      <span className="header-button__label--collapsible">{busy ? t('header.loggingOut') : t('header.logout')}</span>
    </button>
  );
}

/**
 * On a phone the navigation is one row that scrolls sideways: the current page's entry is scrolled
 * into view, and the edge with entries beyond it fades (`data-more-start` / `data-more-end`), so
 * that hidden entries are seen to be there.
 */
function useNavOverflow(pathname: string, entries: number) {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    const nav = ref.current;
    if (!nav) return;
    const update = () => {
      // scrollLeft runs from 0 towards negative values in a right-to-left page
      const scrolled = Math.abs(nav.scrollLeft);
      const more = nav.scrollWidth - nav.clientWidth;
      nav.toggleAttribute('data-more-start', scrolled > 1);
      nav.toggleAttribute('data-more-end', more - scrolled > 1);
    };
    nav.querySelector<HTMLElement>('.site-nav__link.active')?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    update();
    nav.addEventListener('scroll', update, { passive: true });
    window.addEventListener('resize', update);
    return () => {
      nav.removeEventListener('scroll', update);
      window.removeEventListener('resize', update);
    };
  }, [pathname, entries]);
  return ref;
}

export function AppShell() {
  const { t } = useI18n();
  const { status } = useAuth();
  const authenticated = status === 'authenticated';
  // nothing until the session check has answered: a logged-in buyer never sees the guest's «ورود»
  const nav = status === 'checking' ? [] : navRoutes(authenticated);
  const location = useLocation();

  // on navigation, scroll to the top (focus stays where the user put it)
  useEffect(() => {
    window.scrollTo(0, 0);
  }, [location.pathname]);

  const navRef = useNavOverflow(location.pathname, nav.length);

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link to="/" className="brand">
            <span className="brand__mark" aria-hidden="true">
              پ
            </span>
            <span className="brand__text">
              <span className="brand__name">{t('app.name')}</span>
              <span className="brand__area">{t('app.area')}</span>
            </span>
          </Link>
          {nav.length > 0 && (
            <nav ref={navRef} className="site-nav" aria-label={t('nav.main')}>
              <ul>
                {nav.map((r) => (
                  <li key={r.path}>
                    <NavLink to={r.path} end={r.path === '/'} className="site-nav__link">
                      {r.navIcon && <Icon name={r.navIcon} size={18} />}
                      <span>{r.navLabelKey ? t(r.navLabelKey) : r.path}</span>
                    </NavLink>
                  </li>
                ))}
              </ul>
            </nav>
          )}
          <div className="site-header__tools">
            {authenticated && <NotificationBell />}
            <LanguageToggle />
            {authenticated && <LogoutButton />}
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="main">
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>
          {t('app.name')} · {t('app.area')}
        </p>
      </footer>
    </div>
  );
}
