/**
 * The language of the site (fa by default, en second): a React context with `t()` and the
 * formatters bound to the current language. The choice is kept in localStorage and applied to
 * <html lang dir> so the whole layout flips between RTL and LTR.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { fa, type MessageKey } from './fa';
import { en } from './en';
import type { ApiDate, ApiMoment, Label, LocalizedText } from '../api/types';
import {
  dirOf,
  formatDate,
  formatDigits,
  formatIsoDate,
  formatMoment,
  formatNumber,
  formatTomans,
  pickLabel,
  type Lang,
} from './format';

const STORAGE_KEY = 'poshtiban.lang';
const dictionaries = { fa, en } as const;

type Vars = Record<string, string | number>;

export type I18n = {
  lang: Lang;
  dir: 'rtl' | 'ltr';
  setLang: (lang: Lang) => void;
  toggleLang: () => void;
  /** A UI text; `{name}` placeholders are replaced (numbers in the language's digits, text bidi-isolated). */
  t: (key: MessageKey, vars?: Vars) => string;
  /** The API's bilingual text in the current language (Persian when there is no English). */
  label: (label: Label | LocalizedText | null | undefined) => string;
  num: (value: number) => string;
  digits: (value: string | number) => string;
  date: (date: ApiDate | null | undefined, style?: 'short' | 'long') => string | null;
  /** a bare ISO date (YYYY-MM-DD) in the Jalali calendar; null when it is not one */
  isoDate: (iso: string | null | undefined, style?: 'short' | 'long') => string | null;
  moment: (moment: ApiMoment | null | undefined) => string | null;
  tomans: (rials: number) => string;
};

/** The stored language, read once at start-up (also used by main.tsx before the first render). */
export const storedLang = (): Lang => {
  try {
    return window.localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'fa';
  } catch {
    return 'fa';
  }
};

export const applyLangToDocument = (lang: Lang) => {
  const html = document.documentElement;
  html.lang = lang;
  html.dir = dirOf(lang);
};

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(storedLang);

  useEffect(() => {
    applyLangToDocument(lang);
    try {
      window.localStorage.setItem(STORAGE_KEY, lang);
    } catch {
      /* private mode: the choice lasts for this page only */
    }
  }, [lang]);

  const setLang = useCallback((next: Lang) => setLangState(next), []);
  const toggleLang = useCallback(() => setLangState((current) => (current === 'fa' ? 'en' : 'fa')), []);

  const value = useMemo<I18n>(() => {
    const dictionary = dictionaries[lang];
    const t = (key: MessageKey, vars?: Vars) => {
      const text: string = dictionary[key] ?? fa[key] ?? key;
      if (!vars) return text;
      return text.replace(/\{(\w+)\}/g, (match, name: string) => {
        const v = vars[name];
        if (v === undefined) return match;
        // text values (names…) are bidi-isolated so a Persian name in English text (or the
        // reverse) does not drag the punctuation around it
        return typeof v === 'number' ? formatNumber(v, lang) : `\u2068${v}\u2069`;
      });
    };
    return {
      lang,
      dir: dirOf(lang),
      setLang,
      toggleLang,
      t,
      label: (l) => pickLabel(l, lang),
      num: (v) => formatNumber(v, lang),
      digits: (v) => formatDigits(v, lang),
      date: (d, style) => formatDate(d, lang, style),
      isoDate: (iso, style) => formatIsoDate(iso, lang, style),
      moment: (m) => formatMoment(m, lang),
      tomans: (rials) => formatTomans(rials, lang, dictionary['money.toman']),
    };
  }, [lang, setLang, toggleLang]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export const useI18n = (): I18n => {
  const ctx = useContext(I18nContext);
  if (!ctx) throw new Error('useI18n must be used inside <I18nProvider>');
  return ctx;
};
