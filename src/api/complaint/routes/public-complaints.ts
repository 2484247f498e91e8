/**
 * The public complaint doors (no login; a logged-in buyer's bearer links the complaint): listed
 * in tests/api/route-access.test.ts as public doors.
 *   GET  /api/complaints/form    a signed form token and the addressees
 *   POST /api/complaints         file a complaint (form token, honeypot, throttles)
 *   POST /api/complaints/status  where a complaint stands, for its code and mobile together
 */
const open = { auth: false as const, middlewares: ['global::query-params'] };

export default {
  routes: [
    { method: 'GET', path: '/complaints/form', handler: 'complaint.form', config: open },
    { method: 'POST', path: '/complaints', handler: 'complaint.submit', config: open },
    { method: 'POST', path: '/complaints/status', handler: 'complaint.status', config: open },
  ],
};
