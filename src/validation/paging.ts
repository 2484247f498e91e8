/**
 * `?page&pageSize` of the customer's paged lists (notifications, payments): whole numbers in any
 * digits, page from 1, pageSize up to `maxPageSize`; anything else is a field error on the query.
 */
import { parseWholeNumber } from '../domain/digits';
import type { FieldErrors } from './errors';

const MAX_PAGE = 100_000;

export type Paging = { page: number; pageSize: number };

export const readPaging = (query: Record<string, unknown>, errs: FieldErrors, { defaultPageSize = 20, maxPageSize = 50 } = {}): Paging => {
  const read = (field: 'page' | 'pageSize', fallback: number, max: number) => {
    const value = query[field];
    if (value === undefined || value === '') return fallback;
    const n = parseWholeNumber(value);
    if (n === null || n < 1 || n > max) {
      errs.add(['query', field], 'invalidRequest');
      return fallback;
    }
    return n;
  };
  return { page: read('page', 1, MAX_PAGE), pageSize: read('pageSize', defaultPageSize, maxPageSize) };
};
