import loginCode from './login-code';

export default { 'login-code': loginCode };
