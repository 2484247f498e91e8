/**
 * The outbox: counts by status, filters, the messages (newest first), one message's details and
 * "Resend" for failed and dead messages. Filters and paging live in the URL (?status=&channel=
 * &from=&to=&q=&page=&pageSize=), so a filtered view can be linked to (the subscriber panel does).
 */
import * as React from 'react';
import { useSearchParams } from 'react-router-dom';
import {
  Box,
  Button,
  Checkbox,
  DatePicker,
  EmptyStateLayout,
  Field,
  Flex,
  Grid,
  IconButton,
  Loader,
  SingleSelect,
  SingleSelectOption,
  Table,
  Tbody,
  Td,
  TextInput,
  Th,
  Thead,
  Tr,
  Typography,
  VisuallyHidden,
} from '@strapi/design-system';
import { ArrowClockwise, ChevronLeft, ChevronRight, Eye, Message, Search } from '@strapi/icons';
import { Layouts, Page, useFetchClient, useRBAC } from '@strapi/strapi/admin';
import { MessageDetails } from '../components/MessageDetails';
import { StatusBadge } from '../components/StatusBadge';
import { errorText, outboxParams, RBAC_PERMISSIONS } from '../lib/api';
import { bi, CHANNEL_LABEL, CHANNELS, KIND_LABEL, STATUS_LABEL, STATUS_VARIANT, STATUSES } from '../lib/labels';
import type { Channel, OutboxFilters, OutboxList, OutboxMessage, OutboxStatus, OutboxSummary } from '../lib/types';
import { useResend } from '../lib/useResend';

const REFRESH_MS = 10_000;
const PAGE_SIZES = [10, 25, 50, 100];
const DEFAULT_PAGE_SIZE = 25;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

const readFilters = (params: URLSearchParams): OutboxFilters => {
  const status = params.get('status') ?? '';
  const channel = params.get('channel') ?? '';
  const day = (key: string) => {
    const value = params.get(key) ?? '';
    return isDay(value) ? value : '';
  };
  const int = (key: string, fallback: number) => {
    const n = Number.parseInt(params.get(key) ?? '', 10);
    return Number.isInteger(n) && n > 0 ? n : fallback;
  };
  return {
    status: (STATUSES as string[]).includes(status) ? (status as OutboxStatus) : '',
    channel: (CHANNELS as string[]).includes(channel) ? (channel as Channel) : '',
    from: day('from'),
    to: day('to'),
    q: params.get('q') ?? '',
    subscriber: /^[a-z0-9]{10,40}$/.test(params.get('subscriber') ?? '') ? (params.get('subscriber') as string) : '',
    page: int('page', 1),
    pageSize: Math.min(100, int('pageSize', DEFAULT_PAGE_SIZE)),
  };
};

/** 'YYYY-MM-DD' ↔ the local-midnight Date the DatePicker works with. */
const dayToDate = (day: string) => {
  if (!day) return undefined;
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y, m - 1, d);
};
const dateToDay = (date: Date | undefined) =>
  date ? `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}` : '';
/** A real calendar day ('2026-02-31' is not one). */
const isDay = (value: string) => ISO_DAY.test(value) && dateToDay(dayToDate(value)) === value;

const jalaliDay = (day: string) => {
  const date = dayToDate(day);
  return date ? new Intl.DateTimeFormat('fa-IR-u-ca-persian', { dateStyle: 'long' }).format(date) : '';
};

const truncate = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

const Mono = ({ children, title }: { children: React.ReactNode; title?: string }) => (
  <span dir="ltr" title={title} style={{ fontFamily: 'monospace', fontSize: '1.2rem' }}>
    {children}
  </span>
);

/** Clickable count of one status (or of all messages); the active one is the current filter. */
const SummaryCard = ({
  label,
  count,
  color,
  active,
  onClick,
  testId,
}: {
  label: string;
  count: number | undefined;
  color: string;
  active: boolean;
  onClick: () => void;
  testId: string;
}) => (
  <Box
    tag="button"
    type="button"
    onClick={onClick}
    aria-pressed={active}
    data-testid={testId}
    background={active ? 'primary100' : 'neutral0'}
    borderColor={active ? 'primary600' : 'neutral150'}
    borderWidth="1px"
    borderStyle="solid"
    hasRadius
    shadow="tableShadow"
    paddingTop={3}
    paddingBottom={3}
    paddingLeft={4}
    paddingRight={4}
    style={{ cursor: 'pointer', textAlign: 'start', flex: '1 1 0', minWidth: '14rem' }}
  >
    <Flex direction="column" alignItems="flex-start" gap={1}>
      <Typography variant="alpha" textColor={color} tag="span">
        {count === undefined ? '–' : count.toLocaleString('en-US')}
      </Typography>
      <Typography variant="pi" textColor="neutral700" fontWeight="bold" tag="span">
        {label}
      </Typography>
    </Flex>
  </Box>
);

