/**
 * The customer API root: /api/me (profile, read-only) and /api/me/dashboard.
 * Every /me route runs global::current-subscriber, which puts the caller's subscriber on
 * ctx.state.subscriber; the Customer role is granted exactly the /me routes (customer-accounts).
 */
const subscriberScoped = { middlewares: ['global::query-params', 'global::current-subscriber'] };

export default {
  routes: [
    { method: 'GET', path: '/me', handler: 'me.profile', config: subscriberScoped },
    // the profile is entered by staff: every write is refused with a clear message
    { method: 'PUT', path: '/me', handler: 'me.rejectProfileWrite', config: subscriberScoped },
    { method: 'PATCH', path: '/me', handler: 'me.rejectProfileWrite', config: subscriberScoped },
    { method: 'POST', path: '/me', handler: 'me.rejectProfileWrite', config: subscriberScoped },
    { method: 'DELETE', path: '/me', handler: 'me.rejectProfileWrite', config: subscriberScoped },
    { method: 'GET', path: '/me/dashboard', handler: 'me.dashboard', config: subscriberScoped },
  ],
};
