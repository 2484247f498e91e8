/**
 * «حل و بستن»: for a ticket that may be billed — a pay-per-case device, or an on-site visit —
 * the difficulty and the hours of work (and, for a visit, whose fault it was), with the invoice
 * they make shown as staff type (from the settings' rates: rials with separators and tomans);
 * an optional closing reply; then POST /back-office/tickets/:documentId/resolve
 * { difficulty?, workHours?, faultAttribution?, reply? }. The server decides again and issues the
 * invoice; its field errors go under the fields.
 */
import * as React from 'react';
import { Box, Button, Divider, Field, Flex, Grid, SingleSelect, SingleSelectOption, TextInput, Textarea, Typography } from '@strapi/design-system';
import { Check } from '@strapi/icons';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import type { FaultAttribution, TicketDifficulty } from 'poshtiban/domain/tickets';
import { errorText, fieldErrorOf } from '../../lib/text';
import type { Rates, TicketDetail } from '../api';
import { labelOf, valuesOf } from '../labels';
import { asksForBilling, billsOnResolve, formatHours, invoicePreview, money, parseWorkHours, storedHoursToHundredths } from '../logic';
import { Rials, useDesk } from './ui';

type Props = { ticket: TicketDetail; rates: Rates; onResolved: () => Promise<void> | void };
type Errors = Partial<Record<'difficulty' | 'workHours' | 'faultAttribution' | 'reply', string>>;

