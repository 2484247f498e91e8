/**
 * The company's contact details staff keep in the admin (a single type, «اطلاعات تماس») and the
 * public answer built from them (GET /api/contact-details). Every page of the site asks for it
 * once, so the answer is kept in memory for a minute; a change staff save empties it at once in
 * this instance (src/validation/rules/contact-settings.ts), other instances follow within the minute.
 */
import { factories } from '@strapi/strapi';
import { presentContactDetails, PUBLIC_CONTACT_FIELDS, type PublicContactDetails } from '../../../domain/contact-details';

const UID = 'api::contact-settings.contact-settings';
export const PUBLIC_CONTACT_TTL_MS = 60_000;

export default factories.createCoreService(UID, ({ strapi }) => {
  let cached: { until: number; value: PublicContactDetails } | null = null;
  return {
    async publicDetails(): Promise<PublicContactDetails> {
      if (cached && Date.now() < cached.until) return cached.value;
      const row = await strapi.db.query(UID).findOne({ select: [...PUBLIC_CONTACT_FIELDS] });
      cached = { until: Date.now() + PUBLIC_CONTACT_TTL_MS, value: presentContactDetails(row) };
      return cached.value;
    },

    forgetPublicDetails() {
      cached = null;
    },
  };
});
