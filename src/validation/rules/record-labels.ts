/**
 * The stored `label` of subscribers, devices, device models and contracts (domain/record-labels.ts)
 * — what the Content Manager shows for them in relations and titles. Never taken from input: the
 * Document Service middleware drops it from every write and writes it from the record as written,
 * inside the write's transaction; a model's new brand or name reaches the labels of its devices
 * in one set-based UPDATE. Services that write below the Document Service (contracts in
 * api/contract/services/service-lifecycle.ts) put the label in their own INSERT/UPDATE, and
 * database/migrations fills rows written before labels existed.
 */
import type { Core } from '@strapi/strapi';
import { withTransaction } from '../../utils/raw-sql';
import { contractLabel, deviceLabel, deviceModelLabel, LABEL_MAX_LENGTH, LABEL_SEPARATOR, subscriberLabel } from '../../domain/record-labels';

export const SUBSCRIBER = 'api::subscriber.subscriber';
export const DEVICE = 'api::device.device';
export const DEVICE_MODEL = 'api::device-model.device-model';
export const CONTRACT = 'api::contract.contract';
/** the types that carry a `label`, shown by it wherever another record points at them */
export const LABELLED_TYPES = [SUBSCRIBER, DEVICE, DEVICE_MODEL, CONTRACT] as const;
type Labelled = (typeof LABELLED_TYPES)[number];

const isLabelled = (uid: string): uid is Labelled => (LABELLED_TYPES as readonly string[]).includes(uid);

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Row = any;

/** One record as stored now, with the fields its label is made of. */
const rowOf = (strapi: Core.Strapi, uid: Labelled, where: Record<string, unknown>): Promise<Row | null> => {
  switch (uid) {
    case SUBSCRIBER:
      return strapi.db.query(uid).findOne({ where, select: ['id', 'subscriberNumber', 'fullName'] });
    case DEVICE_MODEL:
      return strapi.db.query(uid).findOne({ where, select: ['id', 'brand', 'model'] });
    case DEVICE:
      return strapi.db.query(uid).findOne({ where, select: ['id', 'serial'], populate: { model: { select: ['brand', 'model'] } } });
    case CONTRACT:
      return strapi.db.query(uid).findOne({ where, select: ['id', 'kind', 'years', 'startDate', 'endDate'] });
    default:
      return Promise.resolve(null);
  }
};

const labelFor = (uid: Labelled, row: Row): string => {
  switch (uid) {
    case SUBSCRIBER:
      return subscriberLabel(row);
    case DEVICE_MODEL:
      return deviceModelLabel(row);
    case DEVICE:
      return deviceLabel(row, row.model);
    default:
      return contractLabel(row);
  }
};

/** Writes the label of one record from its stored fields (one read, one UPDATE); null: no such record. */
export const refreshLabel = async (strapi: Core.Strapi, uid: Labelled, where: Record<string, unknown>): Promise<{ row: Row; label: string } | null> => {
  const row = await rowOf(strapi, uid, where);
  if (!row) return null;
  const label = labelFor(uid, row);
  const table = strapi.db.metadata.get(uid).tableName;
  await withTransaction(strapi, (trx) => trx(table).where('id', row.id).update({ label }));
  return { row, label };
};

/** The link table between devices and their model, as Strapi named it. */
const modelLink = (strapi: Core.Strapi) => {
  const joinTable = (strapi.db.metadata.get(DEVICE) as any).attributes.model.joinTable;
  return { table: joinTable.name as string, device: joinTable.joinColumn.name as string, model: joinTable.inverseJoinColumn.name as string };
};

/** The ids of a model's devices (read before the model goes: its links go with it). */
const deviceIdsOfModel = async (strapi: Core.Strapi, modelId: number): Promise<number[]> => {
  const link = modelLink(strapi);
  const rows: Array<Record<string, number>> = await withTransaction(strapi, (trx) => trx(link.table).select(link.device).where(link.model, modelId));
  return rows.map((r) => r[link.device]);
};

/**
 * The labels of every device of a model after the model's brand or name changed — or, with
 * `model` null and the ids read before, after the model went: one UPDATE, however many devices.
 */
export const refreshDevicesOfModel = async (
  strapi: Core.Strapi,
  modelId: number,
  model: { brand?: string | null; model?: string | null } | null,
  deviceIds?: number[]
) => {
  const link = modelLink(strapi);
  const suffix = model ? `${LABEL_SEPARATOR}${deviceModelLabel(model)}` : '';
  const devices = strapi.db.metadata.get(DEVICE).tableName;
  if (deviceIds && !deviceIds.length) return 0;
  return withTransaction(strapi, (trx) =>
    trx(devices)
      .update({ label: trx.raw(`SUBSTR(?? || ?, 1, ${LABEL_MAX_LENGTH})`, ['serial', suffix]) })
      .whereIn('id', deviceIds ?? trx(link.table).select(link.device).where(link.model, modelId))
  );
};

/**
 * Document Service middleware: `label` is never accepted from input and is written after every
 * create, update and clone of a labelled type, in the same transaction.
 */
export const recordLabelsRule = (strapi: Core.Strapi) => async (ctx: any, next: () => Promise<any>) => {
  if (!isLabelled(ctx.uid) || !['create', 'update', 'clone', 'delete'].includes(ctx.action)) return next();
  const uid = ctx.uid as Labelled;
  if (ctx.params?.data && typeof ctx.params.data === 'object') delete ctx.params.data.label;

  if (ctx.action === 'delete') {
    if (uid !== DEVICE_MODEL || !ctx.params?.documentId) return next();
    // the devices of a model that goes are labelled by their serial alone
    return strapi.db.transaction(async () => {
      const model = await strapi.db.query(uid).findOne({ where: { documentId: ctx.params.documentId }, select: ['id'] });
      const deviceIds = model ? await deviceIdsOfModel(strapi, model.id) : [];
      const result = await next();
      if (model) await refreshDevicesOfModel(strapi, model.id, null, deviceIds);
      return result;
    });
  }

  return strapi.db.transaction(async () => {
    const result = await next();
    const documentId = result?.documentId ?? ctx.params?.documentId;
    if (!documentId) return result;
    const written = await refreshLabel(strapi, uid, { documentId });
    if (written && uid === DEVICE_MODEL && ctx.action === 'update') await refreshDevicesOfModel(strapi, written.row.id, written.row);
    if (written && result && typeof result === 'object' && 'label' in result) result.label = written.label;
    return result;
  });
};
