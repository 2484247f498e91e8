import accounts from './accounts';
import login from './login';
import loginThrottle from './login-throttle';
import roles from './roles';

export default {
  accounts,
  login,
  'login-throttle': loginThrottle,
  roles,
};
