import { ISSUE_CREDENTIALS_ACTION, READ_ACCOUNT_ACTION } from '../bootstrap';

const can = (action: string) => ['admin::isAuthenticatedAdmin', { name: 'admin::hasPermissions', config: { actions: [action] } }];

export default {
  admin: {
    type: 'admin',
    routes: [
      {
        method: 'GET',
        path: '/subscribers/:documentId/account',
        handler: 'portal-access.status',
        config: { policies: can(READ_ACCOUNT_ACTION) },
      },
      {
        method: 'POST',
        path: '/subscribers/:documentId/credentials',
        handler: 'portal-access.issue',
        config: { policies: can(ISSUE_CREDENTIALS_ACTION) },
      },
    ],
  },
};
