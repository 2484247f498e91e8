import licenceRequest from './licence-request';

export default { 'licence-request': licenceRequest };
