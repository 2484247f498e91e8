/**
 * The catalogue of licensed training videos as buyers see it: `strapi.service('api::course.courses')`.
 * Published courses only (a draft is never shown or sold), in staff's order (sortOrder, then the
 * oldest first), each with whether the caller owns it and their order of it. Persian or English
 * (an English field left empty falls back to the Persian). A fixed number of queries whatever the
 * number of courses: the courses with their covers, and the caller's orders of them.
 */
import type { Core } from '@strapi/strapi';
import { OWNING_STATUSES } from '../../../domain/courses';
import { toRials } from '../../../domain/money';

const COURSE = 'api::course.course';

export type ContentLocale = 'fa' | 'en';

const FIELDS = ['id', 'documentId', 'title', 'titleEn', 'summary', 'summaryEn', 'description', 'descriptionEn', 'priceRials', 'sortOrder'];
const POPULATE = { cover: { select: ['url', 'provider', 'formats', 'mime'] } };

export type CourseRow = {
  id: number;
  documentId: string;
  title: string;
  titleEn: string | null;
  summary: string | null;
  summaryEn: string | null;
  description: string | null;
  descriptionEn: string | null;
  priceRials: string | number;
  sortOrder: number | null;
  cover?: { url: string; provider?: string } | null;
};

/** A text in the buyer's language: the English one when asked for and written, else the Persian. */
const inLocale = (fa: string | null | undefined, en: string | null | undefined, locale: ContentLocale) => (locale === 'en' && en?.trim() ? en : (fa ?? null));
export const titleIn = (course: { title: string; titleEn?: string | null }, locale: ContentLocale) => inLocale(course.title, course.titleEn, locale) ?? '';

/** The published version of a course, or null (a draft or an unknown id). */
export const publishedCourse = (strapi: Core.Strapi, documentId: string): Promise<CourseRow | null> =>
  strapi.db.query(COURSE).findOne({ where: { documentId, publishedAt: { $notNull: true } }, select: FIELDS });

/** A cover the browser can load: signed when the upload provider keeps files private (S3). */
export const coverOf = async (strapi: Core.Strapi, cover: CourseRow['cover']) => {
  if (!cover?.url) return null;
  const signed = await strapi.plugin('upload').service('file').signFileUrls(cover);
  return { url: String(signed.url) };
};

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const summaryOf = async (row: CourseRow, order: { id: string; status: string } | null, locale: ContentLocale) => ({
    id: row.documentId,
    title: titleIn(row, locale),
    summary: inLocale(row.summary, row.summaryEn, locale),
    cover: await coverOf(strapi, row.cover),
    priceRials: toRials(row.priceRials),
    owned: Boolean(order && (OWNING_STATUSES as readonly string[]).includes(order.status)),
    order,
  });

  return {
    /** GET /api/me/courses: every published course, with the caller's order of each. */
    async listFor(subscriberId: number, locale: ContentLocale = 'fa') {
      const rows: CourseRow[] = await strapi.db.query(COURSE).findMany({
        where: { publishedAt: { $notNull: true } },
        select: FIELDS,
        populate: POPULATE,
        orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }],
        limit: 200,
      });
      const orders = await strapi.service('api::course-order.course-orders').ordersOf(
        subscriberId,
        rows.map((r) => r.documentId)
      );
      return Promise.all(rows.map((row) => summaryOf(row, orders.get(row.documentId) ?? null, locale)));
    },

    /** GET /api/me/courses/:id: one published course with its description; null for a draft or an unknown id. */
    async findFor(subscriberId: number, documentId: string, locale: ContentLocale = 'fa') {
      const row: CourseRow | null = await strapi.db.query(COURSE).findOne({ where: { documentId, publishedAt: { $notNull: true } }, select: FIELDS, populate: POPULATE });
      if (!row) return null;
      const orders = await strapi.service('api::course-order.course-orders').ordersOf(subscriberId, [row.documentId]);
      return { ...(await summaryOf(row, orders.get(row.documentId) ?? null, locale)), description: inLocale(row.description, row.descriptionEn, locale) };
    },
  };
};
