/**
 * jalali-date — two custom fields for the Content Manager, stored exactly as Strapi's own
 * `date` (an ISO calendar date, `YYYY-MM-DD`) and `datetime` (a UTC instant) are, but shown and
 * entered in the Jalali calendar in Tehran time (the admin part, admin/src).
 *
 *   "installationDate": { "type": "customField", "customField": "plugin::jalali-date.date" }
 *   "confirmedAt":      { "type": "customField", "customField": "plugin::jalali-date.datetime" }
 */
import type { Core } from '@strapi/strapi';

export const JALALI_DATE = 'plugin::jalali-date.date';
export const JALALI_DATETIME = 'plugin::jalali-date.datetime';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    strapi.customFields.register([
      { name: 'date', plugin: 'jalali-date', type: 'date' },
      { name: 'datetime', plugin: 'jalali-date', type: 'datetime' },
    ]);
  },
};