const DayFilter = ({ name, label, value, onChange }: { name: string; label: string; value: string; onChange: (day: string) => void }) => (
  <Field.Root name={name} hint={value ? jalaliDay(value) : undefined}>
    <Field.Label>{label}</Field.Label>
    <DatePicker
      value={dayToDate(value)}
      onChange={(date: Date | undefined) => onChange(dateToDay(date))}
      onClear={() => onChange('')}
      clearLabel="پاک کردن (Clear)"
      locale="en-GB"
      placeholder="DD/MM/YYYY"
    />
    <Field.Hint />
  </Field.Root>
);

/** A filter with a fixed list of choices and «همه (All)» first; '' is all. */
const ChoiceFilter = ({
  name,
  label,
  value,
  options,
  onChange,
}: {
  name: string;
  label: string;
  value: string;
  options: { value: string; label: string }[];
  onChange: (value: string) => void;
}) => (
  <Field.Root name={name}>
    <Field.Label>{label}</Field.Label>
    <SingleSelect value={value || 'all'} onChange={(chosen: string | number) => onChange(chosen === 'all' ? '' : String(chosen))}>
      <SingleSelectOption value="all">همه (All)</SingleSelectOption>
      {options.map((option) => (
        <SingleSelectOption key={option.value} value={option.value}>
          {option.label}
        </SingleSelectOption>
      ))}
    </SingleSelect>
  </Field.Root>
);

