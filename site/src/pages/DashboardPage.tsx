/**
 * / — greeting, unread legal / service-terms notices, the payment warning and the outstanding debt
 * (pay-per-case invoices), device counts by service and warranty status, what needs attention,
 * support tickets in progress with «ثبت تیکت جدید», repairs still with the workshop, links.
 */
import { useEffect } from 'react';
import { Link } from 'react-router-dom';
import { getDashboard, getRepairs } from '../api/me';
import { useResource } from '../api/useResource';
import { SERVICE_STATUSES, WARRANTY_STATUSES, type AttentionKind, type Dashboard, type Debt } from '../api/types';
import { useI18n } from '../i18n/I18nContext';
import { PageHeader } from '../components/PageHeader';
import { ErrorState, LoadingState } from '../components/States';
import { StatusBadge } from '../components/StatusBadge';
import { AttentionList } from '../components/AttentionList';
import { Icon, type IconName } from '../components/Icon';
import type { MessageKey } from '../i18n/fa';
import { Ltr } from '../components/Facts';
import { PinnedNotices } from '../components/PinnedNotices';
import { INSTALLATION_SECTION } from '../components/InstallationConfirmation';
import { SERVICE_SECTION } from '../components/ServiceChoices';
import { useNotifications } from '../notifications/NotificationsContext';
import { isOpenRepair } from '../components/RepairParts';
import { tehranToday } from '../i18n/format';
import { NewTicketLink } from '../components/TicketParts';

/** Items that ask for an action on the device page link straight to its section there. */
const sectionOf: Partial<Record<AttentionKind, string>> = { confirm_installation: `#${INSTALLATION_SECTION}`, choose_service: `#${SERVICE_SECTION}` };

/** Items that ask for an action say the action on their link; the others open the device. */
const ACTION_LINK_TEXT: Partial<Record<AttentionKind, MessageKey>> = {
  confirm_installation: 'dashboard.action.confirm_installation',
  choose_service: 'dashboard.action.choose_service',
};

/** The dashboard's quick links, in order: the site's other sections. */
const QUICK_LINKS: { to: string; icon: IconName; title: MessageKey; hint: MessageKey }[] = [
  { to: '/devices', icon: 'device', title: 'dashboard.linkDevices', hint: 'dashboard.linkDevicesHint' },
  { to: '/tickets', icon: 'ticket', title: 'dashboard.linkTickets', hint: 'dashboard.linkTicketsHint' },
  { to: '/invoices', icon: 'invoice', title: 'dashboard.linkInvoices', hint: 'dashboard.linkInvoicesHint' },
  { to: '/repairs', icon: 'wrench', title: 'dashboard.linkRepairs', hint: 'dashboard.linkRepairsHint' },
  { to: '/transfers', icon: 'transfer', title: 'dashboard.linkTransfers', hint: 'dashboard.linkTransfersHint' },
  { to: '/knowledge-base', icon: 'book', title: 'dashboard.linkKnowledgeBase', hint: 'dashboard.linkKnowledgeBaseHint' },
  { to: '/courses', icon: 'video', title: 'dashboard.linkCourses', hint: 'dashboard.linkCoursesHint' },
  { to: '/warranty', icon: 'shield', title: 'dashboard.linkWarranty', hint: 'dashboard.linkWarrantyHint' },
  { to: '/profile', icon: 'user', title: 'dashboard.linkProfile', hint: 'dashboard.linkProfileHint' },
  { to: '/complaints/new', icon: 'megaphone', title: 'dashboard.linkComplaint', hint: 'dashboard.linkComplaintHint' },
];

export function DashboardPage() {
  const { t } = useI18n();
  const dashboard = useResource(getDashboard, 'dashboard');

  if (dashboard.status === 'loading') {
    return (
      <>
        <PageHeader title={t('dashboard.title')} />
        <LoadingState />
      </>
    );
  }
  if (dashboard.status === 'error') {
    return (
      <>
        <PageHeader title={t('dashboard.title')} />
        <ErrorState error={dashboard.error} onRetry={dashboard.reload} />
      </>
    );
  }
  return <DashboardView data={dashboard.data} />;
}

