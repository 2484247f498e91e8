import lookup from './lookup';
import rateLimit from './rate-limit';

export default { lookup, 'rate-limit': rateLimit };
