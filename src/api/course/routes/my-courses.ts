/** The courses on sale to the caller: /api/me/courses (+ :id, and buying one). */
const scoped = (allowed: string[] = []) => ({
  middlewares: [{ name: 'global::query-params', config: { allowed } }, 'global::current-subscriber'],
});

export default {
  routes: [
    { method: 'GET', path: '/me/courses', handler: 'my-courses.find', config: scoped(['locale']) },
    { method: 'GET', path: '/me/courses/:id', handler: 'my-courses.findOne', config: scoped(['locale']) },
    { method: 'POST', path: '/me/courses/:id/purchase', handler: 'my-courses.purchase', config: scoped() },
  ],
};
