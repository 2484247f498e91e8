/** The caller's course purchases and licences: /api/me/course-orders (paged) and one order. */
const scoped = (allowed: string[] = []) => ({
  middlewares: [{ name: 'global::query-params', config: { allowed } }, 'global::current-subscriber'],
});

export default {
  routes: [
    { method: 'GET', path: '/me/course-orders', handler: 'my-course-orders.find', config: scoped(['page', 'pageSize', 'locale']) },
    { method: 'GET', path: '/me/course-orders/:id', handler: 'my-course-orders.findOne', config: scoped(['locale']) },
  ],
};
