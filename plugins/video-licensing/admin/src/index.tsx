/**
 * Admin part of video-licensing: a panel on each course order's page (Content Manager edit view)
 * with its licence request — status, attempts, last error, next try — and «تلاش دوباره» for a
 * failed one, for staff whose role may (the staff matrix's "Video licences" row).
 */
import { LicenceRequestPanel } from './components/LicenceRequestPanel';
import { videoLicensingTranslations } from './translations';

export default {
  register(app: any) {
    app.registerPlugin({ id: 'video-licensing', name: 'Video licensing' });
  },
  bootstrap(app: any) {
    app.getPlugin('content-manager').apis.addEditViewSidePanel([LicenceRequestPanel]);
  },
  async registerTrads({ locales }: { locales: string[] }) {
    return locales.map((locale) => ({ locale, data: videoLicensingTranslations[locale] ?? {} }));
  },
};
