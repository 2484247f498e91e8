/** The customer's notifications: /api/me/notifications (paged, unread count), mark one / all read. */
const scoped = (allowed: string[] = []) => ({
  middlewares: [{ name: 'global::query-params', config: { allowed } }, 'global::current-subscriber'],
});

export default {
  routes: [
    { method: 'GET', path: '/me/notifications', handler: 'my-notifications.find', config: scoped(['page', 'pageSize', 'unread']) },
    { method: 'POST', path: '/me/notifications/read-all', handler: 'my-notifications.markAllRead', config: scoped() },
    { method: 'POST', path: '/me/notifications/:id/read', handler: 'my-notifications.markRead', config: scoped() },
  ],
};
