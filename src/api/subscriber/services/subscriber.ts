import { factories } from '@strapi/strapi';

export type CurrentSubscriber = { id: number; documentId: string; subscriberNumber: string; fullName: string };

export default factories.createCoreService('api::subscriber.subscriber', ({ strapi }) => ({
  /** The subscriber whose portal account is this user, or null. One query through the link table. */
  async findByUserId(userId: number): Promise<CurrentSubscriber | null> {
    return strapi.db.query('api::subscriber.subscriber').findOne({
      where: { user: { id: userId } },
      select: ['id', 'documentId', 'subscriberNumber', 'fullName'],
    });
  },

  /** The read-only profile shown to the subscriber. */
  async profile(subscriberId: number) {
    const s = await strapi.db.query('api::subscriber.subscriber').findOne({
      where: { id: subscriberId },
      select: ['documentId', 'subscriberNumber', 'fullName', 'nationalCode', 'mainOperatorName', 'phone', 'mobile', 'preferredChannel'],
      populate: { address: { select: ['city', 'street', 'building', 'postalCode'] } },
    });
    if (!s) return null;
    return {
      id: s.documentId,
      subscriberNumber: s.subscriberNumber,
      fullName: s.fullName,
      nationalCode: s.nationalCode,
      mainOperatorName: s.mainOperatorName ?? null,
      address: {
        city: s.address?.city ?? null,
        street: s.address?.street ?? null,
        building: s.address?.building ?? null,
        postalCode: s.address?.postalCode ?? null,
      },
      phone: s.phone ?? null,
      mobile: s.mobile,
      preferredChannel: s.preferredChannel,
    };
  },
}));
