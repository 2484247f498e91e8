/**
 * Persian (fa) is the default content locale, English (en) the second. Set once on the first
 * start; if staff later change the default in Settings → Internationalization, that stands.
 */
import type { Core } from '@strapi/strapi';

const LOCALES = [
  { code: 'fa', name: 'Persian (fa)' },
  { code: 'en', name: 'English (en)' },
];

export const ensureLocales = async (strapi: Core.Strapi) => {
  const locales = strapi.plugin('i18n').service('locales');
  for (const locale of LOCALES) {
    if (!(await locales.findByCode(locale.code))) await locales.create(locale);
  }
  const store = strapi.store({ type: 'core', name: 'poshtiban' });
  if (!(await store.get({ key: 'locales-initialised' }))) {
    await locales.setDefaultLocale({ code: 'fa' });
    await store.set({ key: 'locales-initialised', value: true });
  }
};
