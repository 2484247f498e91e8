/**
 * One ticket on one screen (GET /back-office/tickets/:documentId): what was asked, the thread,
 * the reply box, «حل و بستن»; beside them handling, due times and escalation, the repair order,
 * the on-site visit's booking and the invoice, and the subscriber's history. What staff may
 * change follows `can` (the server checks again): without tickets.answer the page is read-only
 * and has no reply box.
 */
import * as React from 'react';
import { Link as RouterLink, useParams } from 'react-router-dom';
import { Box, Flex, Grid, Loader, Typography } from '@strapi/design-system';
import { ArrowLeft, ArrowRight, ExternalLink } from '@strapi/icons';
import { Layouts, Page, useFetchClient } from '@strapi/strapi/admin';
import { errorText } from '../../lib/text';
import { DESK_PATH, UIDS, contentManagerPath, type TicketPage as TicketPageData } from '../api';
import { INVOICE_TONE, PRIORITY_TONE, STATUS_TONE, labelOf } from '../labels';
import { dueOf, jalaliDay, ltr } from '../logic';
import { Card, Code, DueCell, Fact, PlainText, Pill, Rials, When, useDesk } from '../components/ui';
import { Thread } from '../components/Thread';
import { ReplyBox } from '../components/ReplyBox';
import { ResolveForm } from '../components/ResolveForm';
import { HandlingCard, RepairOrderAction, SlaCard, SubscriberCard } from '../components/SidePanels';
import { VisitAction } from '../components/VisitAction';

const useTicketPage = (documentId: string) => {
  const { get } = useFetchClient();
  const [page, setPage] = React.useState<TicketPageData | null>(null);
  const [error, setError] = React.useState<string | null>(null);
  const [loading, setLoading] = React.useState(true);
  const sequence = React.useRef(0);
  const load = React.useCallback(async () => {
    const mine = ++sequence.current;
    setLoading(true);
    try {
      const { data } = await get<TicketPageData>(`/back-office/tickets/${encodeURIComponent(documentId)}`);
      if (mine !== sequence.current) return;
      setPage(data);
      setError(null);
    } catch (e) {
      if (mine === sequence.current) setError(errorText(e));
    } finally {
      if (mine === sequence.current) setLoading(false);
    }
  }, [get, documentId]);
  React.useEffect(() => {
    setPage(null);
    void load();
  }, [load]);
  return { page, error, loading, reload: load };
};

const BackLink = () => {
  const { say, language } = useDesk();
  // icons are not mirrored right to left: «back» points right in Persian
  const Back = language === 'fa' ? ArrowRight : ArrowLeft;
  return (
    <RouterLink to={DESK_PATH} style={{ textDecoration: 'none' }} data-testid="back-to-desk">
      <Flex gap={2} alignItems="center">
        <Back width="1.2rem" height="1.2rem" fill="primary600" aria-hidden />
        <Typography variant="pi" textColor="primary600" fontWeight="bold">
          {say('ticket.back')}
        </Typography>
      </Flex>
    </RouterLink>
  );
};

