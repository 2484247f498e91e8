/**
 * The enumeration labels the admin shows, as the app hands them over: src/admin/app.tsx calls
 * `app.getPlugin('back-office').apis.setVocabulary(VOCABULARY)` with src/domain/vocabulary.ts (the
 * plugin keeps no copy of the app's labels). Keyed uid → attribute → value → { fa, en }.
 * Types without labels (Strapi's own) show their raw values, as Strapi does.
 */
import type { DisplayLanguage } from './money';

export type Label = { fa: string; en: string };
export type Vocabulary = Record<string, Record<string, Record<string, Label>>>;

let vocabulary: Vocabulary = {};

/** Handed over once, while the admin registers (before anything renders). */
export const setVocabulary = (next: Vocabulary) => {
  vocabulary = next ?? {};
};

/** The admin language a label is shown in: Persian for 'fa…', English otherwise. */
export const displayLanguage = (locale: string | undefined | null): DisplayLanguage => (locale?.toLowerCase().startsWith('fa') ? 'fa' : 'en');

/** The admin languages the app offers (src/admin/app.tsx config.locales and English), read at register. */
let offeredLocales: string[] = ['en'];
export const setOfferedLocales = (locales: string[] | undefined) => {
  offeredLocales = ['en', ...(locales ?? [])];
};

/**
 * The admin's language where React's intl is out of reach (the list filters hook): the chosen
 * language, kept on <html lang> by the admin, when the app offers it — English otherwise, as
 * Strapi itself decides.
 */
export const adminLanguageOutsideReact = (): DisplayLanguage => {
  const chosen = document.documentElement.lang;
  return offeredLocales.includes(chosen) ? displayLanguage(chosen) : 'en';
};

/** The labels of one enumeration attribute, or undefined when the vocabulary has none. */
export const labelsOf = (uid: string | undefined, attribute: string): Record<string, Label> | undefined =>
  uid ? vocabulary[uid]?.[attribute] : undefined;

/** One value's label in `language`, or undefined when the vocabulary has none. */
export const enumerationLabel = (uid: string | undefined, attribute: string, value: unknown, language: DisplayLanguage): string | undefined =>
  typeof value === 'string' ? labelsOf(uid, attribute)?.[value]?.[language] : undefined;

/**
 * The label of a step in a status history: the type's status attributes (named …Status) are
 * asked first, then its other enumerations.
 */
export const statusLabel = (uid: string | undefined, value: unknown, language: DisplayLanguage): string | undefined => {
  if (!uid || typeof value !== 'string') return undefined;
  const attributes = Object.entries(vocabulary[uid] ?? {}).sort(([a], [b]) => Number(!/Status$/.test(a)) - Number(!/Status$/.test(b)));
  for (const [, labels] of attributes) if (labels[value]) return labels[value][language];
  return undefined;
};
