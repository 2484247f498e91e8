/**
 * "CRM sync" page: the jobs Didar has not accepted — retrying (failed) or given up (dead) —
 * newest first, each with its device (a link to it), the last error and, for staff who may,
 * «تلاش دوباره» (the same retry as the device panel). The work queue's "CRM jobs failing" item
 * links here. Paging lives in the URL (?page=).
 */
import * as React from 'react';
import { useSearchParams, Link as RouterLink } from 'react-router-dom';
import { Badge, Box, Button, EmptyStateLayout, Flex, IconButton, Loader, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { ArrowClockwise, ChevronLeft, ChevronRight } from '@strapi/icons';
import { Layouts, Page, useFetchClient, useNotification, useRBAC } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';

const DEVICE_UID = 'api::device.device';
const PAGE_SIZE = 25;
export const PERMISSIONS = {
  read: [{ action: 'plugin::crm-sync.jobs.read', subject: null }],
  retry: [{ action: 'plugin::crm-sync.jobs.retry', subject: null }],
};
const RBAC = [...PERMISSIONS.read, ...PERMISSIONS.retry];

type Job = {
  id: number;
  event: string;
  status: 'failed' | 'dead';
  attempts: number;
  maxAttempts: number;
  lastError: string | null;
  serviceStatusLabel: string | null;
  device: { id: string; serial: string } | null;
  createdAt: { jalali: string; iso: string } | null;
  nextAttemptAt: { jalali: string; iso: string } | null;
};
type Answer = { data: Job[]; meta: { pagination: { page: number; pageSize: number; total: number; pageCount: number } } };

export const FailingJobsPage = () => {
  const { formatMessage, formatDate, locale } = useIntl();
  const { get, post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const { allowedActions } = useRBAC(RBAC);
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1);
  const [answer, setAnswer] = React.useState<Answer | null>(null);
  const [failed, setFailed] = React.useState(false);
  const [busy, setBusy] = React.useState<number | null>(null);
  const persian = locale === 'fa' || locale.startsWith('fa-');
  const t = (id: string, values?: Record<string, React.ReactNode>) => formatMessage({ id, defaultMessage: id }, values as any) as string;
  const number = (n: number) => new Intl.NumberFormat(persian ? 'fa-IR' : 'en-US').format(n);
  const when = (at: Job['createdAt']) => (!at ? '—' : persian ? at.jalali : formatDate(at.iso, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Tehran' } as any));

  const load = React.useCallback(async () => {
    try {
      const { data } = await get<Answer>('/crm-sync/jobs/failing', { params: { page, pageSize: PAGE_SIZE } });
      setAnswer(data);
      setFailed(false);
    } catch {
      setFailed(true);
    }
  }, [get, page]);
  React.useEffect(() => {
    void load();
  }, [load]);

  const retry = async (id: number) => {
    setBusy(id);
    try {
      await post(`/crm-sync/jobs/${id}/retry`, {});
      toggleNotification({ type: 'success', message: t('crm-sync.retry.done') });
      await load();
    } catch {
      toggleNotification({ type: 'danger', message: t('crm-sync.retry.failed') });
    } finally {
      setBusy(null);
    }
  };

  const pagination = answer?.meta.pagination;
  return (
    <Page.Main>
      <Page.Title>{t('crm-sync.failing.title')}</Page.Title>
      <Layouts.Header
        title={t('crm-sync.failing.title')}
        subtitle={t('crm-sync.failing.subtitle')}
        primaryAction={
          <Button variant="secondary" startIcon={<ArrowClockwise />} onClick={() => void load()}>
            {t('crm-sync.failing.refresh')}
          </Button>
        }
      />
      <Layouts.Content>
        {failed ? (
          <Box background="danger100" hasRadius padding={4} role="alert">
            <Typography textColor="danger700">{t('crm-sync.failing.error')}</Typography>
          </Box>
        ) : !answer ? (
          <Flex justifyContent="center" padding={10}>
            <Loader>{t('crm-sync.failing.loading')}</Loader>
          </Flex>
        ) : answer.data.length === 0 ? (
          <EmptyStateLayout content={t('crm-sync.failing.empty')} />
        ) : (
          <Flex direction="column" alignItems="stretch" gap={4}>
            <Table colCount={7} rowCount={answer.data.length + 1}>
              <Thead>
                <Tr>
                  {['device', 'change', 'status', 'attempts', 'error', 'created', 'next'].map((column) => (
                    <Th key={column}>
                      <Typography variant="sigma">{t(`crm-sync.column.${column}`)}</Typography>
                    </Th>
                  ))}
                </Tr>
              </Thead>
              <Tbody>
                {answer.data.map((job) => (
                  <Tr key={job.id} data-testid={`crm-job-${job.id}`}>
                    <Td>
                      {job.device ? (
                        <RouterLink to={`/content-manager/collection-types/${DEVICE_UID}/${job.device.id}`}>
                          <span dir="ltr" style={{ fontFamily: 'monospace' }}>
                            {job.device.serial}
                          </span>
                        </RouterLink>
                      ) : (
                        '—'
                      )}
                    </Td>
                    <Td>
                      <Typography>{job.serviceStatusLabel ?? job.event}</Typography>
                    </Td>
                    <Td>
                      <Flex direction="column" alignItems="flex-start" gap={1}>
                        <Badge>{t(`crm-sync.status.${job.status}`)}</Badge>
                        {allowedActions.canRetry && (
                          <Button size="S" variant="secondary" loading={busy === job.id} onClick={() => void retry(job.id)}>
                            {t('crm-sync.retry')}
                          </Button>
                        )}
                      </Flex>
                    </Td>
                    <Td>
                      <Typography>
                        {number(job.attempts)} / {number(job.maxAttempts)}
                      </Typography>
                    </Td>
                    <Td style={{ maxWidth: '24rem' }}>
                      <Typography variant="pi" textColor="danger600" title={job.lastError ?? undefined} ellipsis style={{ display: 'block' }}>
                        {job.lastError ?? '—'}
                      </Typography>
                    </Td>
                    <Td>
                      <Typography>{when(job.createdAt)}</Typography>
                    </Td>
                    <Td>
                      <Typography>{job.status === 'failed' ? when(job.nextAttemptAt) : '—'}</Typography>
                    </Td>
                  </Tr>
                ))}
              </Tbody>
            </Table>
            {pagination && pagination.pageCount > 1 && (
              <Flex gap={2} justifyContent="flex-end">
                <IconButton label={t('crm-sync.previous')} disabled={page <= 1} onClick={() => setParams({ page: String(page - 1) })}>
                  <ChevronLeft />
                </IconButton>
                <Typography variant="pi">
                  {t('crm-sync.page', { page: number(pagination.page), pageCount: number(pagination.pageCount), total: number(pagination.total) })}
                </Typography>
                <IconButton label={t('crm-sync.next')} disabled={page >= pagination.pageCount} onClick={() => setParams({ page: String(page + 1) })}>
                  <ChevronRight />
                </IconButton>
              </Flex>
            )}
          </Flex>
        )}
      </Layouts.Content>
    </Page.Main>
  );
};
