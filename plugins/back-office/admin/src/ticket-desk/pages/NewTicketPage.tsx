/**
 * «ثبت تیکت برای مشترک»: a ticket staff open on a subscriber's behalf after a phone call or a
 * visit. The subscriber is found with the Content Manager's own search (`_q`, any digits and
 * spelling), their devices listed from the Content Manager too; the preferred visit day (visits
 * only) in the Jalali date plugin's box. POST /back-office/tickets, then the ticket's page.
 */
import * as React from 'react';
import { useNavigate } from 'react-router-dom';
import { Box, Button, Field, Flex, Grid, Loader, SingleSelect, SingleSelectOption, TextInput, Textarea, Typography } from '@strapi/design-system';
import { Search } from '@strapi/icons';
import { Layouts, Page, useFetchClient, useNotification } from '@strapi/strapi/admin';
import type { TicketKind, TicketPriority } from 'poshtiban/domain/tickets';
import { JalaliPicker } from '../../../../../jalali-date/admin/src/components/JalaliPicker';
import { DESK_PATH, UIDS, ticketPath } from '../api';
import { labelOf, valuesOf } from '../labels';
import { Card, Code, useDesk } from '../components/ui';
import { bi, errorText, fa } from '../../lib/text';

type SubscriberHit = { documentId: string; label?: string | null; fullName?: string; subscriberNumber?: string; mobile?: string | null };
type DeviceHit = { documentId: string; label?: string | null; serial?: string };
type Form = {
  device: string;
  kind: TicketKind;
  priority: TicketPriority;
  title: string;
  description: string;
  channel: 'phone' | 'visit';
  preferredVisitDay: string | null;
};
type FieldName = keyof Form | 'subscriber';

const CHANNELS = ['phone', 'visit'] as const;

/** Every field error of the envelope (the server names each field), Persian with its English. */
const fieldErrorsOf = (error: any): Partial<Record<FieldName, string>> => {
  const errors: any[] = error?.response?.data?.error?.details?.errors ?? [];
  const out: Partial<Record<FieldName, string>> = {};
  for (const e of errors) {
    const field = (Array.isArray(e.path) ? e.path[e.path.length - 1] : e.path) as FieldName;
    if (field && !out[field]) out[field] = e.messageEn ? bi(e.message, e.messageEn) : fa(e.message);
  }
  return out;
};

const useSubscriberSearch = (query: string) => {
  const { get } = useFetchClient();
  const [hits, setHits] = React.useState<SubscriberHit[] | null>(null);
  const [loading, setLoading] = React.useState(false);
  React.useEffect(() => {
    const q = query.trim();
    if (q.length < 2) {
      setHits(null);
      return undefined;
    }
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      setLoading(true);
      const params = new URLSearchParams({ page: '1', pageSize: '8', _q: q }).toString();
      get<{ results: SubscriberHit[] }>(`/content-manager/collection-types/${UIDS.subscriber}`, { params: params as any, signal: controller.signal })
        .then(({ data }) => setHits(data.results ?? []))
        .catch(() => !controller.signal.aborted && setHits([]))
        .finally(() => !controller.signal.aborted && setLoading(false));
    }, 300);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [get, query]);
  return { hits, loading };
};

const useDevicesOf = (subscriber: string | null) => {
  const { get } = useFetchClient();
  const [devices, setDevices] = React.useState<DeviceHit[] | null>(null);
  React.useEffect(() => {
    setDevices(null);
    if (!subscriber) return undefined;
    const controller = new AbortController();
    const params = new URLSearchParams({ page: '1', pageSize: '100', 'filters[owner][documentId][$eq]': subscriber }).toString();
    get<{ results: DeviceHit[] }>(`/content-manager/collection-types/${UIDS.device}`, { params: params as any, signal: controller.signal })
      .then(({ data }) => setDevices(data.results ?? []))
      .catch(() => !controller.signal.aborted && setDevices([]));
    return () => controller.abort();
  }, [get, subscriber]);
  return devices;
};

const subscriberText = (s: SubscriberHit) => s.label || [s.subscriberNumber, s.fullName].filter(Boolean).join(' — ');

