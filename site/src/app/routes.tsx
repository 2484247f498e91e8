/**
 * The route and navigation registry: every page of the site is one entry here.
 *
 * To add a page (tickets, invoices, knowledge base…): write it under pages/,
 * add its texts to i18n/fa.ts and en.ts, and add one entry below —
 *   - `requiresAuth: true` for the customer area (the guard sends anonymous users to /login),
 *     `false` for public pages;
 *   - `navLabelKey` to show it in the header navigation (in the order of this array);
 *   - `guestOnly` for pages only a logged-out visitor should see (login).
 * Keep the catch-all `*` last.
 */
import type { ReactElement } from 'react';
import type { MessageKey } from '../i18n/fa';
import type { IconName } from '../components/Icon';
import { LoginPage } from '../pages/LoginPage';
import { ForgotPasswordPage } from '../pages/ForgotPasswordPage';
import { DashboardPage } from '../pages/DashboardPage';
import { DevicesPage } from '../pages/DevicesPage';
import { DeviceDetailPage } from '../pages/DeviceDetailPage';
import { ProfilePage } from '../pages/ProfilePage';
import { NotificationsPage } from '../pages/NotificationsPage';
import { PaymentResultPage } from '../pages/PaymentResultPage';
import { PaymentsPage } from '../pages/PaymentsPage';
import { PaymentReceiptPage } from '../pages/PaymentReceiptPage';
import { RepairReceiptPage } from '../pages/RepairReceiptPage';
import { RepairsPage } from '../pages/RepairsPage';
import { RepairDetailPage } from '../pages/RepairDetailPage';
import { TransfersPage } from '../pages/TransfersPage';
import { WarrantyPage } from '../pages/WarrantyPage';
import { NotFoundPage } from '../pages/NotFoundPage';
import { TicketsPage } from '../pages/TicketsPage';
import { NewTicketPage } from '../pages/NewTicketPage';
import { TicketDetailPage } from '../pages/TicketDetailPage';
import { InvoicesPage } from '../pages/InvoicesPage';
import { InvoiceDetailPage } from '../pages/InvoiceDetailPage';
import { NewComplaintPage } from '../pages/NewComplaintPage';
import { TrackComplaintPage } from '../pages/TrackComplaintPage';
import { SurveyPage } from '../pages/SurveyPage';
import { KnowledgeBasePage } from '../pages/KnowledgeBasePage';
import { KnowledgeSearchPage } from '../pages/KnowledgeSearchPage';
import { ArticlePage } from '../pages/ArticlePage';
import { VideoPage } from '../pages/VideoPage';
import { CoursesPage } from '../pages/CoursesPage';
import { CoursePage } from '../pages/CoursePage';
import { MyVideosPage } from '../pages/MyVideosPage';

export type AppRoute = {
  path: string;
  element: ReactElement;
  requiresAuth: boolean;
  guestOnly?: boolean;
  /** shown in the header navigation under this label */
  navLabelKey?: MessageKey;
  navIcon?: IconName;
  /** other pages under which the navigation marks this entry (the learning section's three parts) */
  navAlso?: string[];
};

