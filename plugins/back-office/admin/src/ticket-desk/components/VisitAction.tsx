/**
 * «تعیین زمان بازدید»: staff who may answer book the on-site visit they agreed with the subscriber
 * on a ticket that is not closed — a Jalali date and Tehran time in the jalali-date plugin's box,
 * started from the booked visit or the subscriber's preferred day — then POST
 * /back-office/tickets/:documentId/visit { scheduledAt }. The server writes the time into the
 * thread, answers the ticket and tells the subscriber; its field errors go under the field, and
 * the page is read again so the booked time and the new message show.
 */
import * as React from 'react';
import { Box, Button, Dialog, Field, Typography } from '@strapi/design-system';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import { JalaliPicker } from '../../../../../jalali-date/admin/src/components/JalaliPicker';
import { errorText, fieldErrorOf } from '../../lib/text';
import type { TicketPage } from '../api';
import { jalaliDay, jalaliInstant, visitStartValue } from '../logic';
import { useDesk } from './ui';

export const VisitAction = ({ page, onBooked }: { page: TicketPage; onBooked: () => Promise<void> | void }) => {
  const { say, language } = useDesk();
  const { post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const { ticket, can } = page;
  const [open, setOpen] = React.useState(false);
  const [value, setValue] = React.useState<string | null>(null);
  const [invalid, setInvalid] = React.useState(false);
  const [error, setError] = React.useState<string | null>(null);
  const [busy, setBusy] = React.useState(false);

  if (!can.answer || ticket.ticketStatus === 'closed') return null;

  const openChange = (next: boolean) => {
    if (busy) return;
    if (next) {
      // each opening starts again from the ticket as it is now
      setValue(visitStartValue(ticket));
      setInvalid(false);
      setError(null);
    }
    setOpen(next);
  };

  const book = async () => {
    if (invalid) {
      setError(say('visit.invalid'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const { data } = await post<{ ticket: { visitScheduledAt: string | null } }>(`/back-office/tickets/${encodeURIComponent(ticket.documentId)}/visit`, value ? { scheduledAt: value } : {});
      toggleNotification({ type: 'success', message: say('visit.done', { time: jalaliInstant(data.ticket.visitScheduledAt ?? value, language) }) });
      setOpen(false);
      await onBooked();
    } catch (e) {
      setError(fieldErrorOf(e)?.text ?? errorText(e));
    } finally {
      setBusy(false);
    }
  };

  const hint = ticket.preferredVisitDay ? `${say('visit.hint')} ${say('visit.preferred', { day: jalaliDay(ticket.preferredVisitDay, language) })}` : say('visit.hint');

  return (
    <Dialog.Root open={open} onOpenChange={openChange}>
      <Dialog.Trigger>
        <Button variant="secondary" fullWidth data-testid="visit-button">
          {say(ticket.visitScheduledAt ? 'visit.change' : 'visit.button')}
        </Button>
      </Dialog.Trigger>
      <Dialog.Content>
        <Dialog.Header>{say('visit.title')}</Dialog.Header>
        <Dialog.Body>
          <Box width="100%" data-testid="visit-form">
            <Field.Root name="scheduledAt" error={error ?? undefined} hint={hint} required>
              <Field.Label>{say('visit.field')}</Field.Label>
              <JalaliPicker
                kind="datetime"
                name="scheduledAt"
                value={value}
                onValueChange={(next) => {
                  setValue(next);
                  setError(null);
                }}
                onInvalidChange={(next) => {
                  setInvalid(next);
                  if (next) setError(say('visit.invalid'));
                }}
                hasError={Boolean(error)}
                disabled={busy}
              />
              <Field.Hint />
              <Field.Error />
            </Field.Root>
            {ticket.visitScheduledAt && (
              <Typography variant="pi" textColor="neutral600" tag="p" style={{ marginTop: 8 }}>
                {say('ticket.visitScheduledAt')}: {jalaliInstant(ticket.visitScheduledAt, language)}
              </Typography>
            )}
          </Box>
        </Dialog.Body>
        <Dialog.Footer>
          <Dialog.Cancel>
            <Button variant="tertiary" disabled={busy}>
              {say('cancel')}
            </Button>
          </Dialog.Cancel>
          <Button onClick={() => void book()} loading={busy} data-testid="visit-submit">
            {say('visit.submit')}
          </Button>
        </Dialog.Footer>
      </Dialog.Content>
    </Dialog.Root>
  );
};
