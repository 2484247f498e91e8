/**
 * payment — online payments through one gateway interface: Zarinpal REST v4, or the built-in
 * sandbox gateway (the default). Capabilities register a purpose (what a verified payment grants)
 * in their bootstrap and call `service('payments').start(...)`; the callback verifies with the
 * gateway, using the amount in our own record, and grants exactly once.
 */
import config from './config';
import contentTypes from './content-types';
import controllers from './controllers';
import routes from './routes';
import services from './services';

export default { config, contentTypes, controllers, routes, services };
