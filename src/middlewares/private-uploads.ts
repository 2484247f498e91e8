/**
 * Ticket attachments are served only through their owner's route (GET /api/me/tickets/:id/
 * attachments/:fileId) and the staff's (GET /back-office/tickets/:documentId/attachments/:fileId):
 * the upload plugin's public /uploads/ route — and strapi::public, which serves the same folder —
 * answer 404 for them. They are recognised by their stored name (src/domain/ticket-attachments.ts).
 */
import { isTicketAttachmentPath } from '../domain/ticket-attachments';
import { errorEnvelope } from '../validation/errors';

export default () => async (ctx: any, next: () => Promise<unknown>) => {
  if ((ctx.method === 'GET' || ctx.method === 'HEAD') && !ctx.path.startsWith('/api/') && isTicketAttachmentPath(ctx.path)) {
    ctx.status = 404;
    ctx.body = errorEnvelope(404, 'NotFoundError', 'notFound');
    return;
  }
  return next();
};
