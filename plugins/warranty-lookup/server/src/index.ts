/**
 * warranty-lookup — anyone checks by serial number whether a warranty is genuine and valid
 * (seed 002), on the site's /warranty page or GET /api/warranty/:serial. Minimal answer, no
 * personal data, throttled per address (memory, or Redis across instances), one indexed query
 * per uncached serial.
 */
import config from './config';
import services from './services';
import middlewares from './middlewares';

export default { config, services, middlewares };
