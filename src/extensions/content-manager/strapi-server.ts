/**
 * The Content Manager's admin routes, with the portal's refusals in front (Strapi's plugin
 * extension point): every route that writes gets the global::portal-only-writes policy
 * (src/policies/portal-only-writes.ts) right after the login check, before the Content Manager's
 * own permission check. The Document Service rules (src/index.ts) still hold every other way in.
 */
import type { PortalOnlyWritesConfig } from '../../policies/portal-only-writes';

/** Content Manager route handlers that write, and which of them are draft & publish actions. */
const WRITES: Record<string, PortalOnlyWritesConfig['kind']> = {
  'collection-types.create': 'write',
  'collection-types.clone': 'write',
  'collection-types.autoClone': 'write',
  'collection-types.update': 'write',
  'collection-types.delete': 'write',
  'collection-types.bulkDelete': 'write',
  'collection-types.publish': 'publication',
  'collection-types.unpublish': 'publication',
  'collection-types.discard': 'publication',
  'collection-types.bulkPublish': 'publication',
  'collection-types.bulkUnpublish': 'publication',
  'single-types.createOrUpdate': 'write',
  'single-types.delete': 'write',
  'single-types.publish': 'publication',
  'single-types.unpublish': 'publication',
  'single-types.discard': 'publication',
};

export default (plugin: any) => {
  for (const route of plugin.routes?.admin?.routes ?? []) {
    const kind = WRITES[route.handler];
    if (!kind) continue;
    route.config ??= {};
    const policies: unknown[] = route.config.policies ?? [];
    const at = policies[0] === 'admin::isAuthenticatedAdmin' ? 1 : 0;
    route.config.policies = [...policies.slice(0, at), { name: 'global::portal-only-writes', config: { kind } }, ...policies.slice(at)];
  }
  return plugin;
};
