/**
 * `?locale=fa|en` of the course routes (default fa): the language of titles and summaries, the
 * English falling back to the Persian. Anything else is a field error on query.locale.
 */
import type { FieldErrors } from '../../validation/errors';
import type { ContentLocale } from './services/courses';

export const readContentLocale = (query: Record<string, unknown>, errs: FieldErrors): ContentLocale => {
  const value = query.locale;
  if (value === undefined || value === '') return 'fa';
  if (value === 'fa' || value === 'en') return value;
  errs.add(['query', 'locale'], 'invalidChoice');
  return 'fa';
};
