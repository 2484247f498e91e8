/** The customer's own devices: /api/me/devices and /api/me/devices/:id (documentId). */
const subscriberScoped = { middlewares: ['global::query-params', 'global::current-subscriber'] };

export default {
  routes: [
    { method: 'GET', path: '/me/devices', handler: 'my-devices.find', config: subscriberScoped },
    { method: 'GET', path: '/me/devices/:id', handler: 'my-devices.findOne', config: subscriberScoped },
  ],
};
