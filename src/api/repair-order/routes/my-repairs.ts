/** The buyer's repair orders: /api/me/repairs, /api/me/repairs/:id and its printable receipt. */
const subscriberScoped = { middlewares: ['global::query-params', 'global::current-subscriber'] };

export default {
  routes: [
    { method: 'GET', path: '/me/repairs', handler: 'my-repairs.find', config: subscriberScoped },
    { method: 'GET', path: '/me/repairs/:id', handler: 'my-repairs.findOne', config: subscriberScoped },
    { method: 'GET', path: '/me/repairs/:id/receipt', handler: 'my-repairs.receipt', config: subscriberScoped },
  ],
};
