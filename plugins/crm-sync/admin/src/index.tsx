/**
 * Admin part of crm-sync: a "CRM (Didar)" panel on each device's page showing whether its service
 * status changes reached the CRM, the errors if not, and a retry for a job that gave up.
 */
import { CrmSyncPanel } from './components/CrmSyncPanel';

export default {
  register(app: any) {
    app.registerPlugin({ id: 'crm-sync', name: 'CRM sync' });
  },
  bootstrap(app: any) {
    app.getPlugin('content-manager').apis.addEditViewSidePanel([CrmSyncPanel]);
  },
  async registerTrads() {
    return [];
  },
};
