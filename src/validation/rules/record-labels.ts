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

/** The label of one record, read as it is stored now. */
const labelOf = async (strapi: Core.Strapi, uid: Labelled, where: Record<string, unknown>): Promise<{ id: number; label: string } | null> => {
  switch (uid) {
    case SUBSCRIBER: {
      const s = await strapi.db.query(uid).findOne({ where, select: ['id', 'subscriberNumber', 'fullName'] });
      return s && { id: s.id, label: subscriberLabel(s) };
    }
    case DEVICE_MODEL: {
      const m = await strapi.db.query(uid).findOne({ where, select: ['id', 'brand', 'model'] });
      return m && { id: m.id, label: deviceModelLabel(m) };
    }
    case DEVICE: {
      const d = await strapi.db.query(uid).findOne({ where, select: ['id', 'serial'], populate: { model: { select: ['brand', 'model'] } } });
      return d && { id: d.id, label: deviceLabel(d, d.model) };
    }
    case CONTRACT: {
      const c = await strapi.db.query(uid).findOne({ where, select: ['id', 'kind', 'years', 'startDate', 'endDate'] });
      return c && { id: c.id, label: contractLabel(c) };
    }
    default:
      return null;
  }
};

/** Writes the label of one record from its stored fields; returns it (null: no such record). */
export const refreshLabel = async (strapi: Core.Strapi, uid: Labelled, where: Record<string, unknown>): Promise<string | null> => {
  const found = await labelOf(strapi, uid, where);
  if (!found) return null;
  await strapi.db.query(uid).update({ where: { id: found.id }, data: { label: found.label } });
  return found.label;
};

/** The link table between devices and their model, as Strapi named it. */
const modelLink = (strapi: Core.Strapi) => {
  const joinTable = (strapi.db.metadata.get(DEVICE) as any).attributes.model.joinTable;
  return { table: joinTable.name as string, device: joinTable.joinColumn.name as string, model: joinTable.inverseJoinColumn.name as string };
};

/**
 * The labels of every device of a model, after the model's brand or name changed (or the model
 * went: `model` null): one UPDATE, however many devices.
 */
export const refreshDevicesOfModel = async (strapi: Core.Strapi, modelId: number, model: { brand?: string | null; model?: string | null } | null) => {
  const link = modelLink(strapi);
  const suffix = model ? `${LABEL_SEPARATOR}${deviceModelLabel(model)}` : '';
  const devices = strapi.db.metadata.get(DEVICE).tableName;
  return withTransaction(strapi, (trx) =>
    trx(devices)
      .update({ label: trx.raw(`SUBSTR(?? || ?, 1, ${LABEL_MAX_LENGTH})`, ['serial', suffix]) })
      .whereIn('id', trx(link.table).select(link.device).where(link.model, modelId))
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
      const result = await next();
      if (model) await refreshDevicesOfModel(strapi, model.id, null);
      return result;
    });
  }

  return strapi.db.transaction(async () => {
    const result = await next();
    const documentId = result?.documentId ?? ctx.params?.documentId;
    if (!documentId) return result;
    const label = await refreshLabel(strapi, uid, { documentId });
    if (uid === DEVICE_MODEL && ctx.action === 'update') {
      const model = await strapi.db.query(uid).findOne({ where: { documentId }, select: ['id', 'brand', 'model'] });
      if (model) await refreshDevicesOfModel(strapi, model.id, model);
    }
    if (result && typeof result === 'object' && 'label' in result) result.label = label;
    return result;
  });
};
