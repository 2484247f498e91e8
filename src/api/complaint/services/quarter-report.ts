/**
 * The quarterly report of the voice of the customer (service `api::complaint.quarter-report`,
 * issue 14; served by plugins/back-office GET /back-office/reports/quarter[.csv]). A quarter is a
 * Jalali quarter's instants [start, end) (src/domain/jalali-quarters.ts); each figure is one
 * grouped statement over an indexed column, however many rows the quarter has:
 *
 * - surveys — the surveys SENT in the quarter (sentAt), as a cohort: how many, how many of them
 *   were answered (response rate), each question's average over the answers (null when none),
 *   and the share of answers that were dissatisfied (any score ≤ 2);
 * - complaints — those RECEIVED in the quarter (receivedAt): total, by source, by outcome (a
 *   complaint not closed yet counts as `open`), to the CEO, and the share answered within 48
 *   working hours among those whose deadline has passed or that were answered (one still inside
 *   its deadline and unanswered is not judged yet).
 */
import type { Core } from '@strapi/strapi';
import { COMPLAINT_OUTCOMES, COMPLAINT_OUTCOME_LABELS, COMPLAINT_SOURCES, COMPLAINT_SOURCE_LABELS } from '../../../domain/complaints';
import { SURVEY_QUESTIONS, SURVEY_QUESTION_SHORT, type SurveyQuestion } from '../../../domain/surveys';
import { previousQuarter, quarterFirstDay, quarterLabel, quarterLastDay, quarterRange, type JalaliQuarter } from '../../../domain/jalali-quarters';
import { presentDate, presentDateTime } from '../../../domain/jalali';
import { rawRows, sqlInstant } from '../../../utils/raw-sql';

const COMPLAINT = 'api::complaint.complaint';
const SURVEY = 'api::survey.survey';

const COLUMN: Record<SurveyQuestion, string> = {
  staffConduct: 'staff_conduct',
  salesProcess: 'sales_process',
  installationTraining: 'installation_training',
  afterSalesSupport: 'after_sales_support',
};

export type QuarterFigures = {
  quarter: { year: number; quarter: number; label: string; labelEn: string; start: ReturnType<typeof presentDateTime>; end: ReturnType<typeof presentDateTime>; firstDay: ReturnType<typeof presentDate>; lastDay: ReturnType<typeof presentDate> };
  surveys: { sent: number; answered: number; responseRate: number | null; averages: Record<SurveyQuestion, number | null>; dissatisfied: number; dissatisfiedShare: number | null };
  complaints: {
    total: number;
    bySource: Record<string, number>;
    byOutcome: Record<string, number>;
    answeredWithin48h: number;
    judged: number;
    answeredWithin48hShare: number | null;
    addressedToCeo: number;
  };
};

