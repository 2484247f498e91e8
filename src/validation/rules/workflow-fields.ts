/**
 * Fields of records staff edit that only a workflow may change (Document Service middleware, so
 * the admin's Content Manager, API tokens and any code calling strapi.documents() are held alike).
 * The workflows themselves write with the query engine, below the Document Service:
 *   - a device's owner: set when staff register the device; afterwards only an approved ownership
 *     transfer moves it (api::ownership-transfer.transfers approve, which keeps the history) — and
 *     not from the other side either (a subscriber's `devices`);
 *   - a device's installationConfirmedAt: only the buyer's installation confirmation form;
 *   - a contract's contractStatus: the payment grant, the buyer's service choices
 *     (api::contract.service-lifecycle). A contract staff record starts `active`: it records a
 *     term agreed outside the online flow, in force from its start date; `pending_payment` belongs
 *     to online renewals, which a payment the portal started moves on (a staff contract has none,
 *     so it would never leave it), and `ended` / `cancelled` are what later choices make of it.
 *
 * The edit view sends every field back on save, so a value equal to the stored one (or, on
 * create, to the only value a new record may carry) passes and is dropped from the write; a
 * different one is refused, field by field, with the reason and where the change is made instead.
 * The edit view shows these fields read-only (src/bootstrap/admin-labels.ts; a device's owner
 * stays editable while the device is being created: plugins/back-office/admin/src/locked-fields).
 */
import type { Core } from '@strapi/strapi';
import { FieldErrors } from '../errors';
import type { MessageCode } from '../messages';

type WorkflowField = {
  field: string;
  reason: MessageCode;
  /**
   * On create (and clone): `free` — staff set it when registering the record; otherwise the one
   * value a new record may carry (null: none; [] for a relation: no related records).
   */
  onCreate: 'free' | string | null | [];
};

export const WORKFLOW_FIELDS: Readonly<Record<string, readonly WorkflowField[]>> = {
  'api::device.device': [
    { field: 'owner', reason: 'deviceOwnerByTransfer', onCreate: 'free' },
    { field: 'installationConfirmedAt', reason: 'installationConfirmedByBuyer', onCreate: null },
  ],
  'api::subscriber.subscriber': [{ field: 'devices', reason: 'subscriberDevicesByTransfer', onCreate: [] }],
  'api::contract.contract': [{ field: 'contractStatus', reason: 'contractStatusByWorkflow', onCreate: 'active' }],
  // issue 14: a complaint's code, deadline and answer / escalation times are the portal's
  // (validation/rules/complaint.ts, the escalation job); receivedAt is given once, when recorded
  'api::complaint.complaint': [
    { field: 'trackingCode', reason: 'complaintFieldByPortal', onCreate: null },
    { field: 'receivedAt', reason: 'complaintFieldByPortal', onCreate: 'free' },
    { field: 'replyDueAt', reason: 'complaintFieldByPortal', onCreate: null },
    { field: 'firstAnsweredAt', reason: 'complaintFieldByPortal', onCreate: null },
    { field: 'overdueAt', reason: 'complaintFieldByPortal', onCreate: null },
    { field: 'escalatedAt', reason: 'complaintFieldByPortal', onCreate: null },
    { field: 'closedAt', reason: 'complaintFieldByPortal', onCreate: null },
  ],
  'api::survey.survey-follow-up': [
    { field: 'survey', reason: 'followUpByPortal', onCreate: 'free' },
    { field: 'surveyId', reason: 'followUpByPortal', onCreate: 'free' },
    { field: 'subscriber', reason: 'followUpByPortal', onCreate: 'free' },
    { field: 'closedAt', reason: 'followUpByPortal', onCreate: null },
  ],
};

type Ref = { id?: number; documentId?: string };

const isBlank = (v: unknown) => v === undefined || v === null || v === '';

/** A relation reference as the Document Service takes it: a documentId, an id, or { documentId | id }. */
const toRef = (value: unknown): Ref | null => {
  if (typeof value === 'string' && value) return { documentId: value };
  if (typeof value === 'number') return { id: value };
  if (value && typeof value === 'object') {
    const { id, documentId } = value as Record<string, unknown>;
    if (typeof documentId === 'string' && documentId) return { documentId };
    if (typeof id === 'number' || (typeof id === 'string' && /^\d+$/.test(id))) return { id: Number(id) };
  }
  return null;
};

const toRefs = (value: unknown): Ref[] => (Array.isArray(value) ? value : [value]).map(toRef).filter((r): r is Ref => r !== null);

