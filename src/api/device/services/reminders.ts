/**
 * Expiry reminders (a daily job, src/scheduler/jobs.ts): 30 days, 7 days and on the day before a
 * device's service end and warranty end, each subscriber is told once — by SMS/WhatsApp per their
 * preference and on the dashboard. Each reminder's key names the device, the end date and the
 * offset, so running the job twice (or in two instances) reminds nobody twice, and a renewal that
 * moves the end date brings fresh reminders for the new date.
 */
import type { Core } from '@strapi/strapi';
import { addDays, formatJalaliDateEnglish, formatJalaliDateLong, tehranDate, type IsoDate } from '../../../domain/jalali';
import { toPersianDigits } from '../../../domain/digits';
import { siteLinks } from '../../../domain/site-links';
import { siteUrl } from '../../../utils/site-url';

export const REMINDER_OFFSETS = [30, 7, 0] as const;

type Due = { id: number; documentId: string; serial: string; owner: { id: number } | null };

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const remind = async (kind: 'service' | 'warranty', device: Due, end: IsoDate, offset: number) => {
    if (!device.owner) return false;
    const key = `reminder:${kind}:${device.id}:${end}:${offset}`;
    const until = formatJalaliDateLong(end);
    const untilEn = formatJalaliDateEnglish(end);
    const when = offset === 0 ? { fa: 'امروز', en: 'today' } : { fa: `${toPersianDigits(offset)} روز دیگر`, en: `in ${offset} days` };
    await strapi.db.transaction(async () => {
      await strapi.service('api::notification.notification').notify({
        subscriberId: device.owner!.id,
        sourceId: key,
        link: siteLinks.device(device.documentId, kind === 'service' ? 'service' : undefined),
        title:
          kind === 'service'
            ? { fa: `پایان خدمات دستگاه ${device.serial} ${when.fa}`, en: `Service of ${device.serial} ends ${when.en}` }
            : { fa: `پایان گارانتی دستگاه ${device.serial} ${when.fa}`, en: `Warranty of ${device.serial} ends ${when.en}` },
        body:
          kind === 'service'
            ? { fa: `خدمات این دستگاه در ${until} به پایان می‌رسد؛ می‌توانید از صفحهٔ دستگاه آن را تمدید کنید.`, en: `Its service ends on ${untilEn}; you can renew it from the device page.` }
            : { fa: `گارانتی این دستگاه در ${until} به پایان می‌رسد.`, en: `Its warranty ends on ${untilEn}.` },
      });
      await strapi.plugin('messaging').service('dispatch').notifySubscriber({
        subscriberId: device.owner!.id,
        templateCode: kind === 'service' ? 'service-reminder' : 'warranty-reminder',
        params: { device: device.serial, until, url: siteUrl(strapi) },
        eventKey: key,
      });
    });
    return true;
  };

  return {
    async run({ today = tehranDate() }: { today?: IsoDate } = {}) {
      const sent = { service: 0, warranty: 0 };
      for (const offset of REMINDER_OFFSETS) {
        const end = addDays(today, offset);
        const services: Due[] = await strapi.db.query('api::device.device').findMany({
          where: { serviceEnd: end, serviceMode: { $in: ['initial', 'renewed'] }, installationConfirmedAt: { $notNull: true } },
          select: ['id', 'documentId', 'serial'],
          populate: { owner: { select: ['id'] } },
        });
        for (const d of services) if (await remind('service', d, end, offset)) sent.service += 1;
        const warranties: Due[] = await strapi.db.query('api::device.device').findMany({
          where: { warrantyEnd: end },
          select: ['id', 'documentId', 'serial'],
          populate: { owner: { select: ['id'] } },
        });
        for (const d of warranties) if (await remind('warranty', d, end, offset)) sent.warranty += 1;
      }
      return sent;
    },
  };
};