export const TicketPage = () => {
  const { documentId = '' } = useParams<{ documentId: string }>();
  const { say, language } = useDesk();
  const { page, error, reload } = useTicketPage(documentId);

  if (!page) {
    return (
      <Page.Main>
        <Page.Title>{say('page.title')}</Page.Title>
        <Layouts.Header navigationAction={<BackLink />} title={say('page.title')} />
        <Layouts.Content>
          {error ? (
            <Box background="danger100" borderColor="danger200" hasRadius padding={4} role="alert">
              <Typography textColor="danger700">{error}</Typography>
            </Box>
          ) : (
            <Flex justifyContent="center" padding={10}>
              <Loader>{say('list.loading')}</Loader>
            </Flex>
          )}
        </Layouts.Content>
      </Page.Main>
    );
  }

  const { ticket, messages, can } = page;
  const closed = ticket.ticketStatus === 'closed';
  const due = dueOf(ticket);

  return (
    <Page.Main>
      <Page.Title>{`${ltr(ticket.number)} — ${ticket.title}`}</Page.Title>
      <Layouts.Header
        navigationAction={<BackLink />}
        title={say('ticket.heading', { number: ltr(ticket.number) })}
        subtitle={ticket.title}
        secondaryAction={
          <Flex gap={2} wrap="wrap">
            <Pill tone={STATUS_TONE[ticket.ticketStatus] ?? 'neutral'} data-testid="ticket-status">
              {labelOf('ticketStatus', ticket.ticketStatus, language)}
            </Pill>
            <Pill tone={PRIORITY_TONE[ticket.priority] ?? 'neutral'} data-testid="ticket-priority">
              {labelOf('priority', ticket.priority, language)}
            </Pill>
          </Flex>
        }
      />
      <Layouts.Content>
        <Grid.Root gap={5} data-testid="ticket-page" data-document-id={ticket.documentId}>
          <Grid.Item col={8} s={12} direction="column" alignItems="stretch">
            <Flex direction="column" alignItems="stretch" gap={5} width="100%">
              <Card title={say('ticket.details')} data-testid="ticket-details">
                <Flex gap={6} wrap="wrap" alignItems="flex-start">
                  <Fact label={say('ticket.kind')}>{labelOf('kind', ticket.kind, language)}</Fact>
                  <Fact label={say('ticket.channel')}>{labelOf('channel', ticket.channel, language)}</Fact>
                  <Fact label={say('ticket.device')}>
                    {ticket.device ? (
                      <RouterLink to={contentManagerPath(UIDS.device, ticket.device.documentId)}>
                        <span dir="auto">{ticket.device.label}</span>
                      </RouterLink>
                    ) : (
                      say('none')
                    )}
                  </Fact>
                  {ticket.preferredVisitDay && <Fact label={say('ticket.preferredVisitDay')}>{jalaliDay(ticket.preferredVisitDay, language)}</Fact>}
                  {ticket.visitScheduledAt && (
                    <Fact label={say('ticket.visitScheduledAt')} data-testid="visit-scheduled">
                      <When iso={ticket.visitScheduledAt} />
                    </Fact>
                  )}
                  <Fact label={say('ticket.createdAt')}>
                    <When iso={ticket.createdAt} />
                  </Fact>
                  <Fact label={say('col.due')}>
                    <DueCell due={due} />
                  </Fact>
                </Flex>
                {ticket.billable && (
                  <Box>
                    <Pill tone="warning" data-testid="billable">
                      {say('ticket.billable')}
                    </Pill>
                  </Box>
                )}
                <Fact label={say('ticket.description')}>
                  <PlainText text={ticket.description ?? ''} data-testid="ticket-description" />
                </Fact>
              </Card>

              <Card title={say('thread.title')}>
                <Thread documentId={ticket.documentId} messages={messages} />
                {can.answer ? (
                  <ReplyBox documentId={ticket.documentId} onSent={reload} />
                ) : (
                  <Box background="neutral100" hasRadius padding={3} data-testid="no-answer-permission">
                    <Typography variant="omega" textColor="neutral700">
                      {say('reply.not-allowed')}
                    </Typography>
                  </Box>
                )}
              </Card>

              {can.answer && (
                <Card title={say('resolve.title')} data-testid="resolve">
                  {closed ? (
                    <Typography textColor="neutral600">{say('resolve.closed')}</Typography>
                  ) : (
                    <ResolveForm key={ticket.documentId} ticket={ticket} rates={page.rates} onResolved={reload} />
                  )}
                </Card>
              )}
            </Flex>
          </Grid.Item>

          <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
            <Flex direction="column" alignItems="stretch" gap={5} width="100%">
              <HandlingCard page={page} onChanged={reload} />
              {(ticket.invoice || ticket.repairOrder || can.answer) && (
                <Card>
                  {ticket.invoice && (
                    <RouterLink to={contentManagerPath(UIDS.invoice, ticket.invoice.documentId)} style={{ textDecoration: 'none' }} data-testid="ticket-invoice">
                      <Flex justifyContent="space-between" alignItems="flex-start" gap={2}>
                        <Flex direction="column" alignItems="flex-start" gap={1}>
                          <Flex gap={1} alignItems="center">
                            <Typography textColor="primary700" fontWeight="semiBold">
                              {say('invoice.label')} <Code>{ticket.invoice.number}</Code>
                            </Typography>
                            <ExternalLink width="1.2rem" height="1.2rem" fill="primary700" aria-hidden />
                          </Flex>
                          <Rials value={ticket.invoice.totalRials} />
                        </Flex>
                        <Pill tone={INVOICE_TONE[ticket.invoice.invoiceStatus] ?? 'neutral'}>{labelOf('invoiceStatus', ticket.invoice.invoiceStatus, language)}</Pill>
                      </Flex>
                    </RouterLink>
                  )}
                  <RepairOrderAction page={page} onCreated={reload} />
                  <VisitAction page={page} onBooked={reload} />
                </Card>
              )}
              <SlaCard page={page} />
              <SubscriberCard page={page} />
            </Flex>
          </Grid.Item>
        </Grid.Root>
      </Layouts.Content>
    </Page.Main>
  );
};