const share = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 10_000) / 10_000 : null);
const num = (v: unknown) => (v === null || v === undefined ? 0 : Number(v));
const avg = (v: unknown) => (v === null || v === undefined ? null : Math.round(Number(v) * 100) / 100);

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const figures = async (q: JalaliQuarter, now: Date): Promise<QuarterFigures> => {
    const { start, end } = quarterRange(q);
    const knex = strapi.db.connection;
    const from = sqlInstant(strapi, start);
    const until = sqlInstant(strapi, end);
    const surveys = strapi.db.metadata.get(SURVEY).tableName;
    const complaints = strapi.db.metadata.get(COMPLAINT).tableName;

    const [surveyRow] = rawRows<Record<string, unknown>>(
      await knex(surveys)
        .where('sent_at', '>=', from)
        .andWhere('sent_at', '<', until)
        .select(
          knex.raw('count(*) as sent'),
          knex.raw('count(answered_at) as answered'),
          knex.raw('sum(case when answered_at is not null and dissatisfied then 1 else 0 end) as dissatisfied'),
          ...SURVEY_QUESTIONS.map((question) => knex.raw(`avg(${COLUMN[question]}) as ${COLUMN[question]}`))
        )
    );
    const bySourceRows = rawRows<{ source: string; n: unknown }>(
      await knex(complaints).where('received_at', '>=', from).andWhere('received_at', '<', until).groupBy('source').select('source', knex.raw('count(*) as n'))
    );
    const byOutcomeRows = rawRows<{ k: string | null; n: unknown }>(
      await knex(complaints)
        .where('received_at', '>=', from)
        .andWhere('received_at', '<', until)
        .groupByRaw(`case when complaint_status = 'closed' and outcome is not null then outcome else 'open' end`)
        .select(knex.raw(`case when complaint_status = 'closed' and outcome is not null then outcome else 'open' end as k`), knex.raw('count(*) as n'))
    );
    const [timing] = rawRows<Record<string, unknown>>(
      await knex(complaints)
        .where('received_at', '>=', from)
        .andWhere('received_at', '<', until)
        .select(
          knex.raw(`sum(case when addressed_to = 'ceo' then 1 else 0 end) as ceo`),
          knex.raw('sum(case when first_answered_at is not null and first_answered_at <= reply_due_at then 1 else 0 end) as in_time'),
          knex.raw('sum(case when first_answered_at is not null or reply_due_at < ? then 1 else 0 end) as judged', [sqlInstant(strapi, now)])
        )
    );

    const bySource = Object.fromEntries(COMPLAINT_SOURCES.map((s) => [s, 0])) as Record<string, number>;
    for (const r of bySourceRows) bySource[r.source] = num(r.n);
    const byOutcome = Object.fromEntries([...COMPLAINT_OUTCOMES, 'open'].map((o) => [o, 0])) as Record<string, number>;
    for (const r of byOutcomeRows) byOutcome[r.k ?? 'open'] = (byOutcome[r.k ?? 'open'] ?? 0) + num(r.n);
    const total = Object.values(bySource).reduce((a, b) => a + b, 0);
    const sent = num(surveyRow?.sent);
    const answered = num(surveyRow?.answered);
    const dissatisfied = num(surveyRow?.dissatisfied);
    const judged = num(timing?.judged);
    const inTime = num(timing?.in_time);
    return {
      quarter: {
        year: q.year,
        quarter: q.quarter,
        label: quarterLabel(q),
        labelEn: quarterLabel(q, 'en'),
        start: presentDateTime(start),
        end: presentDateTime(end),
        firstDay: presentDate(quarterFirstDay(q)),
        lastDay: presentDate(quarterLastDay(q)),
      },
      surveys: {
        sent,
        answered,
        responseRate: share(answered, sent),
        averages: Object.fromEntries(SURVEY_QUESTIONS.map((question) => [question, answered ? avg(surveyRow?.[COLUMN[question]]) : null])) as Record<SurveyQuestion, number | null>,
        dissatisfied,
        dissatisfiedShare: share(dissatisfied, answered),
      },
      complaints: { total, bySource, byOutcome, answeredWithin48h: inTime, judged, answeredWithin48hShare: share(inTime, judged), addressedToCeo: num(timing?.ceo) },
    };
  };

  return {
    /** The quarter's figures with the previous quarter's beside them. */
    async report(q: JalaliQuarter, now: Date = new Date()) {
      const [current, previous] = await Promise.all([figures(q, now), figures(previousQuarter(q), now)]);
      return { ...current, previous };
    },

    /** The report as CSV: UTF-8 with a BOM (Excel reads Persian), Persian headers, the quarter beside the previous one. */
    async csv(q: JalaliQuarter, now: Date = new Date()): Promise<string> {
      const r = await this.report(q, now);
      const p = r.previous;
      const pct = (v: number | null) => (v === null ? '' : (v * 100).toFixed(1));
      const val = (v: number | null) => (v === null ? '' : String(v));
      const rows: string[][] = [
        ['شاخص (Figure)', r.quarter.label, p.quarter.label],
        ['نظرسنجی‌های ارسال‌شده (Surveys sent)', String(r.surveys.sent), String(p.surveys.sent)],
        ['نظرسنجی‌های پاسخ‌داده‌شده (Surveys answered)', String(r.surveys.answered), String(p.surveys.answered)],
        ['نرخ پاسخ ٪ (Response rate %)', pct(r.surveys.responseRate), pct(p.surveys.responseRate)],
        ...SURVEY_QUESTIONS.map((question) => [
          `میانگین ${SURVEY_QUESTION_SHORT[question].fa} (Average: ${SURVEY_QUESTION_SHORT[question].en})`,
          val(r.surveys.averages[question]),
          val(p.surveys.averages[question]),
        ]),
        ['سهم ناراضی ٪ (Dissatisfied %)', pct(r.surveys.dissatisfiedShare), pct(p.surveys.dissatisfiedShare)],
        ['کل شکایات (Complaints)', String(r.complaints.total), String(p.complaints.total)],
        ...COMPLAINT_SOURCES.map((s) => [`منبع: ${COMPLAINT_SOURCE_LABELS[s].fa} (Source: ${COMPLAINT_SOURCE_LABELS[s].en})`, String(r.complaints.bySource[s]), String(p.complaints.bySource[s])]),
        ...[...COMPLAINT_OUTCOMES, 'open' as const].map((o) => {
          const label = o === 'open' ? { fa: 'باز', en: 'Open' } : COMPLAINT_OUTCOME_LABELS[o];
          return [`نتیجه: ${label.fa} (Outcome: ${label.en})`, String(r.complaints.byOutcome[o]), String(p.complaints.byOutcome[o])];
        }),
        ['پاسخ در ۴۸ ساعت کاری ٪ (Answered within 48 working hours %)', pct(r.complaints.answeredWithin48hShare), pct(p.complaints.answeredWithin48hShare)],
        ['شکایات به مدیرعامل (Addressed to the CEO)', String(r.complaints.addressedToCeo), String(p.complaints.addressedToCeo)],
      ];
      const cell = (v: string) => (/[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
      return `\uFEFF${rows.map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
    },
  };
};
