/** The customer's own devices: /api/me/devices, /api/me/devices/:id (documentId), its model's documents and its actions. */
const subscriberScoped = { middlewares: ['global::query-params', 'global::current-subscriber'] };

export default {
  routes: [
    { method: 'GET', path: '/me/devices', handler: 'my-devices.find', config: subscriberScoped },
    { method: 'GET', path: '/me/devices/:id', handler: 'my-devices.findOne', config: subscriberScoped },
    // a document of the device's model (user manual, warranty card), to the device's owner only
    { method: 'GET', path: '/me/devices/:id/documents/:fileId', handler: 'my-devices.document', config: subscriberScoped },
    { method: 'GET', path: '/me/devices/:id/installation-confirmation', handler: 'my-device-service.installationConfirmation', config: subscriberScoped },
    { method: 'POST', path: '/me/devices/:id/installation-confirmation', handler: 'my-device-service.confirmInstallation', config: subscriberScoped },
    { method: 'GET', path: '/me/devices/:id/service', handler: 'my-device-service.serviceOptions', config: subscriberScoped },
    { method: 'POST', path: '/me/devices/:id/service', handler: 'my-device-service.chooseService', config: subscriberScoped },
  ],
};
