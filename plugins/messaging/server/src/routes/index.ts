export const READ_OUTBOX = 'plugin::messaging.outbox.read';
export const RESEND = 'plugin::messaging.outbox.resend';

const can = (action: string) => ['admin::isAuthenticatedAdmin', { name: 'admin::hasPermissions', config: { actions: [action] } }];

export default {
  admin: {
    type: 'admin',
    routes: [
      { method: 'GET', path: '/outbox', handler: 'outbox-admin.list', config: { policies: can(READ_OUTBOX) } },
      { method: 'GET', path: '/outbox/summary', handler: 'outbox-admin.summary', config: { policies: can(READ_OUTBOX) } },
      { method: 'POST', path: '/outbox/:id/resend', handler: 'outbox-admin.resend', config: { policies: can(RESEND) } },
      { method: 'GET', path: '/subscribers/:documentId/messages', handler: 'outbox-admin.subscriberHistory', config: { policies: can(READ_OUTBOX) } },
    ],
  },
  'content-api': {
    type: 'content-api',
    routes: [
      { method: 'GET', path: '/whatsapp/webhook', handler: 'whatsapp-webhook.verify', config: { auth: false } },
      { method: 'POST', path: '/whatsapp/webhook', handler: 'whatsapp-webhook.receive', config: { auth: false } },
    ],
  },
};
