/**
 * The knowledge base and the licensed training videos (issue 13): typed calls to
 * /api/me/knowledge-base, /articles, /videos, /courses and /course-orders (docs/api.md). The
 * knowledge base's answers are in the page's language (`locale`), an item without an English
 * version in Persian (each item says its `locale`).
 */
import { apiRequest } from './client';
import type {
  ArticleDetail,
  ArticlePage,
  CourseDetail,
  CourseOrder,
  CourseOrderPage,
  CoursePurchase,
  ContentLocale,
  CourseSummary,
  DataEnvelope,
  KbQuery,
  KnowledgeBaseHome,
  VideoDetail,
  VideoPage,
} from './types';
import type { Lang } from '../i18n/format';

/** the server's limit for a search (`q`, docs/api.md) */
export const MAX_QUERY_LENGTH = 100;

const kbQuery = (lang: Lang, { q, deviceType, topic, page, pageSize }: KbQuery = {}): string => {
  const query = new URLSearchParams({ locale: lang });
  if (q) query.set('q', q.slice(0, MAX_QUERY_LENGTH));
  if (deviceType) query.set('deviceType', deviceType);
  if (topic) query.set('topic', topic);
  if (page && page > 1) query.set('page', String(page));
  if (pageSize) query.set('pageSize', String(pageSize));
  return query.toString();
};

const one = (collection: 'articles' | 'videos' | 'courses' | 'course-orders', id: string, rest = '') => `/api/me/${collection}/${encodeURIComponent(id)}${rest}`;

/** GET /api/me/knowledge-base — device types (the caller's first), topics, the latest articles and videos. */
export const getKnowledgeBase = async (lang: Lang, signal?: AbortSignal): Promise<KnowledgeBaseHome> =>
  (await apiRequest<DataEnvelope<KnowledgeBaseHome>>(`/api/me/knowledge-base?${kbQuery(lang)}`, { signal })).data;

/** GET /api/me/articles — newest first, title matches first when searching; paged. */
export const getArticles = (lang: Lang, query: KbQuery, signal?: AbortSignal): Promise<ArticlePage> =>
  apiRequest<ArticlePage>(`/api/me/articles?${kbQuery(lang, query)}`, { signal });

/** GET /api/me/articles/:id (documentId or slug) — with its body and the caller's feedback. */
export const getArticle = async (id: string, lang: Lang, signal?: AbortSignal): Promise<ArticleDetail> =>
  (await apiRequest<DataEnvelope<ArticleDetail>>(`${one('articles', id)}?${kbQuery(lang)}`, { signal })).data;

/**
 * POST /api/me/articles/:id/feedback — «این مطلب مفید بود؟»; a later answer replaces the earlier one.
 * `locale`: the version that was read (staff see the answers per language).
 */
export const sendArticleFeedback = async (id: string, helpful: boolean, locale: ContentLocale): Promise<{ helpful: boolean }> =>
  (await apiRequest<DataEnvelope<{ helpful: boolean }>>(`${one('articles', id, '/feedback')}?locale=${locale}`, { method: 'POST', body: { helpful } })).data;

/** GET /api/me/videos — paged, like the articles. */
export const getVideos = (lang: Lang, query: KbQuery, signal?: AbortSignal): Promise<VideoPage> =>
  apiRequest<VideoPage>(`/api/me/videos?${kbQuery(lang, query)}`, { signal });

/** GET /api/me/videos/:id — with where it plays (a file here, or a link). */
export const getVideo = async (id: string, lang: Lang, signal?: AbortSignal): Promise<VideoDetail> =>
  (await apiRequest<DataEnvelope<VideoDetail>>(`${one('videos', id)}?${kbQuery(lang)}`, { signal })).data;

/** GET /api/me/courses — every published course (few: not paged), with the caller's order of each. */
export const getCourses = async (lang: Lang, signal?: AbortSignal): Promise<CourseSummary[]> =>
  (await apiRequest<DataEnvelope<CourseSummary[]>>(`/api/me/courses?locale=${lang}`, { signal })).data;

/** GET /api/me/courses/:id */
export const getCourse = async (id: string, lang: Lang, signal?: AbortSignal): Promise<CourseDetail> =>
  (await apiRequest<DataEnvelope<CourseDetail>>(`${one('courses', id)}?locale=${lang}`, { signal })).data;

/** POST /api/me/courses/:id/purchase — 201 with the payment to make; owned already → 409 `courseAlreadyOwned`. */
export const purchaseCourse = async (id: string): Promise<CoursePurchase> =>
  (await apiRequest<DataEnvelope<CoursePurchase>>(one('courses', id, '/purchase'), { method: 'POST' })).data;

/** GET /api/me/course-orders — «ویدیوهای من»: the caller's paid orders with their licences, newest first. */
export const getCourseOrders = (lang: Lang, { page = 1, pageSize }: { page?: number; pageSize?: number } = {}, signal?: AbortSignal): Promise<CourseOrderPage> => {
  const query = new URLSearchParams({ page: String(page), locale: lang });
  if (pageSize) query.set('pageSize', String(pageSize));
  return apiRequest<CourseOrderPage>(`/api/me/course-orders?${query}`, { signal });
};

/** GET /api/me/course-orders/:id (another subscriber's → 404). */
export const getCourseOrder = async (id: string, lang: Lang, signal?: AbortSignal): Promise<CourseOrder> =>
  (await apiRequest<DataEnvelope<CourseOrder>>(`${one('course-orders', id)}?locale=${lang}`, { signal })).data;