/**
 * The related records a relation input leaves, as documentIds: `set`, a plain value or list
 * replace them; `connect` / `disconnect` change the current ones (a to-one relation keeps the
 * last connected).
 */
const relationAfter = async (strapi: Core.Strapi, attribute: any, input: unknown, current: string[]): Promise<string[]> => {
  const toDocumentIds = async (refs: Ref[]) => {
    const ids = refs.filter((r) => !r.documentId && r.id !== undefined).map((r) => r.id as number);
    const byId = new Map<number, string>();
    if (ids.length) {
      const rows = await strapi.db.query(attribute.target).findMany({ where: { id: { $in: ids } }, select: ['id', 'documentId'] });
      for (const row of rows) byId.set(row.id, row.documentId);
    }
    return refs.map((r) => r.documentId ?? byId.get(r.id as number) ?? `#${r.id}`);
  };
  const toOne = /ToOne$|^oneToOne$/.test(attribute.relation);
  const isOperations = input && typeof input === 'object' && !Array.isArray(input) && ['set', 'connect', 'disconnect'].some((k) => k in (input as object));
  if (!isOperations) return toDocumentIds(input === null ? [] : toRefs(input));

  const ops = input as Record<string, unknown>;
  if (ops.set !== undefined) return toDocumentIds(ops.set === null ? [] : toRefs(ops.set));
  const disconnect = new Set(await toDocumentIds(ops.disconnect == null ? [] : toRefs(ops.disconnect)));
  const connect = await toDocumentIds(ops.connect == null ? [] : toRefs(ops.connect));
  let after = current.filter((d) => !disconnect.has(d));
  if (connect.length) after = toOne ? [connect[connect.length - 1]] : [...after, ...connect.filter((d) => !after.includes(d))];
  return after;
};

const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));

/** A stored or sent scalar in comparable form: instants as milliseconds, the rest as text. */
const comparable = (attribute: any, value: unknown): string | null => {
  if (isBlank(value)) return null;
  const type = attribute.type === 'customField' ? (attribute.customField?.endsWith('.datetime') ? 'datetime' : attribute.customField?.endsWith('.date') ? 'date' : 'string') : attribute.type;
  if (type === 'datetime') {
    const ms = new Date(value as string).getTime();
    return Number.isNaN(ms) ? `invalid:${String(value)}` : String(ms);
  }
  return String(value);
};

export const workflowFieldsRule = (strapi: Core.Strapi) => async (ctx: any, next: () => Promise<any>) => {
  const locks = WORKFLOW_FIELDS[ctx.uid];
  if (!locks || !['create', 'update', 'clone'].includes(ctx.action)) return next();
  const data = (ctx.params.data ??= {});
  const isNew = ctx.action !== 'update';
  const attributes = strapi.contentType(ctx.uid as any).attributes as Record<string, any>;
  const errors = new FieldErrors();

  const present = locks.filter((lock) => lock.field in data);
  let stored: any = null;
  if (!isNew && present.length && ctx.params.documentId) {
    const relations = present.filter((l) => attributes[l.field].type === 'relation').map((l) => l.field);
    const scalars = present.filter((l) => attributes[l.field].type !== 'relation').map((l) => l.field);
    stored = await strapi.db.query(ctx.uid).findOne({
      where: { documentId: ctx.params.documentId },
      select: ['id', ...scalars],
      populate: Object.fromEntries(relations.map((f) => [f, { select: ['documentId'] }])),
    });
  }

  for (const lock of present) {
    const attribute = attributes[lock.field];
    // staff set it on a new record; a copy's workflow fields are reset below, whatever the form sent
    if (isNew && (lock.onCreate === 'free' || ctx.action === 'clone')) continue;
    let unchanged: boolean;
    if (attribute.type === 'relation') {
      const before: string[] = isNew ? [] : [stored?.[lock.field] ?? []].flat().filter(Boolean).map((r: any) => r.documentId);
      unchanged = sameSet(await relationAfter(strapi, attribute, data[lock.field], before), before);
    } else {
      const before = isNew ? lock.onCreate : stored?.[lock.field];
      unchanged = comparable(attribute, data[lock.field]) === comparable(attribute, before);
    }
    if (unchanged) delete data[lock.field];
    else errors.add(lock.field, lock.reason);
  }
  errors.throwIfAny();

  // a copy is a new record: what a workflow set on the original does not come with it (the edit
  // view's copy form sends the original's values back)
  if (ctx.action === 'clone') {
    for (const lock of locks) {
      if (lock.onCreate === 'free') continue;
      data[lock.field] = attributes[lock.field].type === 'relation' ? { set: [] } : lock.onCreate;
    }
  }
  return next();
};
