/** The Ticket desk's admin routes; each checks the ticket-desk permission of its task (staff matrix). */
import { TICKETS_ANSWER, TICKETS_CREATE, TICKETS_READ } from './controller';

const can = (action: string) => ({ policies: ['admin::isAuthenticatedAdmin', { name: 'admin::hasPermissions', config: { actions: [action] } }] });

export const ticketDeskRoutes = [
  { method: 'GET', path: '/tickets', handler: 'tickets.list', config: can(TICKETS_READ) },
  { method: 'POST', path: '/tickets', handler: 'tickets.create', config: can(TICKETS_CREATE) },
  { method: 'GET', path: '/tickets/:documentId', handler: 'tickets.findOne', config: can(TICKETS_READ) },
  { method: 'PUT', path: '/tickets/:documentId', handler: 'tickets.update', config: can(TICKETS_ANSWER) },
  { method: 'POST', path: '/tickets/:documentId/messages', handler: 'tickets.reply', config: can(TICKETS_ANSWER) },
  { method: 'POST', path: '/tickets/:documentId/resolve', handler: 'tickets.resolve', config: can(TICKETS_ANSWER) },
  { method: 'POST', path: '/tickets/:documentId/repair-order', handler: 'tickets.repairOrder', config: can(TICKETS_ANSWER) },
  { method: 'POST', path: '/tickets/:documentId/visit', handler: 'tickets.scheduleVisit', config: can(TICKETS_ANSWER) },
  { method: 'GET', path: '/tickets/:documentId/attachments/:fileId', handler: 'tickets.attachment', config: can(TICKETS_READ) },
  { method: 'GET', path: '/saved-replies', handler: 'tickets.savedReplies', config: can(TICKETS_READ) },
];
