/**
 * «کارهای امروز» (Today's work) on the admin's home page: what waits for the staff member today,
 * as GET /back-office/work-queue answers it for their role (the server keeps only the items the
 * role may act on). Each row: the item, its count (Persian digits in Persian) and a link to the
 * filtered list. What waits comes first (in the server's order), then the items with nothing
 * waiting, greyed and without a link — still listed, so staff see that each thing was checked,
 * but below the fold of the widget rather than above what needs them. When nothing at all waits,
 * the widget says so.
 */
import * as React from 'react';
import { Box, Flex, Typography } from '@strapi/design-system';
import { ChevronRight } from '@strapi/icons';
import { useFetchClient, Widget } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { Link } from 'react-router-dom';

type Item = { id: string; title: { fa: string; en: string }; count: number | null; link: string };

const isPersian = (locale: string) => locale === 'fa' || locale.startsWith('fa-');

const useWorkQueue = () => {
  const { get } = useFetchClient();
  const [state, setState] = React.useState<{ items?: Item[]; failed?: boolean }>({});
  React.useEffect(() => {
    const controller = new AbortController();
    get<{ data: Item[] }>('/back-office/work-queue', { signal: controller.signal })
      .then(({ data }) => setState({ items: data.data }))
      .catch((error: any) => {
        if (error?.name !== 'AbortError' && !controller.signal.aborted) setState({ failed: true });
      });
    return () => controller.abort();
  }, [get]);
  return state;
};

const WorkQueueWidget = () => {
  const { formatMessage, locale } = useIntl();
  const { items, failed } = useWorkQueue();
  const persian = isPersian(locale);

  if (failed) return <Widget.Error>{formatMessage({ id: 'back-office.work-queue.error', defaultMessage: "Today's work could not be loaded." })}</Widget.Error>;
  if (!items)
    return <Widget.Loading>{formatMessage({ id: 'back-office.work-queue.loading', defaultMessage: "Counting today's work…" })}</Widget.Loading>;
  if (!items.some((item) => item.count !== 0))
    return <Widget.NoData>{formatMessage({ id: 'back-office.work-queue.empty', defaultMessage: 'Nothing waits for you today.' })}</Widget.NoData>;

  const waitingFirst = [...items.filter((item) => item.count !== 0), ...items.filter((item) => item.count === 0)];
  return (
    // the home page sets each widget's content left to right: the list follows the admin's language
    <Flex tag="ul" direction="column" alignItems="stretch" gap={1} dir={persian ? 'rtl' : 'ltr'} data-testid="work-queue">
      {waitingFirst.map((item) => {
        const title = persian ? item.title.fa : item.title.en;
        const waiting = item.count !== null && item.count > 0;
        const count =
          item.count === null
            ? formatMessage({ id: 'back-office.work-queue.count-failed', defaultMessage: 'not counted' })
            : new Intl.NumberFormat(persian ? 'fa-IR' : 'en-US').format(item.count);
        const row = (
          <Flex justifyContent="space-between" alignItems="center" gap={3} paddingTop={1} paddingBottom={1} paddingLeft={3} paddingRight={3} minHeight="3.6rem">
            <Typography variant="omega" textColor={waiting ? 'neutral800' : 'neutral500'} fontWeight={waiting ? 'semiBold' : undefined}>
              {title}
            </Typography>
            <Flex gap={2} alignItems="center" shrink={0}>
              <Typography
                variant={waiting ? 'delta' : 'omega'}
                tag="span"
                textColor={item.count === null ? 'danger600' : waiting ? 'primary700' : 'neutral400'}
                data-testid={`work-queue-count-${item.id}`}
              >
                {count}
              </Typography>
              {/* the admin mirrors icons when right to left: this points forward either way */}
              {waiting && <ChevronRight width="1.2rem" height="1.2rem" fill="neutral500" aria-hidden />}
            </Flex>
          </Flex>
        );
        return (
          <Box tag="li" key={item.id} hasRadius background={waiting ? 'neutral100' : undefined} data-testid={`work-queue-item-${item.id}`}>
            {waiting ? (
              <Link
                to={item.link}
                style={{ display: 'block', color: 'inherit', textDecoration: 'none' }}
                aria-label={formatMessage({ id: 'back-office.work-queue.open', defaultMessage: '{title}: {count} — open the list' }, { title, count })}
              >
                {row}
              </Link>
            ) : (
              <div aria-label={formatMessage({ id: 'back-office.work-queue.nothing', defaultMessage: '{title}: none' }, { title })}>{row}</div>
            )}
          </Box>
        );
      })}
    </Flex>
  );
};

export default WorkQueueWidget;
