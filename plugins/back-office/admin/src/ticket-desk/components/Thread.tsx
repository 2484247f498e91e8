/**
 * The ticket's correspondence, oldest first: the subscriber's messages on one side, staff's on
 * the other, internal notes marked and coloured apart (customers never see them), the portal's
 * own messages small in the middle. Bodies are text — React escapes them, nothing is parsed as
 * HTML — with their lines kept. Attachments download through the staff route with the admin's
 * token (GET /back-office/tickets/:documentId/attachments/:fileId).
 */
import * as React from 'react';
import { Box, Button, Flex, Typography } from '@strapi/design-system';
import { Download, Lock } from '@strapi/icons';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import { errorText } from '../../lib/text';
import type { Attachment, ThreadMessage } from '../api';
import { labelOf } from '../labels';
import { localDigits } from '../logic';
import { PlainText, When, useDesk } from './ui';

/** A file's size in the reader's language: «۲۴۰ کیلوبایت», «1.2 MB». */
const sizeText = (bytes: number, language: 'fa' | 'en') => {
  const kb = Math.max(1, Math.round(bytes / 1024));
  if (kb < 1024) return language === 'fa' ? `${localDigits(kb, 'fa')} کیلوبایت` : `${kb} KB`;
  const mb = (kb / 1024).toFixed(1);
  return language === 'fa' ? `${localDigits(mb, 'fa').replace('.', '\u066b')} مگابایت` : `${mb} MB`;
};

const AttachmentButton = ({ documentId, attachment }: { documentId: string; attachment: Attachment }) => {
  const { say, language } = useDesk();
  const { get } = useFetchClient();
  const { toggleNotification } = useNotification();
  const [busy, setBusy] = React.useState(false);

  const download = async () => {
    setBusy(true);
    try {
      const { data } = await get<Blob>(`/back-office/tickets/${encodeURIComponent(documentId)}/attachments/${encodeURIComponent(String(attachment.id))}`, { responseType: 'blob' });
      const url = URL.createObjectURL(data);
      const link = document.createElement('a');
      link.href = url;
      link.download = attachment.name;
      document.body.appendChild(link);
      link.click();
      link.remove();
      window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (e) {
      toggleNotification({ type: 'danger', message: `${say('thread.download.failed')} ${errorText(e)}` });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Button
      variant="tertiary"
      size="S"
      startIcon={<Download />}
      loading={busy}
      onClick={() => void download()}
      aria-label={say('thread.download', { name: attachment.name })}
      data-testid={`attachment-${attachment.id}`}
    >
      <span dir="auto" style={{ unicodeBidi: 'isolate' }}>
        {attachment.name}
      </span>{' '}
      <Typography variant="pi" textColor="neutral500" tag="span">
        ({sizeText(attachment.size, language)})
      </Typography>
    </Button>
  );
};

const Message = ({ documentId, message }: { documentId: string; message: ThreadMessage }) => {
  const { say, language } = useDesk();
  if (message.authorType === 'system') {
    return (
      <Flex justifyContent="center" data-testid={`message-${message.id}`} data-author="system">
        <Box background="neutral150" hasRadius paddingLeft={3} paddingRight={3} paddingTop={1} paddingBottom={1}>
          <Typography variant="pi" textColor="neutral700">
            <span dir="auto">{message.body}</span> · <When iso={message.createdAt} />
          </Typography>
        </Box>
      </Flex>
    );
  }
  const fromSubscriber = message.authorType === 'subscriber';
  const tone = message.internal ? { background: 'warning100', border: 'warning500' } : fromSubscriber ? { background: 'neutral100', border: 'neutral200' } : { background: 'primary100', border: 'primary200' };
  return (
    <Flex justifyContent={fromSubscriber ? 'flex-start' : 'flex-end'} data-testid={`message-${message.id}`} data-author={message.authorType} data-internal={String(message.internal)}>
      <Box
        background={tone.background}
        borderColor={tone.border}
        borderStyle={message.internal ? 'dashed' : 'solid'}
        borderWidth="1px"
        hasRadius
        padding={4}
        style={{ width: '88%', maxWidth: '88%' }}
      >
        <Flex direction="column" alignItems="stretch" gap={2}>
          <Flex justifyContent="space-between" alignItems="center" gap={2} wrap="wrap">
            <Flex gap={2} alignItems="center" wrap="wrap">
              {message.internal && <Lock width="1.4rem" height="1.4rem" fill="warning700" aria-hidden />}
              <Typography variant="omega" fontWeight="bold" textColor={message.internal ? 'warning700' : 'neutral800'}>
                {message.authorName || labelOf('authorType', message.authorType, language)}
              </Typography>
              <Typography variant="pi" textColor="neutral600">
                {message.internal ? say('thread.internal') : labelOf('authorType', message.authorType, language)}
              </Typography>
            </Flex>
            <Typography variant="pi" textColor="neutral600">
              <When iso={message.createdAt} />
            </Typography>
          </Flex>
          <PlainText text={message.body} data-testid="message-body" />
          {message.internal && (
            <Typography variant="pi" textColor="warning700">
              {say('thread.internal.hint')}
            </Typography>
          )}
          {message.attachments.length > 0 && (
            <Flex gap={2} wrap="wrap">
              {message.attachments.map((attachment) => (
                <AttachmentButton key={attachment.id} documentId={documentId} attachment={attachment} />
              ))}
            </Flex>
          )}
        </Flex>
      </Box>
    </Flex>
  );
};

export const Thread = ({ documentId, messages }: { documentId: string; messages: ThreadMessage[] }) => {
  const { say } = useDesk();
  if (!messages.length)
    return (
      <Typography textColor="neutral600" tag="p">
        {say('thread.empty')}
      </Typography>
    );
  return (
    <Flex direction="column" alignItems="stretch" gap={3} data-testid="thread">
      {messages.map((message) => (
        <Message key={message.id} documentId={documentId} message={message} />
      ))}
    </Flex>
  );
};
