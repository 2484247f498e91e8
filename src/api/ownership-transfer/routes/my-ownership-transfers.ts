/** The buyer's ownership transfer requests: GET|POST /api/me/ownership-transfers. */
const subscriberScoped = { middlewares: ['global::query-params', 'global::current-subscriber'] };

export default {
  routes: [
    { method: 'GET', path: '/me/ownership-transfers', handler: 'my-ownership-transfers.find', config: subscriberScoped },
    { method: 'POST', path: '/me/ownership-transfers', handler: 'my-ownership-transfers.create', config: subscriberScoped },
  ],
};
