/**
 * Workflow fields in the Content Manager's edit view. The server refuses changes to fields only a
 * workflow may change, and marks them read-only in the edit view's configuration
 * (src/bootstrap/admin-labels.ts, src/validation/rules/workflow-fields.ts). This adds what the
 * configuration cannot say:
 *   - a device's owner is editable while the device is being created (or copied) and read-only
 *     once it exists — afterwards only an approved ownership transfer moves it;
 *   - each workflow field carries a hint saying where it is changed instead.
 *
 * Through the edit view's layout hook (Admin/CM/pages/EditView/mutate-edit-view-layout). The
 * Content Manager memoises the hook's result on the layout and the query string, which stay the
 * same when a new record is saved and the page moves from …/create to …/<documentId>; so the
 * owner's `disabled` is not fixed when the hook runs but read from the address each time the form
 * renders (the form is mounted anew for the saved record).
 *
 * The layout does not name its content type: fields are recognised by their name and attribute.
 */
import * as React from 'react';
import { FormattedMessage } from 'react-intl';

export { lockedFieldsTranslations } from './translations';

const EDIT_VIEW_LAYOUT_HOOK = 'Admin/CM/pages/EditView/mutate-edit-view-layout';

type Attribute = { type?: string; target?: string; inversedBy?: string; mappedBy?: string; customField?: string; enum?: string[] };
type EditField = { name: string; attribute?: Attribute; disabled?: boolean; hint?: React.ReactNode; [key: string]: unknown };
type EditLayout = { layout: EditField[][][]; [key: string]: unknown };

type WorkflowField = {
  /** `all`: every field of the layout (a type is recognised by the fields it has) */
  matches: (field: EditField, all: EditField[]) => boolean;
  /** react-intl id of the hint: where the field is changed */
  hint: string;
  /** editable while the record is being created (the server allows it then), read-only afterwards */
  createOnly?: boolean;
};

const SUBSCRIBER = 'api::subscriber.subscriber';

const WORKFLOW_FIELDS: WorkflowField[] = [
  // device.owner (subscriber.devices is its other side)
  { matches: (f) => f.name === 'owner' && f.attribute?.target === SUBSCRIBER && f.attribute?.inversedBy === 'devices', hint: 'back-office.locked-fields.device-owner', createOnly: true },
  { matches: (f) => f.name === 'devices' && f.attribute?.mappedBy === 'owner', hint: 'back-office.locked-fields.subscriber-devices' },
  { matches: (f) => f.name === 'installationConfirmedAt', hint: 'back-office.locked-fields.installation-confirmed-at' },
  { matches: (f) => f.name === 'contractStatus', hint: 'back-office.locked-fields.contract-status' },
  { matches: (f) => f.name === 'transferStatus' || (f.name === 'toSubscriber' && f.attribute?.target === SUBSCRIBER), hint: 'back-office.locked-fields.transfer-decision' },
  { matches: (f) => f.name === 'paymentStatus', hint: 'back-office.locked-fields.payment-status' },
  // issue 14: a complaint (the layout with `addressedTo` managers | ceo): its code, deadline and times
  { matches: (f, all) => COMPLAINT_PORTAL_FIELDS.includes(f.name) && isComplaintLayout(all), hint: 'back-office.locked-fields.complaint-portal' },
  // a survey follow-up (the layout with `followUpStatus`): closedAt is stamped when it is closed
  { matches: (f, all) => f.name === 'closedAt' && all.some((x) => x.name === 'followUpStatus'), hint: 'back-office.locked-fields.follow-up-closed-at' },
];

const COMPLAINT_PORTAL_FIELDS = ['trackingCode', 'replyDueAt', 'firstAnsweredAt', 'overdueAt', 'escalatedAt', 'closedAt'];
const isComplaintLayout = (all: EditField[]) => all.some((x) => x.name === 'addressedTo' && (x.attribute?.enum ?? []).includes('ceo'));

/** The edit view of a record not saved yet: …/create, or …/clone/<source> (a copy is a new record). */
export const isCreatingRecord = (pathname: string) => /\/(create|clone\/[^/]+)\/?$/.test(pathname);

const currentPath = () => (typeof window === 'undefined' ? '' : window.location.pathname);

const lockField = (field: EditField, all: EditField[]): EditField => {
  const rule = WORKFLOW_FIELDS.find((r) => r.matches(field, all));
  if (!rule) return field;
  const hint = <FormattedMessage id={rule.hint} />;
  if (!rule.createOnly) return { ...field, hint };
  const { disabled: configured, ...rest } = field;
  const locked = { ...rest, hint } as EditField;
  // read when the form renders (object spread and rest copy it), not when the hook runs
  Object.defineProperty(locked, 'disabled', { enumerable: true, get: () => Boolean(configured) || !isCreatingRecord(currentPath()) });
  return locked;
};

export const lockWorkflowFields = ({ layout, ...args }: { layout: EditLayout; [key: string]: unknown }) => {
  const all = layout.layout.flat(2);
  return {
    ...args,
    layout: { ...layout, layout: layout.layout.map((panel) => panel.map((row) => row.map((field) => lockField(field, all)))) },
  };
};

export const bootstrapLockedFields = (app: { registerHook: (name: string, fn: (args: any) => any) => void }) => {
  app.registerHook(EDIT_VIEW_LAYOUT_HOOK, lockWorkflowFields);
};
