/**
 * Admin panel customisation. The admin shell stays as Strapi ships it (it has no Persian
 * translation and no right-to-left layout); we only brand it. Our content types, fields and the
 * Portal access panel carry Persian labels (src/bootstrap/admin-labels.ts and the plugins' admin folders).
 */
import type { StrapiApp } from '@strapi/strapi/admin';
// readable values (issue 10): the enumeration labels staff see, from the domain's one vocabulary
import { VOCABULARY } from '../domain/vocabulary';

export default {
  config: {
    locales: [],
    translations: {
      en: {
        'Auth.form.welcome.title': 'Poshtiban — back office',
        'Auth.form.welcome.subtitle': 'Staff sign-in (ورود کارکنان)',
        'app.components.LeftMenu.navbrand.title': 'Poshtiban (پشتیبان)',
        'app.components.LeftMenu.navbrand.workplace': 'After-sales back office',
      },
    },
    tutorials: false,
    notifications: { releases: false },
  },
  // readable values (issue 10): hand the vocabulary to the back-office plugin, which shows the
  // labels in the Content Manager's edit views, list cells and filters
  register(app: StrapiApp) {
    (app.getPlugin('back-office').apis as { setVocabulary(vocabulary: typeof VOCABULARY): void }).setVocabulary(VOCABULARY);
  },
  bootstrap(_app: StrapiApp) {},
};
