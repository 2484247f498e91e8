import * as React from 'react';
import { Box, Button, Flex, Grid, Modal, Typography } from '@strapi/design-system';
import { ArrowClockwise } from '@strapi/icons';
import { bi, CHANNEL_LABEL, KIND_LABEL } from '../lib/labels';
import type { OutboxMessage, PresentedDateTime } from '../lib/types';
import { StatusBadge } from './StatusBadge';

const Fact = ({ label, children, wide }: { label: string; children: React.ReactNode; wide?: boolean }) => (
  <Grid.Item col={wide ? 12 : 6} s={12} direction="column" alignItems="stretch">
    <Typography variant="sigma" textColor="neutral600">
      {label}
    </Typography>
    <Box paddingTop={1}>
      <Typography variant="omega" tag="div" style={{ overflowWrap: 'anywhere' }}>
        {children ?? '—'}
      </Typography>
    </Box>
  </Grid.Item>
);

const When = ({ value }: { value: PresentedDateTime }) =>
  value ? (
    <span title={value.iso}>
      <span dir="rtl">{value.jalali}</span>
      <Typography variant="pi" textColor="neutral500" tag="span">
        {' '}
        · {new Date(value.iso).toLocaleString('en-GB', { timeZone: 'Asia/Tehran', dateStyle: 'medium', timeStyle: 'short' })}
      </Typography>
    </span>
  ) : (
    <>—</>
  );

const Mono = ({ children }: { children: React.ReactNode }) => (
  <span dir="ltr" style={{ fontFamily: 'monospace', fontSize: '1.2rem' }}>
    {children}
  </span>
);

/** Everything about one message: full error, parameters (secrets masked by the API), keys and dates. */
export const MessageDetails = ({
  message,
  onClose,
  canResend,
  resending,
  onResend,
}: {
  message: OutboxMessage | null;
  onClose: () => void;
  canResend: boolean;
  resending: boolean;
  onResend: (message: OutboxMessage) => void;
}) => {
  const params = Object.entries(message?.params ?? {});
  const resendable = !!message && canResend && (message.status === 'dead' || message.status === 'failed');
  return (
    <Modal.Root open={!!message} onOpenChange={(open: boolean) => !open && onClose()}>
      {message && (
        <Modal.Content>
          <Modal.Header closeLabel="بستن (Close)">
            <Flex gap={3}>
              <Modal.Title>
                {bi('پیام', 'Message')} #{message.id}
              </Modal.Title>
              <StatusBadge status={message.status} />
            </Flex>
          </Modal.Header>
          <Modal.Body>
            <Grid.Root gap={5}>
              <Fact label="کانال (Channel)">{CHANNEL_LABEL[message.channel] ?? message.channel}</Fact>
              <Fact label="نوع (Kind)">{KIND_LABEL[message.kind] ?? message.kind}</Fact>
              <Fact label="گیرنده (Recipient)">
                <Mono>{message.recipient}</Mono>
                {message.subscriberId ? (
                  <Typography variant="pi" textColor="neutral500" tag="span">
                    {' '}
                    · {bi('مشترک', 'subscriber')} #{message.subscriberId}
                  </Typography>
                ) : null}
              </Fact>
              <Fact label="قالب (Template)">
                <Mono>{message.templateCode}</Mono>
              </Fact>
              <Fact label="تلاش‌ها (Attempts)">
                {message.attempts} / {message.maxAttempts}
              </Fact>
              <Fact label="تلاش بعدی (Next attempt)">
                {message.status === 'queued' || message.status === 'failed' ? <When value={message.nextAttemptAt} /> : '—'}
              </Fact>
              <Fact label="تاریخ ثبت (Created)">
                <When value={message.createdAt} />
              </Fact>
              <Fact label="تاریخ ارسال (Sent)">
                <When value={message.sentAt} />
              </Fact>
              <Fact label="تاریخ تحویل (Delivered)">
                <When value={message.deliveredAt} />
              </Fact>
              <Fact label="ارائه‌دهنده (Provider)">
                {message.provider ? (
                  <>
                    <Mono>{message.provider}</Mono>
                    {message.providerStatus ? ` · ${message.providerStatus}` : ''}
                  </>
                ) : (
                  '—'
                )}
              </Fact>
              <Fact label="شناسهٔ پیام نزد ارائه‌دهنده (Provider message id)" wide>
                {message.providerMessageId ? <Mono>{message.providerMessageId}</Mono> : '—'}
              </Fact>
              <Fact label="آخرین خطا (Last error)" wide>
                {message.lastError ? (
                  <Box background="danger100" padding={3} hasRadius borderColor="danger200">
                    <Typography variant="omega" textColor="danger700" tag="pre" style={{ whiteSpace: 'pre-wrap', margin: 0, fontFamily: 'monospace' }}>
                      {message.lastError}
                    </Typography>
                  </Box>
                ) : (
                  '—'
                )}
              </Fact>
              <Fact label="پارامترها (Parameters)" wide>
                {params.length ? (
                  <Box tag="dl" background="neutral100" padding={3} hasRadius>
                    {params.map(([key, value]) => (
                      <Flex key={key} gap={2} paddingBottom={1} alignItems="baseline">
                        <Typography tag="dt" variant="pi" fontWeight="bold" textColor="neutral700" style={{ minWidth: '12rem' }}>
                          <Mono>{key}</Mono>
                        </Typography>
                        <Typography tag="dd" variant="omega" dir="auto" style={{ margin: 0 }}>
                          {value}
                        </Typography>
                      </Flex>
                    ))}
                  </Box>
                ) : (
                  '—'
                )}
              </Fact>
              <Fact label="کلید یکتاسازی (Dedupe key)" wide>
                <Mono>{message.dedupeKey}</Mono>
              </Fact>
              {message.fallbackFor ? <Fact label="جایگزینِ پیام (Fallback for)">#{message.fallbackFor}</Fact> : null}
            </Grid.Root>
          </Modal.Body>
          <Modal.Footer>
            <Modal.Close>
              <Button variant="tertiary">بستن (Close)</Button>
            </Modal.Close>
            {resendable && (
              <Button startIcon={<ArrowClockwise />} loading={resending} onClick={() => onResend(message)}>
                ارسال دوباره (Resend)
              </Button>
            )}
          </Modal.Footer>
        </Modal.Content>
      )}
    </Modal.Root>
  );
};
