/**
 * users-permissions roles as this portal needs them, enforced at every start:
 *
 * - Customer (type "customer"): every content-API route whose path starts with /me — the
 *   customer API, where each query is scoped to the caller — plus logout. Nothing else.
 * - Public: login and token refresh only. Public pages (warranty lookup, complaints) use routes
 *   with `auth: false` and need no permission.
 * - Authenticated (Strapi's default role, unused here): nothing.
 * - Self-registration off.
 *
 * Permissions staff tick in Settings → Users & Permissions are reset to this on restart: the
 * customer API's scope is defined by code, not by a checkbox.
 */
import type { Core } from '@strapi/strapi';

export const CUSTOMER_ROLE_TYPE = 'customer';
const ROLE = 'plugin::users-permissions.role';
const PERMISSION = 'plugin::users-permissions.permission';

const PUBLIC_ACTIONS = ['plugin::users-permissions.auth.callback', 'plugin::users-permissions.auth.refresh'];
const CUSTOMER_EXTRA_ACTIONS = ['plugin::users-permissions.auth.logout'];

type RouteLike = { method: string; path: string; handler: unknown; config?: { auth?: unknown } };

export default ({ strapi }: { strapi: Core.Strapi }) => {
  /** Actions behind every content-API route under /me, from the apis' and plugins' routers. */
  const customerApiActions = (): string[] => {
    const actions = new Set<string>();
    const collect = (prefix: string, routers: unknown) => {
      const list: RouteLike[] = Array.isArray(routers)
        ? routers
        : Object.values((routers ?? {}) as Record<string, { type?: string; routes?: RouteLike[] }>)
            .filter((r) => (r.type ?? 'content-api') === 'content-api')
            .flatMap((r) => r.routes ?? []);
      for (const route of list) {
        if (typeof route.handler !== 'string' || route.config?.auth === false) continue;
        if (route.path === '/me' || route.path.startsWith('/me/')) actions.add(`${prefix}.${route.handler}`);
      }
    };
    for (const [name, api] of Object.entries(strapi.apis)) collect(`api::${name}`, (api as any).routes);
    for (const [name, plugin] of Object.entries(strapi.plugins)) {
      if (name !== 'users-permissions') collect(`plugin::${name}`, (plugin as any).routes);
    }
    return [...actions].sort();
  };

  const ensureRole = async (type: string, name: string, description: string) => {
    const existing = await strapi.db.query(ROLE).findOne({ where: { type } });
    return existing ?? strapi.db.query(ROLE).create({ data: { type, name, description } });
  };

  /** Makes a role's permissions exactly `actions` (adds missing, removes others). */
  const setPermissions = async (roleId: number, actions: string[]) => {
    const current: Array<{ id: number; action: string }> = await strapi.db
      .query(PERMISSION)
      .findMany({ where: { role: { id: roleId } }, select: ['id', 'action'] });
    const wanted = new Set(actions);
    const have = new Set(current.map((p) => p.action));
    const remove = current.filter((p) => !wanted.has(p.action)).map((p) => p.id);
    if (remove.length) await strapi.db.query(PERMISSION).deleteMany({ where: { id: { $in: remove } } });
    for (const action of actions) {
      if (!have.has(action)) await strapi.db.query(PERMISSION).create({ data: { action, role: roleId } });
    }
  };

  return {
    customerApiActions,

    async sync() {
      const store = strapi.store({ type: 'plugin', name: 'users-permissions' });
      const advanced = ((await store.get({ key: 'advanced' })) ?? {}) as Record<string, unknown>;
      if (advanced.allow_register !== false || advanced.default_role !== CUSTOMER_ROLE_TYPE) {
        await store.set({ key: 'advanced', value: { ...advanced, allow_register: false, default_role: CUSTOMER_ROLE_TYPE } });
      }

      const customer = await ensureRole(
        CUSTOMER_ROLE_TYPE,
        'Customer',
        'Subscribers with a portal account (مشترکان): only their own data through /api/me/...'
      );
      await setPermissions(customer.id, [...customerApiActions(), ...CUSTOMER_EXTRA_ACTIONS]);

      const publicRole = await strapi.db.query(ROLE).findOne({ where: { type: 'public' } });
      if (publicRole) await setPermissions(publicRole.id, PUBLIC_ACTIONS);

      const authenticated = await strapi.db.query(ROLE).findOne({ where: { type: 'authenticated' } });
      if (authenticated) await setPermissions(authenticated.id, []);
    },
  };
};
