/**
 * THE list of the phone's bottom tab bar (AppShell `TabBar`, shown on narrow screens instead of
 * the top navigation). One entry per main destination, in reading order (the first sits at the
 * right in Persian). To add a destination, add an entry here with a short label (one or two
 * words: six tabs share 375 px) in i18n/fa.ts and en.ts; `also` lists the other pages under
 * which the tab is marked current (a device's page under «دستگاه‌ها»).
 *
 * Six tabs for a logged-in buyer: the warranty lookup, public and about any serial, stays a tab
 * for visitors; a buyer reaches it from the dashboard's quick links (and the header on wide
 * screens). Invoices come from tickets, so «تیکت‌ها» is marked on them too; the knowledge base,
 * the courses and «ویدیوهای من» are one tab, «آموزش».
 */
import type { IconName } from '../components/Icon';
import type { MessageKey } from '../i18n/fa';

export type TabDestination = {
  path: string;
  /** a short label: the tab's width is a fifth of a phone */
  labelKey: MessageKey;
  icon: IconName;
  /** `customer`: logged in; `guest`: logged out (login); `everyone`: public pages */
  audience: 'customer' | 'guest' | 'everyone';
  /** path prefixes of other pages that belong to this tab */
  also?: string[];
};

export const TAB_DESTINATIONS: TabDestination[] = [
  { path: '/', labelKey: 'tabs.home', icon: 'home', audience: 'customer', also: ['/notifications'] },
  { path: '/login', labelKey: 'tabs.login', icon: 'lock', audience: 'guest' },
  { path: '/devices', labelKey: 'tabs.devices', icon: 'device', audience: 'customer', also: ['/transfers', '/payments'] },
  { path: '/tickets', labelKey: 'tabs.tickets', icon: 'ticket', audience: 'customer', also: ['/invoices'] },
  { path: '/repairs', labelKey: 'tabs.repairs', icon: 'wrench', audience: 'customer' },
  // the knowledge base, the courses on sale and «ویدیوهای من»: one tab, «آموزش»
  { path: '/knowledge-base', labelKey: 'tabs.learning', icon: 'book', audience: 'customer', also: ['/courses', '/my-videos'] },
  { path: '/warranty', labelKey: 'tabs.warranty', icon: 'shield', audience: 'guest' },
  { path: '/profile', labelKey: 'tabs.profile', icon: 'user', audience: 'customer' },
];

/** The tabs a visitor who is (or is not) logged in sees. */
export const tabsFor = (authenticated: boolean): TabDestination[] =>
  TAB_DESTINATIONS.filter((tab) => tab.audience === 'everyone' || tab.audience === (authenticated ? 'customer' : 'guest'));

const under = (pathname: string, prefix: string) => pathname === prefix || pathname.startsWith(prefix.endsWith('/') ? prefix : `${prefix}/`);

/** Whether the page at `pathname` belongs to this tab ('/' only for the dashboard itself). */
export const isCurrentTab = (tab: TabDestination, pathname: string): boolean =>
  (tab.path === '/' ? pathname === '/' : under(pathname, tab.path)) || (tab.also ?? []).some((prefix) => under(pathname, prefix));
