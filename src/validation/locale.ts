/**
 * `?locale` of the customer routes that answer staff-written content in Persian or English (the
 * knowledge base; docs/api.md): `fa` (the default, also when absent or empty) or `en`; anything
 * else is a field error on query.locale. Content without an English version is answered in
 * Persian by each route (its items carry their own `locale`).
 */
import type { FieldErrors } from './errors';

export const CONTENT_LOCALES = ['fa', 'en'] as const;
export type ContentLocale = (typeof CONTENT_LOCALES)[number];
export const DEFAULT_CONTENT_LOCALE: ContentLocale = 'fa';

export const readLocale = (query: Record<string, unknown>, errs: FieldErrors): ContentLocale => {
  const value = query.locale;
  if (value === undefined || value === '') return DEFAULT_CONTENT_LOCALE;
  if (typeof value === 'string' && (CONTENT_LOCALES as readonly string[]).includes(value)) return value as ContentLocale;
  errs.add(['query', 'locale'], 'localeInvalid');
  return DEFAULT_CONTENT_LOCALE;
};
