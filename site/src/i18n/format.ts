/**
 * Display formatting for the two languages. Persian shows the API's Jalali strings and Persian
 * digits; English formats the ISO value in the Jalali (Persian) calendar, Tehran time.
 */
import type { ApiDate, ApiMoment, Label, LocalizedText } from '../api/types';

export type Lang = 'fa' | 'en';
export const LANGS: readonly Lang[] = ['fa', 'en'];

const PERSIAN_ZERO = 0x06f0;

/** ASCII digits → Persian digits; other characters untouched. */
export const toPersianDigits = (value: string | number): string =>
  String(value).replace(/[0-9]/g, (d) => String.fromCharCode(PERSIAN_ZERO + Number(d)));

/** A digit string (subscriber number, national code, phone…) in the language's digits, no grouping. */
export const formatDigits = (value: string | number, lang: Lang): string =>
  lang === 'fa' ? toPersianDigits(value) : String(value);

const numberFormats: Record<Lang, Intl.NumberFormat> = {
  fa: new Intl.NumberFormat('fa-IR', { maximumFractionDigits: 1 }),
  en: new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 }),
};

/** A quantity (counts, amounts) with grouping, in the language's digits. */
export const formatNumber = (value: number, lang: Lang): string => numberFormats[lang].format(value);

const enDate = new Intl.DateTimeFormat('en-u-ca-persian', { timeZone: 'Asia/Tehran', dateStyle: 'medium' });
const enMoment = new Intl.DateTimeFormat('en-u-ca-persian', { timeZone: 'Asia/Tehran', dateStyle: 'medium', timeStyle: 'short' });

/** A calendar date; null when the API has none. */
export const formatDate = (date: ApiDate | null | undefined, lang: Lang, style: 'short' | 'long' = 'short'): string | null => {
  if (!date) return null;
  if (lang === 'fa') return style === 'long' ? date.jalaliLong : date.jalali;
  const parsed = new Date(date.iso);
  return Number.isNaN(parsed.getTime()) ? date.iso : enDate.format(parsed);
};

const isoDateFormats: Record<Lang, Record<'short' | 'long', Intl.DateTimeFormat>> = {
  fa: {
    short: new Intl.DateTimeFormat('fa-IR-u-ca-persian', { timeZone: 'Asia/Tehran', year: 'numeric', month: '2-digit', day: '2-digit' }),
    long: new Intl.DateTimeFormat('fa-IR-u-ca-persian', { timeZone: 'Asia/Tehran', year: 'numeric', month: 'long', day: 'numeric' }),
  },
  en: { short: enDate, long: enDate },
};

/**
 * A bare ISO calendar date (`2027-11-23`: a renewal plan's term, the date typed in a form) in the
 * Jalali calendar — the same forms as the API's `jalali` / `jalaliLong`. Null when it is not a date.
 */
export const formatIsoDate = (iso: string | null | undefined, lang: Lang, style: 'short' | 'long' = 'short'): string | null => {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  if (!m) return null;
  // noon UTC falls on the same calendar day in Tehran
  const instant = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12));
  return Number.isNaN(instant.getTime()) ? null : isoDateFormats[lang][style].format(instant);
};

/** Today's calendar date in Tehran as ISO (YYYY-MM-DD): the latest date a form may take. */
export const tehranToday = (): string => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tehran', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());

/** A moment (date and time); null when the API has none. */
export const formatMoment = (moment: ApiMoment | null | undefined, lang: Lang): string | null => {
  if (!moment) return null;
  if (lang === 'fa') return moment.jalali;
  const parsed = new Date(moment.iso);
  return Number.isNaN(parsed.getTime()) ? moment.iso : enMoment.format(parsed);
};

/** Rials from the API shown as tomans (÷ 10) with the unit. */
export const formatTomans = (rials: number, lang: Lang, unit: string): string => `${formatNumber(rials / 10, lang)} ${unit}`;

/** The API's bilingual text in the current language (English falls back to Persian). */
export const pickLabel = (label: Label | LocalizedText | null | undefined, lang: Lang): string => {
  if (!label) return '';
  return (lang === 'en' ? label.en || label.fa : label.fa || label.en) ?? '';
};

/**
 * The language a bilingual text is actually shown in: Persian when English was asked for and
 * there is none (so the element can say lang="fa" and lay the Persian out right-to-left).
 */
export const shownLang = (label: Label | LocalizedText | null | undefined, lang: Lang): Lang => {
  if (!label) return lang;
  if (lang === 'en') return label.en ? 'en' : 'fa';
  return label.fa ? 'fa' : 'en';
};

/**
 * Unicode's invisible direction marks and embeddings (LRM/RLM, LRE…RLO, LRI…PDI). t() wraps the
 * values it puts into a text in isolates (U+2068…U+2069), which lay out mixed Persian and Latin
 * inside the page; plain text — the document title a tab, the history and a bookmark show —
 * takes the text without them.
 */
export const BIDI_CONTROLS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export const withoutBidiControls = (text: string): string => text.replace(BIDI_CONTROLS, '');

export const dirOf = (lang: Lang): 'rtl' | 'ltr' => (lang === 'fa' ? 'rtl' : 'ltr');
