import * as React from 'react';
import { Badge, Box, Button, Flex, Typography } from '@strapi/design-system';
import { useFetchClient, useNotification, useRBAC } from '@strapi/strapi/admin';

const DEVICE_UID = 'api::device.device';
const PERMISSIONS = {
  read: [{ action: 'plugin::crm-sync.jobs.read', subject: null }],
  retry: [{ action: 'plugin::crm-sync.jobs.retry', subject: null }],
};

type Job = {
  id: number;
  event: string;
  status: 'queued' | 'sending' | 'done' | 'failed' | 'dead';
  attempts: number;
  lastError: string | null;
  provider: string | null;
  serviceStatusLabel: string | null;
  createdAt: { jalali: string } | null;
  doneAt: { jalali: string } | null;
  nextAttemptAt: { jalali: string } | null;
};

const STATUS: Record<Job['status'], { label: string; color: 'success' | 'secondary' | 'warning' | 'danger' }> = {
  done: { label: 'ثبت شد (synced)', color: 'success' },
  queued: { label: 'در صف (queued)', color: 'secondary' },
  sending: { label: 'در حال ارسال (sending)', color: 'secondary' },
  failed: { label: 'تلاش دوباره (retrying)', color: 'warning' },
  dead: { label: 'ناموفق (gave up)', color: 'danger' },
};

export const CrmSyncPanel = ({ model, documentId }: { model: string; documentId?: string }) => {
  if (model !== DEVICE_UID || !documentId) return null;
  return { title: 'همگام‌سازی CRM دیدار (CRM sync)', content: <CrmSync documentId={documentId} /> };
};

const CrmSync = ({ documentId }: { documentId: string }) => {
  const { get, post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const { allowedActions, isLoading } = useRBAC(PERMISSIONS);
  const [data, setData] = React.useState<{ dealId: string | null; jobs: Job[] } | null>(null);
  const [error, setError] = React.useState<string | null>(null);

  const load = React.useCallback(async () => {
    try {
      const res = await get<{ data: { dealId: string | null; jobs: Job[] } }>(`/crm-sync/devices/${documentId}/jobs`);
      setData(res.data.data);
      setError(null);
    } catch (e: any) {
      setError(e?.response?.data?.error?.message ?? 'خطا در بارگذاری (failed to load)');
    }
  }, [get, documentId]);

  React.useEffect(() => {
    if (allowedActions.canRead) void load();
  }, [allowedActions.canRead, load]);

  if (isLoading) return <Typography variant="pi">…</Typography>;
  if (!allowedActions.canRead) return <Typography variant="pi" textColor="neutral600">اجازهٔ مشاهده ندارید.</Typography>;
  if (error) return <Typography variant="pi" textColor="danger600">{error}</Typography>;
  if (!data) return <Typography variant="pi">در حال بارگذاری… (Loading…)</Typography>;

  const retry = async (id: number) => {
    try {
      await post(`/crm-sync/jobs/${id}/retry`, {});
      toggleNotification({ type: 'success', message: 'دوباره در صف قرار گرفت. (Queued again.)' });
      await load();
    } catch {
      toggleNotification({ type: 'danger', message: 'ممکن نشد. (Could not retry.)' });
    }
  };

  return (
    <Flex direction="column" alignItems="stretch" gap={2} width="100%">
      <Typography variant="pi" textColor="neutral600">
        معاملهٔ دیدار (Didar deal): {data.dealId ?? '—'}
      </Typography>
      {data.jobs.length === 0 && <Typography variant="omega">هنوز تغییری ثبت نشده است. (No changes yet.)</Typography>}
      {data.jobs.slice(0, 6).map((job) => (
        <Box key={job.id} padding={2} hasRadius background="neutral100">
          <Flex justifyContent="space-between" gap={2}>
            <Typography variant="omega" fontWeight="bold">
              {job.serviceStatusLabel ?? job.event}
            </Typography>
            <Badge active={job.status === 'done'}>{STATUS[job.status].label}</Badge>
          </Flex>
          <Typography variant="pi" textColor="neutral600">
            {job.createdAt?.jalali} · {job.provider ?? '—'} · {job.attempts}×
          </Typography>
          {job.lastError && (
            <Typography variant="pi" textColor="danger600" tag="p">
              {job.lastError}
            </Typography>
          )}
          {allowedActions.canRetry && (job.status === 'dead' || job.status === 'failed') && (
            <Box paddingTop={1}>
              <Button size="S" variant="secondary" onClick={() => retry(job.id)}>
                تلاش دوباره (Retry)
              </Button>
            </Box>
          )}
        </Box>
      ))}
    </Flex>
  );
};
