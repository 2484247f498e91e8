/**
 * Device ownership transfer (seed 001 §6). The buyer asks (device, the new owner's name, national
 * code and mobile, and the formal confirmation that their ownership ends); one pending request per
 * device. Staff approve or reject in the admin. Approval, in one transaction: the request moves
 * from pending to approved with a conditional UPDATE that only one approver can win; the new owner
 * is the subscriber with that national code (created, without a portal account, if new); the
 * device changes owner — the old owner loses access at once, since every customer query is scoped
 * by owner; warranty and contracts stay with the device; the ownership history gets both ends;
 * both people are told.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { normalizeMobile, normalizeNationalCode } from '../../../domain/identity';
import { normalizePersianText } from '../../../domain/digits';
import { presentDateTime } from '../../../domain/jalali';
import { TRANSFER_STATUS_LABELS, type TransferStatus } from '../../../domain/ownership-transfer';
import { FieldErrors, bilingual, fieldError, validationError } from '../../../validation/errors';
import { isDocumentId } from '../../../utils/document-id';
import { siteLinks } from '../../../domain/site-links';
import { isPostgres, withTransaction } from '../../../utils/raw-sql';

const UID = 'api::ownership-transfer.ownership-transfer';
const HISTORY = 'api::ownership-transfer.device-ownership';
const DEVICE = 'api::device.device';
const SUBSCRIBER = 'api::subscriber.subscriber';

/** the device as a request shows it: after approval it is no longer in the buyer's own list */
const DEVICE_POPULATE = { device: { select: ['documentId', 'serial'], populate: { model: { select: ['brand', 'model'] } } } };

const present = (t: any) => ({
  id: t.documentId,
  device: t.device ? { id: t.device.documentId, serial: t.device.serial, brand: t.device.model?.brand ?? null, model: t.device.model?.model ?? null } : null,
  newOwner: { fullName: t.newOwnerName, nationalCode: t.newOwnerNationalCode, mobile: t.newOwnerMobile },
  status: t.transferStatus as TransferStatus,
  statusLabel: TRANSFER_STATUS_LABELS[t.transferStatus as TransferStatus],
  rejectionReason: t.rejectionReason ?? null,
  createdAt: presentDateTime(t.createdAt),
  reviewedAt: presentDateTime(t.reviewedAt),
});

