import payment from './payment';
import sandboxTransaction from './sandbox-transaction';

export default { payment, 'sandbox-transaction': sandboxTransaction };
