/**
 * Installation confirmation (seed 001 §5): the buyer's form with legal value, and the
 * prerequisite for services. Confirmed once, never changed: the record is written here only
 * (the Document Service refuses every write to it, see document-rules.ts; the database refuses
 * UPDATE and DELETE, see src/bootstrap/immutable-records.ts). It keeps who confirmed, when, from
 * where, and a SHA-256 hash of the confirmed content that staff can verify.
 */
import { factories, type Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { CHECKLIST, CHECKLIST_LABELS, hashConfirmation, type ConfirmedContent } from '../../../domain/installation-confirmation';
import { judgeInstallationDate } from '../../../domain/installation-date';
import { isIsoDate, presentDate, presentDateTime, tehranDate } from '../../../domain/jalali';
import { FieldErrors, bilingual } from '../../../validation/errors';
import { fillTermsFromModel } from '../../../validation/rules/device';
import { siteLinks } from '../../../domain/site-links';

const UID = 'api::installation-confirmation.installation-confirmation';
const DEVICE = 'api::device.device';

export const contentOf = (row: any): ConfirmedContent => ({
  deviceDocumentId: row.deviceDocumentId,
  serial: row.serial,
  subscriberNumber: row.subscriberNumber,
  nationalCode: row.nationalCode,
  deviceFullyInstalled: Boolean(row.deviceFullyInstalled),
  driverCompressorConnectionsInstalled: Boolean(row.driverCompressorConnectionsInstalled),
  initialTrainingGiven: Boolean(row.initialTrainingGiven),
  allItemsDone: Boolean(row.allItemsDone),
  installationDate: row.installationDate,
  confirmedAt: new Date(row.confirmedAt).toISOString(),
  confirmedByUserId: Number(row.confirmedByUserId),
  ip: row.ip ?? null,
  userAgent: row.userAgent ?? null,
});

type ConfirmingDevice = {
  id: number;
  documentId: string;
  serial: string;
  owner: { id: number; subscriberNumber: string; nationalCode: string; fullName: string };
  model?: { brand: string; model: string } | null;
};

/**
 * Writes a confirmation row for a device, fully ticked, hashed. The only writer of the table
 * (the buyer's form below; the demo seed for its past confirmations). Returns the stored row.
 */
export const recordConfirmation = async (
  strapi: Core.Strapi,
  device: ConfirmingDevice,
  { installationDate, confirmedAt, userId, ip, userAgent }: { installationDate: string; confirmedAt: Date; userId: number; ip: string | null; userAgent: string | null }
) => {
  const content: ConfirmedContent = {
    deviceDocumentId: device.documentId,
    serial: device.serial,
    subscriberNumber: device.owner.subscriberNumber,
    nationalCode: device.owner.nationalCode,
    deviceFullyInstalled: true,
    driverCompressorConnectionsInstalled: true,
    initialTrainingGiven: true,
    allItemsDone: true,
    installationDate,
    confirmedAt: confirmedAt.toISOString(),
    confirmedByUserId: userId,
    ip,
    userAgent: userAgent ? userAgent.slice(0, 400) : null,
  };
  const row = await strapi.db.query(UID).create({
    data: {
      ...content,
      confirmedAt,
      deviceId: device.id,
      subscriberId: device.owner.id,
      subscriberName: device.owner.fullName,
      deviceLabel: [device.model?.brand, device.model?.model].filter(Boolean).join(' ') || null,
      contentHash: hashConfirmation(content),
    },
  });
  await strapi.db.query(DEVICE).update({ where: { id: device.id }, data: { installationConfirmedAt: confirmedAt } });
  return row;
};

export const presentConfirmation = (row: any) => ({
  id: row.documentId,
  device: { id: row.deviceDocumentId, serial: row.serial, label: row.deviceLabel ?? null },
  checklist: [...CHECKLIST, 'allItemsDone' as const].map((key) => ({ key, label: CHECKLIST_LABELS[key], checked: Boolean(row[key]) })),
  installationDate: presentDate(row.installationDate),
  confirmedAt: presentDateTime(row.confirmedAt),
  confirmedBy: { subscriberNumber: row.subscriberNumber, name: row.subscriberName ?? null, nationalCode: row.nationalCode },
  ip: row.ip ?? null,
  contentHash: row.contentHash,
});

export default factories.createCoreService(UID, ({ strapi }) => ({
  /** The confirmation of one of the subscriber's devices, or null. */
  async findForDevice(subscriberId: number, deviceDocumentId: string) {
    const row = await strapi.db.query(UID).findOne({ where: { deviceDocumentId, subscriberId } });
    return row ? presentConfirmation(row) : null;
  },

  /**
   * The buyer confirms. Returns `{ conflict: true }` when the device was already confirmed,
   * null when the device is not theirs.
   */
  async confirm(input: { subscriberId: number; userId: number; deviceDocumentId: string; body: Record<string, unknown>; ip?: string; userAgent?: string }) {
    const body = input.body ?? {};
    const errs = new FieldErrors();
    for (const key of [...CHECKLIST, 'allItemsDone'] as const) {
      if (body[key] !== true) errs.add(key, body[key] === undefined || body[key] === null ? 'required' : 'mustBeTicked');
    }
    // what the date rule can say without the device (a date in the future) comes with the other fields' errors
    const today = tehranDate();
    const typedDate = errs.text('installationDate', body.installationDate, 'isoDate');
    if (typedDate && !isIsoDate(typedDate)) errs.add('installationDate', 'invalidDate');
    else if (typedDate) {
      const early = judgeInstallationDate({ date: typedDate, today });
      if (early) errs.add('installationDate', early);
    }
    for (const key of Object.keys(body)) {
      if (![...CHECKLIST, 'allItemsDone', 'installationDate'].includes(key)) errs.add(key, 'notAllowed');
    }
    errs.throwIfAny();

    return strapi.db.transaction(async () => {
      const device = await strapi.db.query(DEVICE).findOne({
        where: { documentId: input.deviceDocumentId, owner: { id: input.subscriberId } },
        select: ['id', 'documentId', 'serial', 'saleDate', 'installationDate', 'installationConfirmedAt'],
        populate: { owner: { select: ['id', 'subscriberNumber', 'nationalCode', 'fullName'] }, model: { select: ['brand', 'model'] } },
      });
      if (!device) return null;
      if (device.installationConfirmedAt || (await strapi.db.query(UID).findOne({ where: { deviceId: device.id }, select: ['id'] }))) {
        return { conflict: true as const };
      }
      // judged against this device's sale and the date staff recorded (only once it is known to be the caller's)
      const refusal = judgeInstallationDate({ date: typedDate as string, today, saleDate: device.saleDate ?? null, recordedDate: device.installationDate ?? null });
      if (refusal) new FieldErrors().add('installationDate', refusal).throwIfAny();

      const confirmedAt = new Date(Math.floor(Date.now() / 1000) * 1000);
      const installationDate = typedDate as string;
      const row = await recordConfirmation(strapi, device, { installationDate, confirmedAt, userId: input.userId, ip: input.ip ?? null, userAgent: input.userAgent ?? null });
      // services start now: the device leaves "awaiting installation"
      if (!device.installationDate) await strapi.db.query(DEVICE).update({ where: { id: device.id }, data: { installationDate } });
      await fillTermsFromModel(strapi, device.documentId);
      await strapi.service('api::contract.service-lifecycle').openInitialTerm(device.id, device.owner.id);
      await strapi.plugin('crm-sync').service('sync').recordStatusChange({ deviceId: device.id, event: `installation-confirmed:${row.id}` });
      await strapi.service('api::notification.notification').notify({
        subscriberId: device.owner.id,
        sourceId: `installation-confirmed:${device.id}`,
        link: siteLinks.device(device.documentId),
        title: { fa: 'نصب دستگاه تأیید شد', en: 'Installation confirmed' },
        body: {
          fa: `تأییدیهٔ نصب دستگاه ${device.serial} ثبت شد و خدمات آن فعال است.`,
          en: `The installation of device ${device.serial} is confirmed and its services are active.`,
        },
      });
      await strapi.service('api::audit-event.audit-event').record({
        action: 'installation.confirmed',
        actorType: 'customer',
        actorId: input.userId,
        actorLabel: device.owner.subscriberNumber,
        subjectUid: DEVICE,
        subjectId: device.documentId,
        details: { confirmation: row.documentId, contentHash: row.contentHash },
        ip: input.ip,
      });
      return { confirmation: presentConfirmation(row) };
    });
  },

  /** Staff: does the stored content still match its hash? */
  async verify(documentId: string) {
    const row = await strapi.db.query(UID).findOne({ where: { documentId } });
    if (!row) throw bilingual(errors.NotFoundError, 'notFound');
    const computed = hashConfirmation(contentOf(row));
    return { valid: computed === row.contentHash, storedHash: row.contentHash, computedHash: computed };
  },
}));
