const can = (action: string) => ['admin::isAuthenticatedAdmin', { name: 'admin::hasPermissions', config: { actions: [action] } }];

export default {
  admin: {
    type: 'admin',
    routes: [
      { method: 'GET', path: '/devices/:documentId/jobs', handler: 'admin.deviceJobs', config: { policies: can('plugin::crm-sync.jobs.read') } },
      { method: 'GET', path: '/jobs/failing', handler: 'admin.failingJobs', config: { policies: can('plugin::crm-sync.jobs.read') } },
      { method: 'POST', path: '/jobs/:id/retry', handler: 'admin.retry', config: { policies: can('plugin::crm-sync.jobs.retry') } },
    ],
  },
};
