/**
 * Input of the custom field plugin::back-office.status-history (json): the record's status
 * history as a read-only timeline instead of a JSON editor. Each step: its label from the
 * vocabulary (the route's `:slug` is the type), the Jalali date and Tehran time, who and the note
 * when the entry has them; oldest first, the current status last. Laid out with logical CSS
 * properties only, so it reads right-to-left in the Persian admin and left-to-right in English.
 */
import * as React from 'react';
import { useIntl } from 'react-intl';
import { useParams } from 'react-router-dom';
import { styled } from 'styled-components';
import { Badge, Box, Field, Flex, Typography } from '@strapi/design-system';
import { historyEntries, jalaliDateAndTime } from './timeline';
import { displayLanguage, statusLabel } from './vocabulary';
import { t } from './translations';
import type { CustomFieldInputProps } from './custom-field-props';

type Props = CustomFieldInputProps;

export const StatusHistoryInput = ({ name, label, labelAction, hint, value, error, required }: Props) => {
  const { slug } = useParams<{ slug: string }>();
  const { formatMessage, locale } = useIntl();
  const language = displayLanguage(locale);
  const entries = historyEntries(value);

  return (
    <Field.Root name={name} id={name} error={error} hint={hint} required={required}>
      <Field.Label action={labelAction}>{label}</Field.Label>
      <Box paddingTop={2} paddingBottom={1}>
        {entries.length === 0 ? (
          <Typography variant="omega" textColor="neutral600" data-testid="status-history-empty">
            {formatMessage(t('status-history.empty'))}
          </Typography>
        ) : (
          <Steps aria-label={typeof label === 'string' ? label : formatMessage(t('status-history.label'))} data-testid="status-history">
            {entries.map((entry, index) => {
              const isCurrent = index === entries.length - 1;
              const when = jalaliDateAndTime(entry.at, language);
              return (
                <Step key={`${entry.status}-${entry.at ?? index}-${index}`} $current={isCurrent} data-status={entry.status}>
                  <Flex gap={2} wrap="wrap" alignItems="baseline">
                    <Typography variant="omega" fontWeight="bold" textColor="neutral800">
                      {statusLabel(slug, entry.status, language) ?? entry.status}
                    </Typography>
                    {isCurrent && entries.length > 1 && <Badge>{formatMessage(t('status-history.current'))}</Badge>}
                  </Flex>
                  <Typography variant="pi" textColor="neutral600" tag="p">
                    {/* dir="auto": a Persian date starts with a digit, which must not set its direction */}
                    {when ? (
                      <time dateTime={entry.at ?? undefined} dir="auto">
                        {formatMessage(t('status-history.at'), when)}
                      </time>
                    ) : (
                      formatMessage(t('status-history.no-time'))
                    )}
                    {entry.by ? (
                      <>
                        {' — '}
                        <bdi>{formatMessage(t('status-history.by'), { who: entry.by })}</bdi>
                      </>
                    ) : null}
                  </Typography>
                  {entry.note && (
                    <Typography variant="pi" textColor="neutral700" tag="p" dir="auto">
                      {entry.note}
                    </Typography>
                  )}
                </Step>
              );
            })}
          </Steps>
        )}
      </Box>
      <Field.Hint />
      <Field.Error />
    </Field.Root>
  );
};

const Steps = styled.ol`
  list-style: none;
  margin: 0;
  padding: 0;
`;

/** A dot at the inline start of each step, joined to the next by a line (none after the last). */
const Step = styled.li<{ $current: boolean }>`
  position: relative;
  padding-inline-start: 2.4rem;
  padding-block-end: 1.2rem;

  &::before {
    content: '';
    position: absolute;
    inset-inline-start: 0;
    inset-block-start: 0.4rem;
    width: 1.2rem;
    height: 1.2rem;
    box-sizing: border-box;
    border-radius: 50%;
    border: 2px solid ${({ theme }) => theme.colors.primary600};
    background: ${({ theme, $current }) => ($current ? theme.colors.primary600 : theme.colors.neutral0)};
  }

  &:not(:last-child)::after {
    content: '';
    position: absolute;
    inset-inline-start: 0.5rem;
    inset-block-start: 1.8rem;
    inset-block-end: 0.2rem;
    width: 2px;
    background: ${({ theme }) => theme.colors.neutral300};
  }

  &:last-child {
    padding-block-end: 0;
  }
`;
