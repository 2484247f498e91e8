import accounts from './accounts';
import authCache from './auth-cache';
import codes from './codes';
import login from './login';
import loginThrottle from './login-throttle';
import oneTimeCode from './one-time-code';
import passwordHashing from './password-hashing';
import passwords from './passwords';
import roles from './roles';
import sessions from './sessions';

export default {
  accounts,
  'auth-cache': authCache,
  codes,
  login,
  'login-throttle': loginThrottle,
  'one-time-code': oneTimeCode,
  'password-hashing': passwordHashing,
  passwords,
  roles,
  sessions,
};
