/**
 * «میز تیکت» — the list: views (open, mine, unassigned, overdue, escalated, closed), search and
 * paging, all in the URL (?view=&q=&page=&pageSize=) so a view can be linked to (the work queue
 * does). GET /back-office/tickets. A row opens the ticket's page.
 */
import * as React from 'react';
import { Link as RouterLink, useNavigate, useSearchParams } from 'react-router-dom';
import {
  Box,
  Button,
  EmptyStateLayout,
  Field,
  Flex,
  IconButton,
  Loader,
  SingleSelect,
  SingleSelectOption,
  Table,
  Tabs,
  Tbody,
  Td,
  TextInput,
  Th,
  Thead,
  Tr,
  Typography,
} from '@strapi/design-system';
import { ArrowClockwise, ChevronLeft, ChevronRight, Plus, Search } from '@strapi/icons';
import { Layouts, Page, useFetchClient, useRBAC } from '@strapi/strapi/admin';
import { errorText } from '../../lib/text';
import { NEW_TICKET_PATH, PERMISSIONS, TICKET_VIEWS, ticketPath, type TicketList, type TicketView } from '../api';
import { PRIORITY_TONE, STATUS_TONE, labelOf } from '../labels';
import { dueOf, localDigits } from '../logic';
import { Code, DueCell, Pill, When, useDesk } from '../components/ui';

const PAGE_SIZES = [10, 25, 50, 100];
const DEFAULT_PAGE_SIZE = 25;

type Filters = { view: TicketView; q: string; page: number; pageSize: number };

const readFilters = (params: URLSearchParams): Filters => {
  const view = params.get('view') ?? '';
  const int = (key: string, fallback: number) => {
    const n = Number.parseInt(params.get(key) ?? '', 10);
    return Number.isInteger(n) && n > 0 ? n : fallback;
  };
  return {
    view: (TICKET_VIEWS as readonly string[]).includes(view) ? (view as TicketView) : 'open',
    q: params.get('q') ?? '',
    page: int('page', 1),
    pageSize: Math.min(100, int('pageSize', DEFAULT_PAGE_SIZE)),
  };
};

/** The query string, encoded here: the fetch client does not encode parameters (Persian, spaces, &). */
const queryOf = (filters: Filters) => {
  const params = new URLSearchParams({ view: filters.view, page: String(filters.page), pageSize: String(filters.pageSize) });
  if (filters.q.trim()) params.set('q', filters.q.trim());
  return params.toString();
};

const ESCALATION_TONE = ['neutral', 'warning', 'danger'] as const;

