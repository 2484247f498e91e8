/**
 * "Messages" panel on a subscriber's page in the Content Manager: the last messages sent to the
 * subscriber (GET /messaging/subscribers/:documentId/messages) and a link to the outbox filtered
 * by their number.
 */
import * as React from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { Box, Button, Divider, Flex, Link, Typography } from '@strapi/design-system';
import { ArrowClockwise } from '@strapi/icons';
import { useFetchClient, useRBAC } from '@strapi/strapi/admin';
import { errorText, OUTBOX_PATH, RBAC_PERMISSIONS } from '../lib/api';
import { bi, CHANNEL_LABEL } from '../lib/labels';
import type { OutboxMessage } from '../lib/types';
import { useResend } from '../lib/useResend';
import { StatusBadge } from './StatusBadge';

const SUBSCRIBER_UID = 'api::subscriber.subscriber';
const SHOWN = 5;

/** The panel description the Content Manager asks for on every edit view. */
export const SubscriberMessagesPanel = ({ model, documentId }: { model: string; documentId?: string }) => {
  if (model !== SUBSCRIBER_UID || !documentId) return null;
  return {
    title: 'پیام‌های ارسالی (Messages)',
    content: <SubscriberMessages documentId={documentId} />,
  };
};

/** 09121234567 and 989121234567 (SMS and WhatsApp forms of one mobile) share the last ten digits. */
const searchableNumber = (recipient: string) => {
  const digits = recipient.replace(/\D/g, '');
  return digits.length >= 10 ? digits.slice(-10) : digits;
};

const SubscriberMessages = ({ documentId }: { documentId: string }) => {
  const { get } = useFetchClient();
  const { allowedActions, isLoading: permissionsLoading } = useRBAC(RBAC_PERMISSIONS);
  const [messages, setMessages] = React.useState<OutboxMessage[] | null>(null);
  const [loadError, setLoadError] = React.useState<string | null>(null);
  const [loading, setLoading] = React.useState(false);

  const load = React.useCallback(async () => {
    setLoading(true);
    try {
      const { data } = await get<{ data: OutboxMessage[] }>(`/messaging/subscribers/${documentId}/messages`);
      setMessages(data.data);
      setLoadError(null);
    } catch (error: any) {
      if (error?.name !== 'AbortError') setLoadError(errorText(error));
    } finally {
      setLoading(false);
    }
  }, [get, documentId]);

  React.useEffect(() => {
    if (allowedActions.canRead) void load();
  }, [allowedActions.canRead, load]);

  const { resend, busyId } = useResend(load);

  if (permissionsLoading) return <Typography variant="pi">…</Typography>;
  if (!allowedActions.canRead) {
    return (
      <Typography variant="pi" textColor="neutral600">
        {bi('شما اجازهٔ مشاهدهٔ پیام‌ها را ندارید.', 'You may not see the outbox.')}
      </Typography>
    );
  }
  if (loadError) return <Typography variant="pi" textColor="danger600">{loadError}</Typography>;
  if (!messages) return <Typography variant="pi">{bi('در حال بارگذاری…', 'Loading…')}</Typography>;

  const numbers = [...new Set(messages.map((m) => searchableNumber(m.recipient)).filter(Boolean))];

  return (
    <Flex direction="column" alignItems="stretch" gap={3} width="100%" data-testid="subscriber-messages">
      {messages.length === 0 ? (
        <Typography variant="pi" textColor="neutral600">
          {bi('هنوز پیامی برای این مشترک فرستاده نشده است.', 'No messages yet.')}
        </Typography>
      ) : (
        <Flex direction="column" alignItems="stretch" gap={2} tag="ul">
          {messages.slice(0, SHOWN).map((message, index) => (
            <Box tag="li" key={message.id}>
              {index > 0 && (
                <Box paddingBottom={2}>
                  <Divider />
                </Box>
              )}
              <Flex direction="column" alignItems="flex-start" gap={1}>
                <StatusBadge status={message.status} />
                <Typography variant="omega" fontWeight="semiBold" tag="span" style={{ overflowWrap: 'anywhere' }}>
                  <span dir="ltr" style={{ fontFamily: 'monospace' }}>{message.templateCode}</span>
                </Typography>
                <Typography variant="pi" textColor="neutral600" tag="span" title={message.createdAt?.iso}>
                  <span dir="rtl">{message.createdAt?.jalali ?? '—'}</span>
                  {' · '}
                  <span dir="ltr" style={{ whiteSpace: 'nowrap' }}>{CHANNEL_LABEL[message.channel] ?? message.channel}</span>
                </Typography>
              </Flex>
              {message.lastError && (
                <Box paddingTop={1}>
                  <Typography variant="pi" textColor="danger600" title={message.lastError} style={{ overflowWrap: 'anywhere' }}>
                    {message.lastError.length > 120 ? `${message.lastError.slice(0, 119)}…` : message.lastError}
                  </Typography>
                </Box>
              )}
              {allowedActions.canResend && (message.status === 'dead' || message.status === 'failed') && (
                <Box paddingTop={2}>
                  <Button
                    size="S"
                    variant="tertiary"
                    startIcon={<ArrowClockwise />}
                    loading={busyId === message.id}
                    onClick={() => void resend(message)}
                  >
                    ارسال دوباره (Resend)
                  </Button>
                </Box>
              )}
            </Box>
          ))}
        </Flex>
      )}
      <Flex justifyContent="space-between" gap={2} wrap="wrap">
        {numbers.length > 0 ? (
          <Flex direction="column" alignItems="flex-start" gap={1}>
            {numbers.map((number) => (
              <Link key={number} tag={RouterLink} to={`${OUTBOX_PATH}?subscriber=${encodeURIComponent(documentId)}`}>
                {messages.length > SHOWN
                  ? bi('همهٔ پیام‌ها در صف پیام‌ها', `all in the Outbox, …${number.slice(-4)}`)
                  : bi('نمایش در صف پیام‌ها', `open in the Outbox, …${number.slice(-4)}`)}
              </Link>
            ))}
          </Flex>
        ) : (
          <span />
        )}
        <Button size="S" variant="ghost" startIcon={<ArrowClockwise />} onClick={() => void load()} loading={loading}>
          بازخوانی (Refresh)
        </Button>
      </Flex>
    </Flex>
  );
};
