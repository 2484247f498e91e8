/**
 * INTERIM (tickets-api): the ticket targets counted around the clock (24/7) from the support
 * settings' hours. The sla helper replaces this file with the business calendar
 * (src/domain/sla.ts: Saturday–Thursday hours, Friday and holidays off) and the escalation job;
 * the two functions keep these signatures (TICKETS-CONTRACT.md).
 */
import type { Core } from '@strapi/strapi';
import type { TicketPriority } from '../../../domain/tickets';

const HOUR_MS = 3_600_000;
const after = (at: Date, hours: number) => new Date(at.getTime() + Math.round(hours * HOUR_MS));

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const settings = () => strapi.service('api::support-settings.support-settings').current();
  return {
    /** When the first reply and the resolution of a ticket opened at `openedAt` are due. */
    async dueDates(priority: TicketPriority, openedAt: Date): Promise<{ firstResponseDueAt: Date; resolutionDueAt: Date }> {
      const s = await settings();
      return { firstResponseDueAt: after(openedAt, s.firstResponseHours[priority]), resolutionDueAt: after(openedAt, s.resolutionHours[priority]) };
    },
    /** When staff's next reply is due after the subscriber wrote at `at`. */
    async replyDueAfter(priority: TicketPriority, at: Date): Promise<Date> {
      const s = await settings();
      return after(at, s.firstResponseHours[priority]);
    },
  };
};