export const TicketListPage = () => {
  const { say, language } = useDesk();
  const { get } = useFetchClient();
  const navigate = useNavigate();
  const { allowedActions } = useRBAC(PERMISSIONS.create);
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = readFilters(searchParams);
  const query = queryOf(filters);

  const [list, setList] = React.useState<TicketList | null>(null);
  const [error, setError] = React.useState<string | null>(null);
  const [loading, setLoading] = React.useState(true);
  const [search, setSearch] = React.useState(filters.q);
  const sequence = React.useRef(0);

  const update = React.useCallback(
    (changes: Partial<Record<keyof Filters, string | number>>) => {
      setSearchParams((current) => {
        const next = new URLSearchParams(current);
        if (!('page' in changes)) next.delete('page');
        for (const [key, value] of Object.entries(changes)) {
          if (value === '' || value === undefined || (key === 'page' && value === 1)) next.delete(key);
          else next.set(key, String(value));
        }
        return next;
      });
    },
    [setSearchParams]
  );

  const load = React.useCallback(async () => {
    const mine = ++sequence.current;
    setLoading(true);
    try {
      const { data } = await get<TicketList>('/back-office/tickets', { params: query as any });
      if (mine !== sequence.current) return;
      setList(data);
      setError(null);
    } catch (e) {
      if (mine !== sequence.current) return;
      setList(null);
      setError(errorText(e));
    } finally {
      if (mine === sequence.current) setLoading(false);
    }
  }, [get, query]);

  React.useEffect(() => {
    void load();
  }, [load]);

  // the search box follows the URL, and writes to it once typing pauses
  React.useEffect(() => setSearch(filters.q), [filters.q]);
  React.useEffect(() => {
    if (search.trim() === filters.q.trim()) return undefined;
    const timer = window.setTimeout(() => update({ q: search.trim() }), 400);
    return () => window.clearTimeout(timer);
  }, [search]); // eslint-disable-line react-hooks/exhaustive-deps

  const rows = list?.results ?? [];
  const pagination = list?.pagination;
  const now = new Date();

  return (
    <Page.Main>
      <Page.Title>{say('page.title')}</Page.Title>
      <Layouts.Header
        title={say('page.title')}
        subtitle={say('list.subtitle')}
        primaryAction={
          <Flex gap={2}>
            <Button variant="secondary" startIcon={<ArrowClockwise />} onClick={() => void load()} loading={loading && !!list}>
              {say('list.refresh')}
            </Button>
            {allowedActions.canCreate && (
              <Button startIcon={<Plus />} onClick={() => navigate(NEW_TICKET_PATH)} data-testid="new-ticket">
                {say('list.new')}
              </Button>
            )}
          </Flex>
        }
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={4}>
          <Flex justifyContent="space-between" alignItems="flex-end" gap={4} wrap="wrap">
            <Tabs.Root value={filters.view} onValueChange={(view: string) => update({ view: view === 'open' ? '' : view })} variant="simple">
              <Tabs.List aria-label={say('list.views')}>
                {TICKET_VIEWS.map((view) => (
                  <Tabs.Trigger key={view} value={view} data-testid={`view-${view}`}>
                    {say(`view.${view}`)}
                  </Tabs.Trigger>
                ))}
              </Tabs.List>
            </Tabs.Root>
            <Box style={{ minWidth: '28rem' }}>
              <Field.Root name="q" hint={say('list.search.hint')}>
                <Field.Label>{say('list.search')}</Field.Label>
                <TextInput
                  startAction={<Search />}
                  value={search}
                  onChange={(e: React.ChangeEvent<HTMLInputElement>) => setSearch(e.target.value)}
                  onKeyDown={(e: React.KeyboardEvent<HTMLInputElement>) => e.key === 'Enter' && update({ q: search.trim() })}
                  data-testid="ticket-search"
                />
                <Field.Hint />
              </Field.Root>
            </Box>
          </Flex>

          {error && (
            <Box background="danger100" borderColor="danger200" hasRadius padding={4} role="alert">
              <Typography textColor="danger700">{error}</Typography>
            </Box>
          )}

          {!list && loading ? (
            <Flex justifyContent="center" padding={10}>
              <Loader>{say('list.loading')}</Loader>
            </Flex>
          ) : list && rows.length === 0 ? (
            <EmptyStateLayout content={filters.q ? say('list.empty.search') : say('list.empty')} />
          ) : list ? (
            <Box style={{ opacity: loading ? 0.6 : 1, transition: 'opacity 150ms' }} aria-busy={loading}>
              <Table colCount={8} rowCount={rows.length + 1}>
                <Thead>
                  <Tr>
                    <Th><Typography variant="sigma">{say('col.number')}</Typography></Th>
                    <Th><Typography variant="sigma">{say('col.title')}</Typography></Th>
                    <Th><Typography variant="sigma">{say('col.subscriber')}</Typography></Th>
                    <Th><Typography variant="sigma">{say('col.priority')}</Typography></Th>
                    <Th><Typography variant="sigma">{say('col.status')}</Typography></Th>
                    <Th><Typography variant="sigma">{say('col.assignee')}</Typography></Th>
                    <Th><Typography variant="sigma">{say('col.due')}</Typography></Th>
                    <Th><Typography variant="sigma">{say('col.lastActivity')}</Typography></Th>
                  </Tr>
                </Thead>
                <Tbody>
                  {rows.map((row) => {
                    const due = dueOf(row, now);
                    return (
                      <Tr
                        key={row.documentId}
                        data-testid={`ticket-row-${row.number}`}
                        data-due={due?.state ?? 'none'}
                        onClick={() => navigate(ticketPath(row.documentId))}
                        style={{ cursor: 'pointer', background: due?.state === 'overdue' ? 'rgba(208, 43, 32, 0.07)' : undefined }}
                      >
                        <Td>
                          <RouterLink to={ticketPath(row.documentId)} onClick={(e) => e.stopPropagation()} style={{ color: 'inherit' }}>
                            <Typography textColor="primary700" fontWeight="semiBold">
                              <Code>{row.number}</Code>
                            </Typography>
                          </RouterLink>
                        </Td>
                        <Td style={{ maxWidth: '28rem' }}>
                          <Flex direction="column" alignItems="flex-start" gap={1}>
                            <Typography textColor="neutral800" fontWeight="semiBold" ellipsis style={{ display: 'block', maxWidth: '28rem' }} dir="auto">
                              {row.title}
                            </Typography>
                            <Flex gap={2} wrap="wrap">
                              <Typography variant="pi" textColor="neutral600">
                                {labelOf('kind', row.kind, language)}
                              </Typography>
                              {row.escalationLevel > 0 && (
                                <Pill tone={ESCALATION_TONE[Math.min(2, row.escalationLevel)]} data-testid="escalation">
                                  {say('escalation.badge', { level: localDigits(row.escalationLevel, language) })}
                                </Pill>
                              )}
                            </Flex>
                          </Flex>
                        </Td>
                        <Td>
                          <Flex direction="column" alignItems="flex-start" gap={1}>
                            <Typography textColor="neutral800" dir="auto">{row.subscriber?.label ?? say('none')}</Typography>
                            {row.device && (
                              <Typography variant="pi" textColor="neutral600" dir="auto">
                                {row.device.label}
                              </Typography>
                            )}
                          </Flex>
                        </Td>
                        <Td>
                          <Pill tone={PRIORITY_TONE[row.priority] ?? 'neutral'}>{labelOf('priority', row.priority, language)}</Pill>
                        </Td>
                        <Td>
                          <Pill tone={STATUS_TONE[row.ticketStatus] ?? 'neutral'} data-testid="ticket-status">
                            {labelOf('ticketStatus', row.ticketStatus, language)}
                          </Pill>
                        </Td>
                        <Td>
                          <Typography textColor={row.assignee ? 'neutral800' : 'neutral500'}>{row.assignee?.name ?? say('unassigned')}</Typography>
                        </Td>
                        <Td>
                          <DueCell due={due} />
                        </Td>
                        <Td>
                          <Typography variant="pi" textColor="neutral700">
                            <When iso={row.lastActivityAt ?? row.createdAt} />
                          </Typography>
                        </Td>
                      </Tr>
                    );
                  })}
                </Tbody>
              </Table>
            </Box>
          ) : null}

          {pagination && pagination.total > 0 && (
            <Flex justifyContent="space-between" wrap="wrap" gap={3}>
              <Flex gap={2}>
                <SingleSelect
                  aria-label={say('paging.size')}
                  size="S"
                  value={String(filters.pageSize)}
                  onChange={(value: string | number) => update({ pageSize: Number(value) === DEFAULT_PAGE_SIZE ? '' : Number(value) })}
                >
                  {PAGE_SIZES.map((size) => (
                    <SingleSelectOption key={size} value={String(size)}>
                      {localDigits(size, language)}
                    </SingleSelectOption>
                  ))}
                </SingleSelect>
                <Typography variant="pi" textColor="neutral600">
                  {say('paging.per-page', { total: localDigits(pagination.total, language) })}
                </Typography>
              </Flex>
              <Flex gap={2}>
                {/* icons are not mirrored right to left: «previous» points right in Persian */}
                <IconButton label={say('paging.previous')} disabled={pagination.page <= 1} onClick={() => update({ page: pagination.page - 1 })}>
                  {language === 'fa' ? <ChevronRight /> : <ChevronLeft />}
                </IconButton>
                <Typography variant="pi" textColor="neutral700" data-testid="ticket-page">
                  {say('paging.page', { page: localDigits(pagination.page, language), pageCount: localDigits(Math.max(1, pagination.pageCount), language) })}
                </Typography>
                <IconButton label={say('paging.next')} disabled={pagination.page >= pagination.pageCount} onClick={() => update({ page: pagination.page + 1 })}>
                  {language === 'fa' ? <ChevronLeft /> : <ChevronRight />}
                </IconButton>
              </Flex>
            </Flex>
          )}
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};