export type Reviewer = { id: number; label: string };

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const notifyBoth = async (t: any, outcome: 'approved' | 'rejected') => {
    const serial = t.device?.serial ?? '';
    const fromText =
      outcome === 'approved'
        ? { fa: `مالکیت دستگاه ${serial} به ${t.newOwnerName} منتقل شد.`, en: `Ownership of device ${serial} was transferred to ${t.newOwnerName}.` }
        : { fa: `درخواست انتقال مالکیت دستگاه ${serial} رد شد: ${t.rejectionReason}`, en: `The ownership transfer of device ${serial} was rejected: ${t.rejectionReason}` };
    const key = `transfer:${t.documentId}:${outcome}`;
    if (t.fromSubscriber) {
      await strapi.service('api::notification.notification').notify({ subscriberId: t.fromSubscriber.id, sourceId: key, link: siteLinks.transfers(), title: { fa: 'انتقال مالکیت دستگاه', en: 'Ownership transfer' }, body: fromText });
      await strapi.plugin('messaging').service('dispatch').notifySubscriber({ subscriberId: t.fromSubscriber.id, templateCode: 'ownership-transfer', params: { message: fromText.fa }, eventKey: `${key}:from` });
    }
    if (outcome === 'approved' && t.toSubscriberId) {
      const toText = { fa: `دستگاه ${serial} به نام شما ثبت شد. گارانتی و قرارداد خدمات آن برقرار است.`, en: `Device ${serial} is now registered to you; its warranty and service contract stay in force.` };
      await strapi.service('api::notification.notification').notify({ subscriberId: t.toSubscriberId, sourceId: key, ...(t.device ? { link: siteLinks.device(t.device.documentId) } : {}), title: { fa: 'دستگاه به نام شما ثبت شد', en: 'A device was transferred to you' }, body: toText });
      await strapi.plugin('messaging').service('dispatch').notifySubscriber({ subscriberId: t.toSubscriberId, templateCode: 'ownership-transfer', params: { message: toText.fa }, eventKey: `${key}:to` });
    }
  };

  /** The subscriber with this national code, or a new one (no portal account until staff issue one). */
  const findOrCreateNewOwner = async (t: any) => {
    const existing = await strapi.db.query(SUBSCRIBER).findOne({ where: { nationalCode: t.newOwnerNationalCode }, select: ['id'] });
    if (existing) return existing.id as number;
    // the next subscriber number (inside this transaction: SQLite has one connection)
    const max = await withTransaction(strapi, (trx) => trx('subscribers').max({ n: trx.raw(`CAST(subscriber_number AS ${isPostgres(strapi) ? 'BIGINT' : 'INTEGER'})`) }));
    const next = String(Number((max as any)[0]?.n ?? 0) + 1);
    const created = await strapi.documents(SUBSCRIBER).create({
      data: { subscriberNumber: next, fullName: t.newOwnerName, nationalCode: t.newOwnerNationalCode, mobile: t.newOwnerMobile, preferredChannel: 'sms' } as any,
    });
    return created.id as number;
  };

  return {
    async listFor(subscriberId: number) {
      const rows = await strapi.db.query(UID).findMany({
        where: { fromSubscriber: { id: subscriberId } },
        populate: DEVICE_POPULATE,
        orderBy: [{ id: 'desc' }],
      });
      return rows.map(present);
    },

    /** The buyer's request. Null when the device is not theirs; { conflict } when one is already pending. */
    async request(subscriberId: number, body: Record<string, unknown>, ip?: string) {
      const errs = new FieldErrors();
      const newOwner = (body.newOwner && typeof body.newOwner === 'object' && !Array.isArray(body.newOwner) ? body.newOwner : {}) as Record<string, unknown>;
      // each text field by the text rule (src/domain/text-input.ts), then by its own
      const deviceId = errs.text('deviceId', body.deviceId, 'documentId');
      if (deviceId && !isDocumentId(deviceId)) errs.add('deviceId', 'notFound');
      const typedName = errs.text(['newOwner', 'fullName'], newOwner.fullName, 'personName');
      const name = typedName ? normalizePersianText(typedName) : '';
      if (typedName && name.length < 3) errs.add(['newOwner', 'fullName'], 'fullNameInvalid');
      const typedCode = errs.text(['newOwner', 'nationalCode'], newOwner.nationalCode, 'nationalCode');
      const nationalCode = typedCode ? normalizeNationalCode(typedCode) : null;
      if (typedCode && !nationalCode) errs.add(['newOwner', 'nationalCode'], 'nationalCodeInvalid');
      const typedMobile = errs.text(['newOwner', 'mobile'], newOwner.mobile, 'mobile');
      const mobile = typedMobile ? normalizeMobile(typedMobile) : null;
      if (typedMobile && !mobile) errs.add(['newOwner', 'mobile'], 'mobileInvalid');
      if (body.ownershipEndConfirmed !== true) errs.add('ownershipEndConfirmed', body.ownershipEndConfirmed === undefined ? 'required' : 'mustBeTicked');
      for (const key of Object.keys(body)) if (!['deviceId', 'newOwner', 'ownershipEndConfirmed'].includes(key)) errs.add(key, 'notAllowed');
      errs.throwIfAny();

      return strapi.db.transaction(async () => {
        const device = await strapi.db.query(DEVICE).findOne({ where: { documentId: deviceId, owner: { id: subscriberId } }, select: ['id', 'documentId', 'serial'] });
        if (!device) return null;
        const me = await strapi.db.query(SUBSCRIBER).findOne({ where: { id: subscriberId }, select: ['nationalCode'] });
        if (me?.nationalCode === nationalCode) throw validationError([fieldError(['newOwner', 'nationalCode'], 'transferToSelf')]);
        if (await strapi.db.query(UID).findOne({ where: { pendingDeviceId: device.id }, select: ['id'] })) return { conflict: true as const };
        const created = await strapi.db.query(UID).create({
          data: {
            device: device.id,
            fromSubscriber: subscriberId,
            newOwnerName: name,
            newOwnerNationalCode: nationalCode,
            newOwnerMobile: mobile,
            ownershipEndConfirmed: true,
            transferStatus: 'pending',
            pendingDeviceId: device.id,
            requestIp: ip ?? null,
          },
          populate: DEVICE_POPULATE,
        });
        await strapi.service('api::audit-event.audit-event').record({ action: 'ownership-transfer.requested', actorType: 'customer', actorId: subscriberId, subjectUid: DEVICE, subjectId: device.documentId, details: { transfer: created.documentId }, ip });
        return { transfer: present(created) };
      });
    },

    /** Staff approve. Only one approval can win; returns { conflict } when it was already reviewed. */
    async approve(documentId: string, reviewer: Reviewer) {
      return strapi.db.transaction(async () => {
        const t = await strapi.db.query(UID).findOne({
          where: { documentId },
          populate: { device: { select: ['id', 'documentId', 'serial'], populate: { owner: { select: ['id'] } } }, fromSubscriber: { select: ['id', 'subscriberNumber', 'fullName'] } },
        });
        if (!t) throw bilingual(errors.NotFoundError, 'notFound');
        const now = new Date();
        const { count } = await strapi.db.query(UID).updateMany({
          where: { id: t.id, transferStatus: 'pending' },
          data: { transferStatus: 'approved', pendingDeviceId: null, reviewedAt: now, reviewedByAdminId: reviewer.id, reviewedByLabel: reviewer.label },
        });
        if (count !== 1) return { conflict: true as const };
        if (!t.device || t.device.owner?.id !== t.fromSubscriber?.id) throw bilingual(errors.ApplicationError, 'transferOwnerChanged');

        const toSubscriberId = await findOrCreateNewOwner(t);
        // history: the previous owner's period ends, the new one's begins
        const open = await strapi.db.query(HISTORY).findOne({ where: { deviceId: t.device.id, ownedUntil: null }, select: ['id'] });
        if (open) await strapi.db.query(HISTORY).update({ where: { id: open.id }, data: { ownedUntil: now } });
        else {
          await strapi.db.query(HISTORY).create({
            data: { deviceId: t.device.id, serial: t.device.serial, subscriberId: t.fromSubscriber.id, subscriberNumber: t.fromSubscriber.subscriberNumber, fullName: t.fromSubscriber.fullName, ownedUntil: now },
          });
        }
        const to = await strapi.db.query(SUBSCRIBER).findOne({ where: { id: toSubscriberId }, select: ['id', 'subscriberNumber', 'fullName'] });
        await strapi.db.query(HISTORY).create({
          data: { deviceId: t.device.id, serial: t.device.serial, subscriberId: to.id, subscriberNumber: to.subscriberNumber, fullName: to.fullName, ownedFrom: now, transferDocumentId: t.documentId },
        });
        await strapi.db.query(DEVICE).update({ where: { id: t.device.id }, data: { owner: toSubscriberId } });
        await strapi.db.query(UID).update({ where: { id: t.id }, data: { toSubscriber: toSubscriberId } });
        await strapi.plugin('crm-sync').service('sync').recordStatusChange({ deviceId: t.device.id, event: `owner:${t.documentId}` });
        await strapi.service('api::audit-event.audit-event').record({
          action: 'ownership-transfer.approved',
          actorType: 'staff',
          actorId: reviewer.id,
          actorLabel: reviewer.label,
          subjectUid: DEVICE,
          subjectId: t.device.documentId,
          details: { transfer: t.documentId, from: t.fromSubscriber.subscriberNumber, to: to.subscriberNumber },
        });
        await notifyBoth({ ...t, toSubscriberId }, 'approved');
        return { transfer: present({ ...t, transferStatus: 'approved', reviewedAt: now }), newOwner: { subscriberNumber: to.subscriberNumber, fullName: to.fullName } };
      });
    },

    /** Staff reject, with a reason. Nothing else changes. */
    async reject(documentId: string, reason: unknown, reviewer: Reviewer) {
      if (typeof reason !== 'string' || !reason.trim()) throw validationError([fieldError('reason', 'required')]);
      if (reason.trim().length < 3) throw validationError([fieldError('reason', 'rejectionReasonTooShort')]);
      return strapi.db.transaction(async () => {
        const t = await strapi.db.query(UID).findOne({
          where: { documentId },
          populate: { device: { select: ['id', 'documentId', 'serial'] }, fromSubscriber: { select: ['id'] } },
        });
        if (!t) throw bilingual(errors.NotFoundError, 'notFound');
        const { count } = await strapi.db.query(UID).updateMany({
          where: { id: t.id, transferStatus: 'pending' },
          data: { transferStatus: 'rejected', pendingDeviceId: null, rejectionReason: reason.trim(), reviewedAt: new Date(), reviewedByAdminId: reviewer.id, reviewedByLabel: reviewer.label },
        });
        if (count !== 1) return { conflict: true as const };
        await strapi.service('api::audit-event.audit-event').record({ action: 'ownership-transfer.rejected', actorType: 'staff', actorId: reviewer.id, actorLabel: reviewer.label, subjectUid: DEVICE, subjectId: t.device?.documentId, details: { transfer: t.documentId, reason: reason.trim() } });
        await notifyBoth({ ...t, rejectionReason: reason.trim() }, 'rejected');
        return { transfer: present({ ...t, transferStatus: 'rejected', rejectionReason: reason.trim() }) };
      });
    },
  };
};
