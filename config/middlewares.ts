import { allowedOrigins } from '../src/domain/deployment';
import { bodyParseError } from '../src/middlewares/body-errors';
import { stampArrivalOrder } from '../src/utils/multipart-order';
import { uploadMediaOrigins } from '../src/uploads/s3/options';

// with UPLOAD_PROVIDER=s3 the admin's Media Library (and any page showing an uploaded image) loads
// files from the bucket's signed URLs: its origin joins Strapi's default img-src and media-src
const security = (mediaOrigins = uploadMediaOrigins(process.env)) =>
  mediaOrigins.length
    ? {
        name: 'strapi::security',
        config: {
          contentSecurityPolicy: {
            useDefaults: true,
            directives: {
              'connect-src': ["'self'", 'https:'],
              'img-src': ["'self'", 'data:', 'blob:', 'https://market-assets.strapi.io', ...mediaOrigins],
              'media-src': ["'self'", 'data:', 'blob:', ...mediaOrigins],
              upgradeInsecureRequests: null,
            },
          },
        },
      }
    : 'strapi::security';

export default () => [
  'strapi::logger',
  // bilingual (fa/en) error bodies for every /api response; must wrap strapi::errors
  'global::bilingual-errors',
  // the staff matrix's reason on the Content Manager's permission refusals; must wrap strapi::errors
  'global::permission-reasons',
  'strapi::errors',
  // the database out of reach (a restart, a failover) → 503 with Retry-After, not a 500
  'global::database-unavailable',
  // an outside provider a request needs (the payment gateway) out of reach → 503 with Retry-After
  'global::provider-unavailable',
  security(),
  // only the public URL's origin, SITE_URL's and CORS_ORIGINS answer with credentials (never
  // `null` or any origin); the admin panel and the site are served from the public URL itself
  { name: 'strapi::cors', config: { origin: allowedOrigins(process.env) } },
  'strapi::poweredBy',
  'strapi::query',
  // a body that cannot be read as sent (wrong Content-Encoding, malformed JSON) is a 400, not a 500
  'global::body-errors',
  // the raw body is kept beside the parsed one: signed webhooks (WhatsApp) are verified on it, and
  // duplicate JSON keys are found in it; parse errors go to global::body-errors
  // files numbered as their parts begin: a request's attachments keep the order they were sent in
  { name: 'strapi::body', config: { includeUnparsed: true, onError: bodyParseError, formidable: { onFileBegin: stampArrivalOrder } } },
  // JSON bodies on /api routes may not name a key twice
  'global::strict-json',
  'strapi::session',
  // the refresh cookie is Secure when the browser's connection is https, not because NODE_ENV is production
  'global::refresh-cookie',
  'strapi::favicon',
  // ticket attachments are never served by /uploads/ or strapi::public: only through their routes
  'global::private-uploads',
  // the customer site at / and its deep links (before strapi::public, which redirects / to /admin)
  'global::site',
  'strapi::public',
];
