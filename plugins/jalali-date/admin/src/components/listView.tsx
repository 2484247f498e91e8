/**
 * The Content Manager's list view in the Jalali calendar, through its two waterfall hooks
 * (@strapi/content-manager ListViewPage and Filters):
 *
 *   Admin/CM/pages/ListView/inject-column-in-table  every date and date-time column — our custom
 *     fields, plain date/datetime attributes, createdAt, updatedAt, publishedAt — gets a
 *     cellFormatter that shows the Jalali day (and Tehran time). A column another plugin already
 *     formats keeps its formatter; other columns are passed on untouched.
 *   Admin/CM/pages/ListView/inject-in-filters  the filter for a date or date-time field takes its
 *     value in the Jalali box (JalaliFilterInput).
 */
import * as React from 'react';
import { Typography } from '@strapi/design-system';
import { formatStoredValue, type JalaliFieldKind } from '../jalali';
import { JalaliFilterInput } from './JalaliFilterInput';
import { useJalaliLocale } from './useJalaliLocale';

export const INJECT_COLUMN_IN_TABLE = 'Admin/CM/pages/ListView/inject-column-in-table';
export const INJECT_LIST_VIEW_FILTERS = 'Admin/CM/pages/ListView/inject-in-filters';

const kindOfType = (type: unknown): JalaliFieldKind | null => (type === 'date' || type === 'datetime' ? type : null);

type ListHeader = {
  name: string;
  attribute?: { type?: string };
  cellFormatter?: unknown;
  [key: string]: unknown;
};

type Row = Record<string, unknown>;

export const JalaliDateCell = ({ kind, value }: { kind: JalaliFieldKind; value: unknown }) => {
  const { digits } = useJalaliLocale();
  const text = value === null || value === undefined || value === '' ? '-' : formatStoredValue(kind, value, digits) || String(value);
  return <Typography textColor="neutral800">{text}</Typography>;
};

export const showDateColumnsInJalali = <T extends { displayedHeaders: ListHeader[] }>(args: T): T => ({
  ...args,
  displayedHeaders: args.displayedHeaders.map((header) => {
    const kind = kindOfType(header.attribute?.type);
    if (!kind || typeof header.cellFormatter === 'function') return header;
    const attributeName = header.name.split('.')[0];
    return { ...header, cellFormatter: (row: Row) => <JalaliDateCell kind={kind} value={row[attributeName]} /> };
  }),
});

type ListFilter = { name: string; type?: string; input?: unknown; [key: string]: unknown };

export const takeDateFiltersInJalali = <T extends { displayedFilters: ListFilter[] }>(args: T): T => ({
  ...args,
  displayedFilters: args.displayedFilters.map((filter) =>
    kindOfType(filter.type) && !filter.input ? { ...filter, input: JalaliFilterInput } : filter
  ),
});
