/**
 * Staff roles in the admin panel, present from the first start. Each role's permissions are
 * declared here; they are written when the role is created and again whenever this declaration
 * changes (a hash is kept), so edits staff make in Settings → Roles survive restarts until the
 * code's declaration moves on.
 *
 * Later capabilities add their content types to the matrix below.
 */
import { createHash } from 'crypto';
import type { Core } from '@strapi/strapi';

type Crud = 'read' | 'create' | 'update' | 'delete' | 'publish';

export type StaffRole = {
  code: string;
  name: string;
  description: string;
  contentTypes: Record<string, Crud[]>;
  /** plugin/admin actions without a subject */
  actions: string[];
};

const ALL: Crud[] = ['read', 'create', 'update', 'delete'];
const ACCOUNT_READ = 'plugin::customer-accounts.account.read';
const ISSUE_CREDENTIALS = 'plugin::customer-accounts.credentials.issue';
const OUTBOX_READ = 'plugin::messaging.outbox.read';
const OUTBOX_RESEND = 'plugin::messaging.outbox.resend';
const MESSAGE_TEMPLATE = 'plugin::messaging.message-template';
const CRM_READ = 'plugin::crm-sync.jobs.read';
const CRM_RETRY = 'plugin::crm-sync.jobs.retry';
const ANNOUNCEMENT = 'api::announcement.announcement';
const FANOUT = 'api::announcement.announcement-fanout';
const CONFIRMATION = 'api::installation-confirmation.installation-confirmation';
const SETTINGS = 'api::service-settings.service-settings';
const PAYMENT = 'api::payment.payment';
const EDITORIAL: Crud[] = ['read', 'create', 'update', 'delete', 'publish'];
const REPAIR = 'api::repair-order.repair-order';
const HOLIDAY = 'api::holiday.holiday';
const TRANSFER = 'api::ownership-transfer.ownership-transfer';
const OWNERSHIP = 'api::ownership-transfer.device-ownership';
const REVIEW_TRANSFERS = 'plugin::back-office.transfers.review';

export const STAFF_ROLES: StaffRole[] = [
  {
    code: 'poshtiban-support',
    name: 'Support (پشتیبانی)',
    description: 'Creates subscribers and registers devices, issues portal credentials, answers customers.',
    contentTypes: {
      'api::subscriber.subscriber': ['read', 'create', 'update'],
      'api::device.device': ['read', 'create', 'update'],
      'api::device-type.device-type': ['read'],
      'api::device-model.device-model': ['read'],
      'api::contract.contract': ['read'],
      [MESSAGE_TEMPLATE]: ['read'],
      [CONFIRMATION]: ['read'],
      [ANNOUNCEMENT]: ['read'],
      [PAYMENT]: ['read'],
      [REPAIR]: ['read', 'create', 'update'],
      [TRANSFER]: ['read'],
      [OWNERSHIP]: ['read'],
      [HOLIDAY]: ['read'],
    },
    actions: [ACCOUNT_READ, ISSUE_CREDENTIALS, OUTBOX_READ, CRM_READ],
  },
  {
    code: 'poshtiban-senior-support',
    name: 'Senior support (پشتیبانی ارشد)',
    description: 'Everything Support does, plus deleting records, recording contracts and reading the audit trail; receives escalations.',
    contentTypes: {
      'api::subscriber.subscriber': ALL,
      'api::device.device': ALL,
      'api::device-type.device-type': ['read'],
      'api::device-model.device-model': ['read'],
      'api::contract.contract': ['read', 'create', 'update'],
      'api::audit-event.audit-event': ['read'],
      [MESSAGE_TEMPLATE]: ['read'],
      [CONFIRMATION]: ['read'],
      [ANNOUNCEMENT]: ['read'],
      [FANOUT]: ['read'],
      [PAYMENT]: ['read'],
      [REPAIR]: ALL,
      [TRANSFER]: ['read'],
      [OWNERSHIP]: ['read'],
      [HOLIDAY]: ALL,
    },
    actions: [ACCOUNT_READ, ISSUE_CREDENTIALS, OUTBOX_READ, OUTBOX_RESEND, CRM_READ, CRM_RETRY, REVIEW_TRANSFERS],
  },
  {
    code: 'poshtiban-technical-editor',
    name: 'Technical editor (کارشناس فنی)',
    description: 'Keeps device types and models and the knowledge base up to date.',
    contentTypes: {
      'api::device-type.device-type': ALL,
      'api::device-model.device-model': ALL,
      'api::device.device': ['read'],
      [ANNOUNCEMENT]: EDITORIAL,
      [FANOUT]: ['read'],
      [REPAIR]: ['read', 'update'],
    },
    actions: [],
  },
  {
    code: 'poshtiban-finance',
    name: 'Finance (مالی)',
    description: 'Contracts, prices, invoices and payments.',
    contentTypes: {
      'api::contract.contract': ['read', 'create', 'update'],
      'api::subscriber.subscriber': ['read'],
      'api::device.device': ['read'],
      'api::device-model.device-model': ['read'],
      'api::audit-event.audit-event': ['read'],
      [SETTINGS]: ['read', 'update'],
      [PAYMENT]: ['read'],
      [CONFIRMATION]: ['read'],
      [REPAIR]: ['read'],
      [HOLIDAY]: ['read'],
    },
    actions: [ACCOUNT_READ, CRM_READ],
  },
  {
    code: 'poshtiban-manager',
    name: 'Manager (مدیر)',
    description: 'All portal records, the audit trail and the reports; receives complaints and dissatisfied surveys.',
    contentTypes: {
      'api::subscriber.subscriber': ALL,
      'api::device.device': ALL,
      'api::device-type.device-type': ALL,
      'api::device-model.device-model': ALL,
      'api::contract.contract': ALL,
      'api::audit-event.audit-event': ['read'],
      [MESSAGE_TEMPLATE]: ['read', 'update'],
      [ANNOUNCEMENT]: EDITORIAL,
      [FANOUT]: ['read'],
      [CONFIRMATION]: ['read'],
      [SETTINGS]: ['read', 'update'],
      [PAYMENT]: ['read'],
      [REPAIR]: ALL,
      [TRANSFER]: ['read'],
      [OWNERSHIP]: ['read'],
      [HOLIDAY]: ALL,
    },
    actions: [ACCOUNT_READ, ISSUE_CREDENTIALS, OUTBOX_READ, OUTBOX_RESEND, CRM_READ, CRM_RETRY, REVIEW_TRANSFERS],
  },
];