export const ResolveForm = ({ ticket, rates, onResolved }: Props) => {
  const { say, language } = useDesk();
  const { post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const [difficulty, setDifficulty] = React.useState<TicketDifficulty | ''>(ticket.difficulty ?? '');
  const [hoursText, setHoursText] = React.useState(() => {
    const stored = storedHoursToHundredths(ticket.workHours);
    return stored ? formatHours(stored, language) : '';
  });
  const [fault, setFault] = React.useState<FaultAttribution>(ticket.faultAttribution ?? 'undetermined');
  const [reply, setReply] = React.useState('');
  const [errors, setErrors] = React.useState<Errors>({});
  const [busy, setBusy] = React.useState(false);
  /** the server found the ticket billable after all (the device went pay-per-case since it was opened) */
  const [serverBills, setServerBills] = React.useState(false);

  const asks = serverBills || asksForBilling(ticket);
  const isVisit = ticket.kind === 'visit';
  const billable = ticket.billable || serverBills;
  const bills = billsOnResolve({ billable, kind: ticket.kind, faultAttribution: fault });
  const hundredths = hoursText.trim() ? parseWorkHours(hoursText) : null;
  const preview = invoicePreview(rates, { billable, kind: ticket.kind, faultAttribution: fault, difficulty: difficulty || null, hundredths });

  const submit = async () => {
    const next: Errors = {};
    if (bills && !difficulty) next.difficulty = say('resolve.difficulty.required');
    if (bills && !hundredths) next.workHours = say('resolve.hours.invalid');
    if (!bills && hoursText.trim() && !hundredths) next.workHours = say('resolve.hours.invalid');
    setErrors(next);
    if (Object.keys(next).length) return;
    setBusy(true);
    try {
      const body: Record<string, unknown> = {};
      if (asks && difficulty) body.difficulty = difficulty;
      if (asks && hundredths) body.workHours = hundredths / 100;
      if (isVisit) body.faultAttribution = fault;
      if (reply.trim()) body.reply = reply;
      const { data } = await post<{ ticket: unknown; invoice: { number?: string } | null }>(`/back-office/tickets/${encodeURIComponent(ticket.documentId)}/resolve`, body);
      toggleNotification({
        type: 'success',
        message: data.invoice?.number ? say('resolve.done.invoice', { number: data.invoice.number }) : say('resolve.done'),
      });
      await onResolved();
    } catch (e) {
      const field = fieldErrorOf(e);
      if (field && (field.field === 'difficulty' || field.field === 'workHours')) setServerBills(true);
      if (field && ['difficulty', 'workHours', 'faultAttribution', 'reply'].includes(field.field)) setErrors({ [field.field]: field.text });
      else toggleNotification({ type: 'danger', message: errorText(e) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Flex direction="column" alignItems="stretch" gap={4} data-testid="resolve-form" data-billable={String(bills)}>
      <Typography variant="omega" textColor={bills ? 'warning700' : 'neutral600'} tag="p">
        {say(bills ? 'resolve.billable' : 'resolve.not-billable')}
      </Typography>
      {asks && (
        <Grid.Root gap={4}>
          <Grid.Item col={isVisit ? 4 : 6} s={12} direction="column" alignItems="stretch">
            <Field.Root name="difficulty" error={errors.difficulty} required={bills}>
              <Field.Label>{say('resolve.difficulty')}</Field.Label>
              <SingleSelect
                value={difficulty}
                placeholder={say('choose')}
                onChange={(value: string | number) => {
                  setDifficulty(String(value) as TicketDifficulty);
                  setErrors((e) => ({ ...e, difficulty: undefined }));
                }}
                data-testid="resolve-difficulty"
              >
                {valuesOf('difficulty').map((value) => (
                  <SingleSelectOption key={value} value={value}>
                    {labelOf('difficulty', value, language)}
                  </SingleSelectOption>
                ))}
              </SingleSelect>
              <Field.Error />
            </Field.Root>
          </Grid.Item>
          <Grid.Item col={isVisit ? 4 : 6} s={12} direction="column" alignItems="stretch">
            <Field.Root name="workHours" error={errors.workHours} hint={say('resolve.hours.hint')} required={bills}>
              <Field.Label>{say('resolve.hours')}</Field.Label>
              <TextInput
                inputMode="decimal"
                autoComplete="off"
                value={hoursText}
                onChange={(e: React.ChangeEvent<HTMLInputElement>) => {
                  setHoursText(e.target.value);
                  setErrors((x) => ({ ...x, workHours: undefined }));
                }}
                data-testid="resolve-hours"
              />
              <Field.Hint />
              <Field.Error />
            </Field.Root>
          </Grid.Item>
          {isVisit && (
            <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
              <Field.Root name="faultAttribution" error={errors.faultAttribution}>
                <Field.Label>{say('resolve.fault')}</Field.Label>
                <SingleSelect value={fault} onChange={(value: string | number) => setFault(String(value) as FaultAttribution)} data-testid="resolve-fault">
                  {valuesOf('faultAttribution').map((value) => (
                    <SingleSelectOption key={value} value={value}>
                      {labelOf('faultAttribution', value, language)}
                    </SingleSelectOption>
                  ))}
                </SingleSelect>
                <Field.Error />
              </Field.Root>
            </Grid.Item>
          )}
        </Grid.Root>
      )}

      {bills && (
        <Box background="neutral100" hasRadius padding={4} data-testid="invoice-preview">
          <Flex direction="column" alignItems="stretch" gap={2}>
            <Typography variant="sigma" textColor="neutral600">
              {say('resolve.preview')}
            </Typography>
            {!preview ? (
              <Typography variant="pi" textColor="neutral600">
                {say('resolve.preview.pending')}
              </Typography>
            ) : (
              <>
                {preview.lines.map((line, index) => (
                  <Flex key={index} justifyContent="space-between" alignItems="flex-start" gap={4} data-testid="preview-line">
                    <Flex direction="column" alignItems="flex-start" gap={1}>
                      <Typography variant="omega">{line.description[language]}</Typography>
                      <Typography variant="pi" textColor="neutral600">
                        {say('resolve.line.quantity', {
                          quantity: formatHours(Math.round(line.quantity * 100), language),
                          unit: line.unit[language],
                          rate: money(line.unitRials, language)?.rials ?? String(line.unitRials),
                        })}
                      </Typography>
                    </Flex>
                    <Rials value={line.amountRials} />
                  </Flex>
                ))}
                <Divider />
                <Flex justifyContent="space-between" alignItems="flex-start" gap={4}>
                  <Typography variant="omega" fontWeight="bold">
                    {say('resolve.total')}
                  </Typography>
                  <Rials value={preview.totalRials} strong data-testid="preview-total" />
                </Flex>
              </>
            )}
          </Flex>
        </Box>
      )}

      <Field.Root name="reply" error={errors.reply} hint={say('reply.public.hint')}>
        <Field.Label>{say('resolve.reply')}</Field.Label>
        <Textarea dir="auto" rows={3} value={reply} onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => setReply(e.target.value)} data-testid="resolve-reply" />
        <Field.Hint />
        <Field.Error />
      </Field.Root>

      <Flex justifyContent="flex-end">
        <Button size="L" variant="success" startIcon={<Check />} loading={busy} onClick={() => void submit()} data-testid="resolve-submit">
          {say('resolve.submit')}
        </Button>
      </Flex>
    </Flex>
  );
};
