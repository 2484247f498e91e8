/**
 * Admin part of back-office: panels on the Content Manager's edit views for portal records.
 *   - installation confirmation: "Verify the signature" (recomputes the SHA-256 of the form).
 *   - repair order: "Receipt" — tracking code, the 7-working-day promise, print the receipt.
 *   - ownership transfer: "Transfer review" — status, the new owner, approve or reject.
 */
import { ConfirmationHashPanel } from './components/ConfirmationHashPanel';
import { OwnershipTransferPanel } from './components/OwnershipTransferPanel';
import { RepairReceiptPanel } from './components/RepairReceiptPanel';
import { rememberStrapiApp } from './lib/adminStore';

export default {
  register(app: any) {
    app.registerPlugin({ id: 'back-office', name: 'Back office' });
    // register() is given the StrapiApp itself (bootstrap() only a few of its methods)
    rememberStrapiApp(app);
  },
  bootstrap(app: any) {
    app.getPlugin('content-manager').apis.addEditViewSidePanel([ConfirmationHashPanel, RepairReceiptPanel, OwnershipTransferPanel]);
  },
  async registerTrads() {
    return [];
  },
};
