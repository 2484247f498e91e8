/**
 * The tickets' SLA (service `api::ticket.sla`): due dates from the support settings' targets,
 * counted on their calendar (src/domain/sla.ts — business hours in Tehran, Friday and the
 * holidays staff list off — or 24/7), and the escalation job (src/scheduler/jobs.ts).
 *
 * escalate({ now }), every few minutes behind the job's lease:
 * 1. overdueAt follows the deadlines: set (to `now`) on an open ticket that has missed its owed
 *    reply (replyDueAt) or its resolution, cleared once it has none missed (staff replied, the
 *    subscriber's new message moved replyDueAt on). One UPDATE each.
 * 2. Level 1 (Senior support): an overdue open ticket not escalated yet.
 * 3. Level 2 (Manager): a ticket at level 1 still overdue `managerEscalationAfterHours` support
 *    hours after it became overdue.
 * Each level is a batch per transaction: one INSERT of ticket-escalation rows that skips the
 * (ticket, level) pairs recorded already (UNIQUE index), the relation rows, one UPDATE of the
 * tickets' level, one INSERT of SMS rows to the level's on-call mobile for the rows this run
 * inserted — so two instances, two runs or a run after a crash record and announce each level
 * of a ticket once.
 */
import type { Core } from '@strapi/strapi';
import {
  ESCALATION_LEVEL_LABELS,
  HOUR_MS,
  managerEscalationDueAt,
  missedDeadline,
  replyDueAfter,
  supportCalendar,
  ticketDueDates,
  type EscalationLevel,
  type SupportCalendar,
} from '../../../domain/sla';
import { ESCALATION_REASON_LABELS, TICKET_PRIORITY_LABELS, type EscalationReason, type TicketPriority } from '../../../domain/tickets';
import { formatJalaliDateTime } from '../../../domain/jalali';
import { newDocumentId, rawRows, sqlInstant } from '../../../utils/raw-sql';
import type { SupportSettings } from '../../support-settings/services/support-settings';

const TICKET = 'api::ticket.ticket';
const ESCALATION = 'api::ticket.ticket-escalation';
/** Statuses of a ticket still in the support team's hands. */
const OPEN_STATUSES = ['open', 'in_review', 'answered'];
const BATCH = 200;
/** SMS text keeps the ticket's title short. */
const TITLE_IN_SMS = 60;

type Candidate = {
  id: number;
  number: string | null;
  title: string;
  priority: TicketPriority;
  replyDueAt: string | Date | null;
  resolutionDueAt: string | Date | null;
  overdueAt: string | Date | null;
};
type Escalation = { ticket: Candidate; level: EscalationLevel; reason: EscalationReason; dueAt: Date };

