/**
 * The quarterly report (issue 14; staff matrix feature `quarter-report`: Manager and CEO):
 *   GET /back-office/reports/quarter?year=1405&quarter=3   the figures beside the previous quarter's
 *   GET /back-office/reports/quarter.csv?year=1405&quarter=3   the same as CSV (UTF-8 with BOM)
 * Without year and quarter: the current Jalali quarter (Tehran). Any digits. The figures are
 * api::complaint.quarter-report's grouped queries.
 */
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { parseWholeNumber } from 'poshtiban/domain/digits';
import { QUARTER_YEAR_MAX, QUARTER_YEAR_MIN, isQuarterNumber, quarterOf, type JalaliQuarter } from 'poshtiban/domain/jalali-quarters';
import { FieldErrors } from 'poshtiban/validation/errors';

export const REPORTS_READ = 'plugin::back-office.reports.read';

/** ?year&quarter → a quarter (both or neither), or the field errors. */
export const readQuarter = (query: Record<string, unknown>, now: Date = new Date()): JalaliQuarter => {
  const errs = new FieldErrors();
  for (const key of Object.keys(query)) if (key !== 'year' && key !== 'quarter') errs.add(['query', key], 'unknownParameter');
  errs.throwIfAny();
  if (query.year === undefined && query.quarter === undefined) return quarterOf(now);
  const year = parseWholeNumber(query.year);
  const quarter = parseWholeNumber(query.quarter);
  if (year === null || year < QUARTER_YEAR_MIN || year > QUARTER_YEAR_MAX) errs.add(['query', 'year'], 'quarterInvalid');
  if (!isQuarterNumber(quarter)) errs.add(['query', 'quarter'], 'quarterInvalid');
  errs.throwIfAny();
  return { year: year as number, quarter: quarter as JalaliQuarter['quarter'] };
};

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const reports = () => strapi.service('api::complaint.quarter-report');
  return {
    async quarter(ctx: Context) {
      const q = readQuarter(ctx.query as Record<string, unknown>);
      ctx.set('Cache-Control', 'no-store');
      ctx.body = { data: await reports().report(q) };
    },

    async quarterCsv(ctx: Context) {
      const q = readQuarter(ctx.query as Record<string, unknown>);
      ctx.set('Cache-Control', 'no-store');
      ctx.set('Content-Disposition', `attachment; filename="voice-of-customer-${q.year}-Q${q.quarter}.csv"`);
      ctx.type = 'text/csv; charset=utf-8';
      ctx.body = await reports().csv(q);
    },
  };
};