function DashboardView({ data }: { data: Dashboard }) {
  const { t, num, digits, label } = useI18n();
  const { byServiceStatus, byWarrantyStatus, total } = data.devices;
  const { setUnread } = useNotifications();

  // the dashboard knows the unread count: the bell takes it
  useEffect(() => {
    setUnread(data.notifications.unread);
  }, [data, setUnread]);

  return (
    <>
      <PageHeader
        title={t('dashboard.greeting', { name: data.profile.fullName })}
        subtitle={
          <>
            {t('dashboard.subscriberNumber')}: <strong data-testid="subscriber-number">{digits(data.profile.subscriberNumber)}</strong>
          </>
        }
      />

      <PinnedNotices notices={data.notifications.pinned} />

      {data.debt && data.debt.outstandingRials > 0 && <DashboardDebt debt={data.debt} />}

      <div className="dashboard-grid">
        <section className="card" aria-labelledby="services-title">
          <div className="card__head">
            <h2 id="services-title" className="card__title">
              {t('dashboard.servicesTitle')}
            </h2>
            <span className="card__meta">{t('dashboard.deviceTotal', { count: total })}</span>
          </div>
          <ul className="status-counts">
            {SERVICE_STATUSES.map((status) => (
              <li key={status} className={`status-count status-count--${status}${byServiceStatus[status] ? '' : ' status-count--zero'}`} data-testid={`count-${status}`}>
                <span className="status-count__number">{num(byServiceStatus[status] ?? 0)}</span>
                <span className="status-count__label">{label(data.labels.serviceStatus[status])}</span>
              </li>
            ))}
          </ul>
          <h3 className="card__subtitle">{t('dashboard.warrantyTitle')}</h3>
          <ul className="chip-row">
            {WARRANTY_STATUSES.map((status) => (
              <li key={status} className="chip-row__item">
                <StatusBadge kind="warranty" status={status} label={data.labels.warrantyStatus[status]} />
                <span className="chip-row__count">{num(byWarrantyStatus[status] ?? 0)}</span>
              </li>
            ))}
          </ul>
        </section>

        <section className="card" aria-labelledby="attention-title">
          <div className="card__head">
            <h2 id="attention-title" className="card__title">
              {t('dashboard.attentionTitle')}
            </h2>
            {data.attention.length > 0 && <span className="count-pill">{num(data.attention.length)}</span>}
          </div>
          {data.attention.length === 0 ? (
            <p className="muted">{t('dashboard.attentionEmpty')}</p>
          ) : (
            <AttentionList
              items={data.attention.map((a) => ({
                key: `${a.device.id}-${a.kind}`,
                kind: a.kind,
                message: a.message,
                context: (
                  <>
                    {[a.device.brand, a.device.model].filter(Boolean).join(' ')} · <Ltr>{a.device.serial}</Ltr>
                  </>
                ),
                to: `/devices/${encodeURIComponent(a.device.id)}${sectionOf[a.kind] ?? ''}`,
                linkText: t(ACTION_LINK_TEXT[a.kind] ?? 'dashboard.viewDevice'),
              }))}
            />
          )}
        </section>
      </div>

      {data.tickets && <DashboardTickets tickets={data.tickets} />}

      <OpenRepairs />

      <section aria-labelledby="links-title" className="quick-links">
        <h2 id="links-title" className="section-title">
          {t('dashboard.quickLinks')}
        </h2>
        <div className="quick-links__grid">
          {QUICK_LINKS.map((link) => (
            <Link key={link.to} to={link.to} className="link-card">
              <span className="link-card__icon" aria-hidden="true">
                <Icon name={link.icon} size={24} />
              </span>
              <span className="link-card__text">
                <span className="link-card__title">{t(link.title)}</span>
                <span className="link-card__hint">{t(link.hint)}</span>
              </span>
              <Icon name="chevron" className="link-card__chevron icon--flip-rtl" />
            </Link>
          ))}
        </div>
      </section>
    </>
  );
}

