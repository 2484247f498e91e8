/**
 * «میز تیکت» panel on a ticket's page in the Content Manager: its status and due time, and a
 * button opening the ticket in the desk, where it is answered and resolved (the Content Manager
 * shows tickets read-only: the portal alone writes them).
 */
import * as React from 'react';
import { useNavigate } from 'react-router-dom';
import { Button, Flex, Typography } from '@strapi/design-system';
import { ArrowLeft, ArrowRight } from '@strapi/icons';
import { useRBAC } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { PERMISSIONS, UIDS, ticketPath } from './api';
import { STATUS_TONE, labelOf } from './labels';
import { dueOf } from './logic';
import { DueCell, Pill, useDesk } from './components/ui';
import { t } from './translations';

type PanelProps = { model: string; documentId?: string; document?: Record<string, any> };

/** The panel description the Content Manager asks for on every edit view. */
export const TicketDeskPanel = ({ model, documentId, document }: PanelProps) => {
  const { formatMessage } = useIntl();
  if (model !== UIDS.ticket || !documentId) return null;
  return {
    title: formatMessage(t('panel.title')),
    content: <TicketDeskLink documentId={documentId} document={document} />,
  };
};

const TicketDeskLink = ({ documentId, document }: { documentId: string; document?: Record<string, any> }) => {
  const { say, language } = useDesk();
  const navigate = useNavigate();
  const { allowedActions, isLoading } = useRBAC(PERMISSIONS.read);
  const status = document?.ticketStatus as keyof typeof STATUS_TONE | undefined;
  const due = document && status ? dueOf({ ticketStatus: status, replyDueAt: document.replyDueAt ?? null, resolutionDueAt: document.resolutionDueAt ?? null, overdueAt: document.overdueAt ?? null }) : null;
  return (
    <Flex direction="column" alignItems="stretch" gap={3} width="100%" data-testid="ticket-desk-panel">
      {status && (
        <Flex gap={2} wrap="wrap" alignItems="flex-start">
          <Pill tone={STATUS_TONE[status] ?? 'neutral'}>{labelOf('ticketStatus', status, language)}</Pill>
          <DueCell due={due} />
        </Flex>
      )}
      <Typography variant="pi" textColor="neutral600" tag="p">
        {say('panel.hint')}
      </Typography>
      {!isLoading && allowedActions.canRead && (
        <Button variant="secondary" fullWidth size="L" endIcon={language === 'fa' ? <ArrowLeft /> : <ArrowRight />} onClick={() => navigate(ticketPath(documentId))} data-testid="open-in-desk">
          {say('panel.open')}
        </Button>
      )}
    </Flex>
  );
};
