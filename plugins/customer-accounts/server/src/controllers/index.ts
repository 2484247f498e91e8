import oneTimeCode from './one-time-code';
import passwords from './passwords';
import portalAccess from './portal-access';

export default { 'one-time-code': oneTimeCode, passwords, 'portal-access': portalAccess };