/** Repairs still with the workshop (not ready, not delivered): how many, the nearest promised date. Nothing when none (or when they cannot be read). */
function OpenRepairs() {
  const { t, num, date } = useI18n();
  const repairs = useResource(getRepairs, 'dashboard-repairs');
  if (repairs.status !== 'ready') return null;
  const open = repairs.data.filter(isOpenRepair);
  if (open.length === 0) return null;
  // the nearest promise still ahead (one already passed is marked on the repairs page)
  const today = tehranToday();
  const next = open
    .map((r) => r.promisedBy)
    .filter((d): d is NonNullable<typeof d> => d !== null && d.iso >= today)
    .sort((a, b) => a.iso.localeCompare(b.iso))[0];
  const overdue = open.filter((r) => r.dueForReplacement).length;
  return (
    <section className="card repairs-summary" aria-labelledby="open-repairs-title" data-testid="open-repairs">
      <span className="link-card__icon" aria-hidden="true">
        <Icon name="wrench" size={24} />
      </span>
      <div className="repairs-summary__text">
        <h2 id="open-repairs-title" className="card__title">
          {t('dashboard.repairsTitle')} <span className="count-pill">{num(open.length)}</span>
        </h2>
        <p>{t('dashboard.repairsOpen', { count: open.length })}</p>
        {next && <p className="muted">{t('dashboard.repairsNext', { date: date(next, 'long') ?? '' })}</p>}
        {overdue > 0 && (
          <p className="repairs-summary__overdue">
            <Icon name="alert" size={16} />
            {t('dashboard.repairsOverdue', { count: overdue })}
          </p>
        )}
      </div>
      <Link to="/repairs" className="button button--secondary button--small repairs-summary__action">
        {t('dashboard.viewRepairs')}
        <Icon name="chevron" size={16} className="icon--flip-rtl" />
      </Link>
    </section>
  );
}

/** «ماندهٔ بدهی» when the buyer owes anything; over the ceiling, «هشدار پرداخت» first. */
function DashboardDebt({ debt }: { debt: Debt }) {
  const { t, tomans } = useI18n();
  return (
    <section className={`card dashboard-debt${debt.overCeiling ? ' dashboard-debt--over' : ''}`} aria-labelledby="dashboard-debt-title" data-testid="dashboard-debt">
      {debt.overCeiling && (
        <div className="alert alert--warn" role="alert" data-testid="payment-warning">
          <Icon name="alert" size={20} />
          <div>
            <strong>{t('dashboard.payWarningTitle')}</strong>
            <p>{t('dashboard.payWarningText', { ceiling: tomans(debt.ceilingRials) })}</p>
          </div>
        </div>
      )}
      <div className="dashboard-debt__row">
        <span className="link-card__icon" aria-hidden="true">
          <Icon name="invoice" size={24} />
        </span>
        <div className="dashboard-debt__text">
          <h2 id="dashboard-debt-title" className="card__title">
            {t('dashboard.debtTitle')}
          </h2>
          <p className="dashboard-debt__amount" data-testid="dashboard-debt-amount">
            {tomans(debt.outstandingRials)}
          </p>
          <p className="muted">{t('dashboard.debtUnpaid', { count: debt.unpaidCount })}</p>
        </div>
        <Link to="/invoices" className="button button--primary button--small dashboard-debt__action" data-testid="dashboard-invoices-link">
          {t('dashboard.viewInvoices')}
          <Icon name="chevron" size={16} className="icon--flip-rtl" />
        </Link>
      </div>
    </section>
  );
}

/** Tickets still with the support team, those answered, and «ثبت تیکت جدید». */
function DashboardTickets({ tickets }: { tickets: { open: number; answered: number } }) {
  const { t, num } = useI18n();
  return (
    <section className="card repairs-summary dashboard-tickets" aria-labelledby="dashboard-tickets-title" data-testid="dashboard-tickets">
      <span className="link-card__icon" aria-hidden="true">
        <Icon name="ticket" size={24} />
      </span>
      <div className="repairs-summary__text">
        <h2 id="dashboard-tickets-title" className="card__title">
          {t('dashboard.ticketsTitle')} {tickets.open > 0 && <span className="count-pill" data-testid="dashboard-tickets-open">{num(tickets.open)}</span>}
        </h2>
        <p>{tickets.open > 0 ? t('dashboard.ticketsOpen', { count: tickets.open }) : t('dashboard.ticketsNone')}</p>
        {tickets.answered > 0 && <p className="muted">{t('dashboard.ticketsAnswered', { count: tickets.answered })}</p>}
      </div>
      <div className="dashboard-tickets__actions">
        <NewTicketLink className="button button--primary button--small" />
        {(tickets.open > 0 || tickets.answered > 0) && (
          <Link to="/tickets" className="button button--secondary button--small">
            {t('dashboard.viewTickets')}
            <Icon name="chevron" size={16} className="icon--flip-rtl" />
          </Link>
        )}
      </div>
    </section>
  );
}
