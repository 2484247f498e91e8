/**
 * Devices. The owner-scoped reads here are the only way customer code reads devices: the
 * subscriber's id is part of every query, so another subscriber's device is simply not found.
 */
import { factories } from '@strapi/strapi';
import { tehranDate } from '../../../domain/jalali';
import { CONTRACT_HISTORY_STATUSES } from '../../../domain/contracts';
import { DEVICE_FIELDS, DEVICE_POPULATE, DOCUMENT_FIELDS, presentContract, presentDevice, presentDocument, type ContractRow, type DeviceRow, type DocumentRow } from '../presenter';
import { STORED_FILE_FIELDS } from '../../../uploads/file-delivery';

const UID = 'api::device.device';

export default factories.createCoreService(UID, ({ strapi }) => ({
  /** All devices of one subscriber, presented. A fixed number of queries whatever the count. */
  async listOwnedBy(subscriberId: number, today = tehranDate()) {
    const rows: DeviceRow[] = await strapi.db.query(UID).findMany({
      where: { owner: { id: subscriberId } },
      select: DEVICE_FIELDS,
      populate: DEVICE_POPULATE,
      orderBy: [{ id: 'asc' }],
    });
    return rows.map((row) => presentDevice(row, today));
  },

  /**
   * One device of one subscriber with its contract history (contracts in force or past; renewals
   * waiting for or never given their payment are not contracts), or null when it is not theirs.
   */
  async findOwnedBy(subscriberId: number, documentId: string, today = tehranDate()) {
    const row = await strapi.db.query(UID).findOne({
      where: { documentId, owner: { id: subscriberId } },
      select: DEVICE_FIELDS,
      populate: {
        model: { ...DEVICE_POPULATE.model, populate: { ...DEVICE_POPULATE.model.populate, documents: { select: DOCUMENT_FIELDS } } },
        contracts: {
          select: ['documentId', 'kind', 'years', 'startDate', 'endDate', 'priceRials', 'contractStatus', 'createdAt'],
          where: { contractStatus: { $in: CONTRACT_HISTORY_STATUSES } },
          orderBy: [{ startDate: 'desc' }, { id: 'desc' }],
        },
      },
    });
    if (!row) return null;
    return {
      ...presentDevice(row, today),
      contracts: (row.contracts ?? []).map((c: ContractRow) => presentContract(c, row, today)),
      documents: (row.model?.documents ?? []).map((file: DocumentRow) => presentDocument(row.documentId, file)),
    };
  },

  /**
   * One of the documents of a subscriber's device's model (user manual, warranty card) as stored,
   * for the download route; null when the device is not theirs or the file is not its model's.
   */
  async documentFor(subscriberId: number, documentId: string, fileDocumentId: string) {
    const row = await strapi.db.query(UID).findOne({
      where: { documentId, owner: { id: subscriberId } },
      select: ['id'],
      populate: { model: { select: ['id'], populate: { documents: { select: STORED_FILE_FIELDS } } } },
    });
    return (row?.model?.documents ?? []).find((file: any) => file.documentId === fileDocumentId) ?? null;
  },
}));
