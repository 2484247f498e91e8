/**
 * Every string the Jalali fields show, in Persian and English, by id. The components pass the
 * English as `defaultMessage` from here too, so the two never drift apart.
 */
export const PLUGIN_ID = 'jalali-date';

const en = {
  'jalali-date.date.label': 'Jalali date',
  'jalali-date.date.description': 'A calendar day, shown and entered in the Jalali calendar',
  'jalali-date.datetime.label': 'Jalali date and time',
  'jalali-date.datetime.description': 'A moment, shown and entered in the Jalali calendar in Tehran time',
  'jalali-date.input.openCalendar': 'Open the Jalali calendar',
  'jalali-date.input.clear': 'Clear',
  'jalali-date.input.placeholder.date': 'e.g. 1403/12/30',
  'jalali-date.input.placeholder.datetime': 'e.g. 1403/12/30 14:30',
  'jalali-date.input.tehranTime': 'Tehran time',
  'jalali-date.input.invalid.date': 'Not a Jalali date. Type year/month/day, e.g. 1403/12/30.',
  'jalali-date.input.invalid.datetime': 'Not a Jalali date and time. Type year/month/day hour:minute, e.g. 1403/12/30 14:30.',
} as const;

export type MessageId = keyof typeof en;

const fa: Record<MessageId, string> = {
  'jalali-date.date.label': 'تاریخ شمسی',
  'jalali-date.date.description': 'یک روز، نمایش و ورود به تقویم شمسی',
  'jalali-date.datetime.label': 'تاریخ و ساعت شمسی',
  'jalali-date.datetime.description': 'یک لحظه، نمایش و ورود به تقویم شمسی و به وقت تهران',
  'jalali-date.input.openCalendar': 'باز کردن تقویم شمسی',
  'jalali-date.input.clear': 'پاک کردن',
  'jalali-date.input.placeholder.date': 'مثلاً ۱۴۰۳/۱۲/۳۰',
  'jalali-date.input.placeholder.datetime': 'مثلاً ۱۴۰۳/۱۲/۳۰ ۱۴:۳۰',
  'jalali-date.input.tehranTime': 'به وقت تهران',
  'jalali-date.input.invalid.date': 'تاریخ شمسی معتبر نیست؛ آن را به‌صورت سال/ماه/روز بنویسید، مثلاً ۱۴۰۳/۱۲/۳۰.',
  'jalali-date.input.invalid.datetime':
    'تاریخ و ساعت شمسی معتبر نیست؛ آن را به‌صورت سال/ماه/روز ساعت:دقیقه بنویسید، مثلاً ۱۴۰۳/۱۲/۳۰ ۱۴:۳۰.',
};

export const translations: Record<'en' | 'fa', Record<MessageId, string>> = { en, fa };

/** A message descriptor for react-intl: the id and its English default. */
export const message = (id: MessageId) => ({ id, defaultMessage: en[id] });
