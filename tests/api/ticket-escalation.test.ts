/**
 * The escalation job (api::ticket.sla escalate) with a fixed clock, on the default support
 * settings: business calendar Saturday–Wednesday 08:00–17:00, Thursday 08:00–13:00 Tehran time
 * (UTC+03:30), Friday off; an urgent ticket's reply is due in 1 hour, a high one's in 4; the
 * Manager hears of a ticket still overdue 4 support hours after it became overdue.
 * 2026-11-26 is a Thursday, 2026-11-27 a Friday, 2026-11-28 a Saturday.
 * Tickets are written with strapi.db.query, as the tickets service writes them.
 */
import { startApp, countQueries, settleQueries, type TestApp } from '../helpers/strapi';
import { renderTemplate } from '../../plugins/messaging/server/src/services/templates';
import { PORTAL_TEMPLATES } from '../../src/bootstrap/message-templates';
import { createDevice, createModel, createSubscriber } from '../helpers/fixtures';

let app: TestApp;
let seq = 0;

const TICKET = 'api::ticket.ticket';
const ESCALATION = 'api::ticket.ticket-escalation';
const OUTBOX = 'plugin::messaging.outbound-message';
const SETTINGS = 'api::support-settings.support-settings';
const HOLIDAY = 'api::holiday.holiday';
const SENIOR = '09121111111';
const MANAGER = '09122222222';

const at = (iso: string) => new Date(iso);
const sla = () => app.strapi.service('api::ticket.sla');
const escalate = (iso: string) => sla().escalate({ now: at(iso) });

/** A ticket as the tickets service opens it at `openedAt`: due dates from the SLA, waiting on staff. */
const openTicket = async (priority: 'low' | 'medium' | 'high' | 'urgent', openedAt: string, extra: Record<string, unknown> = {}) => {
  const due = await sla().dueDates(priority, at(openedAt));
  seq += 1;
  return app.strapi.db.query(TICKET).create({
    data: {
      number: `1405-9${String(seq).padStart(5, '0')}`,
      title: `تیکت آزمایشی ${seq}`,
      description: 'شرح آزمایشی',
      kind: 'fault',
      priority,
      ticketStatus: 'open',
      channel: 'site',
      firstResponseDueAt: due.firstResponseDueAt,
      replyDueAt: due.firstResponseDueAt,
      resolutionDueAt: due.resolutionDueAt,
      lastActivityAt: at(openedAt),
      escalationLevel: 0,
      createdAt: at(openedAt),
      ...extra,
    },
  });
};

const ticket = (id: number) => app.strapi.db.query(TICKET).findOne({ where: { id } });
const escalationsOf = (id: number) =>
  app.strapi.db.query(ESCALATION).findMany({ where: { ticketId: id }, orderBy: { level: 'asc' }, populate: { ticket: { select: ['id'] } } });
const smsOf = (id: number) => app.strapi.db.query(OUTBOX).findMany({ where: { dedupeKey: { $startsWith: `ticket-escalation:${id}:` } }, orderBy: { id: 'asc' } });
const iso = (value: unknown) => (value ? new Date(value as string).toISOString() : null);

const setSettings = (data: Record<string, unknown>) => app.strapi.db.query(SETTINGS).update({ where: { id: { $gt: 0 } }, data });

beforeAll(async () => {
  app = await startApp();
  await setSettings({ seniorSupportAlertMobile: SENIOR, managerAlertMobile: MANAGER });
}, 180_000);
afterAll(async () => {
  await app?.stop();
});

