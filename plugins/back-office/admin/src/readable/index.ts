/**
 * Readable values in the Content Manager (issue 10): enumeration values by their labels (edit
 * view select, list cells, list filters), money in rials with separators and the toman amount
 * (plugin::back-office.rials), a status history as a timeline (plugin::back-office.status-history).
 *
 * The labels come from the app: src/admin/app.tsx hands src/domain/vocabulary.ts over through
 * `app.getPlugin('back-office').apis.setVocabulary(...)` (readableApis below).
 */
import { LabelledEnumerationInput } from './EnumerationInput';
import { MoneyIcon, TimelineIcon } from './icons';
import { RIALS_FIELD, readableColumns, readableFilters } from './listView';
import { readableTranslations, t } from './translations';
import { setOfferedLocales, setVocabulary } from './vocabulary';

export { readableTranslations };
export type { Vocabulary } from './vocabulary';

/** What the back-office plugin exposes as `apis` for readable values. */
export const readableApis = { setVocabulary };

/** In the plugin's register(app): the inputs. */
export const registerReadableValues = (app: any) => {
  setOfferedLocales(app.configurations?.locales);
  // every enumeration in the Content Manager's edit views (custom fields are not affected)
  app.addFields({ type: 'enumeration', Component: LabelledEnumerationInput });
  app.customFields.register([
    {
      name: 'rials',
      pluginId: 'back-office',
      type: 'biginteger',
      intlLabel: t('rials.label'),
      intlDescription: t('rials.description'),
      icon: MoneyIcon,
      components: { Input: async () => ({ default: (await import('./RialsInput')).RialsInput }) },
    },
    {
      name: 'status-history',
      pluginId: 'back-office',
      type: 'json',
      intlLabel: t('status-history.label'),
      intlDescription: t('status-history.description'),
      icon: TimelineIcon,
      components: { Input: async () => ({ default: (await import('./StatusHistoryInput')).StatusHistoryInput }) },
    },
  ]);
};

/** In the plugin's bootstrap(app): the list view's cells and filters. */
export const bootstrapReadableValues = (app: any) => {
  app.registerHook('Admin/CM/pages/ListView/inject-column-in-table', readableColumns);
  app.registerHook('Admin/CM/pages/ListView/inject-in-filters', readableFilters);
};

export { RIALS_FIELD };
