/**
 * What waits for staff on the portal's own records, registered with the back-office work queue
 * (plugins/back-office/server/src/work-queue). Each item counts with one COUNT statement on an
 * indexed column (the indexes are in the types' schema.json) and links to the list that shows
 * exactly the records counted. "Today" is Tehran's day (domain/jalali tehranDate).
 *
 * Who sees which item follows from the permission each names: a role sees repairs if it may read
 * repair orders, the outbox items if it may read the outbox, and so on (src/bootstrap/staff-roles).
 */
import type { Core } from '@strapi/strapi';
import { addDays, tehranDate } from '../domain/jalali';
import { toPersianDigits } from '../domain/digits';
import { contentManagerList, type ListCondition } from './admin-links';

const READ = 'plugin::content-manager.explorer.read';
const TRANSFER = 'api::ownership-transfer.ownership-transfer';
const REPAIR = 'api::repair-order.repair-order';
const DEVICE = 'api::device.device';
const PAYMENT = 'api::payment.payment';
const TICKET = 'api::ticket.ticket';
const TICKETS_READ = 'plugin::back-office.tickets.read';
const DEBT_ALERT = 'api::invoice.debt-alert';
const COMPLAINT = 'api::complaint.complaint';
const FOLLOW_UP = 'api::survey.survey-follow-up';
const UPDATE = 'plugin::content-manager.explorer.update';
const COURSE_ORDER = 'api::course-order.course-order';

/** Devices awaiting the buyer's installation confirmation longer than this are chased. */
export const CONFIRMATION_OVERDUE_DAYS = 14;
/** Services ending within this many days from today are "ending this week". */
export const SERVICE_ENDING_DAYS = 7;

type Context = { now: Date };

/**
 * A condition list is both the count's WHERE and the link's filter: one definition, so the two
 * cannot drift apart.
 */
const whereOf = (conditions: ListCondition[]) => ({
  $and: conditions.map(([field, operator, value]) =>
    field
      .split('.')
      .reverse()
      .reduce<Record<string, unknown>>((inner, part) => ({ [part]: inner }), { [operator]: value })
  ),
});

export const transfersToReview = (): ListCondition[] => [['transferStatus', '$eq', 'pending']];

/** Not delivered, and the promised date (7 working days after intake) is before today. */
export const repairsPastPromise = ({ now }: Context): ListCondition[] => [
  ['repairStatus', '$ne', 'delivered'],
  ['promisedBy', '$lt', tehranDate(now)],
];

/** Flagged by the 30-working-day job and not resolved: still with the workshop, no outcome yet. */
export const repairsDueForReplacement = (): ListCondition[] => [
  ['flaggedForReplacementAt', '$notNull', true],
  ['outcome', '$eq', 'pending'],
  ['repairStatus', '$ne', 'ready'],
  ['repairStatus', '$ne', 'delivered'],
];

/** Installed 14 days ago or earlier, not confirmed by the buyer, service not cancelled. */
export const devicesAwaitingConfirmation = ({ now }: Context): ListCondition[] => [
  ['installationConfirmedAt', '$null', true],
  ['installationDate', '$lte', addDays(tehranDate(now), -CONFIRMATION_OVERDUE_DAYS)],
  ['serviceMode', '$ne', 'cancelled'],
];

/** Active or renewed (confirmed, in its initial or a renewed term) and ending from today to today + 7. */
export const servicesEndingThisWeek = ({ now }: Context): ListCondition[] => [
  ['serviceEnd', '$gte', tehranDate(now)],
  ['serviceEnd', '$lte', addDays(tehranDate(now), SERVICE_ENDING_DAYS)],
  ['installationConfirmedAt', '$notNull', true],
  ['serviceMode', '$ne', 'cancelled'],
  ['serviceMode', '$ne', 'pay_per_case'],
];

/** Paid at the gateway for a renewal no longer on offer (replaced, cancelled, expired): finance refunds them. */
export const paymentsToRefund = (): ListCondition[] => [['paymentStatus', '$eq', 'refund_due']];

