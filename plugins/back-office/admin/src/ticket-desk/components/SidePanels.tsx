/**
 * Beside the thread: handling (status, priority, assignee — PUT /back-office/tickets/:documentId
 * on each change; read-only without tickets.answer), due times and escalation, «تبدیل به پذیرش
 * تعمیر», and the subscriber with their history (devices with the service status, other tickets,
 * invoices, payments, repairs), each linking to its page.
 */
import * as React from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { Box, Button, Dialog, Divider, Field, Flex, SingleSelect, SingleSelectOption, Textarea, Typography } from '@strapi/design-system';
import { ExternalLink } from '@strapi/icons';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import { errorText, fieldErrorOf } from '../../lib/text';
import { UIDS, contentManagerPath, ticketPath, type Escalation, type TicketPage } from '../api';
import { INVOICE_TONE, SERVICE_TONE, STATUS_TONE, labelOf, valuesOf, type Tone } from '../labels';
import { jalaliInstant } from '../logic';
import { Card, Code, Fact, Pill, Rials, When, useDesk } from './ui';
import type { TicketDeskKey } from '../translations';

const UNASSIGNED = 'none';
/** payment purposes with a label of their own (others show their code) */
const KNOWN_PURPOSES = ['contract-renewal', 'invoice'];

export const HandlingCard = ({ page, onChanged }: { page: TicketPage; onChanged: () => Promise<void> | void }) => {
  const { say, language } = useDesk();
  const { put } = useFetchClient();
  const { toggleNotification } = useNotification();
  const [busy, setBusy] = React.useState<string | null>(null);
  const { ticket, can, assignable } = page;
  const editable = can.answer;

  const change = async (field: 'ticketStatus' | 'priority' | 'assignee', value: string | number | null) => {
    setBusy(field);
    try {
      await put(`/back-office/tickets/${encodeURIComponent(ticket.documentId)}`, { [field]: value });
      toggleNotification({ type: 'success', message: say('controls.saved') });
      await onChanged();
    } catch (e) {
      toggleNotification({ type: 'danger', message: fieldErrorOf(e)?.text ?? errorText(e) });
    } finally {
      setBusy(null);
    }
  };

  // the current assignee stays choosable even if they no longer answer tickets
  const people = ticket.assignee && !assignable.some((a) => a.id === ticket.assignee?.id) ? [ticket.assignee, ...assignable] : assignable;

  return (
    <Card title={say('controls.title')} data-testid="handling">
      <Field.Root name="ticketStatus">
        <Field.Label>{say('controls.status')}</Field.Label>
        <SingleSelect
          value={ticket.ticketStatus}
          disabled={!editable || busy !== null}
          onChange={(value: string | number) => value !== ticket.ticketStatus && void change('ticketStatus', String(value))}
          data-testid="control-status"
        >
          {/* closing is «حل و بستن»'s: «بسته‌شده» is shown, not chosen, here */}
          {valuesOf('ticketStatus').map((value) => (
            <SingleSelectOption key={value} value={value} disabled={value === 'closed'}>
              {labelOf('ticketStatus', value, language)}
            </SingleSelectOption>
          ))}
        </SingleSelect>
      </Field.Root>
      <Field.Root name="priority">
        <Field.Label>{say('controls.priority')}</Field.Label>
        <SingleSelect
          value={ticket.priority}
          disabled={!editable || busy !== null}
          onChange={(value: string | number) => value !== ticket.priority && void change('priority', String(value))}
          data-testid="control-priority"
        >
          {valuesOf('priority').map((value) => (
            <SingleSelectOption key={value} value={value}>
              {labelOf('priority', value, language)}
            </SingleSelectOption>
          ))}
        </SingleSelect>
      </Field.Root>
      <Field.Root name="assignee">
        <Field.Label>{say('controls.assignee')}</Field.Label>
        <SingleSelect
          value={ticket.assignee ? String(ticket.assignee.id) : UNASSIGNED}
          disabled={!editable || busy !== null}
          onChange={(value: string | number) => {
            const next = String(value) === UNASSIGNED ? null : Number(value);
            if (next !== (ticket.assignee?.id ?? null)) void change('assignee', next);
          }}
          data-testid="control-assignee"
        >
          <SingleSelectOption value={UNASSIGNED}>{say('unassigned')}</SingleSelectOption>
          {people.map((person) => (
            <SingleSelectOption key={person.id} value={String(person.id)}>
              {person.name}
            </SingleSelectOption>
          ))}
        </SingleSelect>
      </Field.Root>
    </Card>
  );
};

