/** The subscriber's tickets: /api/me/tickets (paged), open one, read one, reply, download an attachment. */
const scoped = (allowed: string[] = []) => ({
  middlewares: [{ name: 'global::query-params', config: { allowed } }, 'global::current-subscriber'],
});

export default {
  routes: [
    { method: 'GET', path: '/me/tickets', handler: 'my-tickets.find', config: scoped(['page', 'pageSize']) },
    { method: 'POST', path: '/me/tickets', handler: 'my-tickets.create', config: scoped() },
    { method: 'GET', path: '/me/tickets/:id', handler: 'my-tickets.findOne', config: scoped() },
    { method: 'POST', path: '/me/tickets/:id/messages', handler: 'my-tickets.reply', config: scoped() },
    { method: 'GET', path: '/me/tickets/:id/attachments/:fileId', handler: 'my-tickets.attachment', config: scoped() },
  ],
};
