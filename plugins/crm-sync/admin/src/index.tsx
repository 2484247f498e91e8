/**
 * Admin part of crm-sync: a "CRM (Didar)" panel on each device's page showing whether its service
 * status changes reached the CRM, the errors if not, and a retry for a job that gave up; and the
 * "CRM sync" page listing every failing job (the home page's work queue links to it).
 */
import { ArrowClockwise } from '@strapi/icons';
import { CrmSyncPanel } from './components/CrmSyncPanel';
import { PERMISSIONS } from './pages/FailingJobsPage';
import { crmSyncTranslations } from './translations';

export default {
  register(app: any) {
    app.registerPlugin({ id: 'crm-sync', name: 'CRM sync' });
    app.addMenuLink({
      to: 'plugins/crm-sync',
      icon: ArrowClockwise,
      intlLabel: { id: 'crm-sync.menu', defaultMessage: 'CRM sync' },
      Component: () => import('./pages/App'),
      permissions: PERMISSIONS.read,
    });
  },
  bootstrap(app: any) {
    app.getPlugin('content-manager').apis.addEditViewSidePanel([CrmSyncPanel]);
  },
  async registerTrads({ locales }: { locales: string[] }) {
    return locales.map((locale) => ({ locale, data: crmSyncTranslations[locale] ?? {} }));
  },
};
