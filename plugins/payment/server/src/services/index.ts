import payments from './payments';
import sandboxPage from './sandbox-page';

export default { payments, 'sandbox-page': sandboxPage };
