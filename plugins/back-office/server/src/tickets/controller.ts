/**
 * The Ticket desk's admin routes (staff matrix row `ticket-desk`): thin — each reads its request
 * (src/api/ticket/validation.ts) and calls the app's tickets service (api::ticket.tickets).
 */
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { errors } from '@strapi/utils';
import { FieldErrors, bilingual, errorEnvelope } from 'poshtiban/validation/errors';
import { readPaging } from 'poshtiban/validation/paging';
import { isDocumentId } from 'poshtiban/utils/document-id';
import { toEnglishDigits } from 'poshtiban/domain/digits';
import { TicketConflict, type Staff } from 'poshtiban/api/ticket/services/tickets';
import { TICKET_VIEWS, readRepairOrder, readResolve, readScheduleVisit, readStaffOpen, readStaffReply, readUpdate, type TicketView } from 'poshtiban/api/ticket/validation';

export const TICKETS_READ = 'plugin::back-office.tickets.read';
export const TICKETS_CREATE = 'plugin::back-office.tickets.create';
export const TICKETS_ANSWER = 'plugin::back-office.tickets.answer';

const staffOf = (ctx: Context): Staff => {
  const u = (ctx.state as any).user;
  return { id: u.id, name: [u.firstname, u.lastname].filter(Boolean).join(' ') || u.email };
};

const notFound = () => bilingual(errors.NotFoundError, 'notFound');

/** A ticket's state refuses the change (closed already, a repair order already made): 409 with the reason. */
const conflicts = async (ctx: Context, work: () => Promise<void>) => {
  try {
    await work();
  } catch (error) {
    if (!(error instanceof TicketConflict)) throw error;
    ctx.status = 409;
    ctx.body = errorEnvelope(409, 'ConflictError', error.code);
  }
};

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const tickets = () => strapi.service('api::ticket.tickets');
  const attachments = () => strapi.service('api::ticket.attachments');
  const documentIdOf = (ctx: Context) => {
    const { documentId } = ctx.params as Record<string, string>;
    if (!isDocumentId(documentId)) throw notFound();
    return documentId;
  };

  return {
    /** GET /back-office/tickets?view&q&page&pageSize */
    async list(ctx: Context) {
      const errs = new FieldErrors();
      const query = ctx.query as Record<string, unknown>;
      for (const key of Object.keys(query)) if (!['view', 'q', 'page', 'pageSize'].includes(key)) errs.add(['query', key], 'unknownParameter');
      const view = (query.view ?? 'open') as TicketView;
      if (!TICKET_VIEWS.includes(view)) errs.add(['query', 'view'], 'invalidChoice');
      const q = errs.text(['query', 'q'], query.q, { max: 100 }, { required: false });
      const paging = readPaging(query, errs, { defaultPageSize: 25, maxPageSize: 100 });
      errs.throwIfAny();
      ctx.body = await tickets().listForStaff(staffOf(ctx), { view, q: q ? toEnglishDigits(q) : null, ...paging });
    },

    /** GET /back-office/tickets/:documentId */
    async findOne(ctx: Context) {
      const ability = (ctx.state as any).userAbility;
      const data = await tickets().findForStaff(documentIdOf(ctx), { answer: Boolean(ability?.can(TICKETS_ANSWER)), create: Boolean(ability?.can(TICKETS_CREATE)) });
      if (!data) throw notFound();
      ctx.body = data;
    },

    /** GET /back-office/saved-replies */
    async savedReplies(ctx: Context) {
      ctx.body = { results: await tickets().savedReplies() };
    },

    /** POST /back-office/tickets */
    async create(ctx: Context) {
      const input = readStaffOpen((ctx.request as any).body);
      const errs = new FieldErrors();
      if ((ctx.request as any).files && Object.keys((ctx.request as any).files).length) errs.add('attachments', 'notAllowed');
      errs.throwIfAny();
      ctx.status = 201;
      ctx.body = { ticket: await tickets().openOnBehalf(staffOf(ctx), input) };
    },

    /** POST /back-office/tickets/:documentId/messages — body, internal, attachments (multipart or JSON) */
    async reply(ctx: Context) {
      const documentId = documentIdOf(ctx);
      const errs = new FieldErrors();
      const input = readStaffReply((ctx.request as any).body, errs);
      const files = await attachments().read(ctx, errs);
      errs.throwIfAny();
      const message = await tickets().replyAsStaff(staffOf(ctx), documentId, input, files);
      if (!message) throw notFound();
      ctx.status = 201;
      ctx.body = { message };
    },

    /** PUT /back-office/tickets/:documentId — { ticketStatus?, priority?, assignee? } */
    async update(ctx: Context) {
      const documentId = documentIdOf(ctx);
      const errs = new FieldErrors();
      const input = readUpdate((ctx.request as any).body, errs);
      errs.throwIfAny();
      const ticket = await tickets().update(staffOf(ctx), documentId, input);
      if (!ticket) throw notFound();
      ctx.body = { ticket };
    },

    /** POST /back-office/tickets/:documentId/resolve — { difficulty?, workHours?, faultAttribution?, reply? } */
    async resolve(ctx: Context) {
      const documentId = documentIdOf(ctx);
      const errs = new FieldErrors();
      const input = readResolve((ctx.request as any).body, errs);
      errs.throwIfAny();
      await conflicts(ctx, async () => {
        const result = await tickets().resolve(staffOf(ctx), documentId, input);
        if (!result) throw notFound();
        ctx.body = result;
      });
    },

    /** POST /back-office/tickets/:documentId/repair-order — { reportedFault? } */
    async repairOrder(ctx: Context) {
      const documentId = documentIdOf(ctx);
      const errs = new FieldErrors();
      const input = readRepairOrder((ctx.request as any).body, errs);
      errs.throwIfAny();
      await conflicts(ctx, async () => {
        const result = await tickets().toRepairOrder(staffOf(ctx), documentId, input);
        if (!result) throw notFound();
        ctx.status = 201;
        ctx.body = result;
      });
    },

    /** POST /back-office/tickets/:documentId/visit — { scheduledAt }: the agreed on-site visit */
    async scheduleVisit(ctx: Context) {
      const documentId = documentIdOf(ctx);
      const errs = new FieldErrors();
      const { scheduledAt } = readScheduleVisit((ctx.request as any).body, errs);
      errs.throwIfAny();
      await conflicts(ctx, async () => {
        const ticket = await tickets().scheduleVisit(staffOf(ctx), documentId, { scheduledAt: scheduledAt! });
        if (!ticket) throw notFound();
        ctx.body = { ticket };
      });
    },

    /** GET /back-office/tickets/:documentId/attachments/:fileId */
    async attachment(ctx: Context) {
      const documentId = documentIdOf(ctx);
      const { fileId } = ctx.params as Record<string, string>;
      const file = isDocumentId(fileId) ? await tickets().attachmentForStaff(documentId, fileId) : null;
      if (!file) throw notFound();
      await attachments().send(ctx, file);
    },
  };
};
