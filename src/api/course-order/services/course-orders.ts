/**
 * Course orders: buying a licensed training video (seed 001 §9). `strapi.service('api::course-order.course-orders')`.
 *
 * - purchase: a published course → an order `awaiting_payment` at the course's price (an earlier
 *   unpaid order of the same course is cancelled: replaced), then a payment (purpose `course`) for
 *   the price in OUR order row. A course already owned (an order paid or licensed) is a conflict.
 * - grantPayment (the payment purpose, inside the payment's grant transaction): marks the order
 *   paid with an UPDATE conditional on `awaiting_payment` — only one payment can win — and queues
 *   its licence request (plugins/video-licensing) in that same transaction; the licence is tried at
 *   once after the commit, and by the job `video-licensing.issue` until it is issued. A payment for
 *   an order no longer awaiting it (paid already, replaced or abandoned), for a course the buyer
 *   owns already, or of another amount is refused: the payment is `refund_due` and so is the
 *   order when it had not been paid. Each order locks its subscriber's row (PostgreSQL) while it
 *   decides, so "already owned" holds between concurrent purchases; `ownedKey` (UNIQUE
 *   subscriber:course, set on the owning order) backs it in the database.
 * - licenceIssued (the video-licensing plugin's onIssued listener, inside its transaction): the
 *   order `licensed` with the licence's key, id and url; the buyer told on the dashboard and by
 *   SMS/WhatsApp (template `course-licence-ready`), once.
 * - listFor / findFor: the buyer's own orders (the subscriber id in the WHERE; not theirs → null).
 * - describePayments: what a course payment was for, in the buyer's payment history.
 */
import type { Core } from '@strapi/strapi';
import { COURSE_ORDER_STATUS_LABELS, courseOrderNumber, licenceRequestFor, LISTED_STATUSES, OWNING_STATUSES, type CourseOrderStatus } from '../../../domain/courses';
import { jalaliParts, presentDateTime } from '../../../domain/jalali';
import { toRials } from '../../../domain/money';
import { siteLinks } from '../../../domain/site-links';
import { isPostgres, withTransaction } from '../../../utils/raw-sql';
import { siteUrl } from '../../../utils/site-url';
import { publishedCourse, titleIn, type ContentLocale } from '../../course/services/courses';

const ORDER = 'api::course-order.course-order';
const COURSE = 'api::course.course';
const SUBSCRIBER = 'api::subscriber.subscriber';
export const COURSE_PURPOSE = 'course';

const FIELDS = [
  'id',
  'documentId',
  'number',
  'subscriberId',
  'courseDocumentId',
  'courseTitle',
  'priceRials',
  'orderStatus',
  'paymentId',
  'paidAt',
  'licensedAt',
  'licenceId',
  'licenceKey',
  'licenceUrl',
  'licenceTest',
  'createdAt',
];
const POPULATE = { course: { select: ['documentId', 'title', 'titleEn'] } };

export type CourseOrderRow = {
  id: number;
  documentId: string;
  number: string | null;
  subscriberId: number;
  courseDocumentId: string;
  courseTitle: string | null;
  priceRials: string | number;
  orderStatus: CourseOrderStatus;
  paymentId: number | null;
  paidAt: Date | string | null;
  licensedAt: Date | string | null;
  licenceId: string | null;
  licenceKey: string | null;
  licenceUrl: string | null;
  licenceTest: boolean | null;
  createdAt: Date | string;
  course?: { documentId: string; title: string; titleEn: string | null } | null;
};

/** One order as the buyer sees it (docs/api.md CourseOrder). The licence only once it is issued. */
export const presentCourseOrder = (row: CourseOrderRow, locale: ContentLocale = 'fa') => ({
  id: row.documentId,
  number: row.number,
  course: { id: row.courseDocumentId, title: row.course ? titleIn(row.course, locale) : (row.courseTitle ?? '') },
  priceRials: toRials(row.priceRials),
  status: row.orderStatus,
  statusLabel: COURSE_ORDER_STATUS_LABELS[row.orderStatus],
  createdAt: presentDateTime(row.createdAt),
  paidAt: presentDateTime(row.paidAt),
  licensedAt: presentDateTime(row.licensedAt),
  licence: row.orderStatus === 'licensed' && row.licenceKey ? { key: row.licenceKey, url: row.licenceUrl ?? 'https://dl.spotplayer.ir/', test: Boolean(row.licenceTest) } : null,
});
export type PresentedCourseOrder = ReturnType<typeof presentCourseOrder>;

