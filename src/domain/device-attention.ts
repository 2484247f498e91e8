/**
 * What a device needs from its buyer, shown on the device and gathered on the dashboard.
 * Derived from the statuses of service-status.ts; later capabilities add their own kinds.
 */
import { toPersianDigits } from './digits';
import { SERVICE_ENDING_SOON_DAYS, type ServiceStatus, type WarrantyStatus, type Label } from './service-status';

export type AttentionKind = 'confirm_installation' | 'choose_service' | 'service_ending_soon' | 'warranty_ending_soon';
export type Attention = { kind: AttentionKind; daysLeft?: number; message: Label };

export const WARRANTY_ENDING_SOON_DAYS = 30;

export const deviceAttention = (input: {
  serviceStatus: ServiceStatus;
  warrantyStatus: WarrantyStatus;
  daysToServiceEnd: number | null;
  daysToWarrantyEnd: number | null;
}): Attention[] => {
  const list: Attention[] = [];
  const { serviceStatus, warrantyStatus, daysToServiceEnd, daysToWarrantyEnd } = input;

  if (serviceStatus === 'awaiting_installation') {
    list.push({
      kind: 'confirm_installation',
      message: {
        fa: 'فرم تأییدیهٔ نصب و راه‌اندازی این دستگاه را تکمیل کنید؛ خدمات پس از تأیید فعال می‌شود.',
        en: 'Complete the installation confirmation form for this device; services start once it is confirmed.',
      },
    });
  }
  if (serviceStatus === 'expired') {
    list.push({
      kind: 'choose_service',
      message: {
        fa: 'مدت خدمات این دستگاه به پایان رسیده است: تمدید قرارداد، ادامهٔ خدمات به‌صورت موردی یا انصراف را انتخاب کنید.',
        en: 'The service term of this device has ended: choose to renew, continue pay-per-case, or cancel.',
      },
    });
  }
  if ((serviceStatus === 'active' || serviceStatus === 'renewed') && daysToServiceEnd !== null && daysToServiceEnd <= SERVICE_ENDING_SOON_DAYS) {
    list.push({
      kind: 'service_ending_soon',
      daysLeft: daysToServiceEnd,
      message:
        daysToServiceEnd === 0
          ? { fa: 'خدمات این دستگاه امروز به پایان می‌رسد.', en: 'The service of this device ends today.' }
          : {
              fa: `خدمات این دستگاه ${toPersianDigits(daysToServiceEnd)} روز دیگر به پایان می‌رسد.`,
              en: `The service of this device ends in ${daysToServiceEnd} day${daysToServiceEnd === 1 ? '' : 's'}.`,
            },
    });
  }
  if (warrantyStatus === 'valid' && daysToWarrantyEnd !== null && daysToWarrantyEnd <= WARRANTY_ENDING_SOON_DAYS) {
    list.push({
      kind: 'warranty_ending_soon',
      daysLeft: daysToWarrantyEnd,
      message:
        daysToWarrantyEnd === 0
          ? { fa: 'گارانتی این دستگاه امروز به پایان می‌رسد.', en: 'The warranty of this device ends today.' }
          : {
              fa: `گارانتی این دستگاه ${toPersianDigits(daysToWarrantyEnd)} روز دیگر به پایان می‌رسد.`,
              en: `The warranty of this device ends in ${daysToWarrantyEnd} day${daysToWarrantyEnd === 1 ? '' : 's'}.`,
            },
    });
  }
  return list;
};
