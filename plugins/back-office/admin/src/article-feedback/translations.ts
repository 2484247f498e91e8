/**
 * The strings of the «بازخورد خوانندگان» panel (article-feedback/), Persian and English: react-intl
 * ids prefixed `back-office.article-feedback.`; index.tsx's registerTrads merges them.
 */
const fa = {
  title: 'بازخورد خوانندگان',
  hint: 'پاسخ خریداران به «این مطلب مفید بود؟»، به تفکیک زبانی که مقاله را خوانده‌اند؛ هر خریدار یک پاسخ دارد و پاسخ تازه‌اش جای قبلی را می‌گیرد.',
  helpful: 'مفید بود',
  notHelpful: 'مفید نبود',
  total: 'همه',
  none: 'هنوز کسی به این مقاله پاسخ نداده است.',
  loading: 'در حال بارگذاری…',
  'locale.fa': 'فارسی',
  'locale.en': 'انگلیسی',
  refresh: 'بازخوانی',
};
type Key = keyof typeof fa;

const en: Record<Key, string> = {
  title: 'Readers’ feedback',
  hint: 'Buyers’ answers to “Was this helpful?”, by the language they read the article in; each buyer has one answer, and a new one replaces the earlier.',
  helpful: 'Helpful',
  notHelpful: 'Not helpful',
  total: 'All',
  none: 'No one has answered for this article yet.',
  loading: 'Loading…',
  'locale.fa': 'Persian',
  'locale.en': 'English',
  refresh: 'Refresh',
};

const PREFIX = 'back-office.article-feedback.';
const prefixed = (messages: Record<string, string>) => Object.fromEntries(Object.entries(messages).map(([key, text]) => [`${PREFIX}${key}`, text]));

/** { fa, en } for registerTrads */
export const articleFeedbackTranslations: Record<'fa' | 'en', Record<string, string>> = { fa: prefixed(fa), en: prefixed(en) };

/** A message descriptor for formatMessage (English as the default message). */
export const t = (key: Key) => ({ id: `${PREFIX}${key}`, defaultMessage: en[key] });
export const isLocaleKey = (locale: string): locale is 'fa' | 'en' => locale === 'fa' || locale === 'en';