const LEVEL_TONE: Tone[] = ['neutral', 'warning', 'danger'];

export const SlaCard = ({ page }: { page: TicketPage }) => {
  const { say, language } = useDesk();
  const { ticket, escalations } = page;
  const level = Math.max(0, Math.min(2, ticket.escalationLevel || 0));
  return (
    <Card title={say('sla.title')} data-testid="sla">
      <Fact label={say('sla.level')}>
        <Pill tone={LEVEL_TONE[level]} data-testid="escalation-level">
          {say(`sla.level.${level}` as TicketDeskKey)}
        </Pill>
      </Fact>
      <Fact label={say('sla.firstResponseDue')}>
        <When iso={ticket.firstResponseDueAt} />
      </Fact>
      <Fact label={say('sla.firstResponded')}>
        <When iso={ticket.firstRespondedAt} />
      </Fact>
      {ticket.ticketStatus !== 'closed' && (
        <>
          <Fact label={say('sla.replyDue')}>
            <When iso={ticket.replyDueAt} />
          </Fact>
          <Fact label={say('sla.resolutionDue')}>
            <When iso={ticket.resolutionDueAt} />
          </Fact>
        </>
      )}
      {ticket.overdueAt && (
        <Fact label={say('sla.overdue')}>
          <Typography textColor="danger700" fontWeight="bold">
            <When iso={ticket.overdueAt} />
          </Typography>
        </Fact>
      )}
      {ticket.resolvedAt && (
        <Fact label={say('sla.resolved')}>
          <When iso={ticket.resolvedAt} />
        </Fact>
      )}
      {escalations.length > 0 && (
        <Fact label={say('sla.escalations')}>
          <Flex tag="ul" direction="column" alignItems="stretch" gap={1}>
            {escalations.map((e: Escalation) => (
              <li key={`${e.level}-${e.reason}`}>
                <Typography variant="pi">
                  <Pill tone={LEVEL_TONE[Math.min(2, e.level)]}>{say(`sla.level.${Math.min(2, e.level)}` as TicketDeskKey)}</Pill>{' '}
                  {say('sla.escalation', {
                    reason: labelOf('escalationReason', e.reason, language),
                    due: jalaliInstant(e.dueAt, language),
                    at: jalaliInstant(e.escalatedAt, language),
                  })}
                </Typography>
              </li>
            ))}
          </Flex>
        </Fact>
      )}
    </Card>
  );
};

