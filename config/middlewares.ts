export default [
  'strapi::logger',
  // bilingual (fa/en) error bodies for every /api response; must wrap strapi::errors
  'global::bilingual-errors',
  'strapi::errors',
  'strapi::security',
  'strapi::cors',
  'strapi::poweredBy',
  'strapi::query',
  'strapi::body',
  'strapi::session',
  'strapi::favicon',
  // the customer site at / and its deep links (before strapi::public, which redirects / to /admin)
  'global::site',
  'strapi::public',
];
