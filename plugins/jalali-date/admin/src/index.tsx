/**
 * Admin part of jalali-date: the custom fields' inputs (Jalali calendar, Tehran time).
 * (First cut: registration only; the picker lands in the next commit.)
 */
import { CalendarIcon } from './CalendarIcon';

const inputs = () => import('./JalaliDateInput').then((m) => ({ default: m.JalaliDateInput }));

export default {
  register(app: any) {
    app.registerPlugin({ id: 'jalali-date', name: 'Jalali dates' });
    for (const name of ['date', 'datetime'] as const) {
      app.customFields.register({
        name,
        pluginId: 'jalali-date',
        type: name,
        intlLabel: { id: `jalali-date.${name}.label`, defaultMessage: name === 'date' ? 'Jalali date' : 'Jalali date and time' },
        intlDescription: { id: `jalali-date.${name}.description`, defaultMessage: 'Shown and entered in the Jalali calendar (Tehran time)' },
        icon: CalendarIcon,
        components: { Input: inputs },
      });
    }
  },
  async registerTrads() {
    return [];
  },
};