/** «تبدیل به پذیرش تعمیر»: the fault to record (the ticket's description to start with), then POST …/repair-order. */
export const RepairOrderAction = ({ page, onCreated }: { page: TicketPage; onCreated: () => Promise<void> | void }) => {
  const { say } = useDesk();
  const { post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const [open, setOpen] = React.useState(false);
  const [fault, setFault] = React.useState(page.ticket.description ?? '');
  const [error, setError] = React.useState<string | null>(null);
  const [busy, setBusy] = React.useState(false);
  const { ticket } = page;

  if (ticket.repairOrder) {
    return (
      <RouterLink to={contentManagerPath(UIDS.repair, ticket.repairOrder.documentId)} data-testid="repair-order-link">
        <Flex gap={2} alignItems="center">
          <Typography textColor="primary700" fontWeight="semiBold">
            {say('repair.link', { code: ticket.repairOrder.trackingCode })}
          </Typography>
          <ExternalLink width="1.2rem" height="1.2rem" fill="primary700" aria-hidden />
        </Flex>
      </RouterLink>
    );
  }
  if (!page.can.answer) return null;

  const create = async () => {
    setBusy(true);
    setError(null);
    try {
      const { data } = await post<{ repairOrder: { documentId: string; trackingCode: string } }>(`/back-office/tickets/${encodeURIComponent(ticket.documentId)}/repair-order`, {
        reportedFault: fault.trim() || undefined,
      });
      toggleNotification({ type: 'success', message: say('repair.done', { code: data.repairOrder.trackingCode }) });
      setOpen(false);
      await onCreated();
    } catch (e) {
      const field = fieldErrorOf(e);
      setError(field?.text ?? errorText(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog.Root open={open} onOpenChange={(next: boolean) => !busy && setOpen(next)}>
      <Dialog.Trigger>
        <Button variant="secondary" fullWidth data-testid="repair-order-button">
          {say('repair.button')}
        </Button>
      </Dialog.Trigger>
      <Dialog.Content>
        <Dialog.Header>{say('repair.title')}</Dialog.Header>
        <Dialog.Body>
          <Box width="100%">
            <Field.Root name="reportedFault" error={error ?? undefined}>
              <Field.Label>{say('repair.fault')}</Field.Label>
              <Textarea dir="auto" rows={4} value={fault} onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => setFault(e.target.value)} />
              <Field.Error />
            </Field.Root>
          </Box>
        </Dialog.Body>
        <Dialog.Footer>
          <Dialog.Cancel>
            <Button variant="tertiary" disabled={busy}>
              {say('cancel')}
            </Button>
          </Dialog.Cancel>
          <Button onClick={() => void create()} loading={busy} data-testid="repair-order-submit">
            {say('repair.submit')}
          </Button>
        </Dialog.Footer>
      </Dialog.Content>
    </Dialog.Root>
  );
};

const HistoryList = ({ title, empty, children, testId }: { title: string; empty: boolean; children: React.ReactNode; testId: string }) => {
  const { say } = useDesk();
  return (
    <Flex direction="column" alignItems="stretch" gap={2} data-testid={testId}>
      <Typography variant="sigma" textColor="neutral600" tag="h3">
        {title}
      </Typography>
      {empty ? (
        <Typography variant="pi" textColor="neutral500">
          {say('history.none')}
        </Typography>
      ) : (
        <Flex tag="ul" direction="column" alignItems="stretch" gap={2}>
          {children}
        </Flex>
      )}
    </Flex>
  );
};

/** One entry of the history: a link to its page, and what it is now. */
const Entry = ({ to, children, aside }: { to: string; children: React.ReactNode; aside?: React.ReactNode }) => (
  <Box tag="li">
    <Flex justifyContent="space-between" alignItems="flex-start" gap={2}>
      <RouterLink to={to} style={{ color: 'inherit', textDecoration: 'none', minWidth: 0 }}>
        <Typography variant="omega" textColor="primary700" tag="div" style={{ overflowWrap: 'anywhere' }}>
          {children}
        </Typography>
      </RouterLink>
      {aside && <Flex shrink={0}>{aside}</Flex>}
    </Flex>
  </Box>
);

export const SubscriberCard = ({ page }: { page: TicketPage }) => {
  const { say, language } = useDesk();
  const { subscriber, history, ticket } = page;
  if (!subscriber) return null;
  const purpose = (value: string) => (KNOWN_PURPOSES.includes(value) ? say(`purpose.${value}` as TicketDeskKey) : value);
  const otherTickets = history.tickets.filter((t) => t.documentId !== ticket.documentId);
  return (
    <Card
      title={say('subscriber.title')}
      action={
        <RouterLink to={contentManagerPath(UIDS.subscriber, subscriber.documentId)} data-testid="subscriber-link">
          <Flex gap={1} alignItems="center">
            <Typography variant="pi" textColor="primary700" fontWeight="semiBold">
              {say('subscriber.open')}
            </Typography>
            <ExternalLink width="1.2rem" height="1.2rem" fill="primary700" aria-hidden />
          </Flex>
        </RouterLink>
      }
      data-testid="subscriber"
    >
      <Typography variant="beta" tag="p" dir="auto">
        {subscriber.fullName}
      </Typography>
      <Flex gap={6} wrap="wrap">
        <Fact label={say('subscriber.number')}>
          <Code>{subscriber.subscriberNumber}</Code>
        </Fact>
        {subscriber.mobile && (
          <Fact label={say('subscriber.mobile')}>
            <Code>{subscriber.mobile}</Code>
          </Fact>
        )}
        {subscriber.preferredChannel && <Fact label={say('subscriber.channel')}>{labelOf('preferredChannel', subscriber.preferredChannel, language)}</Fact>}
      </Flex>
      <Divider />
      <Typography variant="delta" tag="h2">
        {say('history.title')}
      </Typography>
      <HistoryList title={say('history.devices')} empty={!history.devices.length} testId="history-devices">
        {history.devices.map((d) => (
          <Entry key={d.documentId} to={contentManagerPath(UIDS.device, d.documentId)} aside={<Pill tone={SERVICE_TONE[d.serviceStatus] ?? 'neutral'}>{labelOf('serviceStatus', d.serviceStatus, language)}</Pill>}>
            <span dir="auto">{d.label}</span>
          </Entry>
        ))}
      </HistoryList>
      <HistoryList title={say('history.tickets')} empty={!otherTickets.length} testId="history-tickets">
        {otherTickets.map((t) => (
          <Entry key={t.documentId} to={ticketPath(t.documentId)} aside={<Pill tone={STATUS_TONE[t.ticketStatus] ?? 'neutral'}>{labelOf('ticketStatus', t.ticketStatus, language)}</Pill>}>
            <Code>{t.number}</Code> <span dir="auto">{t.title}</span>
            <Typography variant="pi" textColor="neutral600" tag="div">
              <When iso={t.createdAt} />
            </Typography>
          </Entry>
        ))}
      </HistoryList>
      <HistoryList title={say('history.invoices')} empty={!history.invoices.length} testId="history-invoices">
        {history.invoices.map((i) => (
          <Entry key={i.documentId} to={contentManagerPath(UIDS.invoice, i.documentId)} aside={<Pill tone={INVOICE_TONE[i.invoiceStatus] ?? 'neutral'}>{labelOf('invoiceStatus', i.invoiceStatus, language)}</Pill>}>
            <Code>{i.number}</Code>
            <Rials value={i.totalRials} />
          </Entry>
        ))}
      </HistoryList>
      <HistoryList title={say('history.payments')} empty={!history.payments.length} testId="history-payments">
        {history.payments.map((p) => (
          <Entry key={p.documentId} to={contentManagerPath(UIDS.payment, p.documentId)} aside={<Pill tone={p.paymentStatus === 'paid' ? 'success' : 'neutral'}>{labelOf('paymentStatus', p.paymentStatus, language)}</Pill>}>
            {purpose(p.purpose)}
            <Rials value={p.amountRials} />
            <Typography variant="pi" textColor="neutral600" tag="div">
              <When iso={p.createdAt} />
            </Typography>
          </Entry>
        ))}
      </HistoryList>
      <HistoryList title={say('history.repairs')} empty={!history.repairs.length} testId="history-repairs">
        {history.repairs.map((r) => (
          <Entry key={r.documentId} to={contentManagerPath(UIDS.repair, r.documentId)} aside={<Pill tone="secondary">{labelOf('repairStatus', r.repairStatus, language)}</Pill>}>
            <Code>{r.trackingCode}</Code>
            <Typography variant="pi" textColor="neutral600" tag="div">
              <When iso={r.receivedAt} />
            </Typography>
          </Entry>
        ))}
      </HistoryList>
    </Card>
  );
};
