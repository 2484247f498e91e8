const can = (action: string) => ['admin::isAuthenticatedAdmin', { name: 'admin::hasPermissions', config: { actions: [action] } }];

/** Admin routes (admin JWT): the licence request of an order (by the order's documentId) and its retry. */
export default {
  admin: {
    type: 'admin',
    routes: [
      { method: 'GET', path: '/requests/:reference', handler: 'admin.forReference', config: { policies: can('plugin::video-licensing.requests.read') } },
      { method: 'POST', path: '/requests/:id/retry', handler: 'admin.retry', config: { policies: can('plugin::video-licensing.requests.retry') } },
    ],
  },
};