const CM_ACTION: Record<Crud, string> = {
  read: 'plugin::content-manager.explorer.read',
  create: 'plugin::content-manager.explorer.create',
  update: 'plugin::content-manager.explorer.update',
  delete: 'plugin::content-manager.explorer.delete',
  publish: 'plugin::content-manager.explorer.publish',
};

/** The admin permission objects a role declaration stands for (fields: all of the type's). */
export const permissionsFor = (strapi: Core.Strapi, role: StaffRole) => {
  const actionProvider = strapi.service('admin::permission').actionProvider;
  const contentTypeActions = actionProvider.values().filter((a: any) => a.section === 'contentTypes');
  const all = strapi.service('admin::content-type').getPermissionsWithNestedFields(contentTypeActions) as Array<{
    action: string;
    subject: string;
    properties: { fields?: string[] };
  }>;
  const wanted = new Set(Object.entries(role.contentTypes).flatMap(([uid, cruds]) => cruds.map((c) => `${CM_ACTION[c]}|${uid}`)));
  const contentPermissions = all
    .filter((p) => wanted.has(`${p.action}|${p.subject}`))
    .map((p) => ({ action: p.action, subject: p.subject, properties: p.properties, conditions: [] as string[] }));
  const otherPermissions = role.actions.map((action) => ({ action, subject: null, properties: {}, conditions: [] as string[] }));
  return [...contentPermissions, ...otherPermissions];
};

export const ensureStaffRoles = async (strapi: Core.Strapi) => {
  const roleService = strapi.service('admin::role');
  const store = strapi.store({ type: 'core', name: 'poshtiban' });

  for (const declared of STAFF_ROLES) {
    const permissions = permissionsFor(strapi, declared);
    const hash = createHash('sha256').update(JSON.stringify(permissions)).digest('hex');
    const hashKey = `staff-role-permissions:${declared.code}`;

    let role = await roleService.findOne({ code: declared.code });
    if (!role) {
      role = await roleService.create({ name: declared.name, code: declared.code, description: declared.description });
    } else if ((await store.get({ key: hashKey })) === hash) {
      continue;
    }
    await roleService.assignPermissions(role.id, permissions);
    await store.set({ key: hashKey, value: hash });
  }
};
