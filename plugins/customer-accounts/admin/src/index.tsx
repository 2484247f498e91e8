/**
 * Admin part of customer-accounts: a "Portal access" panel on each subscriber's page in the
 * Content Manager, where staff see whether the subscriber has a portal account and issue or
 * reset the credentials.
 */
import { PortalAccessPanel } from './components/PortalAccessPanel';

const PLUGIN_ID = 'customer-accounts';

export default {
  register(app: any) {
    app.registerPlugin({ id: PLUGIN_ID, name: 'Customer accounts' });
  },

  bootstrap(app: any) {
    app.getPlugin('content-manager').apis.addEditViewSidePanel([PortalAccessPanel]);
  },

  async registerTrads() {
    return [];
  },
};
