/**
 * The support settings staff edit in the admin (a single type): first-response and resolution
 * targets per priority (hours), how they are counted (business calendar or 24/7, the working
 * day's hours), when a ticket still overdue goes on to the Manager, the on-call mobiles told of
 * escalations (Senior support, Manager), and the pay-per-case rate
 * table (integer rials per hour for each difficulty, the on-site visit fee).
 */
import { factories } from '@strapi/strapi';
import { toRials } from '../../../domain/money';
import type { SlaCalendar, TicketDifficulty, TicketPriority } from '../../../domain/tickets';

const UID = 'api::support-settings.support-settings';

export const DEFAULT_SUPPORT_SETTINGS = {
  slaCalendar: 'business' as SlaCalendar,
  workdayStart: '08:00',
  workdayEnd: '17:00',
  thursdayEnd: '13:00',
  firstResponseHoursLow: 24,
  firstResponseHoursMedium: 8,
  firstResponseHoursHigh: 4,
  firstResponseHoursUrgent: 1,
  resolutionHoursLow: 120,
  resolutionHoursMedium: 48,
  resolutionHoursHigh: 24,
  resolutionHoursUrgent: 8,
  managerEscalationAfterHours: 4,
  hourlyRateSimpleRials: '5000000', // 500,000 toman an hour
  hourlyRateStandardRials: '8000000',
  hourlyRateComplexRials: '12000000',
  hourlyRateExpertRials: '18000000',
  visitFeeRials: '15000000',
  // issue 14: the satisfaction survey goes this many days after an installation is confirmed
  surveyDelayDays: 7,
};

export type SupportSettings = {
  calendar: SlaCalendar;
  workday: { start: string; end: string; thursdayEnd: string };
  firstResponseHours: Record<TicketPriority, number>;
  resolutionHours: Record<TicketPriority, number>;
  managerEscalationAfterHours: number;
  /** on-call mobiles (09xxxxxxxxx) that get an SMS when a ticket is escalated to the level; null = none */
  alertMobiles: { seniorSupport: string | null; manager: string | null };
  hourlyRateRials: Record<TicketDifficulty, number>;
  visitFeeRials: number;
  /** issue 14: days after an installation confirmation the survey is sent */
  surveyDelayDays: number;
  /** issue 14: managers told of overdue complaints and dissatisfied surveys; the CEO of overdue CEO-line complaints */
  complaintAlertMobiles: string[];
  ceoAlertMobile: string | null;
};

type SupportSettingsRow = typeof DEFAULT_SUPPORT_SETTINGS & {
  seniorSupportAlertMobile?: string | null;
  managerAlertMobile?: string | null;
  complaintAlertMobiles?: string | null;
  ceoAlertMobile?: string | null;
};

/** The managers' mobiles as stored: 09xxxxxxxxx, comma-separated (src/validation/rules/support-settings.ts). */
export const splitMobiles = (value: string | null | undefined): string[] =>
  String(value ?? '')
    .split(',')
    .map((m) => m.trim())
    .filter(Boolean);

export const readSupportSettings = (row: SupportSettingsRow): SupportSettings => ({
  calendar: row.slaCalendar === 'always' ? 'always' : 'business',
  workday: { start: row.workdayStart, end: row.workdayEnd, thursdayEnd: row.thursdayEnd },
  firstResponseHours: {
    low: Number(row.firstResponseHoursLow),
    medium: Number(row.firstResponseHoursMedium),
    high: Number(row.firstResponseHoursHigh),
    urgent: Number(row.firstResponseHoursUrgent),
  },
  resolutionHours: {
    low: Number(row.resolutionHoursLow),
    medium: Number(row.resolutionHoursMedium),
    high: Number(row.resolutionHoursHigh),
    urgent: Number(row.resolutionHoursUrgent),
  },
  managerEscalationAfterHours: Number(row.managerEscalationAfterHours),
  alertMobiles: { seniorSupport: row.seniorSupportAlertMobile || null, manager: row.managerAlertMobile || null },
  hourlyRateRials: {
    simple: toRials(row.hourlyRateSimpleRials),
    standard: toRials(row.hourlyRateStandardRials),
    complex: toRials(row.hourlyRateComplexRials),
    expert: toRials(row.hourlyRateExpertRials),
  },
  visitFeeRials: toRials(row.visitFeeRials),
  surveyDelayDays: Number(row.surveyDelayDays) > 0 ? Number(row.surveyDelayDays) : DEFAULT_SUPPORT_SETTINGS.surveyDelayDays,
  complaintAlertMobiles: splitMobiles(row.complaintAlertMobiles),
  ceoAlertMobile: row.ceoAlertMobile || null,
});

export default factories.createCoreService(UID, ({ strapi }) => ({
  async ensureDefaults() {
    if (!(await strapi.db.query(UID).findOne({ select: ['id'] }))) await strapi.db.query(UID).create({ data: DEFAULT_SUPPORT_SETTINGS });
  },

  async current(): Promise<SupportSettings> {
    const row = (await strapi.db.query(UID).findOne({})) ?? DEFAULT_SUPPORT_SETTINGS;
    return readSupportSettings(row);
  },
}));
