/**
 * Every string the readable-values code shows, in Persian and English (ids prefixed
 * `back-office.readable.`; index.tsx's registerTrads merges them with the other folders').
 */
const fa = {
  'rials.label': 'مبلغ (ریال)',
  'rials.description': 'مبلغ به ریال، با جداکنندهٔ هزارگان و معادل تومان',
  'rials.unit': 'ریال',
  'rials.amount': '{amount} ریال',
  'rials.tomans': 'معادل {amount} تومان',
  'tomans.amount': '{amount} تومان',
  'status-history.label': 'تاریخچهٔ وضعیت',
  'status-history.description': 'تغییرات وضعیت به ترتیب زمان؛ سامانه آن را ثبت می‌کند و قابل ویرایش نیست',
  'status-history.empty': 'هنوز تغییری در وضعیت ثبت نشده است.',
  'status-history.at': '{date}، ساعت {time}',
  'status-history.by': 'توسط {who}',
  'status-history.no-time': 'زمان ثبت نشده است',
  'status-history.current': 'وضعیت فعلی',
} as const;

export type ReadableKey = keyof typeof fa;

const en: Record<ReadableKey, string> = {
  'rials.label': 'Amount (rials)',
  'rials.description': 'An amount in rials, shown with thousands separators and its toman equivalent',
  'rials.unit': 'rials',
  'rials.amount': '{amount} rials',
  'rials.tomans': '= {amount} tomans',
  'tomans.amount': '{amount} tomans',
  'status-history.label': 'Status history',
  'status-history.description': 'Status changes in time order; recorded by the portal, not editable',
  'status-history.empty': 'No status change recorded yet.',
  'status-history.at': '{date}, {time}',
  'status-history.by': 'by {who}',
  'status-history.no-time': 'time not recorded',
  'status-history.current': 'current',
};

const PREFIX = 'back-office.readable.';
const prefixed = (messages: Record<string, string>) => Object.fromEntries(Object.entries(messages).map(([key, text]) => [`${PREFIX}${key}`, text]));

/** { fa, en } for registerTrads */
export const readableTranslations: Record<'fa' | 'en', Record<string, string>> = { fa: prefixed(fa), en: prefixed(en) };

/** A message descriptor for formatMessage (English as the default message). */
export const t = (key: ReadableKey) => ({ id: `${PREFIX}${key}`, defaultMessage: en[key] });
