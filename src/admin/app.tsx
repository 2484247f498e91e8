/**
 * The admin panel as staff meet it: Persian by default (English stays selectable in the profile),
 * right-to-left while Persian, set in Vazirmatn, with our own Persian translation of the strings
 * of Strapi's shell, Content Manager, Media Library and settings (translations/fa/*.json) and
 * without Strapi's tours and marketing. Everything here goes through the admin's own extension
 * points: `config.locales` / `config.translations`, `tutorials`, `notifications`, and
 * `register(app)` (which runs before the panel first renders).
 */
import type { StrapiApp } from '@strapi/strapi/admin';
import adminShell1 from './translations/fa/admin-1.json';
import adminShell2 from './translations/fa/admin-2.json';
import contentManagerAndAccounts from './translations/fa/plugins-1.json';
import mediaLibraryAndReleases from './translations/fa/plugins-2.json';
import stringsOutsideStrapisFiles from './translations/fa/extra.json';
import { brandTranslations } from './translations/brand';
import { contentTypeNames } from './translations/content-type-names';
import {
  alignPrimitivesWithPageDirection,
  applyAdminLanguageDefaults,
  followLanguageDirection,
  giveTextInputsAutoDirection,
  mirrorTextBoxButtons,
  setPersianInVazirmatn,
} from './shell';
// readable values (issue 10): the enumeration labels staff see, from the domain's one vocabulary
import { VOCABULARY } from '../domain/vocabulary';

const names = contentTypeNames();

export default {
  config: {
    locales: ['fa'],
    translations: {
      fa: {
        ...adminShell1,
        ...adminShell2,
        ...contentManagerAndAccounts,
        ...mediaLibraryAndReleases,
        ...stringsOutsideStrapisFiles,
        ...names.fa,
        ...brandTranslations.fa,
      },
      en: { ...names.en, ...brandTranslations.en },
    },
    tutorials: false,
    notifications: { releases: false },
  },
  register(app: StrapiApp) {
    applyAdminLanguageDefaults();
    followLanguageDirection();
    setPersianInVazirmatn();
    giveTextInputsAutoDirection();
    alignPrimitivesWithPageDirection();
    mirrorTextBoxButtons();
    // readable values (issue 10): hand the vocabulary to the back-office plugin, which shows the
    // labels in the Content Manager's edit views, list cells and filters
    (app.getPlugin('back-office').apis as { setVocabulary(vocabulary: typeof VOCABULARY): void }).setVocabulary(VOCABULARY);
  },
  bootstrap(_app: StrapiApp) {},
};
