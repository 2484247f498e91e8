export default [
  'strapi::logger',
  // bilingual (fa/en) error bodies for every /api response; must wrap strapi::errors
  'global::bilingual-errors',
  // the staff matrix's reason on the Content Manager's permission refusals; must wrap strapi::errors
  'global::permission-reasons',
  'strapi::errors',
  'strapi::security',
  'strapi::cors',
  'strapi::poweredBy',
  'strapi::query',
  // the raw body is kept beside the parsed one: signed webhooks (WhatsApp) are verified on it
  { name: 'strapi::body', config: { includeUnparsed: true } },
  'strapi::session',
  // the refresh cookie is Secure when the browser's connection is https, not because NODE_ENV is production
  'global::refresh-cookie',
  'strapi::favicon',
  // the customer site at / and its deep links (before strapi::public, which redirects / to /admin)
  'global::site',
  'strapi::public',
];
