/**
 * back-office — staff actions on the portal's own records that the Content Manager cannot do.
 * Admin routes only (admin JWT + RBAC); the work is done by the app's services.
 *   GET /back-office/installation-confirmations/:documentId/verify — recompute the form's hash
 *   GET /back-office/repair-orders/:documentId/receipt — the printable repair receipt
 *   POST /back-office/ownership-transfers/:documentId/approve | reject — staff decide a transfer
 *   GET /back-office/work-queue — what waits for the caller today (work-queue/: the registry any
 *     capability adds items to, and the home page widget placed first)
 *   /back-office/tickets… and /back-office/saved-replies — the Ticket desk (tickets/: routes with
 *     the ticket-desk permissions, thin controllers over api::ticket.tickets)
 *   GET /back-office/reports/quarter[.csv] — issue 14's quarterly report (reports/: the
 *     quarter-report permission, figures from api::complaint.quarter-report)
 *   GET /back-office/articles/:documentId/feedback — an article's «was this helpful?» counts per
 *     locale (read permission on articles)
 */
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { errorEnvelope } from 'poshtiban/validation/errors';
import workQueue from './work-queue/registry';
import workQueueController from './work-queue/controller';
import { placeWorkQueueWidget } from './work-queue/homepage-layout';
// issue 14: the quarterly report's home widget in layouts saved before it (admin/src/reports)
import { placeReportWidget } from './reports/homepage-layout';
import ticketsController from './tickets/controller';
import { ticketDeskRoutes } from './tickets/routes';
import reportsController, { REPORTS_READ } from './reports/controller';

