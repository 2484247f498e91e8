/**
 * The Content Manager's admin routes, with the portal's refusals added (Strapi's plugin extension
 * point): every route that writes gets the global::portal-only-writes policy
 * (src/policies/portal-only-writes.ts) after the Content Manager's own permission check — a role
 * without the permission is refused with the staff matrix's reason (src/middlewares/
 * permission-reasons.ts), one holding it (the super admin) with the record's own. The Document
 * Service rules (src/index.ts) still hold every other way in. The relation picker's search gets
 * the typed text in the stored labels' form (src/middlewares/relation-picker-search.ts).
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
    if (route.handler === 'relations.findAvailable') {
      route.config ??= {};
      route.config.middlewares = [...(route.config.middlewares ?? []), 'global::relation-picker-search'];
    }
    const kind = WRITES[route.handler];
    if (!kind) continue;
    route.config ??= {};
    route.config.policies = [...(route.config.policies ?? []), { name: 'global::portal-only-writes', config: { kind } }];
  }
  return plugin;
};