describe('level 1 (Senior support) on time, not before', () => {
  test('an urgent ticket left unanswered escalates the moment its reply is overdue, with one SMS to Senior support', async () => {
    // Saturday 10:00 Tehran; urgent: reply due 11:00, resolution 8 support hours later (Sat 7 h + Sun 1 h → Sunday 09:00)
    const t = await openTicket('urgent', '2026-11-28T06:30:00Z');
    expect(iso(t.replyDueAt)).toBe('2026-11-28T07:30:00.000Z');
    expect(iso(t.resolutionDueAt)).toBe('2026-11-29T05:30:00.000Z');

    await escalate('2026-11-28T07:00:00Z');
    await escalate('2026-11-28T07:30:00Z'); // exactly at the deadline: still on time
    expect(await escalationsOf(t.id)).toEqual([]);
    expect((await ticket(t.id)).escalationLevel).toBe(0);
    expect((await ticket(t.id)).overdueAt).toBeNull();

    const run = await escalate('2026-11-28T07:30:01Z');
    expect(run.level1).toBeGreaterThanOrEqual(1);
    const after = await ticket(t.id);
    expect(after.escalationLevel).toBe(1);
    expect(iso(after.overdueAt)).toBe('2026-11-28T07:30:01.000Z');
    const [row, ...more] = await escalationsOf(t.id);
    expect(more).toEqual([]);
    expect({ level: row.level, reason: row.reason, dueAt: iso(row.dueAt), escalatedAt: iso(row.escalatedAt), ticket: row.ticket?.id }).toEqual({
      level: 1,
      reason: 'first_response',
      dueAt: '2026-11-28T07:30:00.000Z',
      escalatedAt: '2026-11-28T07:30:01.000Z',
      ticket: t.id,
    });

    const sms = await smsOf(t.id);
    expect(sms.map((m: any) => [m.channel, m.recipient, m.subscriberId, m.templateCode, m.status])).toEqual([['sms', SENIOR, null, 'ticket-escalated', 'queued']]);
    const template = PORTAL_TEMPLATES.find((p) => p.code === 'ticket-escalated')!;
    const text = renderTemplate(template.smsText, sms[0].params);
    expect(text).toContain(t.number);
    expect(text).toContain('پشتیبانی ارشد');
    expect(text).toContain('فوری');
    expect(text).not.toMatch(/\{\{/);
  });

  test('Friday and a listed holiday do not count on the business calendar', async () => {
    await app.strapi.db.query(HOLIDAY).create({ data: { date: '2026-11-28', name: 'تعطیل آزمایشی' } });
    app.strapi.service(HOLIDAY).forget();
    try {
      // Thursday 12:30 Tehran, high (4 h): Thursday 0.5 h, Friday off, Saturday a holiday, Sunday 08:00 + 3.5 h → Sunday 11:30
      const t = await openTicket('high', '2026-11-26T09:00:00Z');
      expect(iso(t.replyDueAt)).toBe('2026-11-29T08:00:00.000Z');
      await escalate('2026-11-27T12:00:00Z'); // Friday: 24/7 the 4 hours would be long gone
      await escalate('2026-11-28T12:00:00Z'); // the holiday
      await escalate('2026-11-29T08:00:00Z');
      expect(await escalationsOf(t.id)).toEqual([]);
      await escalate('2026-11-29T08:00:01Z');
      expect((await escalationsOf(t.id)).map((e: any) => e.level)).toEqual([1]);
    } finally {
      await app.strapi.db.query(HOLIDAY).deleteMany({ where: { date: '2026-11-28' } });
      app.strapi.service(HOLIDAY).forget();
    }
  });

  test('around the clock (24/7) the same ticket is late on Thursday afternoon', async () => {
    await setSettings({ slaCalendar: 'always' });
    try {
      const t = await openTicket('high', '2026-11-26T09:00:00Z');
      expect(iso(t.replyDueAt)).toBe('2026-11-26T13:00:00.000Z');
      await escalate('2026-11-26T13:00:01Z');
      expect((await escalationsOf(t.id)).map((e: any) => e.level)).toEqual([1]);
    } finally {
      await setSettings({ slaCalendar: 'business' });
    }
  });
});

describe('level 2 (Manager)', () => {
  test('still overdue 4 support hours after level 1 — Thursday afternoon and Friday not counted', async () => {
    // Thursday 10:00 Tehran, urgent: reply due 11:00
    const t = await openTicket('urgent', '2026-11-26T06:30:00Z');
    await escalate('2026-11-26T07:30:01Z'); // Thursday 11:00:01: level 1
    expect((await ticket(t.id)).escalationLevel).toBe(1);
    // 4 support hours from Thursday 11:00:01: 2 h to 13:00, Friday off, Saturday 08:00 + 2 h → Saturday 10:00:01
    await escalate('2026-11-26T13:00:00Z'); // 24/7 it would be time
    await escalate('2026-11-28T06:30:00Z'); // Saturday 10:00:00
    expect((await escalationsOf(t.id)).map((e: any) => e.level)).toEqual([1]);
    await escalate('2026-11-28T06:30:01Z');
    const rows = await escalationsOf(t.id);
    expect(rows.map((e: any) => [e.level, e.reason, iso(e.dueAt)])).toEqual([
      [1, 'first_response', '2026-11-26T07:30:00.000Z'],
      // the urgent resolution (8 h: Thursday 3 h, Saturday 5 h → Saturday 13:00) has not passed yet: still the reply
      [2, 'first_response', '2026-11-28T06:30:01.000Z'],
    ]);
    expect((await ticket(t.id)).escalationLevel).toBe(2);
    expect((await smsOf(t.id)).map((m: any) => m.recipient)).toEqual([SENIOR, MANAGER]);
    expect(renderTemplate(PORTAL_TEMPLATES.find((p) => p.code === 'ticket-escalated')!.smsText, (await smsOf(t.id))[1].params)).toContain('مدیر');

    // nothing beyond the Manager, however long it stays overdue
    await escalate('2026-12-20T06:30:00Z');
    expect((await escalationsOf(t.id)).length).toBe(2);
    expect((await smsOf(t.id)).length).toBe(2);
  });
});

describe('once each', () => {
  test('running twice, and two runs at once, record each level once and send one SMS per level', async () => {
    const tickets = [await openTicket('urgent', '2026-12-05T06:30:00Z'), await openTicket('medium', '2026-12-05T05:00:00Z')];
    // Saturday 5 Dec: urgent reply due 11:00 Tehran, medium (8 h) 16:30 Tehran
    const late = '2026-12-05T13:30:00Z'; // 17:00 Tehran: both replies overdue
    await Promise.all([escalate(late), escalate(late)]);
    await escalate(late);
    for (const t of tickets) {
      expect((await escalationsOf(t.id)).map((e: any) => e.level)).toEqual([1]);
      expect((await smsOf(t.id)).map((m: any) => m.recipient)).toEqual([SENIOR]);
    }
    // level 2: 4 support hours after 17:00 Saturday = Sunday 12:00 Tehran
    const later = '2026-12-06T08:30:00Z';
    await Promise.all([escalate(later), escalate(later), escalate(later)]);
    await escalate(later);
    for (const t of tickets) {
      expect((await escalationsOf(t.id)).map((e: any) => e.level)).toEqual([1, 2]);
      expect((await smsOf(t.id)).map((m: any) => m.recipient)).toEqual([SENIOR, MANAGER]);
      expect((await ticket(t.id)).escalationLevel).toBe(2);
    }
  });

  test('Didar hears of each escalation once: one CRM job per ticket and level', async () => {
    const model = await createModel(app.strapi);
    const owner = await createSubscriber(app.strapi);
    const device = await createDevice(app.strapi, { owner: owner.documentId, model: model.documentId });
    const t = await openTicket('urgent', '2026-12-12T06:30:00Z', { subscriber: owner.id, device: device.id });
    const jobs = () =>
      app.strapi.db.query('plugin::crm-sync.sync-job').findMany({ where: { kind: 'ticket', event: 'ticket:escalated', subscriberId: owner.id }, select: ['dedupeKey', 'payload'], orderBy: [{ id: 'asc' }] });
    await Promise.all([escalate('2026-12-12T13:30:00Z'), escalate('2026-12-12T13:30:00Z')]);
    await escalate('2026-12-13T08:30:00Z');
    await escalate('2026-12-13T08:30:00Z');
    const recorded = await jobs();
    expect(recorded.map((j: any) => j.dedupeKey)).toEqual([`ticket:${t.id}:escalated:1`, `ticket:${t.id}:escalated:2`]);
    const payload = (j: any) => (typeof j.payload === 'string' ? JSON.parse(j.payload) : j.payload);
    expect(recorded.map((j: any) => payload(j).eventLabel)).toEqual(['ارجاع به پشتیبانی ارشد', 'ارجاع به مدیر']);
  });

  test('the database keeps each level once even if the job is bypassed (UNIQUE ticket + level)', async () => {
    const t = await openTicket('low', '2026-12-05T06:30:00Z');
    const knex = app.strapi.db.connection;
    const row = { document_id: `dup${t.id}x`.padEnd(24, 'x'), ticket_id: t.id, level: 1, reason: 'resolution' };
    await knex('ticket_escalations').insert(row);
    await expect(knex('ticket_escalations').insert({ ...row, document_id: `dup${t.id}y`.padEnd(24, 'y') })).rejects.toThrow(/unique|UNIQUE/);
  });

  test('without an on-call mobile the level is recorded and no SMS is queued', async () => {
    await setSettings({ seniorSupportAlertMobile: null });
    try {
      const t = await openTicket('urgent', '2026-12-07T06:30:00Z');
      await escalate('2026-12-07T08:00:00Z');
      expect((await escalationsOf(t.id)).map((e: any) => e.level)).toEqual([1]);
      expect(await smsOf(t.id)).toEqual([]);
    } finally {
      await setSettings({ seniorSupportAlertMobile: SENIOR });
    }
  });
});

describe('tickets answered in time, and the subscriber writing again', () => {
  test('a ticket answered in time and resolved in time never escalates', async () => {
    // Monday 7 Dec 2026 10:00 Tehran, high: reply due 14:00, resolution (24 h) Wednesday 9 Dec 16:00
    const t = await openTicket('high', '2026-12-07T06:30:00Z');
    // staff reply at 12:00 Tehran (as replyAsStaff writes it)
    await app.strapi.db.query(TICKET).update({
      where: { id: t.id },
      data: { ticketStatus: 'answered', firstRespondedAt: at('2026-12-07T08:30:00Z'), replyDueAt: null },
    });
    for (const now of ['2026-12-07T10:30:01Z', '2026-12-08T10:30:00Z']) await escalate(now);
    // resolved before the resolution deadline
    await app.strapi.db.query(TICKET).update({ where: { id: t.id }, data: { ticketStatus: 'closed', resolvedAt: at('2026-12-08T10:30:00Z') } });
    for (const now of ['2026-12-12T10:30:00Z', '2027-01-10T10:30:00Z']) await escalate(now);
    const after = await ticket(t.id);
    expect([after.escalationLevel, after.overdueAt]).toEqual([0, null]);
    expect(await escalationsOf(t.id)).toEqual([]);
    expect(await smsOf(t.id)).toEqual([]);
  });

  test("a subscriber's reply restarts replyDueAt: the ticket escalates on the new deadline, not the old one", async () => {
    // Sunday 13 Dec 2026 09:00 Tehran, medium: reply due 17:00 Sunday; resolution (48 h) the week after
    const t = await openTicket('medium', '2026-12-13T05:30:00Z');
    await app.strapi.db.query(TICKET).update({
      where: { id: t.id },
      data: { ticketStatus: 'answered', firstRespondedAt: at('2026-12-13T07:00:00Z'), replyDueAt: null },
    });
    // the subscriber writes back on Sunday 16:00 Tehran: reply due 8 support hours later = Monday 15:00 Tehran
    const replyDueAt = await sla().replyDueAfter('medium', at('2026-12-13T12:30:00Z'));
    expect(replyDueAt.toISOString()).toBe('2026-12-14T11:30:00.000Z');
    await app.strapi.db.query(TICKET).update({ where: { id: t.id }, data: { ticketStatus: 'open', replyDueAt } });

    await escalate('2026-12-13T13:30:01Z'); // past the first deadline (Sunday 17:00): answered then, owes nothing since
    await escalate('2026-12-14T11:30:00Z');
    expect(await escalationsOf(t.id)).toEqual([]);
    await escalate('2026-12-14T11:30:01Z');
    expect((await escalationsOf(t.id)).map((e: any) => [e.level, e.reason, iso(e.dueAt)])).toEqual([[1, 'first_response', '2026-12-14T11:30:00.000Z']]);
  });

  test('answered after level 1: back on time (overdueAt cleared), no Manager; overdue again later → Manager 4 hours after that', async () => {
    // Tuesday 15 Dec 2026 09:00 Tehran, urgent: reply due 10:00
    const t = await openTicket('urgent', '2026-12-15T05:30:00Z', { resolutionDueAt: at('2026-12-31T13:30:00Z') });
    await escalate('2026-12-15T06:30:01Z');
    expect((await ticket(t.id)).escalationLevel).toBe(1);
    // staff answer at 10:30; the job sees it back on time
    await app.strapi.db.query(TICKET).update({ where: { id: t.id }, data: { ticketStatus: 'answered', firstRespondedAt: at('2026-12-15T07:00:00Z'), replyDueAt: null } });
    await escalate('2026-12-15T07:05:00Z');
    expect((await ticket(t.id)).overdueAt).toBeNull();
    await escalate('2026-12-15T12:00:00Z'); // 4 h after level 1: not overdue, no Manager
    expect((await escalationsOf(t.id)).map((e: any) => e.level)).toEqual([1]);

    // the subscriber writes at 15:00 Tehran: reply due 16:00; nobody answers
    await app.strapi.db.query(TICKET).update({ where: { id: t.id }, data: { ticketStatus: 'open', replyDueAt: await sla().replyDueAfter('urgent', at('2026-12-15T11:30:00Z')) } });
    await escalate('2026-12-15T12:30:01Z'); // 16:00:01 Tehran: overdue again
    expect(iso((await ticket(t.id)).overdueAt)).toBe('2026-12-15T12:30:01.000Z');
    expect((await escalationsOf(t.id)).map((e: any) => e.level)).toEqual([1]);
    // 4 support hours from 16:00:01 Tuesday: 1 h Tuesday, Wednesday 08:00 + 3 h → 11:00:01
    await escalate('2026-12-16T07:30:00Z');
    expect((await escalationsOf(t.id)).map((e: any) => e.level)).toEqual([1]);
    await escalate('2026-12-16T07:30:01Z');
    expect((await escalationsOf(t.id)).map((e: any) => e.level)).toEqual([1, 2]);
  });
});

describe('cost', () => {
  test('the statements of a run do not grow with the number of tickets escalated', async () => {
    const run = async (count: number, day: string) => {
      // the earlier tests' tickets are escalated as far as they go at this instant first
      await escalate(`${day}T12:00:00Z`);
      for (let i = 0; i < count; i += 1) await openTicket('urgent', `${day}T05:30:00Z`);
      await settleQueries(app.strapi);
      return countQueries(app.strapi, () => escalate(`${day}T12:00:00Z`));
    };
    const small = await run(2, '2027-02-06');
    const large = await run(20, '2027-02-13');
    expect(small.result.level1).toBe(2);
    expect(large.result.level1).toBe(20);
    expect(large.count).toBe(small.count);
  });
});

describe('support settings: the on-call mobiles and the working day', () => {
  const update = async (data: Record<string, unknown>) => {
    const row = await app.strapi.db.query(SETTINGS).findOne({ select: ['documentId'] });
    return app.strapi.documents(SETTINGS as any).update({ documentId: row.documentId, data: data as any });
  };
  const fieldErrors = async (data: Record<string, unknown>) => {
    try {
      await update(data);
    } catch (error: any) {
      return (error.details?.errors ?? []).map((e: any) => [e.path.join('.'), e.code]);
    }
    throw new Error('saved');
  };
  afterAll(() => setSettings({ seniorSupportAlertMobile: SENIOR, managerAlertMobile: MANAGER, workdayStart: '08:00', workdayEnd: '17:00', thursdayEnd: '13:00' }));

  test('mobiles in any digits are stored as 09…; a wrong one is refused with its field; empty means none', async () => {
    await update({ seniorSupportAlertMobile: '+98 ۹۱۲ ۳۳۳ ۴۴۵۵', managerAlertMobile: '' });
    const current = await app.strapi.service(SETTINGS).current();
    expect(current.alertMobiles).toEqual({ seniorSupport: '09123334455', manager: null });
    expect(await fieldErrors({ managerAlertMobile: '0912' })).toEqual([['managerAlertMobile', 'mobileInvalid']]);
    expect(await fieldErrors({ seniorSupportAlertMobile: '02188776655' })).toEqual([['seniorSupportAlertMobile', 'mobileInvalid']]);
  });

  test('working-day times as HH:MM in any digits; a day must end after it starts', async () => {
    await update({ workdayStart: '۷:۳۰', thursdayEnd: '12:00' });
    expect((await app.strapi.service(SETTINGS).current()).workday).toEqual({ start: '07:30', end: '17:00', thursdayEnd: '12:00' });
    expect(await fieldErrors({ workdayEnd: '5pm' })).toEqual([['workdayEnd', 'timeOfDayInvalid']]);
    expect(await fieldErrors({ thursdayEnd: '07:00' })).toEqual([['thursdayEnd', 'workdayEndBeforeStart']]);
    expect(await fieldErrors({ workdayStart: '18:00' })).toEqual([
      ['workdayEnd', 'workdayEndBeforeStart'],
      ['thursdayEnd', 'workdayEndBeforeStart'],
    ]);
  });
});
