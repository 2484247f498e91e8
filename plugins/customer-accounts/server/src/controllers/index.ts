import oneTimeCode from './one-time-code';
import portalAccess from './portal-access';

export default { 'one-time-code': oneTimeCode, 'portal-access': portalAccess };
