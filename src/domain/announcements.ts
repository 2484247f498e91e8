/**
 * Announcements and notifications (seed 001 §8): the kinds, their Persian and English names,
 * which of them stay pinned until read, and which channels an announcement goes out on for each
 * subscriber.
 */
import type { Label } from './service-status';

export const ANNOUNCEMENT_KINDS = ['software_update', 'service_terms', 'legal_notice', 'general'] as const;
export type AnnouncementKind = (typeof ANNOUNCEMENT_KINDS)[number];
/** notifications also come from the portal itself (renewals, repairs, …) */
export type NotificationKind = AnnouncementKind | 'service';

export const NOTIFICATION_KIND_LABELS: Record<NotificationKind, Label> = {
  software_update: { fa: 'به‌روزرسانی نرم‌افزار', en: 'Software update' },
  service_terms: { fa: 'تغییر در شرایط خدمات', en: 'Change in service terms' },
  legal_notice: { fa: 'اطلاعیهٔ حقوقی یا رسمی شرکت', en: 'Legal or official notice' },
  general: { fa: 'اطلاعیه', en: 'Announcement' },
  service: { fa: 'خدمات', en: 'Service' },
};

/** Legal notices and changes in service terms stay on the dashboard until the buyer reads them. */
export const isPinnedKind = (kind: NotificationKind): boolean => kind === 'legal_notice' || kind === 'service_terms';

export type PreferredChannel = 'sms' | 'whatsapp' | 'both';
export const PREFERRED_CHANNELS: PreferredChannel[] = ['sms', 'whatsapp', 'both'];

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
