/**
 * Staff roles in the admin panel, present from the first start, with the permissions the staff
 * matrix (src/domain/staff-matrix.ts) gives them. They are written when a role is created and
 * again whenever what the matrix stands for changes — the table, the role's name or description,
 * a content type's fields, or the content locales (a hash of all of it is kept) — so edits staff
 * make in Settings → Roles survive restarts until the code's declaration moves on.
 *
 * Localized types (i18n) need the locales in each permission (`properties.locales`): without them
 * the permission engine adds `locale IN ()` and the role sees and publishes nothing. Every locale
 * configured in Settings → Internationalization is granted, read from the i18n service at start
 * and again whenever staff add or remove a locale.
 */
import { createHash } from 'crypto';
import type { Core } from '@strapi/strapi';
import { CONTENT_MANAGER_ACTION, LIMITS, ROLE_KEYS, STAFF_MATRIX, STAFF_ROLES, roleName, type LimitKey, type RoleKey } from '../domain/staff-matrix';

/** The admin RBAC condition id of a limit (registered by registerStaffConditions). */
export const conditionId = (limit: LimitKey) => `api::${limit}`;

type AdminPermission = { action: string; subject: string | null; properties: Record<string, unknown>; conditions: string[] };

/**
 * Limits are admin RBAC conditions; Strapi accepts new conditions only while bootstrapping.
 * Shown in Settings → Roles under each permission's conditions as well.
 */
export const registerStaffConditions = async (strapi: Core.Strapi) => {
  const { conditionProvider } = strapi.service('admin::permission');
  for (const [name, limit] of Object.entries(LIMITS)) {
    await conditionProvider.register({ name, displayName: `${limit.fa} (${limit.en})`, handler: () => ({ ...limit.where }) });
  }
};

/** The content locales a localized permission must name. */
const localeCodes = async (strapi: Core.Strapi): Promise<string[]> => {
  const locales = await strapi.plugin('i18n').service('locales').find();
  return locales.map((l: { code: string }) => l.code).sort();
};

/** The admin permission objects the matrix gives `role` (fields: all of the type's; locales: all). */
export const permissionsFor = async (strapi: Core.Strapi, role: RoleKey, locales: string[]): Promise<AdminPermission[]> => {
  const { actionProvider } = strapi.service('admin::permission');
  const contentTypeActions = actionProvider.values().filter((a: any) => a.section === 'contentTypes');
  const withFields = strapi.service('admin::content-type').getPermissionsWithNestedFields(contentTypeActions) as Array<{
    action: string;
    subject: string;
    properties: { fields?: string[] };
  }>;
  const template = new Map(withFields.map((p) => [`${p.action}|${p.subject}`, p.properties]));

  const permissions: AdminPermission[] = [];
  for (const row of STAFF_MATRIX) {
    if (row.kind === 'hidden') continue;
    const grant = row.grants[role];
    if (row.kind === 'content-type') {
      for (const task of grant.tasks) {
        const action = CONTENT_MANAGER_ACTION[task];
        const properties: Record<string, unknown> = { ...(template.get(`${action}|${row.uid}`) ?? {}) };
        if (await actionProvider.appliesToProperty('locales', action, row.uid)) properties.locales = locales;
        const limit = grant.limits[task];
        permissions.push({ action, subject: row.uid, properties, conditions: limit ? [conditionId(limit)] : [] });
      }
    } else {
      const actions = new Set(grant.tasks.flatMap((task) => row.actions[task] ?? []));
      for (const action of actions) permissions.push({ action, subject: null, properties: {}, conditions: [] });
    }
  }
  return permissions;
};

export const ensureStaffRoles = async (strapi: Core.Strapi) => {
  const roleService = strapi.service('admin::role');
  const store = strapi.store({ type: 'core', name: 'poshtiban' });
  const locales = await localeCodes(strapi);

  for (const key of ROLE_KEYS) {
    const declared = STAFF_ROLES[key];
    const name = roleName(declared);
    const permissions = await permissionsFor(strapi, key, locales);
    const hash = createHash('sha256').update(JSON.stringify({ name, description: declared.description, permissions })).digest('hex');
    const hashKey = `staff-role-permissions:${declared.code}`;

    let role = await roleService.findOne({ code: declared.code });
    if (!role) {
      role = await roleService.create({ name, code: declared.code, description: declared.description });
    } else if ((await store.get({ key: hashKey })) === hash) {
      continue;
    } else if (role.name !== name || role.description !== declared.description) {
      await roleService.update({ id: role.id }, { name, description: declared.description });
    }
    await roleService.assignPermissions(role.id, permissions);
    await store.set({ key: hashKey, value: hash });
  }
};

/**
 * Strapi creates generic "Author" and "Editor" roles on a new database. Poshtiban's staff work in
 * the roles of the matrix, so the generic ones go — as long as nobody holds them (a role someone
 * was given by hand stays until the super admin moves them).
 */
const STRAPI_GENERIC_ROLES = ['strapi-author', 'strapi-editor'];

export const removeUnusedGenericRoles = async (strapi: Core.Strapi) => {
  const roleService = strapi.service('admin::role');
  for (const code of STRAPI_GENERIC_ROLES) {
    const role = await roleService.findOne({ code }, ['users']);
    if (role && (role.users ?? []).length === 0) await roleService.deleteByIds([role.id]);
  }
};

/** Staff add or remove a content locale in Settings → Internationalization: the roles follow. */
export const followLocales = (strapi: Core.Strapi) => {
  const resync = async () => {
    try {
      await ensureStaffRoles(strapi);
    } catch (error) {
      strapi.log.error(`staff roles: could not follow the locales: ${(error as Error).message}`);
    }
  };
  strapi.db.lifecycles.subscribe({ models: ['plugin::i18n.locale'], afterCreate: resync, afterDelete: resync });
};
