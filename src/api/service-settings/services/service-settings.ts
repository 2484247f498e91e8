/**
 * The service settings staff edit in the admin (a single type): renewal prices per plan in
 * integer rials, how long before the end a renewal is offered, the pay-per-case debt ceiling.
 */
import { factories } from '@strapi/strapi';
import { toRials } from '../../../domain/money';

const UID = 'api::service-settings.service-settings';

export const DEFAULT_SERVICE_SETTINGS = {
  renewalPrice1YearRials: '250000000', // 25,000,000 toman
  renewalPrice2YearsRials: '450000000',
  renewalPrice3YearsRials: '600000000',
  renewalWindowDays: 60,
  payPerCaseDebtCeilingRials: '100000000', // 10,000,000 toman (seed 001 §3)
};

export type ServiceSettings = {
  renewalPriceRials: Record<1 | 2 | 3, number>;
  renewalWindowDays: number;
  payPerCaseDebtCeilingRials: number;
};

export default factories.createCoreService(UID, ({ strapi }) => ({
  async ensureDefaults() {
    if (!(await strapi.db.query(UID).findOne({ select: ['id'] }))) await strapi.db.query(UID).create({ data: DEFAULT_SERVICE_SETTINGS });
  },

  async current(): Promise<ServiceSettings> {
    const row = (await strapi.db.query(UID).findOne({})) ?? DEFAULT_SERVICE_SETTINGS;
    return {
      renewalPriceRials: { 1: toRials(row.renewalPrice1YearRials), 2: toRials(row.renewalPrice2YearsRials), 3: toRials(row.renewalPrice3YearsRials) },
      renewalWindowDays: Number(row.renewalWindowDays),
      payPerCaseDebtCeilingRials: toRials(row.payPerCaseDebtCeilingRials),
    };
  },
}));