export const routes: AppRoute[] = [
  { path: '/login', element: <LoginPage />, requiresAuth: false, guestOnly: true, navLabelKey: 'nav.login', navIcon: 'lock' },
  // «رمز عبور را فراموش کرده‌اید؟» on the login page: a code by SMS, then a new password
  { path: '/forgot-password', element: <ForgotPasswordPage />, requiresAuth: false, guestOnly: true },
  { path: '/', element: <DashboardPage />, requiresAuth: true, navLabelKey: 'nav.dashboard', navIcon: 'home' },
  { path: '/devices', element: <DevicesPage />, requiresAuth: true, navLabelKey: 'nav.devices', navIcon: 'device' },
  { path: '/devices/:id', element: <DeviceDetailPage />, requiresAuth: true },
  // support tickets: the list, «ثبت تیکت جدید» (?device=<id> chooses the device), one ticket's correspondence
  { path: '/tickets', element: <TicketsPage />, requiresAuth: true, navLabelKey: 'nav.tickets', navIcon: 'ticket' },
  { path: '/tickets/new', element: <NewTicketPage />, requiresAuth: true },
  { path: '/tickets/:id', element: <TicketDetailPage />, requiresAuth: true },
  // pay-per-case invoices and the outstanding debt; one invoice, printable, with its pay button
  { path: '/invoices', element: <InvoicesPage />, requiresAuth: true, navLabelKey: 'nav.invoices', navIcon: 'invoice' },
  { path: '/invoices/:id', element: <InvoiceDetailPage />, requiresAuth: true },
  { path: '/repairs', element: <RepairsPage />, requiresAuth: true, navLabelKey: 'nav.repairs', navIcon: 'wrench' },
  { path: '/repairs/:id', element: <RepairDetailPage />, requiresAuth: true },
  // the repair receipt's print view (linked from the repair's page)
  { path: '/repairs/:id/receipt', element: <RepairReceiptPage />, requiresAuth: true },
  // linked from the dashboard and from each device's page («انتقال مالکیت»); ?device=<id> chooses the device
  { path: '/transfers', element: <TransfersPage />, requiresAuth: true },
  // public: anyone checks a warranty by serial; /warranty/:serial is the shareable answer
  { path: '/warranty', element: <WarrantyPage />, requiresAuth: false, navLabelKey: 'nav.warranty', navIcon: 'shield' },
  { path: '/warranty/:serial', element: <WarrantyPage />, requiresAuth: false },
  // voice of the customer (issue 14), public: «ثبت شکایت» (?to=ceo chooses «ارتباط با مدیرعامل»),
  // «پیگیری شکایت» (?code=), and the satisfaction survey an SMS links to (no login)
  { path: '/complaints/new', element: <NewComplaintPage />, requiresAuth: false },
  { path: '/complaints/track', element: <TrackComplaintPage />, requiresAuth: false },
  { path: '/survey/:token', element: <SurveyPage />, requiresAuth: false },
  // the knowledge base (issue 13): device types, topics, the latest; ?deviceType=<code> filters; the
  // search (?q&deviceType&topic&kind&page); one article (its blocks, «این مطلب مفید بود؟»); one video.
  // The header's entry stands for the whole learning section (the courses and «ویدیوهای من» too).
  {
    path: '/knowledge-base',
    element: <KnowledgeBasePage />,
    requiresAuth: true,
    navLabelKey: 'nav.knowledgeBase',
    navIcon: 'book',
    navAlso: ['/courses', '/my-videos'],
  },
  { path: '/knowledge-base/search', element: <KnowledgeSearchPage />, requiresAuth: true },
  { path: '/knowledge-base/articles/:id', element: <ArticlePage />, requiresAuth: true },
  { path: '/knowledge-base/videos/:id', element: <VideoPage />, requiresAuth: true },
  // licensed training videos: the courses on sale (buy → the gateway), one course, and «ویدیوهای من»
  // (the licence keys; where the «لایسنس … آماده است» notification leads)
  { path: '/courses', element: <CoursesPage />, requiresAuth: true },
  { path: '/courses/:id', element: <CoursePage />, requiresAuth: true },
  { path: '/my-videos', element: <MyVideosPage />, requiresAuth: true },
  { path: '/profile', element: <ProfilePage />, requiresAuth: true, navLabelKey: 'nav.profile', navIcon: 'user' },
  // reached from the bell in the header (AppShell), not from the navigation
  { path: '/notifications', element: <NotificationsPage />, requiresAuth: true },
  // where the bank's payment gateway sends the buyer back (through /api/payment/callback)
  { path: '/payments/:id', element: <PaymentResultPage />, requiresAuth: true },
  // «پرداخت‌ها»: linked from the profile and each device's page; a paid payment's printable receipt
  { path: '/payments', element: <PaymentsPage />, requiresAuth: true },
  { path: '/payments/:id/receipt', element: <PaymentReceiptPage />, requiresAuth: true },
  { path: '*', element: <NotFoundPage />, requiresAuth: false },
];

/** The entries shown in the navigation for a visitor who is (or is not) logged in. */
export const navRoutes = (authenticated: boolean): AppRoute[] =>
  routes.filter((r) => r.navLabelKey && (authenticated || !r.requiresAuth) && !(authenticated && r.guestOnly));
