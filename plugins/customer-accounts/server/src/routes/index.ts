import { ISSUE_CREDENTIALS_ACTION, READ_ACCOUNT_ACTION } from '../bootstrap';

const can = (action: string) => ['admin::isAuthenticatedAdmin', { name: 'admin::hasPermissions', config: { actions: [action] } }];

export default {
  'content-api': {
    type: 'content-api',
    routes: [
      // prefix '' → /api/auth/otp/…, beside users-permissions' /api/auth/local
      { method: 'POST', path: '/auth/otp/request', handler: 'one-time-code.request', config: { auth: false, prefix: '' } },
      { method: 'POST', path: '/auth/otp/verify', handler: 'one-time-code.verify', config: { auth: false, prefix: '' } },
      // forgotten password: a reset code by SMS, then the new password with it
      { method: 'POST', path: '/auth/password-reset/request', handler: 'passwords.requestReset', config: { auth: false, prefix: '' } },
      { method: 'POST', path: '/auth/password-reset/confirm', handler: 'passwords.reset', config: { auth: false, prefix: '' } },
      // the logged-in customer changes their password (a /me route: the Customer role gets it)
      {
        method: 'POST',
        path: '/me/password',
        handler: 'passwords.change',
        config: { prefix: '', middlewares: ['global::query-params', 'global::current-subscriber'] },
      },
    ],
  },
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
