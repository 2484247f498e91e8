/**
 * The tickets' SLA (service `api::ticket.sla`): due dates from the support settings' targets,
 * counted on their calendar (src/domain/sla.ts — business hours in Tehran, Friday and the
 * holidays staff list off — or 24/7).
 */
import type { Core } from '@strapi/strapi';
import { replyDueAfter, supportCalendar, ticketDueDates, type SupportCalendar } from '../../../domain/sla';
import type { TicketPriority } from '../../../domain/tickets';
import type { SupportSettings } from '../../support-settings/services/support-settings';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const settings = (): Promise<SupportSettings> => strapi.service('api::support-settings.support-settings').current();

  /** The settings' calendar with the holidays staff list (cached for a minute by the holiday service). */
  const calendarOf = async (current: SupportSettings): Promise<SupportCalendar> =>
    supportCalendar(
      current.calendar,
      current.workday,
      current.calendar === 'always' ? new Set() : await strapi.service('api::holiday.holiday').dates()
    );

  return {
    /** The calendar SLA hours are counted on now. */
    async calendar(): Promise<SupportCalendar> {
      return calendarOf(await settings());
    },

    /** A new ticket's deadlines: the first staff reply and the resolution. */
    async dueDates(priority: TicketPriority, openedAt: Date): Promise<{ firstResponseDueAt: Date; resolutionDueAt: Date }> {
      const current = await settings();
      return ticketDueDates(priority, openedAt, current, await calendarOf(current));
    },

    /** When staff's next reply is due after the subscriber writes at `at` (the first-response target again). */
    async replyDueAfter(priority: TicketPriority, at: Date): Promise<Date> {
      const current = await settings();
      return replyDueAfter(priority, at, current, await calendarOf(current));
    },
  };
};
