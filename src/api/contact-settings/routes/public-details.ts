/**
 * GET /api/contact-details — the company's contact details for everyone (the site's footer, the
 * login page, the warranty lookup): a public door, read-only, listed in tests/api/route-access.test.ts.
 */
export default {
  routes: [
    {
      method: 'GET',
      path: '/contact-details',
      handler: 'contact-settings.publicDetails',
      config: { auth: false, middlewares: ['global::query-params'] },
    },
  ],
};
