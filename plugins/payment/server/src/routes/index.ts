export default {
  'content-api': {
    type: 'content-api',
    routes: [
      // the gateway sends the buyer back here (public: the buyer's session is not needed)
      { method: 'GET', path: '/callback', handler: 'gateway.callback', config: { auth: false } },
      // the built-in sandbox gateway (only when it is the configured provider)
      { method: 'GET', path: '/sandbox/:authority', handler: 'gateway.sandboxPage', config: { auth: false } },
      { method: 'POST', path: '/sandbox/:authority/pay', handler: 'gateway.sandboxPay', config: { auth: false } },
      { method: 'POST', path: '/sandbox/:authority/cancel', handler: 'gateway.sandboxCancel', config: { auth: false } },
      // the customer's payments, newest first: /api/me/payments?page&pageSize
      {
        method: 'GET',
        path: '/me/payments',
        handler: 'my-payments.find',
        config: { prefix: '', middlewares: [{ name: 'global::query-params', config: { allowed: ['page', 'pageSize'] } }, 'global::current-subscriber'] },
      },
      // what the printed receipt of a paid payment says: /api/me/payments/:id/receipt
      {
        method: 'GET',
        path: '/me/payments/:id/receipt',
        handler: 'my-payments.receipt',
        config: { prefix: '', middlewares: ['global::query-params', 'global::current-subscriber'] },
      },
      // the customer's own payment (result page): /api/me/payments/:id
      {
        method: 'GET',
        path: '/me/payments/:id',
        handler: 'my-payments.findOne',
        config: { prefix: '', middlewares: ['global::query-params', 'global::current-subscriber'] },
      },
    ],
  },
};
