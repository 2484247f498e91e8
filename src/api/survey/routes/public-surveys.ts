/**
 * The survey page's doors (no login: the personal, single-use link is the key), listed in
 * tests/api/route-access.test.ts as public doors.
 *   GET  /api/surveys/:token   the questions (404 unknown or expired, 409 answered)
 *   POST /api/surveys/:token   the answer, once
 */
const open = { auth: false as const, middlewares: ['global::query-params'] };

export default {
  routes: [
    { method: 'GET', path: '/surveys/:token', handler: 'survey.show', config: open },
    { method: 'POST', path: '/surveys/:token', handler: 'survey.answer', config: open },
  ],
};
