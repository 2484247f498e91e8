/**
 * The quarterly report's admin API (plugins/back-office server, issue 14 contract "Reports"): the
 * shapes it answers, its paths and the permission that shows the page and the home widget.
 *   GET /back-office/reports/quarter?year=1405&quarter=3  → { data: QuarterReport }
 *   GET /back-office/reports/quarter.csv?year&quarter     → text/csv (UTF-8 with BOM)
 */

/** Managers and the CEO (staff matrix); the page's menu link, its guard and the widget ask for it. */
export const REPORTS_READ = 'plugin::back-office.reports.read';
export const PERMISSIONS = { read: [{ action: REPORTS_READ, subject: null }] };

/** The admin path of the page (the menu link's `to`, without the leading /admin). */
export const REPORT_PATH = '/plugins/back-office/reports';
export const reportPath = (year: number, quarter: number) => `${REPORT_PATH}?year=${year}&quarter=${quarter}`;

export const SURVEY_QUESTIONS = ['staffConduct', 'salesProcess', 'installationTraining', 'afterSalesSupport'] as const;
export type SurveyQuestion = (typeof SURVEY_QUESTIONS)[number];

export const COMPLAINT_SOURCES = ['web', 'phone', 'email', 'in_person', 'social', 'visit_form'] as const;
export const COMPLAINT_OUTCOMES = ['resolved', 'partly_resolved', 'not_resolved', 'unfounded', 'open'] as const;

type Moment = string | { iso: string; jalali?: string };
type Day = { iso: string; jalali?: string; jalaliLong?: string };

/** The quarter: its names (Persian «پاییز ۱۴۰۵», English), its instants [start, end) and its first and last days. */
export type QuarterRef = { year: number; quarter: number; label?: string; labelEn?: string; start?: Moment; end?: Moment; firstDay?: Day | null; lastDay?: Day | null };

export type SurveyFigures = {
  sent: number;
  answered: number;
  /** 0–1; null when none was sent */
  responseRate: number | null;
  /** 1–5 per question; null when none answered */
  averages: Partial<Record<SurveyQuestion, number | null>>;
  /** 0–1; null when none answered */
  dissatisfiedShare: number | null;
};

export type ComplaintFigures = {
  total: number;
  bySource: Partial<Record<string, number>>;
  byOutcome: Partial<Record<string, number>>;
  /** 0–1 of the quarter's complaints first answered within 48 working hours; null when none */
  answeredWithin48hShare: number | null;
  addressedToCeo: number;
};

export type QuarterFigures = { quarter?: QuarterRef; surveys?: Partial<SurveyFigures>; complaints?: Partial<ComplaintFigures> };

export type QuarterReport = { quarter: QuarterRef; previous?: QuarterFigures | null; surveys?: Partial<SurveyFigures>; complaints?: Partial<ComplaintFigures> };

export const reportQuery = (year: number, quarter: number) => `year=${encodeURIComponent(String(year))}&quarter=${encodeURIComponent(String(quarter))}`;
export const REPORT_URL = '/back-office/reports/quarter';
export const CSV_URL = '/back-office/reports/quarter.csv';
