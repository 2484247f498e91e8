/**
 * The frame of every page: header (product name, navigation, notifications, language, logout),
 * main, the footer with the company's contact details, and on a phone the bottom tab bar
 * (app/tabs.ts) in place of the header's navigation.
 */
import { useEffect, useState } from 'react';
import { Link, NavLink, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { useAuth } from '../auth/AuthContext';
import { useI18n } from '../i18n/I18nContext';
import { Icon } from '../components/Icon';
import { NotificationBell } from '../components/NotificationBell';
import { FooterContact } from '../components/ContactDetails';
import { navRoutes } from './routes';
import { isCurrentTab, tabsFor, type TabDestination } from './tabs';

/** `pathname` is `prefix` or a page below it. */
const isUnder = (pathname: string, prefix: string) => pathname === prefix || pathname.startsWith(`${prefix}/`);

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
 * The phone's bottom tab bar (narrow screens only; the top navigation takes its place on wide
 * ones): the destinations of app/tabs.ts, an icon over a short label, the current one marked
 * (aria-current="page"), above the home indicator (safe-area inset).
 */
function TabBar({ tabs }: { tabs: TabDestination[] }) {
  const { t } = useI18n();
  const { pathname } = useLocation();
  return (
    <nav className="tab-bar" aria-label={t('nav.main')} data-testid="tab-bar">
      <ul>
        {tabs.map((tab) => {
          const current = isCurrentTab(tab, pathname);
          return (
            <li key={tab.path}>
              <Link
                to={tab.path}
                className="tab-bar__link"
                aria-current={current ? 'page' : undefined}
                data-testid={`tab-${tab.path === '/' ? 'home' : tab.path.slice(1)}`}
              >
                <span className="tab-bar__icon" aria-hidden="true">
                  <Icon name={tab.icon} size={22} />
                </span>
                <span className="tab-bar__label">{t(tab.labelKey)}</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

/** The footer's «رسیدگی به شکایات»: the complaint form, the CEO line and tracking, on every page. */
function FooterComplaints() {
  const { t } = useI18n();
  return (
    <nav className="footer-links" aria-labelledby="footer-complaints-title" data-testid="footer-complaints">
      <h2 id="footer-complaints-title" className="footer-contact__title">
        {t('footer.voiceTitle')}
      </h2>
      <ul className="footer-links__list">
        <li>
          <Link to="/complaints/new" data-testid="footer-complaint">
            <Icon name="megaphone" size={18} />
            {t('footer.complaint')}
          </Link>
        </li>
        <li>
          <Link to="/complaints/new?to=ceo" data-testid="footer-ceo">
            <Icon name="user" size={18} />
            {t('footer.ceo')}
          </Link>
        </li>
        <li>
          <Link to="/complaints/track" data-testid="footer-track">
            <Icon name="search" size={18} />
            {t('footer.track')}
          </Link>
        </li>
      </ul>
    </nav>
  );
}

export function AppShell() {
  const { t } = useI18n();
  const { status } = useAuth();
  const authenticated = status === 'authenticated';
  // nothing until the session check has answered: a logged-in buyer never sees the guest's «ورود»
  const nav = status === 'checking' ? [] : navRoutes(authenticated);
  const tabs = status === 'checking' ? [] : tabsFor(authenticated);
  const location = useLocation();

  // on navigation, scroll to the top (focus stays where the user put it)
  useEffect(() => {
    window.scrollTo(0, 0);
  }, [location.pathname]);

  return (
    <div className={`shell${tabs.length > 0 ? ' shell--with-tabs' : ''}`}>
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
            <nav className="site-nav" aria-label={t('nav.main')}>
              <ul>
                {nav.map((r) => (
                  <li key={r.path}>
                    <NavLink
                      to={r.path}
                      end={r.path === '/'}
                      className={({ isActive }) => `site-nav__link${isActive || (r.navAlso ?? []).some((p) => isUnder(location.pathname, p)) ? ' active' : ''}`}
                    >
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
        <div className="site-footer__inner">
          <FooterContact />
          <FooterComplaints />
          <p className="site-footer__brand">
            {t('app.name')} · {t('app.area')}
          </p>
        </div>
      </footer>
      {tabs.length > 0 && <TabBar tabs={tabs} />}
    </div>
  );
}
