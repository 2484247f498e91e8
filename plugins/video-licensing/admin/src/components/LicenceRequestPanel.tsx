/**
 * The licence request of a course order, beside the order in the Content Manager: its status,
 * attempts, last error and next try (Jalali, Tehran time), the issued licence's id, and
 * «تلاش دوباره» for a failed request when the staff member may retry. While a request is queued or
 * being issued the panel asks again every few seconds for a minute.
 */
import * as React from 'react';
import { Badge, Box, Button, Flex, Typography } from '@strapi/design-system';
import { unstable_useDocument as useDocument, useFetchClient, useNotification, useQueryParams, useRBAC } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';

const ORDER_UID = 'api::course-order.course-order';
const PERMISSIONS = [
  { action: 'plugin::video-licensing.requests.read', subject: null },
  { action: 'plugin::video-licensing.requests.retry', subject: null },
];

type Status = 'queued' | 'sending' | 'issued' | 'failed';
type Request = {
  id: number;
  payload: string;
  status: Status;
  attempts: number;
  maxAttempts: number;
  lastError: string | null;
  provider: string | null;
  nextAttemptAt: string | null;
  issuedAt: string | null;
  licence: { id: string; url: string | null; test: boolean; foundByLookup: boolean } | null;
};

const BADGE: Record<Status, { textColor: string; backgroundColor: string }> = {
  queued: { textColor: 'neutral700', backgroundColor: 'neutral150' },
  sending: { textColor: 'primary700', backgroundColor: 'primary100' },
  issued: { textColor: 'success700', backgroundColor: 'success100' },
  failed: { textColor: 'danger700', backgroundColor: 'danger100' },
};

/** An instant in the Jalali calendar, Tehran time, in the admin's language. */
const jalali = (iso: string | null, locale: string) =>
  iso
    ? new Intl.DateTimeFormat(`${locale.startsWith('fa') ? 'fa-IR' : 'en-GB'}-u-ca-persian`, { timeZone: 'Asia/Tehran', dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso))
    : '—';

export const LicenceRequestPanel = ({ model, collectionType, documentId }: { model: string; collectionType: string; documentId?: string }) => {
  const { formatMessage } = useIntl();
  if (model !== ORDER_UID || !documentId) return null;
  return {
    title: formatMessage({ id: 'video-licensing.panel.title', defaultMessage: 'SpotPlayer licence' }),
    content: <LicenceRequest reference={documentId} model={model} collectionType={collectionType} />,
  };
};

/**
 * Refetches the order the edit view shows, so its fields (status, licence key) follow a licence
 * issued while the page is open. The edit view asks RTK Query with { model, collectionType,
 * documentId, params } where params are the page's query with its `plugins` keys flattened; asking
 * with the same arguments shares that cache entry, and refetch() updates the form.
 */
const useRefreshOrder = (model: string, collectionType: string, documentId: string) => {
  const [{ query }] = useQueryParams();
  const params = React.useMemo(() => {
    const q = (query ?? {}) as Record<string, any>;
    const flattened = Object.values(q.plugins ?? {}).reduce<Record<string, unknown>>((acc, v) => (typeof v === 'object' && v !== null ? Object.assign(acc, v) : acc), {});
    const { plugins: _plugins, ...rest } = { ...q, ...flattened };
    return rest;
  }, [query]);
  const { refetch } = useDocument({ model, collectionType, documentId, params });
  return React.useCallback(() => {
    try {
      refetch();
    } catch {
      // the form keeps what it shows; a reload shows the licensed order
    }
  }, [refetch]);
};

const Row = ({ label, children }: { label: string; children: React.ReactNode }) => (
  <Flex direction="column" alignItems="stretch" gap={0}>
    <Typography variant="pi" textColor="neutral600">
      {label}
    </Typography>
    <Typography variant="omega" tag="div" style={{ overflowWrap: 'anywhere' }}>
      {children}
    </Typography>
  </Flex>
);

