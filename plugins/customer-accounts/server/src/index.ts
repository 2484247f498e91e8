/**
 * customer-accounts — portal accounts for subscribers.
 *
 * - Staff issue credentials from a subscriber's page in the admin (username = subscriber number).
 * - Customers log in with the subscriber number, the legacy 12-digit code or the national code
 *   (see services/login.ts; wired into users-permissions by src/extensions/users-permissions).
 * - Or with a one-time code sent by SMS (services/one-time-code.ts: /api/auth/otp/request, /verify).
 * - Passwords are hashed and checked in worker threads (services/password-hashing.ts).
 * - The "Customer" role reaches only /api/me/... routes; Public reaches only login and refresh;
 *   self-registration is off (services/roles.ts).
 */
import bootstrap from './bootstrap';
import config from './config';
import contentTypes from './content-types';
import controllers from './controllers';
import register from './register';
import routes from './routes';
import services from './services';

export default {
  bootstrap,
  /** closes the shared login counters' and the auth cache's Redis connections, ends the bcrypt workers */
  async destroy({ strapi }: { strapi: any }) {
    await strapi.plugin('customer-accounts').service('login-throttle').destroy();
    await strapi.plugin('customer-accounts').service('auth-cache').stop();
    await strapi.plugin('customer-accounts').service('password-hashing').stop();
  },
  config,
  contentTypes,
  controllers,
  register,
  routes,
  services,
};
