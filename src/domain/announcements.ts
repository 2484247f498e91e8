/**
 * Announcements and notifications (seed 001 §8): the kinds, their Persian and English names,
 * which of them stay pinned until read, and which channels an announcement goes out on for each
 * subscriber.
 */
import type { Label } from './service-status';

export const ANNOUNCEMENT_KINDS = ['software_update', 'service_terms', 'legal_notice', 'general'] as const;
export type AnnouncementKind = (typeof ANNOUNCEMENT_KINDS)[number];
/** notifications also come from the portal itself (renewals, repairs, …) */
export const NOTIFICATION_KINDS = [...ANNOUNCEMENT_KINDS, 'service'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const NOTIFICATION_KIND_LABELS: Record<NotificationKind, Label> = {
  software_update: { fa: 'به‌روزرسانی نرم‌افزار', en: 'Software update' },
  service_terms: { fa: 'تغییر در شرایط خدمات', en: 'Change in service terms' },
  legal_notice: { fa: 'اطلاعیهٔ حقوقی یا رسمی شرکت', en: 'Legal or official notice' },
  general: { fa: 'اطلاعیه', en: 'Announcement' },
  service: { fa: 'خدمات', en: 'Service' },
};

export const ANNOUNCEMENT_KIND_LABELS: Record<AnnouncementKind, Label> = {
  software_update: NOTIFICATION_KIND_LABELS.software_update,
  service_terms: NOTIFICATION_KIND_LABELS.service_terms,
  legal_notice: NOTIFICATION_KIND_LABELS.legal_notice,
  general: NOTIFICATION_KIND_LABELS.general,
};

/** Who an announcement goes to: every subscriber, the owners of chosen device types, chosen subscribers. */
export const ANNOUNCEMENT_AUDIENCES = ['everyone', 'device_types', 'subscribers'] as const;
export type AnnouncementAudience = (typeof ANNOUNCEMENT_AUDIENCES)[number];

export const ANNOUNCEMENT_AUDIENCE_LABELS: Record<AnnouncementAudience, Label> = {
  everyone: { fa: 'همهٔ مشترکان', en: 'Everyone' },
  device_types: { fa: 'براساس نوع دستگاه', en: 'By device type' },
  subscribers: { fa: 'مشترکان انتخاب‌شده', en: 'Chosen subscribers' },
};

/** Where the delivery of a published announcement (its notifications and messages) stands. */
export const FANOUT_STATUSES = ['pending', 'running', 'done', 'failed'] as const;
export type FanoutStatus = (typeof FANOUT_STATUSES)[number];

export const FANOUT_STATUS_LABELS: Record<FanoutStatus, Label> = {
  pending: { fa: 'در انتظار ارسال', en: 'Pending' },
  running: { fa: 'در حال ارسال', en: 'Running' },
  done: { fa: 'ارسال شد', en: 'Done' },
  failed: { fa: 'ناموفق', en: 'Failed' },
};

/** A notification comes from a published announcement or from the portal itself. */
export const NOTIFICATION_SOURCE_TYPES = ['announcement', 'system'] as const;
export type NotificationSourceType = (typeof NOTIFICATION_SOURCE_TYPES)[number];

export const NOTIFICATION_SOURCE_TYPE_LABELS: Record<NotificationSourceType, Label> = {
  announcement: { fa: 'اطلاعیه', en: 'Announcement' },
  system: { fa: 'سامانه', en: 'System' },
};

/** Legal notices and changes in service terms stay on the dashboard until the buyer reads them. */
export const isPinnedKind = (kind: NotificationKind): boolean => kind === 'legal_notice' || kind === 'service_terms';

export type PreferredChannel = 'sms' | 'whatsapp' | 'both';
export const PREFERRED_CHANNELS: PreferredChannel[] = ['sms', 'whatsapp', 'both'];

/** How a subscriber prefers to be told (subscriber.preferredChannel). */
export const PREFERRED_CHANNEL_LABELS: Record<PreferredChannel, Label> = {
  sms: { fa: 'پیامک', en: 'SMS' },
  whatsapp: { fa: 'واتساپ', en: 'WhatsApp' },
  both: { fa: 'پیامک و واتساپ', en: 'SMS and WhatsApp' },
};

/**
 * The channels one subscriber gets an announcement on: the channels staff ticked, narrowed to the
 * subscriber's preference — but never nothing when staff ticked something (a buyer who prefers
 * WhatsApp still gets an SMS-only announcement by SMS).
 */
export const announcementChannels = (
  preferred: PreferredChannel,
  flags: { sendSms: boolean; sendWhatsapp: boolean }
): Array<'sms' | 'whatsapp'> => {
  const ticked = [...(flags.sendSms ? (['sms'] as const) : []), ...(flags.sendWhatsapp ? (['whatsapp'] as const) : [])];
  const wanted = preferred === 'both' ? ['sms', 'whatsapp'] : [preferred];
  const both = ticked.filter((c) => wanted.includes(c));
  return both.length ? both : ticked.slice(0, 1);
};