const LicenceRequest = ({ reference, model, collectionType }: { reference: string; model: string; collectionType: string }) => {
  const { formatMessage, formatNumber, locale } = useIntl();
  const refreshOrder = useRefreshOrder(model, collectionType, reference);
  const seenUnissued = React.useRef(false);
  const t = (id: string) => formatMessage({ id: `video-licensing.${id}`, defaultMessage: id });
  const { get, post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const { allowedActions, isLoading } = useRBAC(PERMISSIONS);
  const [request, setRequest] = React.useState<Request | null | undefined>(undefined);
  const [error, setError] = React.useState(false);
  const [busy, setBusy] = React.useState(false);
  const polls = React.useRef(0);

  const load = React.useCallback(async () => {
    try {
      const res = await get<{ data: Request | null }>(`/video-licensing/requests/${reference}`);
      setRequest(res.data.data);
      setError(false);
    } catch {
      setError(true);
    }
  }, [get, reference]);

  React.useEffect(() => {
    if (allowedActions.canRead) void load();
  }, [allowedActions.canRead, load]);

  // issued while the page is open: the order's fields (status, key) change too
  React.useEffect(() => {
    if (!request) return;
    if (request.status !== 'issued') seenUnissued.current = true;
    else if (seenUnissued.current) {
      seenUnissued.current = false;
      refreshOrder();
    }
  }, [request, refreshOrder]);

  // a request on its way: ask again every 3 s, for a minute at most
  React.useEffect(() => {
    if (!request || (request.status !== 'queued' && request.status !== 'sending') || polls.current >= 20) return undefined;
    const timer = window.setTimeout(() => {
      polls.current += 1;
      void load();
    }, 3000);
    return () => window.clearTimeout(timer);
  }, [request, load]);

  if (isLoading) return <Typography variant="pi">{t('panel.loading')}</Typography>;
  if (!allowedActions.canRead) return <Typography variant="pi" textColor="neutral600">{t('panel.forbidden')}</Typography>;
  if (error) return <Typography variant="pi" textColor="danger600">{t('panel.error')}</Typography>;
  if (request === undefined) return <Typography variant="pi">{t('panel.loading')}</Typography>;
  if (request === null) return <Typography variant="pi" textColor="neutral600">{t('panel.none')}</Typography>;

  const retry = async () => {
    setBusy(true);
    try {
      await post(`/video-licensing/requests/${request.id}/retry`, {});
      toggleNotification({ type: 'success', message: t('retry.done') });
      polls.current = 0;
      await load();
    } catch {
      toggleNotification({ type: 'danger', message: t('retry.failed') });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Flex direction="column" alignItems="stretch" gap={2} width="100%" data-testid="licence-request">
      <Flex justifyContent="space-between" gap={2}>
        <Typography variant="pi" textColor="neutral600">
          {t('field.status')}
        </Typography>
        <Badge {...BADGE[request.status]} data-status={request.status}>
          {t(`status.${request.status}`)}
        </Badge>
      </Flex>
      <Row label={t('field.attempts')}>
        <span dir="ltr">
          {formatNumber(request.attempts)} / {formatNumber(request.maxAttempts)}
        </span>
      </Row>
      {request.provider && <Row label={t('field.provider')}>{request.provider}</Row>}
      {request.status === 'queued' && <Row label={t('field.nextAttempt')}>{jalali(request.nextAttemptAt, locale)}</Row>}
      {request.lastError && request.status !== 'issued' && (
        <Row label={t('field.lastError')}>
          <Typography variant="pi" textColor="danger600" tag="span" dir="auto">
            {request.lastError}
          </Typography>
        </Row>
      )}
      {request.licence && (
        <>
          <Row label={t('field.licence')}>
            <span dir="ltr" style={{ fontFamily: 'monospace' }}>
              {request.licence.id}
            </span>
          </Row>
          <Row label={t('field.issuedAt')}>{jalali(request.issuedAt, locale)}</Row>
          {request.licence.test && <Typography variant="pi" textColor="warning700">{t('licence.test')}</Typography>}
          {request.licence.foundByLookup && <Typography variant="pi" textColor="neutral600">{t('licence.foundByLookup')}</Typography>}
        </>
      )}
      {request.status === 'failed' && allowedActions.canRetry && (
        <Box paddingTop={1}>
          <Typography variant="pi" textColor="neutral600" tag="p">
            {t('retry.hint')}
          </Typography>
          <Box paddingTop={2}>
            <Button size="S" variant="secondary" onClick={retry} loading={busy} disabled={busy}>
              {t('retry')}
            </Button>
          </Box>
        </Box>
      )}
    </Flex>
  );
};
