/**
 * «گزارش فصلی» (Quarterly report, issue 14) under /admin/plugins/back-office/reports, for staff
 * holding plugin::back-office.reports.read (Manager, CEO): a Jalali quarter picker (year and
 * season, the current quarter by default, kept in the address as ?year=&quarter= so a quarter can
 * be linked to), the quarter's figures beside the previous quarter's, four SVG bar charts (survey
 * averages, rates and shares, complaints by source and by outcome) and the CSV download.
 */
import * as React from 'react';
import { useSearchParams } from 'react-router-dom';
import { Box, Button, Field, Flex, Grid, Loader, SingleSelect, SingleSelectOption, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { ArrowClockwise, Download } from '@strapi/icons';
import { Layouts, Page, useFetchClient, useNotification } from '@strapi/strapi/admin';
import { errorText } from '../../lib/text';
import { CSV_URL, PERMISSIONS, reportQuery, type QuarterReport } from '../api';
import { BarChart, type ChartRow } from '../BarChart';
import { chartRows, describe, figureRows, formatValue, type FigureRow, type Kind } from '../figures';
import { formatCount, formatScore, formatShare, isQuarter, localDigits, nameOf, previousQuarter, quarterOf, rangeOf, seasonName, type Language, type Quarter } from '../quarters';
import { useQuarterReport, useSay } from '../useReport';

/** How many years back the picker offers (any year can still be opened by its address). */
const YEARS_BACK = 5;

const readQuarter = (params: URLSearchParams, fallback: Quarter): Quarter => {
  const asked = { year: Number.parseInt(params.get('year') ?? '', 10), quarter: Number.parseInt(params.get('quarter') ?? '', 10) };
  return isQuarter(asked) ? asked : fallback;
};

export const ReportPage = () => {
  const { say, language, dir } = useSay();
  const [params, setParams] = useSearchParams();
  const current = React.useMemo(() => quarterOf(), []);
  const chosen = readQuarter(params, current);
  const { report, error, loading, reload } = useQuarterReport(chosen);
  const previous = previousQuarter(chosen);

  const choose = (next: Quarter) => setParams(next.year === current.year && next.quarter === current.quarter ? {} : { year: String(next.year), quarter: String(next.quarter) });
  const years = Array.from(new Set([...Array.from({ length: YEARS_BACK + 1 }, (_, i) => current.year - i), chosen.year])).sort((a, b) => b - a);
  const isCurrent = chosen.year === current.year && chosen.quarter === current.quarter;

  const title = nameOf(report?.quarter, chosen, language);
  const previousTitle = nameOf(report?.previous?.quarter, previous, language);
  const range = rangeOf(report?.quarter, language);

  return (
    <Page.Main>
      <Page.Title>{say('page.title')}</Page.Title>
      <Layouts.Header
        title={say('page.title')}
        subtitle={say('page.subtitle')}
        primaryAction={
          <Flex gap={2}>
            <Button variant="secondary" startIcon={<ArrowClockwise />} onClick={reload} loading={loading && !!report}>
              {say('refresh')}
            </Button>
            <CsvButton quarter={chosen} />
          </Flex>
        }
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={6} dir={dir}>
          <Box background="neutral0" hasRadius shadow="tableShadow" paddingTop={4} paddingBottom={4} paddingLeft={5} paddingRight={5}>
            <Flex tag="fieldset" gap={4} alignItems="flex-end" wrap="wrap" style={{ border: 0, margin: 0, padding: 0 }} data-testid="report-picker">
              <Typography tag="legend" variant="sigma" textColor="neutral600" style={{ marginBottom: '0.8rem' }}>
                {say('picker.label')}
              </Typography>
              <Box style={{ minWidth: '12rem' }}>
                <Field.Root name="year">
                  <Field.Label>{say('picker.year')}</Field.Label>
                  <SingleSelect value={String(chosen.year)} onChange={(value: string | number) => choose({ year: Number(value), quarter: chosen.quarter })} data-testid="report-year">
                    {years.map((year) => (
                      <SingleSelectOption key={year} value={String(year)}>
                        {localDigits(year, language)}
                      </SingleSelectOption>
                    ))}
                  </SingleSelect>
                </Field.Root>
              </Box>
              <Box style={{ minWidth: '16rem' }}>
                <Field.Root name="quarter">
                  <Field.Label>{say('picker.quarter')}</Field.Label>
                  <SingleSelect value={String(chosen.quarter)} onChange={(value: string | number) => choose({ year: chosen.year, quarter: Number(value) })} data-testid="report-quarter">
                    {[1, 2, 3, 4].map((q) => (
                      <SingleSelectOption key={q} value={String(q)}>
                        {say('quarter.option', { season: seasonName(q, language), number: localDigits(q, language) })}
                      </SingleSelectOption>
                    ))}
                  </SingleSelect>
                </Field.Root>
              </Box>
              <Button variant="tertiary" onClick={() => choose(current)} disabled={isCurrent} data-testid="report-current">
                {say('picker.current')}
              </Button>
            </Flex>
          </Box>

          <Flex direction="column" alignItems="flex-start" gap={1}>
            <Typography variant="alpha" tag="h2" data-testid="report-quarter-title">
              {title}
            </Typography>
            <Typography variant="omega" textColor="neutral600">
              {[range ? say('range', { start: range.first, end: range.last }) : null, say('compare.with', { previous: previousTitle })].filter(Boolean).join(' · ')}
            </Typography>
          </Flex>

          {error && (
            <Flex direction="column" alignItems="flex-start" gap={3} background="danger100" borderColor="danger200" hasRadius padding={4} role="alert" data-testid="report-error">
              <Typography textColor="danger700" fontWeight="semiBold">
                {say('error')}
              </Typography>
              <Typography textColor="danger700">{error}</Typography>
              <Button variant="danger-light" onClick={reload}>
                {say('retry')}
              </Button>
            </Flex>
          )}

          {!report && loading ? (
            <Flex justifyContent="center" padding={10}>
              <Loader>{say('loading')}</Loader>
            </Flex>
          ) : report ? (
            <Box style={{ opacity: loading ? 0.6 : 1, transition: 'opacity 150ms' }} aria-busy={loading} data-testid="report">
              <ReportBody report={report} currentName={title} previousName={previousTitle} />
            </Box>
          ) : null}
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};

const ReportBody = ({ report, currentName, previousName }: { report: QuarterReport; currentName: string; previousName: string }) => {
  const { say, language, dir } = useSay();
  const figures = figureRows(report, say);
  const charts = chartRows(report, say, language);
  const legend = { current: say('legend.current', { quarter: currentName }), previous: say('legend.previous', { quarter: previousName }) };
  const chart = (id: string, titleKey: Parameters<typeof say>[0], rows: ChartRow[], kind: Kind, max?: number) => {
    const format = (v: number | null) => formatValue(kind, v, language);
    const title = say(titleKey);
    return (
      <BarChart
        id={id}
        title={title}
        rows={rows}
        max={max}
        format={format}
        legend={legend}
        dir={dir}
        description={describe(rows, format, previousName, language)}
        empty={say('chart.empty')}
      />
    );
  };
  return (
    <Flex direction="column" alignItems="stretch" gap={6}>
      <FiguresTable rows={figures} currentName={currentName} previousName={previousName} />
      <Box>
        <Typography variant="beta" tag="h2" style={{ display: 'block', marginBottom: '1.2rem' }}>
          {say('section.surveys')}
        </Typography>
        <Grid.Root gap={4}>
          <Grid.Item col={6} s={12} xs={12} direction="column" alignItems="stretch">
            {chart('averages', 'chart.averages', charts.averages, 'score', 5)}
          </Grid.Item>
          <Grid.Item col={6} s={12} xs={12} direction="column" alignItems="stretch">
            {chart('rates', 'chart.rates', charts.rates, 'share', 1)}
          </Grid.Item>
        </Grid.Root>
      </Box>
      <Box>
        <Typography variant="beta" tag="h2" style={{ display: 'block', marginBottom: '1.2rem' }}>
          {say('section.complaints')}
        </Typography>
        <Grid.Root gap={4}>
          <Grid.Item col={6} s={12} xs={12} direction="column" alignItems="stretch">
            {chart('by-source', 'chart.bySource', charts.bySource, 'count')}
          </Grid.Item>
          <Grid.Item col={6} s={12} xs={12} direction="column" alignItems="stretch">
            {chart('by-outcome', 'chart.byOutcome', charts.byOutcome, 'count')}
          </Grid.Item>
        </Grid.Root>
      </Box>
    </Flex>
  );
};

/** The difference from the previous quarter: counts and scores as such, shares in percentage points. */
const changeOf = (row: FigureRow, language: Language, say: ReturnType<typeof useSay>['say']) => {
  if (row.current === null || row.previous === null) return { text: '—', label: '', tone: 'neutral600' as const };
  const diff = row.current - row.previous;
  const magnitude = Math.abs(diff);
  const shown = row.kind === 'count' ? formatCount(magnitude, language) : row.kind === 'score' ? formatScore(magnitude, language) : formatShare(magnitude, language);
  if (Math.abs(diff) < 1e-9) return { text: '=', label: say('change.same'), tone: 'neutral600' as const };
  return diff > 0 ? { text: `▲ ${shown}`, label: say('change.up'), tone: 'neutral800' as const } : { text: `▼ ${shown}`, label: say('change.down'), tone: 'neutral800' as const };
};

const FiguresTable = ({ rows, currentName, previousName }: { rows: FigureRow[]; currentName: string; previousName: string }) => {
  const { say, language } = useSay();
  return (
    <Box>
      <Typography variant="beta" tag="h2" style={{ display: 'block', marginBottom: '1.2rem' }}>
        {say('section.figures')}
      </Typography>
      <Table colCount={4} rowCount={rows.length + 1} data-testid="report-figures">
        <Thead>
          <Tr>
            <Th>
              <Typography variant="sigma">{say('col.figure')}</Typography>
            </Th>
            <Th>
              <Typography variant="sigma">{currentName}</Typography>
            </Th>
            <Th>
              <Typography variant="sigma">{previousName}</Typography>
            </Th>
            <Th>
              <Typography variant="sigma">{say('col.change')}</Typography>
            </Th>
          </Tr>
        </Thead>
        <Tbody>
          {rows.map((row) => {
            const change = changeOf(row, language, say);
            return (
              <Tr key={row.id} data-testid={`report-figure-${row.id}`}>
                <Td>
                  <Typography textColor="neutral800">{row.label}</Typography>
                </Td>
                <Td>
                  <Typography textColor="neutral800" fontWeight="bold" data-testid={`report-figure-${row.id}-current`}>
                    {formatValue(row.kind, row.current, language)}
                  </Typography>
                </Td>
                <Td>
                  <Typography textColor="neutral600" data-testid={`report-figure-${row.id}-previous`}>
                    {formatValue(row.kind, row.previous, language)}
                  </Typography>
                </Td>
                <Td>
                  <Typography textColor={change.tone} aria-label={change.label ? `${change.label} ${change.text.replace(/[▲▼=]\s?/, '')}` : undefined}>
                    {change.text}
                  </Typography>
                </Td>
              </Tr>
            );
          })}
        </Tbody>
      </Table>
    </Box>
  );
};

/** «دریافت CSV»: the route needs the admin token, so the file is fetched and handed to the browser. */
const CsvButton = ({ quarter }: { quarter: Quarter }) => {
  const { say } = useSay();
  const { get } = useFetchClient();
  const { toggleNotification } = useNotification();
  const [busy, setBusy] = React.useState(false);
  const download = async () => {
    setBusy(true);
    try {
      const { data } = await get<Blob>(`${CSV_URL}?${reportQuery(quarter.year, quarter.quarter)}`, { responseType: 'blob' });
      const url = URL.createObjectURL(data);
      const link = document.createElement('a');
      link.href = url;
      link.download = `quarter-report-${quarter.year}-q${quarter.quarter}.csv`;
      document.body.appendChild(link);
      link.click();
      link.remove();
      window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (e) {
      toggleNotification({ type: 'danger', message: `${say('csv.failed')} ${errorText(e)}` });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button startIcon={<Download />} onClick={() => void download()} loading={busy} data-testid="report-csv">
      {say('csv')}
    </Button>
  );
};

const App = () => (
  <Page.Protect permissions={PERMISSIONS.read}>
    <ReportPage />
  </Page.Protect>
);

export default App;
