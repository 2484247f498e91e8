/**
 * The report's figures as the page and the widget show them: the rows of the figures table (the
 * quarter beside the one before) and the rows of each chart, with their labels.
 */
import { enumerationLabel } from '../readable/vocabulary';
import { COMPLAINT_OUTCOMES, COMPLAINT_SOURCES, SURVEY_QUESTIONS, type QuarterFigures, type QuarterReport } from './api';
import type { ChartRow } from './BarChart';
import { asNumber, formatCount, formatScore, formatShare, type Language } from './quarters';
import type { ReportKey } from './translations';

const COMPLAINT = 'api::complaint.complaint';

type Say = (key: ReportKey, values?: Record<string, string | number>) => string;

export type Kind = 'count' | 'score' | 'share';
export type FigureRow = { id: string; label: string; kind: Kind; current: number | null; previous: number | null };

export const formatValue = (kind: Kind, value: number | null, language: Language) =>
  kind === 'count' ? formatCount(value, language) : kind === 'score' ? formatScore(value, language) : formatShare(value, language);

/** The quarter's own figures and the previous quarter's, in one shape. */
export const split = (report: QuarterReport): { current: QuarterFigures; previous: QuarterFigures } => ({
  current: { quarter: report.quarter, surveys: report.surveys, complaints: report.complaints },
  previous: report.previous ?? {},
});

export const questionLabel = (say: Say, key: string) => say(`question.${key}` as ReportKey);

export const sourceLabel = (say: Say, key: string, language: Language) =>
  enumerationLabel(COMPLAINT, 'source', key, language) ?? ((COMPLAINT_SOURCES as readonly string[]).includes(key) ? say(`source.${key}` as ReportKey) : key);

export const outcomeLabel = (say: Say, key: string, language: Language) =>
  (key === 'open' ? undefined : enumerationLabel(COMPLAINT, 'outcome', key, language)) ??
  ((COMPLAINT_OUTCOMES as readonly string[]).includes(key) ? say(`outcome.${key}` as ReportKey) : key);

export const figureRows = (report: QuarterReport, say: Say): FigureRow[] => {
  const { current: c, previous: p } = split(report);
  const row = (id: string, label: string, kind: Kind, pick: (f: QuarterFigures) => unknown): FigureRow => ({ id, label, kind, current: asNumber(pick(c)), previous: asNumber(pick(p)) });
  return [
    row('sent', say('figure.sent'), 'count', (f) => f.surveys?.sent),
    row('answered', say('figure.answered'), 'count', (f) => f.surveys?.answered),
    row('responseRate', say('figure.responseRate'), 'share', (f) => f.surveys?.responseRate),
    row('dissatisfiedShare', say('figure.dissatisfiedShare'), 'share', (f) => f.surveys?.dissatisfiedShare),
    ...SURVEY_QUESTIONS.map((q) => row(`average-${q}`, say('figure.average', { question: questionLabel(say, q) }), 'score', (f) => f.surveys?.averages?.[q])),
    row('complaints', say('figure.complaints'), 'count', (f) => f.complaints?.total),
    row('addressedToCeo', say('figure.addressedToCeo'), 'count', (f) => f.complaints?.addressedToCeo),
    row('answeredWithin48h', say('figure.answeredWithin48h'), 'share', (f) => f.complaints?.answeredWithin48hShare),
  ];
};

const keysOf = (known: readonly string[], ...maps: Array<Partial<Record<string, unknown>> | undefined>) => {
  const extra = maps.flatMap((m) => Object.keys(m ?? {})).filter((k) => !known.includes(k));
  return [...known, ...Array.from(new Set(extra))];
};

export const chartRows = (report: QuarterReport, say: Say, language: Language) => {
  const { current: c, previous: p } = split(report);
  const averages: ChartRow[] = SURVEY_QUESTIONS.map((q) => ({
    key: q,
    label: questionLabel(say, q),
    current: asNumber(c.surveys?.averages?.[q]),
    previous: asNumber(p.surveys?.averages?.[q]),
  }));
  const rates: ChartRow[] = [
    { key: 'responseRate', label: say('figure.responseRate'), current: asNumber(c.surveys?.responseRate), previous: asNumber(p.surveys?.responseRate) },
    { key: 'dissatisfiedShare', label: say('figure.dissatisfiedShare'), current: asNumber(c.surveys?.dissatisfiedShare), previous: asNumber(p.surveys?.dissatisfiedShare) },
    { key: 'answeredWithin48h', label: say('figure.answeredWithin48h'), current: asNumber(c.complaints?.answeredWithin48hShare), previous: asNumber(p.complaints?.answeredWithin48hShare) },
  ];
  const bySource: ChartRow[] = keysOf(COMPLAINT_SOURCES, c.complaints?.bySource, p.complaints?.bySource).map((key) => ({
    key,
    label: sourceLabel(say, key, language),
    current: asNumber(c.complaints?.bySource?.[key]) ?? 0,
    previous: asNumber(p.complaints?.bySource?.[key]) ?? 0,
  }));
  const byOutcome: ChartRow[] = keysOf(COMPLAINT_OUTCOMES, c.complaints?.byOutcome, p.complaints?.byOutcome).map((key) => ({
    key,
    label: outcomeLabel(say, key, language),
    current: asNumber(c.complaints?.byOutcome?.[key]) ?? 0,
    previous: asNumber(p.complaints?.byOutcome?.[key]) ?? 0,
  }));
  return { averages, rates, bySource, byOutcome };
};

/** «وب‌سایت: ۱۲ (فصل قبل ۸)؛ …» — what a screen reader hears for a chart. */
export const describe = (rows: ChartRow[], format: (v: number | null) => string, previousName: string, language: Language) =>
  rows.map((r) => `${r.label}: ${format(r.current)} (${previousName}: ${format(r.previous)})`).join(language === 'fa' ? '؛ ' : '; ');