/**
 * Came back from the gateway (or found by reconcile) but could not be verified: the gateway was
 * slow, failing or down. Neither granted nor failed — verified again by the reconcile job; money may
 * have left the buyer, so finance sees them while the gateway is out (payments.settle).
 */
export const paymentsUnverified = (): ListCondition[] => [
  ['paymentStatus', '$eq', 'pending'],
  ['lastError', '$notNull', true],
];

/** Not closed and past its owed reply or its resolution (overdueAt, kept by the escalation job: api::ticket.sla). */
export const ticketsPastDue = (): ListCondition[] => [
  ['ticketStatus', '$ne', 'closed'],
  ['overdueAt', '$notNull', true],
];

/** Not closed and nobody assigned. */
export const ticketsUnassigned = (): ListCondition[] => [
  ['ticketStatus', '$ne', 'closed'],
  ['assignee.id', '$null', true],
];

/** Not closed and escalated (to Senior support or the Manager). */
export const ticketsEscalated = (): ListCondition[] => [
  ['ticketStatus', '$ne', 'closed'],
  ['escalationLevel', '$gte', 1],
];
/** Subscribers whose pay-per-case debt reached the ceiling and is not yet back below it: open alerts. */
export const debtAlertsOpen = (): ListCondition[] => [['clearedAt', '$null', true]];

/** issue 14: past the 48 working hours without an answer (overdueAt, set once by complaints.escalate), not closed. */
export const complaintsOverdue = (): ListCondition[] => [
  ['complaintStatus', '$ne', 'closed'],
  ['overdueAt', '$notNull', true],
  ['firstAnsweredAt', '$null', true],
];

/** issue 14: dissatisfied survey answers the managers have not closed yet. */
export const surveyFollowUpsOpen = (): ListCondition[] => [['followUpStatus', '$eq', 'open']];

/** A paid course order normally has its licence within seconds; this long after, staff look at it. */
export const LICENCE_LATE_MINUTES = 15;
/**
 * Course orders paid over 15 minutes ago without their SpotPlayer licence (retrying, or refused and
 * waiting for «تلاش دوباره» on the order's page).
 */
export const courseLicencesLate = ({ now }: Context): ListCondition[] => [
  ['orderStatus', '$eq', 'paid'],
  ['paidAt', '$lt', new Date(now.getTime() - LICENCE_LATE_MINUTES * 60_000).toISOString()],
];

const listItem = (strapi: Core.Strapi, uid: string, conditions: (context: Context) => ListCondition[]) => ({
  count: (context: Context) => strapi.db.query(uid as any).count({ where: whereOf(conditions(context)) }),
  link: (context: Context) => contentManagerList(uid, conditions(context)),
});

