/** Official holidays staff list in the admin; read as a set, cached for a minute. */
import { factories } from '@strapi/strapi';

const UID = 'api::holiday.holiday';

export default factories.createCoreService(UID, ({ strapi }) => {
  let cache: { set: Set<string>; at: number } | null = null;
  return {
    async dates(): Promise<Set<string>> {
      if (cache && Date.now() - cache.at < 60_000) return cache.set;
      const rows = await strapi.db.query(UID).findMany({ select: ['date'] });
      cache = { set: new Set(rows.map((r: { date: string }) => String(r.date).slice(0, 10))), at: Date.now() };
      return cache.set;
    },
    forget() {
      cache = null;
    },
  };
});
