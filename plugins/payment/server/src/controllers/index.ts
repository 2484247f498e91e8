import gateway from './gateway';
import myPayments from './my-payments';

export default { gateway, 'my-payments': myPayments };
