/**
 * The Content Manager's list view, readable: enumeration cells show their label, money cells
 * (plugin::back-office.rials) show '۱۲٬۰۰۰٬۰۰۰ ریال' with the toman amount, and enumeration filters
 * offer labelled options. Both hooks are waterfalls shared with other plugins: a column another
 * plugin already formats, and every other column or filter, is passed on untouched.
 */
import * as React from 'react';
import { useIntl } from 'react-intl';
import { Flex, Typography } from '@strapi/design-system';
import { InputRenderer } from '@strapi/strapi/admin';
import { formatAmount, formatTomans } from './money';
import { adminLanguageOutsideReact, displayLanguage, enumerationLabel } from './vocabulary';
import { t } from './translations';

export const RIALS_FIELD = 'plugin::back-office.rials';

type Header = {
  name: string;
  attribute?: { type?: string; customField?: string } & Record<string, unknown>;
  cellFormatter?: (row: Record<string, unknown>, header: Header, meta: { model: string; collectionType: string }) => React.ReactNode;
  [key: string]: unknown;
};
type Filter = { name: string; type?: string; options?: Array<{ label?: string; value: string }>; [key: string]: unknown };

/** The attribute a column shows: relations are named 'owner.fullName' once formatted. */
const attributeOf = (header: Header) => header.name.split('.')[0];

const EnumerationCell = ({ model, attribute, value }: { model: string; attribute: string; value: unknown }) => {
  const { locale } = useIntl();
  if (value === null || value === undefined || value === '') return <Typography textColor="neutral800">-</Typography>;
  const language = displayLanguage(locale);
  const label = enumerationLabel(model, attribute, value, language);
  return (
    <Typography textColor="neutral800" title={String(value)} data-enum-value={String(value)} lang={label ? language : undefined}>
      {label ?? String(value)}
    </Typography>
  );
};

/** '۱۲٬۰۰۰٬۰۰۰ ریال' with '۱٬۲۰۰٬۰۰۰ تومان' under it */
const RialsCell = ({ value }: { value: unknown }) => {
  const { formatMessage, locale } = useIntl();
  const language = displayLanguage(locale);
  const amount = formatAmount(value, language);
  if (amount === null) return <Typography textColor="neutral800">{value == null || value === '' ? '-' : String(value)}</Typography>;
  // dir="auto": '۱۲٬۰۰۰ ریال' starts with digits, which must not make it left-to-right
  return (
    <Flex direction="column" alignItems="flex-start" style={{ whiteSpace: 'nowrap' }}>
      <Typography textColor="neutral800" dir="auto">
        {formatMessage(t('rials.amount'), { amount })}
      </Typography>
      <Typography variant="pi" textColor="neutral600" dir="auto">
        {formatMessage(t('tomans.amount'), { amount: formatTomans(value, language) })}
      </Typography>
    </Flex>
  );
};

/** Admin/CM/pages/ListView/inject-column-in-table */
export const readableColumns = <T extends { displayedHeaders: Header[] }>(args: T): T => ({
  ...args,
  displayedHeaders: args.displayedHeaders.map((header) => {
    if (typeof header.cellFormatter === 'function') return header;
    if (header.attribute?.customField === RIALS_FIELD) {
      return { ...header, cellFormatter: (row: Record<string, unknown>) => <RialsCell value={row[attributeOf(header)]} /> };
    }
    if (header.attribute?.type === 'enumeration' && !header.attribute.customField) {
      return {
        ...header,
        cellFormatter: (row: Record<string, unknown>, _header: Header, { model }: { model: string }) => (
          <EnumerationCell model={model} attribute={attributeOf(header)} value={row[attributeOf(header)]} />
        ),
      };
    }
    return header;
  }),
});

/**
 * The type whose list is shown: the list route is …/content-manager/collection-types/:slug (the
 * filters hook is given the list layout, which does not name its type).
 */
export const listedContentType = (pathname: string): string | undefined =>
  /\/content-manager\/(?:collection-types|single-types)\/([^/?#]+)/.exec(pathname)?.[1];

/**
 * The value input of a labelled enumeration filter: Strapi's own select (what it renders without a
 * custom input). Naming it as the filter's `input` also makes the chip of an applied filter show
 * the option's label instead of the raw value.
 */
const LabelledFilterInput = ({ input: _input, ...props }: Record<string, any>) => <InputRenderer {...(props as any)} />;

/** Admin/CM/pages/ListView/inject-in-filters */
export const readableFilters = <T extends { displayedFilters: Filter[] }>(args: T): T => {
  const uid = listedContentType(window.location.pathname);
  const language = adminLanguageOutsideReact();
  if (!uid) return args;
  return {
    ...args,
    displayedFilters: args.displayedFilters.map((filter) => {
      if (filter.type !== 'enumeration' || !filter.options || filter.input) return filter;
      const labels = filter.options.map((option) => enumerationLabel(uid, filter.name, option.value, language));
      if (labels.every((label) => label === undefined)) return filter;
      return {
        ...filter,
        input: LabelledFilterInput,
        options: filter.options.map((option, i) => ({ ...option, label: labels[i] ?? option.label })),
      };
    }),
  };
};