export type EscalationRun = { overdue: number; backOnTime: number; level1: number; level2: number; messages: number };

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const settings = (): Promise<SupportSettings> => strapi.service('api::support-settings.support-settings').current();

  /** The settings' calendar with the holidays staff list (cached for a minute by the holiday service). */
  const calendarOf = async (current: SupportSettings): Promise<SupportCalendar> =>
    supportCalendar(
      current.calendar,
      current.workday,
      current.calendar === 'always' ? new Set() : await strapi.service('api::holiday.holiday').dates()
    );

  /** A ticket open and past a deadline at `now` (the same condition as missedDeadline). */
  const pastDeadline = (now: Date) => ({
    ticketStatus: { $in: OPEN_STATUSES },
    $or: [{ replyDueAt: { $lt: now } }, { resolutionDueAt: { $lt: now } }],
  });

  /** The alert to the level's on-call mobile, if one is set. */
  const alertOf = (escalation: Escalation, mobile: string | null) =>
    mobile
      ? {
          channel: 'sms' as const,
          kind: 'transactional' as const,
          recipient: mobile,
          subscriberId: null,
          templateCode: 'ticket-escalated',
          params: {
            level: ESCALATION_LEVEL_LABELS[escalation.level].fa,
            number: escalation.ticket.number ?? String(escalation.ticket.id),
            priority: TICKET_PRIORITY_LABELS[escalation.ticket.priority]?.fa ?? escalation.ticket.priority,
            reason: ESCALATION_REASON_LABELS[escalation.reason].fa,
            due: formatJalaliDateTime(escalation.dueAt),
            title: escalation.ticket.title.length > TITLE_IN_SMS ? `${escalation.ticket.title.slice(0, TITLE_IN_SMS - 1)}…` : escalation.ticket.title,
          },
          dedupeKey: `ticket-escalation:${escalation.ticket.id}:${escalation.level}:sms`,
        }
      : null;

  /**
   * Records escalations (one batch, in the caller's transaction): the rows not recorded yet are
   * inserted, the tickets' level raised, and only what this call inserted is announced. Returns
   * the tickets escalated by this call and the messages queued.
   */
  const record = async (trx: any, escalations: Escalation[], now: Date, mobile: string | null) => {
    const meta = strapi.db.metadata.get(ESCALATION);
    const table = meta.tableName;
    const at = sqlInstant(strapi, now);
    const inserted = rawRows<{ id: number; ticket_id: number }>(
      await trx(table)
        .insert(
          escalations.map((e) => ({
            document_id: newDocumentId(),
            ticket_id: e.ticket.id,
            level: e.level,
            reason: e.reason,
            due_at: sqlInstant(strapi, e.dueAt),
            escalated_at: at,
            created_at: at,
            updated_at: at,
            published_at: at,
          }))
        )
        .onConflict(['ticket_id', 'level'])
        .ignore()
        .returning(['id', 'ticket_id'])
    );
    // the admin's relation to the ticket (the Content Manager shows it)
    const joinTable = (meta.attributes.ticket as any).joinTable;
    if (inserted.length && joinTable) {
      await trx(joinTable.name).insert(
        inserted.map((row) => ({ [joinTable.joinColumn.name]: Number(row.id), [joinTable.inverseJoinColumn.name]: Number(row.ticket_id) }))
      );
    }
    const level = escalations[0].level;
    await strapi.db.query(TICKET).updateMany({
      where: { id: { $in: escalations.map((e) => e.ticket.id) }, escalationLevel: { $lt: level } },
      data: { escalationLevel: level },
    });
    const mine = new Set(inserted.map((row) => Number(row.ticket_id)));
    const alerts = escalations.filter((e) => mine.has(e.ticket.id)).map((e) => alertOf(e, mobile)).filter((a) => a !== null);
    const messages = alerts.length ? await strapi.plugin('messaging').service('outbox').enqueueMany(alerts) : 0;
    // Didar hears of each escalation once, as of every other ticket change
    await strapi.plugin('crm-sync').service('sync').recordTicketChanges({
      ticketIds: [...mine],
      event: 'escalated',
      eventLabel: level === 1 ? 'ارجاع به پشتیبانی ارشد' : 'ارجاع به مدیر',
      key: `escalated:${level}`,
      at: now,
    });
    return { escalated: mine.size, messages };
  };

  /**
   * One level over every ticket it applies to, batch by batch (ordered by id, so tickets not due
   * yet for the Manager are passed over, not read again).
   */
  const escalateLevel = async (level: EscalationLevel, now: Date, current: SupportSettings, calendar: SupportCalendar) => {
    const mobile = level === 1 ? current.alertMobiles.seniorSupport : current.alertMobiles.manager;
    const managerHours = current.managerEscalationAfterHours;
    let cursor = 0;
    const totals = { escalated: 0, messages: 0 };
    for (;;) {
      const batch = await strapi.db.transaction(async ({ trx }) => {
        const rows: Candidate[] = await strapi.db.query(TICKET).findMany({
          where: {
            id: { $gt: cursor },
            escalationLevel: level - 1,
            ...pastDeadline(now),
            // the Manager's hours count from when the ticket became overdue, never less than as many plain hours
            ...(level === 2 ? { overdueAt: { $notNull: true, $lte: new Date(now.getTime() - managerHours * HOUR_MS) } } : {}),
          },
          select: ['id', 'number', 'title', 'priority', 'replyDueAt', 'resolutionDueAt', 'overdueAt'],
          orderBy: { id: 'asc' },
          limit: BATCH,
        });
        if (!rows.length) return { rows: 0, escalated: 0, messages: 0 };
        cursor = rows[rows.length - 1].id;
        const escalations: Escalation[] = [];
        for (const ticket of rows) {
          const missed = missedDeadline(ticket, now);
          if (!missed) continue;
          if (level === 1) escalations.push({ ticket, level, reason: missed.reason, dueAt: missed.dueAt });
          else {
            const dueAt = managerEscalationDueAt(ticket.overdueAt!, managerHours, calendar);
            if (dueAt.getTime() <= now.getTime()) escalations.push({ ticket, level, reason: missed.reason, dueAt });
          }
        }
        if (!escalations.length) return { rows: rows.length, escalated: 0, messages: 0 };
        return { rows: rows.length, ...(await record(trx, escalations, now, mobile)) };
      });
      totals.escalated += batch.escalated;
      totals.messages += batch.messages;
      if (batch.rows < BATCH) return totals;
    }
  };

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

    /** The scheduled job: mark overdue tickets and escalate them level by level (see the top of this file). */
    async escalate({ now = new Date() }: { now?: Date } = {}): Promise<EscalationRun> {
      const current = await settings();
      const calendar = await calendarOf(current);
      const tickets = strapi.db.query(TICKET);
      const backOnTime = await tickets.updateMany({
        where: {
          overdueAt: { $notNull: true },
          ticketStatus: { $in: OPEN_STATUSES },
          $and: [
            { $or: [{ replyDueAt: { $null: true } }, { replyDueAt: { $gte: now } }] },
            { $or: [{ resolutionDueAt: { $null: true } }, { resolutionDueAt: { $gte: now } }] },
          ],
        },
        data: { overdueAt: null },
      });
      const overdue = await tickets.updateMany({ where: { overdueAt: { $null: true }, ...pastDeadline(now) }, data: { overdueAt: now } });
      const level1 = await escalateLevel(1, now, current, calendar);
      const level2 = await escalateLevel(2, now, current, calendar);
      return {
        overdue: overdue.count,
        backOnTime: backOnTime.count,
        level1: level1.escalated,
        level2: level2.escalated,
        messages: level1.messages + level2.messages,
      };
    },
  };
};
