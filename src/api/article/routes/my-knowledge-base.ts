/**
 * The knowledge base for buyers: /api/me/knowledge-base (the home page), /api/me/articles (paged,
 * searched), one article and the caller's «was this helpful?», /api/me/videos and one video.
 */
const scoped = (allowed: string[] = []) => ({
  middlewares: [{ name: 'global::query-params', config: { allowed } }, 'global::current-subscriber'],
});
const LIST = ['q', 'deviceType', 'topic', 'page', 'pageSize', 'locale'];

export default {
  routes: [
    { method: 'GET', path: '/me/knowledge-base', handler: 'my-knowledge-base.home', config: scoped(['locale']) },
    { method: 'GET', path: '/me/articles', handler: 'my-knowledge-base.articles', config: scoped(LIST) },
    { method: 'GET', path: '/me/articles/:id', handler: 'my-knowledge-base.article', config: scoped(['locale']) },
    { method: 'POST', path: '/me/articles/:id/feedback', handler: 'my-knowledge-base.feedback', config: scoped(['locale']) },
    { method: 'GET', path: '/me/videos', handler: 'my-knowledge-base.videos', config: scoped(LIST) },
    { method: 'GET', path: '/me/videos/:id', handler: 'my-knowledge-base.video', config: scoped(['locale']) },
  ],
};