const CONFIRMATION = 'api::installation-confirmation.installation-confirmation';
const REPAIR = 'api::repair-order.repair-order';
const ARTICLE = 'api::article.article';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    // readable values in the Content Manager (admin/src): money in rials with separators and its
    // toman equivalent; a status history as a timeline instead of a JSON editor
    strapi.customFields.register([
      { name: 'rials', plugin: 'back-office', type: 'biginteger' },
      { name: 'status-history', plugin: 'back-office', type: 'json' },
    ]);
  },
  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await strapi.service('admin::permission').actionProvider.registerMany([
      { section: 'plugins', displayName: 'Approve or reject ownership transfers (تأیید یا رد انتقال مالکیت)', uid: 'transfers.review', pluginName: 'back-office' },
      // the Ticket desk (staff matrix row `ticket-desk`)
      { section: 'plugins', displayName: 'Ticket desk: read tickets and the subscriber’s history (مشاهدهٔ تیکت‌ها)', uid: 'tickets.read', pluginName: 'back-office' },
      { section: 'plugins', displayName: 'Ticket desk: open a ticket for a subscriber (ثبت تیکت برای مشترک)', uid: 'tickets.create', pluginName: 'back-office' },
      { section: 'plugins', displayName: 'Ticket desk: reply, notes, status, assignment, resolve and bill (پاسخ و رسیدگی به تیکت)', uid: 'tickets.answer', pluginName: 'back-office' },
      // issue 14: the quarterly report (staff matrix row `quarter-report`)
      { section: 'plugins', displayName: 'Quarterly report of surveys and complaints (گزارش فصلی)', uid: 'reports.read', pluginName: 'back-office' },
    ]);
    await placeWorkQueueWidget(strapi);
    await placeReportWidget(strapi);
  },
  services: {
    'work-queue': workQueue,
  },
  controllers: {
    'work-queue': workQueueController,
    tickets: ticketsController,
    reports: reportsController,
    'installation-confirmations': ({ strapi }: { strapi: Core.Strapi }) => ({
      async verify(ctx: Context) {
        if (!(ctx.state as any).userAbility?.can('plugin::content-manager.explorer.read', CONFIRMATION)) return ctx.forbidden();
        ctx.body = { data: await strapi.service(CONFIRMATION).verify(ctx.params.documentId) };
      },
    }),
    'repair-orders': ({ strapi }: { strapi: Core.Strapi }) => ({
      /** GET /back-office/repair-orders/:documentId/receipt — the printable intake receipt (HTML) */
      async receipt(ctx: Context) {
        if (!(ctx.state as any).userAbility?.can('plugin::content-manager.explorer.read', REPAIR)) return ctx.forbidden();
        const html = await strapi.service('api::repair-order.repairs').receiptHtml(ctx.params.documentId);
        if (!html) return ctx.notFound();
        ctx.type = 'text/html; charset=utf-8';
        ctx.body = html;
      },
    }),
    // the knowledge base (issue 13): an article's «بازخورد خوانندگان» panel
    articles: ({ strapi }: { strapi: Core.Strapi }) => ({
      /** GET /back-office/articles/:documentId/feedback — helpful / not helpful per locale read */
      async feedback(ctx: Context) {
        if (!(ctx.state as any).userAbility?.can('plugin::content-manager.explorer.read', ARTICLE)) return ctx.forbidden();
        const { documentId } = ctx.params as { documentId: string };
        const exists = await strapi.db.query(ARTICLE).count({ where: { documentId } });
        if (!exists) return ctx.notFound();
        ctx.body = { data: { locales: await strapi.service('api::article.knowledge-base').feedbackCounts(documentId) } };
      },
    }),
    'ownership-transfers': ({ strapi }: { strapi: Core.Strapi }) => {
      const decide = async (ctx: Context, decision: 'approve' | 'reject') => {
        if (!(ctx.state as any).userAbility?.can('plugin::back-office.transfers.review')) return ctx.forbidden();
        const admin = (ctx.state as any).user;
        const reviewer = { id: admin.id, label: [admin.firstname, admin.lastname].filter(Boolean).join(' ') || admin.email };
        const transfers = strapi.service('api::ownership-transfer.transfers');
        const result =
          decision === 'approve'
            ? await transfers.approve(ctx.params.documentId, reviewer)
            : await transfers.reject(ctx.params.documentId, (ctx.request as any).body?.reason, reviewer);
        if ('conflict' in result) {
          ctx.status = 409;
          ctx.body = errorEnvelope(409, 'ConflictError', 'transferReviewed');
          return;
        }
        ctx.body = { data: result };
      };
      return {
        /** POST /back-office/ownership-transfers/:documentId/approve */
        approve: (ctx: Context) => decide(ctx, 'approve'),
        /** POST /back-office/ownership-transfers/:documentId/reject { reason } */
        reject: (ctx: Context) => decide(ctx, 'reject'),
      };
    },
  },
  routes: {
    admin: {
      type: 'admin',
      routes: [
        {
          method: 'GET',
          path: '/installation-confirmations/:documentId/verify',
          handler: 'installation-confirmations.verify',
          // allowed to staff who may read installation confirmations (checked in the controller:
          // admin::hasPermissions cannot name the subject)
          config: { policies: ['admin::isAuthenticatedAdmin'] },
        },
        { method: 'POST', path: '/ownership-transfers/:documentId/approve', handler: 'ownership-transfers.approve', config: { policies: ['admin::isAuthenticatedAdmin'] } },
        { method: 'POST', path: '/ownership-transfers/:documentId/reject', handler: 'ownership-transfers.reject', config: { policies: ['admin::isAuthenticatedAdmin'] } },
        // every staff member has a queue; each item is checked against the caller's permissions
        { method: 'GET', path: '/work-queue', handler: 'work-queue.list', config: { policies: ['admin::isAuthenticatedAdmin'] } },
        {
          method: 'GET',
          path: '/repair-orders/:documentId/receipt',
          handler: 'repair-orders.receipt',
          config: { policies: ['admin::isAuthenticatedAdmin'] },
        },
        // the Ticket desk
        ...ticketDeskRoutes,
        // issue 14: the quarterly report
        ...(['quarter', 'quarter.csv'] as const).map((name) => ({
          method: 'GET',
          path: `/reports/${name}`,
          handler: name === 'quarter' ? 'reports.quarter' : 'reports.quarterCsv',
          config: { policies: ['admin::isAuthenticatedAdmin', { name: 'admin::hasPermissions', config: { actions: [REPORTS_READ] } }] },
        })),
        // the knowledge base: an article's readers' feedback (read permission on articles, checked in the controller)
        { method: 'GET', path: '/articles/:documentId/feedback', handler: 'articles.feedback', config: { policies: ['admin::isAuthenticatedAdmin'] } },
      ],
    },
  },
};
