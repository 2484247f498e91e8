/**
 * video-licensing — licences for the paid training videos (the «گروه زیگ» courses) through
 * SpotPlayer's licence API, or a local stand-in that issues test licences (the default; refused in
 * production). A durable queue of licence requests (services/licences.ts): one per order, claimed
 * atomically, retried with backoff by the scheduled job `video-licensing.issue`, looked up by
 * payload before anything is created twice. The app enqueues a request inside a payment's grant and
 * registers `onIssued` to record the licence on its order and tell the buyer; this plugin imports
 * nothing from the app. Admin: a panel on each course order's page with «تلاش دوباره».
 */
import bootstrap from './bootstrap';
import config from './config';
import contentTypes from './content-types';
import controllers from './controllers';
import routes from './routes';
import services from './services';

export default { bootstrap, config, contentTypes, controllers, routes, services };
