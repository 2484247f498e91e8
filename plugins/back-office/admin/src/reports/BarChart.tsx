/**
 * A grouped horizontal bar chart drawn as SVG in React (no chart library): one row per category,
 * the chosen quarter's bar over the previous quarter's, each with its value written at its end.
 * Labels sit at the start edge, so the chart mirrors itself right to left in Persian. The SVG is
 * an image with a title and a description that reads every value out (screen readers do not walk
 * SVG shapes); the figures table on the page has them too.
 */
import * as React from 'react';
import { Box, Flex, Typography } from '@strapi/design-system';

export type ChartRow = { key: string; label: string; current: number | null; previous: number | null };

export const CHART_COLORS = { current: '#4945FF', previous: '#A5A5BA', grid: '#EAEAEF', text: '#32324D', muted: '#666687' };

/** the drawing's width until the box has been measured; then it is the box's own width (text never scales) */
const DEFAULT_WIDTH = 460;
const MIN_WIDTH = 260;
const VALUE_WIDTH = 52;
const BAR = 14;
const BAR_GAP = 4;
const ROW_GAP = 16;
const TOP = 8;

type Props = {
  id: string;
  title: string;
  rows: ChartRow[];
  /** the scale's end (5 for scores, 1 for shares); the largest value when absent */
  max?: number;
  format: (value: number | null) => string;
  legend: { current: string; previous: string };
  dir: 'rtl' | 'ltr';
  /** the sentence read out for the chart: title and values */
  description: string;
  empty?: string;
};

/** The width of the box the chart is drawn in, followed as it changes (a narrow window, the side menu). */
const useWidth = () => {
  const ref = React.useRef<HTMLDivElement>(null);
  const [width, setWidth] = React.useState(DEFAULT_WIDTH);
  React.useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return undefined;
    const measure = () => setWidth(Math.max(MIN_WIDTH, Math.floor(element.clientWidth)));
    measure();
    if (typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return { ref, width };
};

export const BarChart = ({ id, title, rows, max, format, legend, dir, description, empty }: Props) => {
  const { ref, width: WIDTH } = useWidth();
  // room for the longest label (about 6.5 px a character at 13 px), at most 45% of the width
  const longest = Math.max(0, ...rows.map((r) => r.label.length));
  const LABEL_WIDTH = Math.round(Math.min(WIDTH * 0.45, Math.max(72, longest * 6.5 + 10)));
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  const rtl = dir === 'rtl';
  const values = rows.flatMap((r) => [r.current, r.previous]).filter((v): v is number => typeof v === 'number');
  const hasData = values.some((v) => v > 0);
  const top = Math.max(max ?? 0, ...values, max === undefined ? 1 : 0);
  const plot = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
  const rowHeight = BAR * 2 + BAR_GAP + ROW_GAP;
  const height = TOP + rows.length * rowHeight;
  /** a distance from the start edge → the x of the SVG */
  const x = (fromStart: number) => (rtl ? WIDTH - fromStart : fromStart);
  const rect = (fromStart: number, width: number) => ({ x: rtl ? WIDTH - fromStart - width : fromStart, width });
  const length = (v: number | null) => (v === null || top <= 0 ? 0 : Math.max(v > 0 ? 2 : 0, (v / top) * plot));

  return (
    <Box background="neutral0" hasRadius shadow="tableShadow" padding={5} data-testid={`report-chart-${id}`}>
      <Flex direction="column" alignItems="stretch" gap={3}>
        <Flex justifyContent="space-between" alignItems="center" wrap="wrap" gap={3}>
          <Typography variant="delta" tag="h3" id={titleId}>
            {title}
          </Typography>
          <Flex gap={4} aria-hidden>
            <LegendKey color={CHART_COLORS.current} text={legend.current} />
            <LegendKey color={CHART_COLORS.previous} text={legend.previous} />
          </Flex>
        </Flex>
        {!hasData && empty ? (
          <Typography variant="omega" textColor="neutral600" data-testid={`report-chart-${id}-empty`}>
            {empty}
          </Typography>
        ) : null}
        <div ref={ref} style={{ width: '100%' }}>
          <svg
            viewBox={`0 0 ${WIDTH} ${height}`}
            width={WIDTH}
            height={height}
            role="img"
            aria-labelledby={`${titleId} ${descId}`}
            style={{ display: 'block', fontFamily: 'inherit', overflow: 'visible' }}
            direction={dir}
          >
            <desc id={descId}>{description}</desc>
            {/* quarter lines of the scale */}
            {[0, 0.25, 0.5, 0.75, 1].map((f) => (
              <line key={f} x1={x(LABEL_WIDTH + f * plot)} x2={x(LABEL_WIDTH + f * plot)} y1={TOP - 4} y2={height - ROW_GAP / 2} stroke={CHART_COLORS.grid} strokeWidth={f === 0 ? 1.5 : 1} />
            ))}
            {rows.map((row, i) => {
              const y = TOP + i * rowHeight;
              const bars: Array<['current' | 'previous', number | null]> = [
                ['current', row.current],
                ['previous', row.previous],
              ];
              return (
                <g key={row.key} data-testid={`report-bar-row-${row.key}`}>
                  <text x={x(0)} y={y + BAR + BAR_GAP / 2 + 5} textAnchor="start" direction={dir} fontSize={13} fill={CHART_COLORS.text}>
                    {row.label}
                  </text>
                  {bars.map(([which, value], j) => {
                    const barY = y + j * (BAR + BAR_GAP);
                    const w = length(value);
                    return (
                      <g key={which}>
                        <rect {...rect(LABEL_WIDTH, w)} y={barY} height={BAR} rx={3} fill={CHART_COLORS[which]} data-testid={`report-bar-${row.key}-${which}`} data-value={value ?? ''} />
                        <text
                          x={x(LABEL_WIDTH + w + 6)}
                          y={barY + BAR - 2}
                          textAnchor="start"
                          direction={dir}
                          fontSize={12}
                          fontWeight={which === 'current' ? 700 : 400}
                          fill={which === 'current' ? CHART_COLORS.text : CHART_COLORS.muted}
                        >
                          {format(value)}
                        </text>
                      </g>
                    );
                  })}
                </g>
              );
            })}
          </svg>
        </div>
      </Flex>
    </Box>
  );
};

const LegendKey = ({ color, text }: { color: string; text: string }) => (
  <Flex gap={2} alignItems="center">
    <span style={{ display: 'inline-block', width: 12, height: 12, borderRadius: 3, background: color }} />
    <Typography variant="pi" textColor="neutral700">
      {text}
    </Typography>
  </Flex>
);
