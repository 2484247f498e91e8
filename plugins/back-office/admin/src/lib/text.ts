/**
 * Bilingual text for the back-office panels. The admin shell is English and left-to-right; our
 * texts are Persian with the English beside them. The Persian part is isolated (U+2067 RLI …
 * U+2069 PDI) so its final full stop, colon or number stays where a Persian reader expects it
 * (the same helper as the messaging plugin's lib/labels.ts).
 */
export const fa = (text: string) => `\u2067${text}\u2069`;
export const bi = (persian: string, english: string) => `${fa(persian)} (${english})`;

const PERSIAN_DIGITS = '۰۱۲۳۴۵۶۷۸۹';
export const persianDigits = (value: string | number) => String(value).replace(/\d/g, (d) => PERSIAN_DIGITS[Number(d)]);

/** An ISO date (YYYY-MM-DD) in the Persian calendar, e.g. «سه‌شنبه ۱۰ آذر ۱۴۰۵»; null when absent or unreadable. */
export const jalaliDate = (iso: string | null | undefined): string | null => {
  if (!iso || !/^\d{4}-\d{2}-\d{2}/.test(iso)) return null;
  const at = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(at.getTime())) return null;
  // formatted apart: with the weekday in one format, ICU puts it last after a Latin comma
  const weekday = new Intl.DateTimeFormat('fa-IR-u-ca-persian', { weekday: 'long', timeZone: 'UTC' }).format(at);
  const date = new Intl.DateTimeFormat('fa-IR-u-ca-persian', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(at);
  return `${weekday} ${date}`;
};

/** A UTC instant as Tehran sees it, in the Persian calendar, e.g. «۲۵ فروردین ۱۴۰۵، ساعت ۱۰:۱۲». */
export const jalaliDateTime = (iso: string | null | undefined): string | null => {
  if (!iso) return null;
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return null;
  return new Intl.DateTimeFormat('fa-IR-u-ca-persian', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Asia/Tehran' }).format(at);
};

/** The first field error of our API's envelope, when there is one: { path, text }. */
export const fieldErrorOf = (error: any): { field: string; text: string } | null => {
  const first = error?.response?.data?.error?.details?.errors?.[0];
  if (!first) return null;
  const field = Array.isArray(first.path) ? String(first.path[first.path.length - 1]) : String(first.path ?? '');
  return { field, text: first.messageEn ? bi(first.message, first.messageEn) : fa(first.message) };
};

/**
 * The text of an error from useFetchClient. JSON answers carry our envelope (Persian message,
 * English in details.messageEn); non-JSON requests (responseType: 'text') only carry the status.
 */
export const errorText = (error: any): string => {
  const body = error?.response?.data?.error;
  if (body) {
    const field = fieldErrorOf(error);
    if (field) return field.text;
    const en = body.details?.messageEn;
    return en && en !== body.message ? bi(body.message, en) : fa(body.message);
  }
  switch (error?.status) {
    case 401:
      return bi('نشست شما به پایان رسیده است؛ دوباره وارد شوید.', 'Your session has ended; log in again.');
    case 403:
      return bi('شما اجازهٔ این کار را ندارید.', 'You are not allowed to do this.');
    case 404:
      return bi('این رکورد پیدا نشد.', 'Record not found.');
    default:
      return bi('خطا در ارتباط با سرور.', error?.message || 'Network error');
  }
};
