/** Persian labels with the English beside them (the admin shell is English, our text bilingual). */
import type { BadgeProps } from '@strapi/design-system';
import type { Channel, MessageKind, OutboxStatus } from './types';

export const STATUSES: OutboxStatus[] = ['queued', 'sending', 'sent', 'failed', 'dead'];
export const CHANNELS: Channel[] = ['sms', 'whatsapp'];

export const STATUS_LABEL: Record<OutboxStatus, { fa: string; en: string; hint: string }> = {
  queued: { fa: 'در صف', en: 'Queued', hint: 'منتظر نوبت ارسال (waiting to be sent)' },
  sending: { fa: 'در حال ارسال', en: 'Sending', hint: 'در دست ارسال‌کننده (being sent now)' },
  sent: { fa: 'ارسال‌شده', en: 'Sent', hint: 'به ارائه‌دهنده تحویل شد (accepted by the provider)' },
  failed: { fa: 'ناموفق', en: 'Failed', hint: 'ناموفق بود و دوباره تلاش می‌شود (failed, will be retried)' },
  dead: { fa: 'کنار گذاشته‌شده', en: 'Dead', hint: 'همهٔ تلاش‌ها ناموفق بود؛ دیگر تلاش نمی‌شود (all attempts failed; no more attempts)' },
};

export const STATUS_VARIANT: Record<OutboxStatus, NonNullable<BadgeProps['variant']>> = {
  queued: 'neutral',
  sending: 'primary',
  sent: 'success',
  failed: 'warning',
  dead: 'danger',
};

export const CHANNEL_LABEL: Record<Channel, string> = {
  sms: 'پیامک (SMS)',
  whatsapp: 'واتساپ (WhatsApp)',
};

export const KIND_LABEL: Record<MessageKind, string> = {
  transactional: 'تراکنشی (Transactional)',
  otp: 'کد یک‌بارمصرف (OTP)',
  broadcast: 'همگانی (Broadcast)',
};

/**
 * Persian text beside English in the admin's left-to-right layout: the Persian part is isolated
 * (U+2067 … U+2069) so its final full stop or number stays where a Persian reader expects it.
 */
export const fa = (text: string) => `\u2067${text}\u2069`;
export const bi = (persian: string, english: string) => `${fa(persian)} (${english})`;

export const statusText = (status: OutboxStatus) => `${STATUS_LABEL[status].fa} (${STATUS_LABEL[status].en})`;

export const SECRET_WIPED = bi(
  'این پیام رمز یا کد یک‌بارمصرف داشت که پاک شده است؛ کد یا رمز تازه صادر کنید.',
  'The message carried a password or one-time code that has been wiped; issue a new one.',
);
