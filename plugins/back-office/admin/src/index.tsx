/**
 * Admin part of back-office: panels on the Content Manager's edit views for portal records.
 *   - installation confirmation: "Verify the signature" (recomputes the SHA-256 of the form).
 */
import { ConfirmationHashPanel } from './components/ConfirmationHashPanel';

export default {
  register(app: any) {
    app.registerPlugin({ id: 'back-office', name: 'Back office' });
  },
  bootstrap(app: any) {
    app.getPlugin('content-manager').apis.addEditViewSidePanel([ConfirmationHashPanel]);
  },
  async registerTrads() {
    return [];
  },
};
