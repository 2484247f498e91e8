/**
 * Persian (fa) is the default content locale, English (en) the second. Set once on the first
 * start; if staff later change the default in Settings → Internationalization, that stands.
 */
import type { Core } from '@strapi/strapi';

/** `name` is what staff see in the admin's language picker; `was`: names given before, renamed. */
const LOCALES = [
  { code: 'fa', name: 'فارسی (fa)', was: ['Persian (fa)'] },
  { code: 'en', name: 'English (en)', was: [] as string[] },
];

export const ensureLocales = async (strapi: Core.Strapi) => {
  const locales = strapi.plugin('i18n').service('locales');
  for (const { code, name, was } of LOCALES) {
    const existing = await locales.findByCode(code);
    if (!existing) await locales.create({ code, name });
    else if (was.includes(existing.name)) await strapi.db.query('plugin::i18n.locale').update({ where: { id: existing.id }, data: { name } });
  }
  const store = strapi.store({ type: 'core', name: 'poshtiban' });
  if (!(await store.get({ key: 'locales-initialised' }))) {
    await locales.setDefaultLocale({ code: 'fa' });
    await store.set({ key: 'locales-initialised', value: true });
  }
};
