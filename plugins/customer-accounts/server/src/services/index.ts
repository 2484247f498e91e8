import accounts from './accounts';
import login from './login';
import loginThrottle from './login-throttle';
import oneTimeCode from './one-time-code';
import roles from './roles';
import sessions from './sessions';

export default {
  accounts,
  login,
  'login-throttle': loginThrottle,
  'one-time-code': oneTimeCode,
  roles,
  sessions,
};
