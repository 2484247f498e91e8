import portalAccess from './portal-access';

export default { 'portal-access': portalAccess };