export const NewTicketPage = () => {
  const { say, language } = useDesk();
  const { post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const navigate = useNavigate();
  const [query, setQuery] = React.useState('');
  const [subscriber, setSubscriber] = React.useState<SubscriberHit | null>(null);
  const { hits, loading } = useSubscriberSearch(subscriber ? '' : query);
  const devices = useDevicesOf(subscriber?.documentId ?? null);
  const [form, setForm] = React.useState<Form>({ device: '', kind: 'question', priority: 'medium', title: '', description: '', channel: 'phone', preferredVisitDay: null });
  const [errors, setErrors] = React.useState<Partial<Record<FieldName, string>>>({});
  const [busy, setBusy] = React.useState(false);

  const set = <K extends keyof Form>(key: K, value: Form[K]) => {
    setForm((f) => ({ ...f, [key]: value }));
    setErrors((e) => ({ ...e, [key]: undefined }));
  };

  // one device: chosen for staff
  React.useEffect(() => {
    if (devices?.length === 1) setForm((f) => ({ ...f, device: devices[0].documentId }));
  }, [devices]);

  const submit = async () => {
    const required = say('new.required');
    const missing: Partial<Record<FieldName, string>> = {};
    if (!subscriber) missing.subscriber = required;
    if (!form.device) missing.device = required;
    if (!form.title.trim()) missing.title = required;
    if (!form.description.trim()) missing.description = required;
    setErrors(missing);
    if (Object.keys(missing).length) return;
    setBusy(true);
    try {
      const body: Record<string, unknown> = {
        subscriber: subscriber!.documentId,
        device: form.device,
        kind: form.kind,
        priority: form.priority,
        title: form.title,
        description: form.description,
        channel: form.channel,
      };
      if (form.kind === 'visit' && form.preferredVisitDay) body.preferredVisitDay = form.preferredVisitDay;
      const { data } = await post<{ ticket: { documentId: string; number: string } }>('/back-office/tickets', body);
      toggleNotification({ type: 'success', message: say('new.created', { number: data.ticket.number }) });
      navigate(ticketPath(data.ticket.documentId));
    } catch (e) {
      const fields = fieldErrorsOf(e);
      if (Object.keys(fields).length) setErrors(fields);
      else toggleNotification({ type: 'danger', message: errorText(e) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Page.Main>
      <Page.Title>{say('new.title')}</Page.Title>
      <Layouts.Header title={say('new.title')} subtitle={say('new.subtitle')} />
      <Layouts.Content>
          <Flex direction="column" alignItems="stretch" gap={5} data-testid="new-ticket-form">
            <Card title={say('new.subscriber')}>
              {subscriber ? (
                <Flex justifyContent="space-between" alignItems="center" gap={3} wrap="wrap" data-testid="chosen-subscriber">
                  <Typography variant="omega" fontWeight="bold" dir="auto">
                    {subscriberText(subscriber)}
                  </Typography>
                  <Button
                    variant="tertiary"
                    onClick={() => {
                      setSubscriber(null);
                      setForm((f) => ({ ...f, device: '' }));
                    }}
                  >
                    {say('new.subscriber.change')}
                  </Button>
                </Flex>
              ) : (
                <Flex direction="column" alignItems="stretch" gap={2}>
                  <Field.Root name="subscriber" error={errors.subscriber} hint={say('new.subscriber.hint')} required>
                    <Field.Label>{say('new.subscriber.search')}</Field.Label>
                    <TextInput startAction={<Search />} value={query} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setQuery(e.target.value)} data-testid="subscriber-search" />
                    <Field.Hint />
                    <Field.Error />
                  </Field.Root>
                  {loading && <Loader small>{say('list.loading')}</Loader>}
                  {hits && !loading && hits.length === 0 && (
                    <Typography variant="pi" textColor="neutral600">
                      {say('new.subscriber.none')}
                    </Typography>
                  )}
                  {hits && hits.length > 0 && (
                    <Flex tag="ul" direction="column" alignItems="stretch" gap={1} data-testid="subscriber-hits">
                      {hits.map((hit) => (
                        <Box tag="li" key={hit.documentId}>
                          <Button
                            variant="tertiary"
                            fullWidth
                            style={{ justifyContent: 'flex-start' }}
                            onClick={() => {
                              setSubscriber(hit);
                              setErrors((e) => ({ ...e, subscriber: undefined }));
                            }}
                            aria-label={say('new.subscriber.choose', { label: subscriberText(hit) })}
                          >
                            <span dir="auto">{subscriberText(hit)}</span>
                            {hit.mobile && (
                              <>
                                {' · '}
                                <Code>{hit.mobile}</Code>
                              </>
                            )}
                          </Button>
                        </Box>
                      ))}
                    </Flex>
                  )}
                </Flex>
              )}
            </Card>

            <Card title={say('ticket.details')}>
              <Grid.Root gap={4}>
                <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
                  <Field.Root name="device" error={errors.device} required hint={subscriber && devices?.length === 0 ? say('new.device.none') : undefined}>
                    <Field.Label>{say('new.device')}</Field.Label>
                    <SingleSelect
                      value={form.device}
                      placeholder={say('choose')}
                      disabled={!subscriber || !devices?.length}
                      onChange={(value: string | number) => set('device', String(value))}
                      data-testid="new-device"
                    >
                      {(devices ?? []).map((device) => (
                        <SingleSelectOption key={device.documentId} value={device.documentId}>
                          {device.label || device.serial || device.documentId}
                        </SingleSelectOption>
                      ))}
                    </SingleSelect>
                    <Field.Hint />
                    <Field.Error />
                  </Field.Root>
                </Grid.Item>
                <Grid.Item col={3} s={6} xs={12} direction="column" alignItems="stretch">
                  <Field.Root name="channel" error={errors.channel} required>
                    <Field.Label>{say('new.channel')}</Field.Label>
                    <SingleSelect value={form.channel} onChange={(value: string | number) => set('channel', String(value) as Form['channel'])} data-testid="new-channel">
                      {CHANNELS.map((value) => (
                        <SingleSelectOption key={value} value={value}>
                          {labelOf('channel', value, language)}
                        </SingleSelectOption>
                      ))}
                    </SingleSelect>
                    <Field.Error />
                  </Field.Root>
                </Grid.Item>
                <Grid.Item col={3} s={6} xs={12} direction="column" alignItems="stretch">
                  <Field.Root name="priority" error={errors.priority} required>
                    <Field.Label>{say('new.priority')}</Field.Label>
                    <SingleSelect value={form.priority} onChange={(value: string | number) => set('priority', String(value) as TicketPriority)} data-testid="new-priority">
                      {valuesOf('priority').map((value) => (
                        <SingleSelectOption key={value} value={value}>
                          {labelOf('priority', value, language)}
                        </SingleSelectOption>
                      ))}
                    </SingleSelect>
                    <Field.Error />
                  </Field.Root>
                </Grid.Item>
                <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
                  <Field.Root name="kind" error={errors.kind} required>
                    <Field.Label>{say('new.kind')}</Field.Label>
                    <SingleSelect value={form.kind} onChange={(value: string | number) => set('kind', String(value) as TicketKind)} data-testid="new-kind">
                      {valuesOf('kind').map((value) => (
                        <SingleSelectOption key={value} value={value}>
                          {labelOf('kind', value, language)}
                        </SingleSelectOption>
                      ))}
                    </SingleSelect>
                    <Field.Error />
                  </Field.Root>
                </Grid.Item>
                <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
                  {form.kind === 'visit' && (
                    <Field.Root name="preferredVisitDay" error={errors.preferredVisitDay} hint={say('new.visit-day.hint')}>
                      <Field.Label>{say('new.visit-day')}</Field.Label>
                      <JalaliPicker kind="date" name="preferredVisitDay" value={form.preferredVisitDay} onValueChange={(value) => set('preferredVisitDay', value)} />
                      <Field.Hint />
                      <Field.Error />
                    </Field.Root>
                  )}
                </Grid.Item>
                <Grid.Item col={12} direction="column" alignItems="stretch">
                  <Field.Root name="title" error={errors.title} required>
                    <Field.Label>{say('new.title-field')}</Field.Label>
                    <TextInput dir="auto" maxLength={150} value={form.title} onChange={(e: React.ChangeEvent<HTMLInputElement>) => set('title', e.target.value)} data-testid="new-title" />
                    <Field.Error />
                  </Field.Root>
                </Grid.Item>
                <Grid.Item col={12} direction="column" alignItems="stretch">
                  <Field.Root name="description" error={errors.description} required>
                    <Field.Label>{say('new.description')}</Field.Label>
                    <Textarea dir="auto" rows={6} value={form.description} onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => set('description', e.target.value)} data-testid="new-description" />
                    <Field.Error />
                  </Field.Root>
                </Grid.Item>
              </Grid.Root>
            </Card>

            <Flex justifyContent="flex-end" gap={2}>
              <Button variant="tertiary" onClick={() => navigate(DESK_PATH)} disabled={busy}>
                {say('cancel')}
              </Button>
              <Button size="L" loading={busy} onClick={() => void submit()} data-testid="new-submit">
                {say('new.submit')}
              </Button>
            </Flex>
          </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};