/** Why a verified payment is not granted (recorded on the payment, and the order, for finance's refund). */
const REFUSALS = {
  missing: 'سفارش این پرداخت یافت نشد (the course order of this payment was not found)',
  paid: 'این سفارش پیش از این پرداخت شده بود (the course order was already paid)',
  refunded: 'پرداخت این سفارش پیش از این برای استرداد ثبت شده بود (the course order was already marked for a refund)',
  cancelled: 'این سفارش لغو شده بود: سفارش تازه‌تری جای آن را گرفته یا پرداخت آن رها شده بود (the course order had been replaced or abandoned)',
  owned: 'این دوره پیش از این با سفارش دیگری خریداری شده بود (the course was already bought with another order)',
  amount: 'مبلغ یا پرداخت‌کننده با سفارش یکی نیست (the amount or the payer is not the order’s)',
  courseGone: 'این دوره دیگر وجود ندارد (the course no longer exists)',
};

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const db = () => strapi.db;
  const licensing = () => strapi.plugin('video-licensing').service('licences');

  /**
   * Holds the subscriber's row until the transaction ends, so purchases and grants of one buyer
   * decide one after another (PostgreSQL `SELECT … FOR UPDATE`; SQLite runs one writer at a time).
   */
  const lockSubscriber = async (subscriberId: number) => {
    if (!isPostgres(strapi)) return;
    const table = strapi.db.metadata.get(SUBSCRIBER).tableName;
    await withTransaction(strapi, (trx) => trx(table).where({ id: subscriberId }).select('id').forUpdate());
  };

  const ownedOrder = (subscriberId: number, courseDocumentId: string, exceptId?: number) =>
    db()
      .query(ORDER)
      .findOne({
        where: { subscriberId, courseDocumentId, orderStatus: { $in: [...OWNING_STATUSES] }, ...(exceptId ? { id: { $ne: exceptId } } : {}) },
        select: ['id'],
      });

  const findOwned = (subscriberId: number, documentId: string): Promise<CourseOrderRow | null> =>
    db().query(ORDER).findOne({ where: { documentId, subscriberId }, select: FIELDS, populate: POPULATE });

  const service = {
    /**
     * POST /api/me/courses/:id/purchase. Null when the course is not published (or unknown);
     * `{ conflict: 'owned' }` when the buyer owns it already; else the new order and its payment.
     */
    async purchase(subscriberId: number, courseDocumentId: string, { now = new Date() }: { now?: Date } = {}) {
      const course = await publishedCourse(strapi, courseDocumentId);
      if (!course) return null;
      const amountRials = toRials(course.priceRials);
      if (await ownedOrder(subscriberId, course.documentId)) return { conflict: 'owned' as const };
      const subscriber = await db().query(SUBSCRIBER).findOne({ where: { id: subscriberId }, select: ['mobile'] });
      const payments = strapi.plugin('payment').service('payments');
      // the gateway first: when it cannot be reached the buyer gets a 503 and nothing changed (no
      // order written, an earlier unpaid one not replaced); the order's number is not known yet, so
      // the gateway's description names the course
      const prepared = await payments.prepare({
        purpose: COURSE_PURPOSE,
        subscriberId,
        amountRials,
        description: `خرید دورهٔ «${course.title}»`,
        mobile: subscriber?.mobile ?? undefined,
      });
      const decided = await strapi.db.transaction(async () => {
        await lockSubscriber(subscriberId);
        if (await ownedOrder(subscriberId, course.documentId)) return { conflict: 'owned' as const };
        // an earlier unpaid order of this course is replaced
        await db().query(ORDER).updateMany({ where: { subscriberId, courseDocumentId: course.documentId, orderStatus: 'awaiting_payment' }, data: { orderStatus: 'cancelled' } });
        const created = await db()
          .query(ORDER)
          .create({
            data: {
              subscriber: subscriberId,
              subscriberId,
              course: course.id,
              courseDocumentId: course.documentId,
              courseTitle: course.title,
              priceRials: String(amountRials),
              orderStatus: 'awaiting_payment',
            },
          });
        const number = courseOrderNumber(jalaliParts(now).year, created.id);
        await db().query(ORDER).update({ where: { id: created.id }, data: { number } });
        await payments.record(prepared, { referenceId: created.documentId, description: `خرید دورهٔ «${course.title}» (سفارش ${number})` });
        return { order: { ...created, number } as CourseOrderRow };
      });
      if ('conflict' in decided) return decided;
      const order = decided.order;
      return {
        order: presentCourseOrder({ ...order, course: { documentId: course.documentId, title: course.title, titleEn: course.titleEn } }),
        payment: { id: prepared.documentId, amountRials, redirectUrl: prepared.redirectUrl },
      };
    },

    /**
     * The payment purpose's grant (inside the payment's grant transaction, once per verified
     * payment): the order paid — a conditional UPDATE only one payment can win — and its licence
     * request queued in the same transaction. A refusal makes the payment `refund_due`.
     */
    async grantPayment(payment: { id: number; referenceId: string; amountRials: string | number; subscriberId: number | null }, { now = new Date() }: { now?: Date } = {}) {
      const found = await db().query(ORDER).findOne({ where: { documentId: payment.referenceId }, select: ['id', 'subscriberId'] });
      if (!found) return { refused: REFUSALS.missing };
      await lockSubscriber(found.subscriberId);
      const order: CourseOrderRow = await db().query(ORDER).findOne({ where: { id: found.id }, select: FIELDS });

      /** The order itself waits for the refund too, unless it was paid by another payment. */
      const refuse = async (reason: string) => {
        await db()
          .query(ORDER)
          .updateMany({ where: { id: order.id, orderStatus: { $in: ['awaiting_payment', 'cancelled'] } }, data: { orderStatus: 'refund_due', refundReason: reason.slice(0, 300), paymentId: payment.id } });
        return { refused: reason };
      };

      if (order.orderStatus === 'paid' || order.orderStatus === 'licensed') return { refused: REFUSALS.paid };
      if (order.orderStatus === 'refund_due') return { refused: REFUSALS.refunded };
      if (order.orderStatus === 'cancelled') return refuse(REFUSALS.cancelled);
      if (toRials(payment.amountRials) !== toRials(order.priceRials) || (payment.subscriberId !== null && payment.subscriberId !== order.subscriberId)) return refuse(REFUSALS.amount);
      if (await ownedOrder(order.subscriberId, order.courseDocumentId, order.id)) return refuse(REFUSALS.owned);

      // what the licence is for: the course as published now (its draft if it was withdrawn since)
      const course =
        (await db().query(COURSE).findOne({ where: { documentId: order.courseDocumentId, publishedAt: { $notNull: true } }, select: ['spotPlayerCourseIds', 'episodesLimit'] })) ??
        (await db().query(COURSE).findOne({ where: { documentId: order.courseDocumentId }, select: ['spotPlayerCourseIds', 'episodesLimit'] }));
      if (!course) return refuse(REFUSALS.courseGone);
      const buyer = await db().query(SUBSCRIBER).findOne({ where: { id: order.subscriberId }, select: ['fullName', 'mobile'] });

      const { count } = await db()
        .query(ORDER)
        .updateMany({
          where: { id: order.id, orderStatus: 'awaiting_payment' },
          data: { orderStatus: 'paid', paidAt: now, paymentId: payment.id, ownedKey: `${order.subscriberId}:${order.courseDocumentId}` },
        });
      if (count !== 1) return { refused: REFUSALS.paid };

      const courseIds = typeof course.spotPlayerCourseIds === 'string' ? JSON.parse(course.spotPlayerCourseIds) : course.spotPlayerCourseIds;
      await licensing().enqueue(
        {
          reference: order.documentId,
          subscriberId: order.subscriberId,
          request: licenceRequestFor({ number: order.number! }, { spotPlayerCourseIds: courseIds, episodesLimit: course.episodesLimit }, { fullName: buyer?.fullName ?? '', mobile: buyer?.mobile ?? null }),
        },
        { now }
      );
      // tried at once after this transaction commits; the job retries whatever is left
      await licensing().issueSoon(order.documentId);
      return undefined;
    },

    /** The buyer cancelled on the gateway, or the payment expired unpaid: the order is no purchase. */
    async abandonPayment(payment: { referenceId: string }) {
      await db().query(ORDER).updateMany({ where: { documentId: payment.referenceId, orderStatus: 'awaiting_payment' }, data: { orderStatus: 'cancelled' } });
    },

    /**
     * The video-licensing plugin's onIssued listener (inside the transaction that records the
     * licence): the order licensed, the buyer told — once (the UPDATE is conditional on `paid`).
     */
    async licenceIssued(event: { reference: string; licence: { id: string; key: string; url: string; test: boolean }; issuedAt: Date }) {
      const order = await db().query(ORDER).findOne({ where: { documentId: event.reference }, select: ['id', 'documentId', 'number', 'subscriberId', 'courseTitle'], populate: POPULATE });
      if (!order) throw new Error(`course-orders: no course order ${event.reference} for licence ${event.licence.id}`);
      const { count } = await db()
        .query(ORDER)
        .updateMany({
          where: { id: order.id, orderStatus: 'paid' },
          data: { orderStatus: 'licensed', licensedAt: event.issuedAt, licenceId: event.licence.id, licenceKey: event.licence.key, licenceUrl: event.licence.url, licenceTest: event.licence.test },
        });
      if (count !== 1) return;
      const title = { fa: order.course?.title ?? order.courseTitle ?? '', en: order.course?.titleEn || order.course?.title || order.courseTitle || '' };
      const eventKey = `course-licence:${order.documentId}`;
      await strapi.service('api::notification.notification').notify({
        subscriberId: order.subscriberId,
        sourceId: eventKey,
        title: { fa: `لایسنس دورهٔ «${title.fa}» آماده است`, en: `Your licence for “${title.en}” is ready` },
        body: {
          fa: `کلید لایسنس اسپات‌پلیر سفارش ${order.number} صادر شد. برنامهٔ اسپات‌پلیر را نصب کنید و کلید را از «ویدیوهای من» در آن وارد کنید.`,
          en: `The SpotPlayer licence key of order ${order.number} is issued. Install the SpotPlayer app and enter the key shown under “My videos”.`,
        },
        link: siteLinks.myVideos(),
      });
      await strapi.plugin('messaging').service('dispatch').notifySubscriber({
        subscriberId: order.subscriberId,
        eventKey,
        templateCode: 'course-licence-ready',
        params: { course: title.fa, url: `${siteUrl(strapi)}${siteLinks.myVideos()}` },
      });
    },

    /** A page of the buyer's purchases («ویدیوهای من»): paid, licensed and refund-due orders, newest first. */
    async listFor(subscriberId: number, { page, pageSize, locale = 'fa' }: { page: number; pageSize: number; locale?: ContentLocale }) {
      const where = { subscriberId, orderStatus: { $in: [...LISTED_STATUSES] } };
      const [rows, total] = await Promise.all([
        db().query(ORDER).findMany({ where, select: FIELDS, populate: POPULATE, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], offset: (page - 1) * pageSize, limit: pageSize }),
        db().query(ORDER).count({ where }),
      ]);
      return {
        data: (rows as CourseOrderRow[]).map((row) => presentCourseOrder(row, locale)),
        meta: { pagination: { page, pageSize, total, pageCount: Math.ceil(total / pageSize) } },
      };
    },

    /** One of the buyer's orders (any status); null when it is not theirs. */
    async findFor(subscriberId: number, documentId: string, locale: ContentLocale = 'fa'): Promise<PresentedCourseOrder | null> {
      const row = await findOwned(subscriberId, documentId);
      return row ? presentCourseOrder(row, locale) : null;
    },

    /** The buyer's orders of these courses that are not cancelled (for the course list's owned / order), one query. */
    async ordersOf(subscriberId: number, courseDocumentIds: string[]) {
      if (!courseDocumentIds.length) return new Map<string, { id: string; status: CourseOrderStatus }>();
      const rows: Array<{ documentId: string; courseDocumentId: string; orderStatus: CourseOrderStatus }> = await db()
        .query(ORDER)
        .findMany({
          where: { subscriberId, courseDocumentId: { $in: courseDocumentIds }, orderStatus: { $ne: 'cancelled' } },
          select: ['documentId', 'courseDocumentId', 'orderStatus'],
          orderBy: [{ id: 'desc' }],
        });
      // per course: the order that owns it, else the latest one
      const byCourse = new Map<string, { id: string; status: CourseOrderStatus }>();
      for (const row of rows) {
        const current = byCourse.get(row.courseDocumentId);
        const owning = OWNING_STATUSES.includes(row.orderStatus);
        if (!current || (owning && !OWNING_STATUSES.includes(current.status))) byCourse.set(row.courseDocumentId, { id: row.documentId, status: row.orderStatus });
      }
      return byCourse;
    },

    /** The payment history's description of course payments: the course, one query. */
    async describePayments(orderIds: string[]) {
      const rows = orderIds.length
        ? await db().query(ORDER).findMany({ where: { documentId: { $in: orderIds } }, select: ['documentId', 'number', 'courseTitle'], populate: POPULATE })
        : [];
      return new Map(
        rows.map((r: any) => [
          r.documentId,
          {
            kind: { fa: `خرید دورهٔ «${r.course?.title ?? r.courseTitle ?? ''}» (سفارش ${r.number})`, en: `Course “${r.course?.titleEn || r.course?.title || r.courseTitle || ''}” (order ${r.number})` },
            device: null,
            period: null,
          },
        ])
      );
    },
  };
  return service;
};
