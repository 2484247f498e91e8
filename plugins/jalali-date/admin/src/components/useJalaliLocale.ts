import { useIntl } from 'react-intl';
import persian_en from 'react-date-object/locales/persian_en';
import persian_fa from 'react-date-object/locales/persian_fa';
import type { Digits } from '../jalali';

/**
 * How the Jalali calendar is written in the admin's language: Persian month names and digits
 * when the admin is in Persian, their Latin transcription ("Farvardin", 1403) otherwise. The
 * calendar itself is Jalali in both.
 */
export const useJalaliLocale = () => {
  const { locale } = useIntl();
  const isPersian = locale.toLowerCase().startsWith('fa');
  return {
    isPersian,
    digits: (isPersian ? 'persian' : 'latin') as Digits,
    calendarLocale: isPersian ? persian_fa : persian_en,
    dir: (isPersian ? 'rtl' : 'ltr') as 'rtl' | 'ltr',
  };
};
