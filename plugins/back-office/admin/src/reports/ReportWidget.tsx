/**
 * «صدای مشتری در این فصل» on the admin's home page (for staff who may read the quarterly report):
 * the current Jalali quarter's headline figures so far — survey response rate, share dissatisfied,
 * complaints received and the share answered within 48 working hours — each with the previous
 * quarter's beside it, and a link to the full report.
 */
import { Box, Flex, Grid, Typography } from '@strapi/design-system';
import { Widget } from '@strapi/strapi/admin';
import { Link } from 'react-router-dom';
import { reportPath } from './api';
import { figureRows, formatValue } from './figures';
import { nameOf, quarterOf } from './quarters';
import { useQuarterReport, useSay } from './useReport';

const HEADLINES = ['responseRate', 'dissatisfiedShare', 'complaints', 'answeredWithin48h'];

const ReportWidget = () => {
  const { say, language, dir } = useSay();
  const quarter = quarterOf();
  const { report, error } = useQuarterReport(quarter);

  if (error) return <Widget.Error>{say('widget.error')}</Widget.Error>;
  if (!report) return <Widget.Loading>{say('widget.loading')}</Widget.Loading>;

  const rows = figureRows(report, say).filter((row) => HEADLINES.includes(row.id));
  const name = nameOf(report.quarter, quarter, language);
  return (
    <Flex direction="column" alignItems="stretch" gap={3} dir={dir} data-testid="report-widget">
      <Typography variant="pi" textColor="neutral600">
        {say('widget.quarter', { quarter: name })}
      </Typography>
      <Grid.Root gap={2}>
        {rows.map((row) => (
          <Grid.Item key={row.id} col={6} xs={12} direction="column" alignItems="stretch">
            <Box background="neutral100" hasRadius padding={3} data-testid={`report-widget-${row.id}`}>
              <Flex direction="column" alignItems="flex-start" gap={1}>
                <Typography variant="pi" textColor="neutral600">
                  {row.label}
                </Typography>
                <Typography variant="beta" tag="span" textColor="neutral800" data-testid={`report-widget-${row.id}-value`}>
                  {formatValue(row.kind, row.current, language)}
                </Typography>
                <Typography variant="pi" textColor="neutral500">
                  {say('widget.previous', { value: formatValue(row.kind, row.previous, language) })}
                </Typography>
              </Flex>
            </Box>
          </Grid.Item>
        ))}
      </Grid.Root>
      <Link to={reportPath(quarter.year, quarter.quarter)} data-testid="report-widget-link" style={{ alignSelf: 'flex-start' }}>
        <Typography variant="omega" textColor="primary600" fontWeight="semiBold">
          {say('widget.link')}
        </Typography>
      </Link>
    </Flex>
  );
};

export default ReportWidget;
