/**
 * Devices. The owner-scoped reads here are the only way customer code reads devices: the
 * subscriber's id is part of every query, so another subscriber's device is simply not found.
 */
import { factories } from '@strapi/strapi';
import { tehranDate } from '../../../domain/jalali';
import { CONTRACT_HISTORY_STATUSES } from '../../../domain/contracts';
import { DEVICE_FIELDS, DEVICE_POPULATE, DOCUMENT_FIELDS, presentContract, presentDevice, presentDocument, type ContractRow, type DeviceRow, type DocumentRow } from '../presenter';
import { STORED_FILE_FIELDS } from '../../../uploads/file-delivery';
import { instantOf, rawRows } from '../../../utils/raw-sql';

const UID = 'api::device.device';

/**
 * The device list in one statement: a subscriber's devices with their model and its type, joined
 * (the query engine's populate took three statements and most of the request's time). The
 * columns are DEVICE_FIELDS'; the link tables are the ones Strapi keeps for the relations.
 */
const OWNED_DEVICES_SQL = `SELECT d.id, d.document_id, d.serial, d.dongle_or_user_id, d.installation_date, d.warranty_end,
    d.service_end, d.service_mode, d.installation_confirmed_at, m.id AS model_id, m.brand, m.model,
    t.id AS type_id, t.name AS type_name, t.name_en AS type_name_en, t.code AS type_code
  FROM devices_owner_lnk o
  JOIN devices d ON d.id = o.device_id
  LEFT JOIN devices_model_lnk dm ON dm.device_id = d.id
  LEFT JOIN device_models m ON m.id = dm.device_model_id
  LEFT JOIN device_models_device_type_lnk mt ON mt.device_model_id = m.id
  LEFT JOIN device_types t ON t.id = mt.device_type_id
  WHERE o.subscriber_id = ?
  ORDER BY d.id`;

/** A row of OWNED_DEVICES_SQL as the query engine would have given it. */
export const deviceRowOf = (r: Record<string, any>): DeviceRow => ({
  id: r.id,
  documentId: r.document_id,
  serial: r.serial,
  dongleOrUserId: r.dongle_or_user_id,
  installationDate: r.installation_date,
  warrantyEnd: r.warranty_end,
  serviceEnd: r.service_end,
  serviceMode: r.service_mode,
  installationConfirmedAt: instantOf(r.installation_confirmed_at),
  model:
    r.model_id == null
      ? null
      : { brand: r.brand, model: r.model, deviceType: r.type_id == null ? null : { name: r.type_name, nameEn: r.type_name_en, code: r.type_code } },
});

export default factories.createCoreService(UID, ({ strapi }) => ({
  /** All devices of one subscriber, presented. A fixed number of queries whatever the count. */
  async listOwnedBy(subscriberId: number, today = tehranDate()) {
    const rows = rawRows<Record<string, any>>(await strapi.db.connection.raw(OWNED_DEVICES_SQL, [subscriberId]));
    return rows.map((row) => presentDevice(deviceRowOf(row), today));
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
