/**
 * Licensed training videos (seed 001 §9, the «گروه زیگ» courses sold with a SpotPlayer licence):
 * the course order's statuses and their labels, its readable number, the rules for what staff
 * enter on a course (SpotPlayer course ids, the episodes limit, a price), and the licence request
 * an order sends (who the licence is for, the watermark). Browser-safe: the admin's vocabulary
 * imports the labels.
 */
import type { Label } from './service-status';

export const COURSE_ORDER_STATUSES = ['awaiting_payment', 'paid', 'licensed', 'cancelled', 'refund_due'] as const;
export type CourseOrderStatus = (typeof COURSE_ORDER_STATUSES)[number];

export const COURSE_ORDER_STATUS_LABELS: Record<CourseOrderStatus, Label> = {
  awaiting_payment: { fa: 'در انتظار پرداخت', en: 'Awaiting payment' },
  paid: { fa: 'پرداخت‌شده، در انتظار صدور لایسنس', en: 'Paid, licence being issued' },
  licensed: { fa: 'لایسنس صادر شد', en: 'Licensed' },
  cancelled: { fa: 'لغوشده', en: 'Cancelled' },
  refund_due: { fa: 'در انتظار استرداد وجه', en: 'Refund due' },
};

/** The orders that own their course: paid (licence on its way) or licensed. */
export const OWNING_STATUSES: readonly CourseOrderStatus[] = ['paid', 'licensed'];
/** The orders the buyer's "my videos" list shows (an unpaid or cancelled order is no purchase). */
export const LISTED_STATUSES: readonly CourseOrderStatus[] = ['paid', 'licensed', 'refund_due'];

/** The licence request's states (plugins/video-licensing), for staff. */
export const LICENCE_REQUEST_STATUS_LABELS: Record<'queued' | 'sending' | 'issued' | 'failed', Label> = {
  queued: { fa: 'در صف صدور', en: 'Queued' },
  sending: { fa: 'در حال صدور', en: 'Issuing' },
  issued: { fa: 'صادر شد', en: 'Issued' },
  failed: { fa: 'ناموفق (منتظر بررسی کارکنان)', en: 'Failed (waiting for staff)' },
};

/** A course order's readable number, like an invoice's: V-1405-000012 (Jalali year of the order, its row id). */
export const courseOrderNumber = (jalaliYear: number, id: number): string => `V-${jalaliYear}-${String(id).padStart(6, '0')}`;

/** A SpotPlayer course id: 24 hexadecimal characters (SpotPlayer's dashboard shows them). */
export const isSpotPlayerCourseId = (value: unknown): value is string => typeof value === 'string' && /^[0-9a-f]{24}$/i.test(value);

/**
 * The SpotPlayer course ids staff enter on a course: a non-empty list of 24-hex ids, each once, in
 * lower case. Accepts the JSON list, or text with the ids separated by commas, spaces or new lines
 * (what staff paste). Null when it is not such a list.
 */
export const readSpotPlayerCourseIds = (value: unknown): string[] | null => {
  let list: unknown = value;
  if (typeof value === 'string') {
    const text = value.trim();
    if (text.startsWith('[')) {
      try {
        list = JSON.parse(text);
      } catch {
        return null;
      }
    } else list = text.split(/[\s,،]+/).filter(Boolean);
  }
  if (!Array.isArray(list) || list.length === 0 || list.length > 20) return null;
  const ids = list.map((id) => (typeof id === 'string' ? id.trim().toLowerCase() : id));
  if (!ids.every(isSpotPlayerCourseId)) return null;
  return [...new Set(ids as string[])];
};

/**
 * SpotPlayer's episodes limit (`data.limit`): "0-" every episode, or ranges and single episodes
 * "1,4-6,10-" (an open range to the last one). Blank means every episode.
 */
export const isEpisodesLimit = (value: unknown): boolean => typeof value === 'string' && /^\d{1,4}(-\d{0,4})?(,\d{1,4}(-\d{0,4})?)*$/.test(value.trim());

/** A course price: whole rials above zero (stored as a biginteger string). Null when it is not one. */
export const readCoursePrice = (value: unknown): string | null => {
  const raw = typeof value === 'string' ? value.trim() : value;
  if (typeof raw === 'number' && Number.isSafeInteger(raw) && raw > 0) return String(raw);
  if (typeof raw === 'string' && /^\d{1,15}$/.test(raw) && Number(raw) > 0) return String(Number(raw));
  return null;
};

/**
 * The licence an order asks SpotPlayer for: the course's ids with its episodes limit, the buyer's
 * name as the licensee, our order number as the payload (how a lost licence is found again), and
 * the buyer's name and mobile drawn on the video.
 */
export const licenceRequestFor = (order: { number: string }, course: { spotPlayerCourseIds: string[]; episodesLimit?: string | null }, buyer: { fullName: string; mobile: string | null }) => {
  const limit = course.episodesLimit && isEpisodesLimit(course.episodesLimit) ? course.episodesLimit.trim() : '0-';
  return {
    courseIds: [...course.spotPlayerCourseIds],
    name: buyer.fullName.trim(),
    payload: order.number,
    watermarkTexts: [[buyer.fullName.trim(), buyer.mobile ?? ''].filter(Boolean).join(' ')],
    limits: Object.fromEntries(course.spotPlayerCourseIds.map((id) => [id, limit])),
  };
};
