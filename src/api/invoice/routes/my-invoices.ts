/** The buyer's pay-per-case invoices: /api/me/invoices (paged, with the debt), one invoice, and paying it. */
const scoped = (allowed: string[] = []) => ({
  middlewares: [{ name: 'global::query-params', config: { allowed } }, 'global::current-subscriber'],
});

export default {
  routes: [
    { method: 'GET', path: '/me/invoices', handler: 'my-invoices.find', config: scoped(['page', 'pageSize']) },
    { method: 'GET', path: '/me/invoices/:id', handler: 'my-invoices.findOne', config: scoped() },
    { method: 'POST', path: '/me/invoices/:id/pay', handler: 'my-invoices.pay', config: scoped() },
  ],
};
