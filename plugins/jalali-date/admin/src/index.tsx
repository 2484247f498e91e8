/**
 * Admin part of jalali-date: every date and date-time staff meet in the Content Manager is in the
 * Jalali calendar, Tehran time.
 *   - the two custom fields' input (components/JalaliDateInput): typed or picked on
 *     react-multi-date-picker's Persian calendar, stored as an ISO day or a UTC instant;
 *   - the list view's date columns and date filters (components/listView), through the Content
 *     Manager's hooks — these cover Strapi's own date fields too (createdAt, updatedAt…).
 * The arithmetic lives apart from React in jalali.ts.
 */
import { CalendarIcon } from './CalendarIcon';
import { INJECT_COLUMN_IN_TABLE, INJECT_LIST_VIEW_FILTERS, showDateColumnsInJalali, takeDateFiltersInJalali } from './components/listView';
import { message, PLUGIN_ID, translations } from './translations';

const input = () => import('./components/JalaliDateInput').then((module) => ({ default: module.JalaliDateInput }));

export default {
  register(app: any) {
    app.registerPlugin({ id: PLUGIN_ID, name: 'Jalali dates' });
    for (const name of ['date', 'datetime'] as const) {
      app.customFields.register({
        name,
        pluginId: PLUGIN_ID,
        type: name,
        intlLabel: message(`jalali-date.${name}.label`),
        intlDescription: message(`jalali-date.${name}.description`),
        icon: CalendarIcon,
        components: { Input: input },
      });
    }
  },

  bootstrap(app: any) {
    app.registerHook(INJECT_COLUMN_IN_TABLE, showDateColumnsInJalali);
    app.registerHook(INJECT_LIST_VIEW_FILTERS, takeDateFiltersInJalali);
  },

  async registerTrads({ locales }: { locales: string[] }) {
    return locales
      .filter((locale): locale is keyof typeof translations => locale in translations)
      .map((locale) => ({ locale, data: translations[locale] }));
  },
};