export const registerPortalWorkQueue = (strapi: Core.Strapi) => {
  const outboxItem = (status: 'dead' | 'failed') => ({
    permission: { action: 'plugin::messaging.outbox.read' },
    count: () => strapi.plugin('messaging').service('outbox-admin').countWithStatus([status]),
    link: () => `/plugins/messaging?status=${status}`,
  });
  strapi.plugin('back-office').service('work-queue').register(
    {
      id: 'transfers-to-review',
      title: { fa: 'انتقال مالکیت در انتظار بررسی', en: 'Ownership transfers to review' },
      permission: { action: 'plugin::back-office.transfers.review' },
      ...listItem(strapi, TRANSFER, transfersToReview),
    },
    {
      id: 'repairs-past-promise',
      title: { fa: 'تعمیرهای گذشته از موعد اعلام نتیجه', en: 'Repairs past their promised date' },
      permission: { action: READ, subject: REPAIR },
      ...listItem(strapi, REPAIR, repairsPastPromise),
    },
    {
      id: 'repairs-due-for-replacement',
      title: { fa: 'تعمیرهای مشمول تعویض دستگاه', en: 'Repairs due for replacement' },
      permission: { action: READ, subject: REPAIR },
      ...listItem(strapi, REPAIR, repairsDueForReplacement),
    },
    {
      id: 'messages-dead',
      title: { fa: 'پیام‌های ارسال‌نشده (کنار گذاشته‌شده)', en: 'Messages that gave up (dead)' },
      ...outboxItem('dead'),
    },
    {
      id: 'messages-failed',
      title: { fa: 'پیام‌های ناموفق در انتظار تلاش دوباره', en: 'Failed messages awaiting a retry' },
      ...outboxItem('failed'),
    },
    {
      id: 'devices-awaiting-confirmation',
      title: { fa: `دستگاه‌های بیش از ${toPersianDigits(CONFIRMATION_OVERDUE_DAYS)} روز در انتظار تأیید نصب`, en: `Devices awaiting installation confirmation over ${CONFIRMATION_OVERDUE_DAYS} days` },
      permission: { action: READ, subject: DEVICE },
      ...listItem(strapi, DEVICE, devicesAwaitingConfirmation),
    },
    {
      id: 'services-ending-this-week',
      title: { fa: 'خدمات رو به پایان در این هفته', en: 'Services ending this week' },
      permission: { action: READ, subject: DEVICE },
      ...listItem(strapi, DEVICE, servicesEndingThisWeek),
    },
    {
      id: 'payments-to-refund',
      title: { fa: 'پرداخت‌های در انتظار استرداد', en: 'Payments to refund' },
      permission: { action: READ, subject: PAYMENT },
      ...listItem(strapi, PAYMENT, paymentsToRefund),
    },
    {
      id: 'payments-unverified',
      title: { fa: 'پرداخت‌هایی که درگاه هنوز تأیید نکرده است', en: 'Payments the gateway could not verify yet' },
      permission: { action: READ, subject: PAYMENT },
      ...listItem(strapi, PAYMENT, paymentsUnverified),
    },
    {
      id: 'crm-jobs-failing',
      title: { fa: 'همگام‌سازی‌های ناموفق با CRM دیدار', en: 'CRM (Didar) sync jobs failing' },
      permission: { action: 'plugin::crm-sync.jobs.read' },
      count: () => strapi.plugin('crm-sync').service('sync').countFailing(),
      link: () => '/plugins/crm-sync',
    },
    {
      id: 'tickets-past-due',
      title: { fa: 'تیکت‌های گذشته از مهلت', en: 'Tickets past due' },
      permission: { action: TICKETS_READ },
      ...listItem(strapi, TICKET, ticketsPastDue),
    },
    {
      id: 'tickets-unassigned',
      title: { fa: 'تیکت‌های بدون کارشناس', en: 'Unassigned tickets' },
      permission: { action: TICKETS_READ },
      ...listItem(strapi, TICKET, ticketsUnassigned),
    },
    {
      id: 'tickets-escalated',
      title: { fa: 'تیکت‌های ارجاع‌شده', en: 'Escalated tickets' },
      permission: { action: TICKETS_READ },
      ...listItem(strapi, TICKET, ticketsEscalated),
    },
    {
      id: 'debt-alerts-open',
      title: { fa: 'مشترکان بالای سقف بدهی', en: 'Subscribers over the debt ceiling' },
      permission: { action: READ, subject: DEBT_ALERT },
      ...listItem(strapi, DEBT_ALERT, debtAlertsOpen),
    },
    // issue 14: the count covers the CEO line too, so only roles that read every complaint get it
    {
      id: 'complaints-overdue',
      title: { fa: 'شکایت‌های دیرکرددار', en: 'Overdue complaints' },
      permission: { action: READ, subject: COMPLAINT, unlimited: true },
      ...listItem(strapi, COMPLAINT, complaintsOverdue),
    },
    {
      id: 'survey-follow-ups-open',
      title: { fa: 'پیگیری نظرسنجی‌های ناراضی', en: 'Dissatisfied surveys to follow up' },
      permission: { action: UPDATE, subject: FOLLOW_UP },
      ...listItem(strapi, FOLLOW_UP, surveyFollowUpsOpen),
    },
    // licensed training videos
    {
      id: 'course-licences-late',
      title: { fa: 'سفارش‌های دوره بدون لایسنس', en: 'Course orders without their licence' },
      permission: { action: READ, subject: COURSE_ORDER },
      ...listItem(strapi, COURSE_ORDER, courseLicencesLate),
    }
  );
};