export const OutboxPage = () => {
  const { get } = useFetchClient();
  const { allowedActions } = useRBAC(RBAC_PERMISSIONS);
  const canResend = !!allowedActions.canResend;
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = readFilters(searchParams);
  const queryKey = JSON.stringify(outboxParams(filters));

  const [list, setList] = React.useState<OutboxList | null>(null);
  const [summary, setSummary] = React.useState<OutboxSummary | null>(null);
  const [loadError, setLoadError] = React.useState<string | null>(null);
  const [loading, setLoading] = React.useState(true);
  const [loadedAt, setLoadedAt] = React.useState<Date | null>(null);
  const [autoRefresh, setAutoRefresh] = React.useState(true);
  const [selected, setSelected] = React.useState<OutboxMessage | null>(null);
  const [search, setSearch] = React.useState(filters.q);
  const sequence = React.useRef(0);

  /** Changes filters in the URL; any filter change goes back to page 1. */
  const update = React.useCallback(
    (changes: Partial<Record<keyof OutboxFilters, string | number>>) => {
      setSearchParams(
        (current) => {
          const next = new URLSearchParams(current);
          if (!('page' in changes)) next.delete('page');
          for (const [key, value] of Object.entries(changes)) {
            if (value === '' || value === undefined || (key === 'page' && value === 1)) next.delete(key);
            else next.set(key, String(value));
          }
          return next;
        },
        { replace: false },
      );
    },
    [setSearchParams],
  );

  const load = React.useCallback(
    async (silent = false) => {
      const mine = ++sequence.current;
      if (!silent) setLoading(true);
      // the counts do not depend on the filters: they show even when the list cannot be read
      const [listed, counted] = await Promise.allSettled([
        get<OutboxList>('/messaging/outbox', { params: JSON.parse(queryKey) }),
        get<{ data: OutboxSummary }>('/messaging/outbox/summary'),
      ]);
      if (mine !== sequence.current) return;
      if (counted.status === 'fulfilled') setSummary(counted.value.data.data);
      if (listed.status === 'fulfilled') {
        const page = listed.value.data;
        setList(page);
        setLoadError(null);
        setLoadedAt(new Date());
        setSelected((open) => (open ? (page.data.find((m) => m.id === open.id) ?? open) : open));
      } else if ((listed.reason as any)?.name !== 'AbortError') {
        // an auto-refresh that fails keeps the rows on screen; a new filter that fails does not
        if (!silent) setList(null);
        setLoadError(errorText(listed.reason));
      }
      setLoading(false);
    },
    [get, queryKey],
  );

  React.useEffect(() => {
    void load();
  }, [load]);

  React.useEffect(() => {
    if (!autoRefresh) return undefined;
    const timer = window.setInterval(() => {
      if (document.visibilityState === 'visible') void load(true);
    }, REFRESH_MS);
    return () => window.clearInterval(timer);
  }, [autoRefresh, load]);

  // the search box follows the URL (back/forward, a link from a subscriber) …
  React.useEffect(() => setSearch(filters.q), [filters.q]);
  // … and writes to it once typing pauses
  React.useEffect(() => {
    if (search.trim() === filters.q.trim()) return undefined;
    const timer = window.setTimeout(() => update({ q: search.trim() }), 400);
    return () => window.clearTimeout(timer);
  }, [search]); // eslint-disable-line react-hooks/exhaustive-deps

  // a page past the end (fewer messages since the link was made): go to the last page
  React.useEffect(() => {
    const p = list?.meta.pagination;
    if (p && p.page > 1 && p.page > p.pageCount) update({ page: Math.max(1, p.pageCount) });
  }, [list, update]);

  const { resend, busyId } = useResend(React.useCallback(() => void load(true), [load]));

  const pagination = list?.meta.pagination;
  const rows = list?.data ?? [];
  const total = summary ? STATUSES.reduce((sum, s) => sum + (summary[s] ?? 0), 0) : undefined;
  const filtered = !!(filters.status || filters.channel || filters.from || filters.to || filters.q);

  return (
    <Page.Main>
      <Page.Title>Outbox (صف پیام‌ها)</Page.Title>
      <Layouts.Header
        title="صف پیام‌ها (Outbox)"
        subtitle={bi('پیامک‌ها و پیام‌های واتساپ، از ثبت تا تحویل.', 'SMS and WhatsApp messages, from queue to delivery.')}
        primaryAction={
          <Flex gap={4}>
            <Checkbox checked={autoRefresh} onCheckedChange={(checked: boolean | 'indeterminate') => setAutoRefresh(checked === true)}>
              بازخوانی خودکار (Auto-refresh 10 s)
            </Checkbox>
            <Button variant="secondary" startIcon={<ArrowClockwise />} onClick={() => void load()} loading={loading && !!list}>
              بازخوانی (Refresh)
            </Button>
          </Flex>
        }
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={4}>
          <Flex gap={3} wrap="wrap" alignItems="stretch" data-testid="outbox-summary">
            <SummaryCard
              testId="summary-all"
              label="همه (All)"
              count={total}
              color="neutral800"
              active={!filters.status}
              onClick={() => update({ status: '' })}
            />
            {STATUSES.map((status) => (
              <SummaryCard
                key={status}
                testId={`summary-${status}`}
                label={`${STATUS_LABEL[status].fa} (${STATUS_LABEL[status].en})`}
                count={summary?.[status]}
                color={`${STATUS_VARIANT[status]}600`}
                active={filters.status === status}
                onClick={() => update({ status: filters.status === status ? '' : status })}
              />
            ))}
          </Flex>

          <Box background="neutral0" hasRadius shadow="tableShadow" paddingTop={3} paddingBottom={2} paddingLeft={5} paddingRight={5}>
            <Flex justifyContent="space-between" paddingBottom={2}>
              <Typography variant="delta" tag="h2">
                {bi('فیلترها', 'Filters')}
              </Typography>
              <Button variant="tertiary" size="S" disabled={!filtered} onClick={() => setSearchParams({})}>
                {bi('پاک کردن فیلترها', 'Clear filters')}
              </Button>
            </Flex>
            <Grid.Root gap={4}>
              <Grid.Item col={4} m={12} s={12} xs={12} direction="column" alignItems="stretch">
                <Field.Root name="q" hint="شماره گیرنده یا کد قالب (recipient number or template code)">
                  <Field.Label>جست‌وجو (Search)</Field.Label>
                  <TextInput
                    startAction={<Search />}
                    placeholder="09121234567 · login-code"
                    value={search}
                    onChange={(e: React.ChangeEvent<HTMLInputElement>) => setSearch(e.target.value)}
                    onKeyDown={(e: React.KeyboardEvent<HTMLInputElement>) => e.key === 'Enter' && update({ q: search.trim() })}
                  />
                  <Field.Hint />
                </Field.Root>
              </Grid.Item>
              <Grid.Item col={2} m={3} s={6} xs={12} direction="column" alignItems="stretch">
                <ChoiceFilter
                  name="status"
                  label="وضعیت (Status)"
                  value={filters.status}
                  options={STATUSES.map((status) => ({ value: status, label: `${STATUS_LABEL[status].fa} (${STATUS_LABEL[status].en})` }))}
                  onChange={(status) => update({ status })}
                />
              </Grid.Item>
              <Grid.Item col={2} m={3} s={6} xs={12} direction="column" alignItems="stretch">
                <ChoiceFilter
                  name="channel"
                  label="کانال (Channel)"
                  value={filters.channel}
                  options={CHANNELS.map((channel) => ({ value: channel, label: CHANNEL_LABEL[channel] }))}
                  onChange={(channel) => update({ channel })}
                />
              </Grid.Item>
              <Grid.Item col={2} m={3} s={6} xs={12} direction="column" alignItems="stretch">
                <DayFilter name="from" label="از تاریخ (From)" value={filters.from} onChange={(from) => update({ from })} />
              </Grid.Item>
              <Grid.Item col={2} m={3} s={6} xs={12} direction="column" alignItems="stretch">
                <DayFilter name="to" label="تا تاریخ (To)" value={filters.to} onChange={(to) => update({ to })} />
              </Grid.Item>
            </Grid.Root>
          </Box>

          {loadError && (
            <Box background="danger100" borderColor="danger200" hasRadius padding={4} role="alert">
              <Typography textColor="danger700">{loadError}</Typography>
            </Box>
          )}

          {!list && loading ? (
            <Flex justifyContent="center" padding={10}>
              <Loader>{bi('در حال بارگذاری…', 'Loading…')}</Loader>
            </Flex>
          ) : list && rows.length === 0 ? (
            <EmptyStateLayout
              icon={<Message width="6.4rem" height="6.4rem" />}
              content={
                filtered
                  ? bi('هیچ پیامی با این فیلترها پیدا نشد.', 'No messages match these filters.')
                  : bi('هنوز پیامی در صف ثبت نشده است.', 'No messages yet.')
              }
              action={
                filtered ? (
                  <Button variant="secondary" onClick={() => setSearchParams({})}>
                    پاک کردن فیلترها (Clear filters)
                  </Button>
                ) : undefined
              }
            />
          ) : list ? (
            <Box style={{ opacity: loading ? 0.6 : 1, transition: 'opacity 150ms' }} aria-busy={loading}>
              <Table colCount={8} rowCount={rows.length + 1}>
                <Thead>
                  <Tr>
                    <Th><Typography variant="sigma">#</Typography></Th>
                    <Th><Typography variant="sigma">{bi('تاریخ ثبت', 'Created')}</Typography></Th>
                    <Th><Typography variant="sigma">{bi('کانال', 'Channel')}</Typography></Th>
                    <Th><Typography variant="sigma">{bi('گیرنده / قالب', 'To / template')}</Typography></Th>
                    <Th><Typography variant="sigma">{bi('وضعیت', 'Status')}</Typography></Th>
                    <Th><Typography variant="sigma">{bi('آخرین خطا', 'Last error')}</Typography></Th>
                    <Th><Typography variant="sigma">{bi('ارائه‌دهنده', 'Provider')}</Typography></Th>
                    <Th>
                      <VisuallyHidden>{bi('جزئیات', 'Details')}</VisuallyHidden>
                    </Th>
                  </Tr>
                </Thead>
                <Tbody>
                  {rows.map((message) => (
                    <Tr key={message.id} data-testid={`outbox-row-${message.id}`} onClick={() => setSelected(message)} style={{ cursor: 'pointer' }}>
                      <Td>
                        <Typography textColor="neutral800">{message.id}</Typography>
                      </Td>
                      <Td>
                        <Typography textColor="neutral800" title={message.createdAt?.iso} style={{ whiteSpace: 'nowrap' }}>
                          <span dir="rtl">{message.createdAt?.jalali ?? '—'}</span>
                        </Typography>
                      </Td>
                      <Td>
                        <Flex direction="column" alignItems="flex-start">
                          <Typography textColor="neutral800">{CHANNEL_LABEL[message.channel] ?? message.channel}</Typography>
                          <Typography variant="pi" textColor="neutral500">
                            {KIND_LABEL[message.kind] ?? message.kind}
                          </Typography>
                        </Flex>
                      </Td>
                      <Td>
                        <Flex direction="column" alignItems="flex-start">
                          <Typography textColor="neutral800">
                            <Mono>{message.recipient}</Mono>
                          </Typography>
                          <Typography variant="pi" textColor="neutral600">
                            <Mono>{message.templateCode}</Mono>
                          </Typography>
                        </Flex>
                      </Td>
                      <Td>
                        <Flex direction="column" alignItems="flex-start" gap={1}>
                          <StatusBadge status={message.status} />
                          <Typography variant="pi" textColor={message.attempts >= message.maxAttempts ? 'danger600' : 'neutral600'}>
                            {bi('تلاش', 'attempts')} {message.attempts} / {message.maxAttempts}
                          </Typography>
                          {canResend && (message.status === 'dead' || message.status === 'failed') && (
                            <Box paddingTop={1} onClick={(e: React.MouseEvent) => e.stopPropagation()}>
                              <Button
                                size="S"
                                variant="secondary"
                                startIcon={<ArrowClockwise />}
                                loading={busyId === message.id}
                                onClick={() => void resend(message)}
                                style={{ whiteSpace: 'nowrap' }}
                              >
                                {bi('ارسال دوباره', 'Resend')}
                              </Button>
                            </Box>
                          )}
                        </Flex>
                      </Td>
                      <Td style={{ maxWidth: '16rem' }}>
                        {message.lastError ? (
                          <Typography variant="pi" textColor="danger600" title={message.lastError} ellipsis style={{ display: 'block' }}>
                            {truncate(message.lastError, 36)}
                          </Typography>
                        ) : (
                          <Typography textColor="neutral400">—</Typography>
                        )}
                      </Td>
                      <Td>
                        {message.provider ? (
                          <Flex direction="column" alignItems="flex-start">
                            <Typography textColor="neutral800">{message.provider}</Typography>
                            {message.providerMessageId && (
                              <Typography variant="pi" textColor="neutral500">
                                <Mono title={message.providerMessageId}>{truncate(message.providerMessageId, 16)}</Mono>
                              </Typography>
                            )}
                          </Flex>
                        ) : (
                          <Typography textColor="neutral400">—</Typography>
                        )}
                      </Td>
                      <Td onClick={(e: React.MouseEvent) => e.stopPropagation()}>
                        <IconButton label="جزئیات (Details)" variant="ghost" onClick={() => setSelected(message)}>
                          <Eye />
                        </IconButton>
                      </Td>
                    </Tr>
                  ))}
                </Tbody>
              </Table>
            </Box>
          ) : null}

          {pagination && pagination.total > 0 && (
            <Flex justifyContent="space-between" wrap="wrap" gap={3}>
              <Flex gap={2}>
                <SingleSelect
                  aria-label="تعداد در هر صفحه (Entries per page)"
                  size="S"
                  value={String(filters.pageSize)}
                  onChange={(value: string | number) => update({ pageSize: Number(value) === DEFAULT_PAGE_SIZE ? '' : Number(value) })}
                >
                  {PAGE_SIZES.map((size) => (
                    <SingleSelectOption key={size} value={String(size)}>
                      {String(size)}
                    </SingleSelectOption>
                  ))}
                </SingleSelect>
                <Typography variant="pi" textColor="neutral600">
                  {bi(`پیام در هر صفحه · مجموع ${pagination.total}`, `per page · ${pagination.total} total`)}
                </Typography>
              </Flex>
              <Flex gap={2}>
                <IconButton
                  label="صفحهٔ قبل (Previous page)"
                  disabled={pagination.page <= 1}
                  onClick={() => update({ page: pagination.page - 1 })}
                >
                  <ChevronLeft />
                </IconButton>
                <Typography variant="pi" textColor="neutral700" data-testid="outbox-page">
                  {bi(`صفحهٔ ${pagination.page} از ${Math.max(1, pagination.pageCount)}`, `page ${pagination.page} of ${Math.max(1, pagination.pageCount)}`)}
                </Typography>
                <IconButton
                  label="صفحهٔ بعد (Next page)"
                  disabled={pagination.page >= pagination.pageCount}
                  onClick={() => update({ page: pagination.page + 1 })}
                >
                  <ChevronRight />
                </IconButton>
              </Flex>
            </Flex>
          )}

          {loadedAt && (
            <Typography variant="pi" textColor="neutral500">
              {bi('آخرین به‌روزرسانی', 'last updated')}: {loadedAt.toLocaleTimeString('en-GB')}
            </Typography>
          )}
        </Flex>
      </Layouts.Content>

      <MessageDetails
        message={selected}
        onClose={() => setSelected(null)}
        canResend={canResend}
        resending={!!selected && busyId === selected.id}
        onResend={(message) => void resend(message)}
      />
    </Page.Main>
  );
};
