/**
 * Small building blocks of the desk's pages: the language hook, a coloured pill, a card with a
 * heading, a label over its value, a ticket number, an amount in rials with its tomans, the due
 * time of a row.
 */
import * as React from 'react';
import { Box, Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { displayLanguage } from '../../readable/vocabulary';
import type { DisplayLanguage } from '../../readable/money';
import { t, type TicketDeskKey } from '../translations';
import { jalaliInstant, money, type Due } from '../logic';
import { Code, Fact as SharedFact } from '../../components/Facts';
import type { Tone } from '../labels';

/** formatMessage for the desk's keys, and the admin's language ('fa' | 'en'). */
export const useDesk = () => {
  const { formatMessage, locale } = useIntl();
  const language: DisplayLanguage = displayLanguage(locale);
  const say = React.useCallback(
    (key: TicketDeskKey, values?: Record<string, string | number>) => formatMessage(t(key), values) as string,
    [formatMessage]
  );
  return { say, language };
};

/** A small coloured label (status, priority, overdue…). */
export const Pill = ({ tone, children, ...rest }: { tone: Tone; children: React.ReactNode } & Record<`data-${string}`, string>) => (
  <Box
    tag="span"
    paddingLeft={2}
    paddingRight={2}
    paddingTop={1}
    paddingBottom={1}
    hasRadius
    background={`${tone}100`}
    borderColor={`${tone}200`}
    borderStyle="solid"
    borderWidth="1px"
    style={{ display: 'inline-block', whiteSpace: 'nowrap' }}
    {...rest}
  >
    <Typography variant="pi" fontWeight="bold" textColor={`${tone}700`}>
      {children}
    </Typography>
  </Box>
);

/** A white card with a heading, like the Content Manager's side panels. */
export const Card = ({ title, children, action, ...rest }: { title?: React.ReactNode; children: React.ReactNode; action?: React.ReactNode } & Record<`data-${string}`, string>) => (
  <Box background="neutral0" hasRadius shadow="tableShadow" padding={5} {...rest}>
    <Flex direction="column" alignItems="stretch" gap={3}>
      {(title || action) && (
        <Flex justifyContent="space-between" alignItems="center" gap={2} wrap="wrap">
          {title && (
            <Typography variant="delta" tag="h2">
              {title}
            </Typography>
          )}
          {action}
        </Flex>
      )}
      {children}
    </Flex>
  </Box>
);

/** A label (small, grey) over its value: the back office's Fact, a little more air between them. */
export const Fact = (props: React.ComponentProps<typeof SharedFact>) => <SharedFact gap={1} {...props} />;

/** A ticket number, tracking code or serial: the back office's Code. */
export { Code };

/** A stored instant as a Jalali date and Tehran time, inside its own direction. */
export const When = ({ iso, ...rest }: { iso: string | null | undefined } & Record<`data-${string}`, string>) => {
  const { language } = useDesk();
  return (
    <span dir={language === 'fa' ? 'rtl' : 'ltr'} style={{ unicodeBidi: 'isolate', whiteSpace: 'nowrap' }} title={iso ?? undefined} {...rest}>
      {jalaliInstant(iso, language)}
    </span>
  );
};

/** An amount in rials with separators, and under it the toman equivalent. */
export const Rials = ({ value, strong = false, ...rest }: { value: unknown; strong?: boolean } & Record<`data-${string}`, string>) => {
  const { say, language } = useDesk();
  const shown = money(value, language);
  if (!shown) return <span>—</span>;
  return (
    <Flex direction="column" alignItems="flex-start" gap={0} tag="span" {...rest}>
      <Typography variant={strong ? 'delta' : 'omega'} fontWeight={strong ? 'bold' : 'semiBold'} tag="span" style={{ whiteSpace: 'nowrap' }}>
        {say('rials', { amount: shown.rials })}
      </Typography>
      <Typography variant="pi" textColor="neutral600" tag="span" style={{ whiteSpace: 'nowrap' }}>
        {say('tomans', { amount: shown.tomans })}
      </Typography>
    </Flex>
  );
};

const DUE_TONE = { overdue: 'danger', soon: 'warning', ok: 'neutral', none: 'neutral' } as const;

/** A row's due time: the date, and «گذشته از مهلت» / «نزدیک به مهلت» highlighted. */
export const DueCell = ({ due, ...rest }: { due: Due } & Record<`data-${string}`, string>) => {
  const { say, language } = useDesk();
  if (!due) return <Typography textColor="neutral500">{say('none')}</Typography>;
  const date = jalaliInstant(due.at, language);
  return (
    <Flex direction="column" alignItems="flex-start" gap={1} data-due={due.state} {...rest}>
      <Typography variant="pi" textColor={due.state === 'overdue' ? 'danger700' : due.state === 'soon' ? 'warning700' : 'neutral700'} style={{ whiteSpace: 'nowrap' }}>
        {say(due.kind === 'reply' ? 'due.reply' : 'due.resolution', { date })}
      </Typography>
      {(due.state === 'overdue' || due.state === 'soon') && <Pill tone={DUE_TONE[due.state]}>{say(due.state === 'overdue' ? 'due.overdue' : 'due.soon')}</Pill>}
    </Flex>
  );
};

/** A block of text a person wrote: shown as text (never markup), lines kept, in its own direction. */
export const PlainText = ({ text, ...rest }: { text: string } & Record<`data-${string}`, string>) => (
  <Typography variant="omega" tag="div" dir="auto" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', lineHeight: 1.9 }} {...rest}>
    {text}
  </Typography>
);
