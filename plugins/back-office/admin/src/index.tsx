/**
 * Admin part of back-office: panels on the Content Manager's edit views for portal records.
 *   - installation confirmation: "Verify the signature" (recomputes the SHA-256 of the form).
 *   - repair order: "Receipt" — tracking code, the 7-working-day promise, print the receipt.
 *   - ownership transfer: "Transfer review" — status, the new owner, approve or reject.
 * Each part's own folder exports its register/bootstrap step and its translations:
 *   - locked-fields/: workflow fields read-only in the edit view, with where they are changed.
 */
import { ConfirmationHashPanel } from './components/ConfirmationHashPanel';
import { OwnershipTransferPanel } from './components/OwnershipTransferPanel';
import { RepairReceiptPanel } from './components/RepairReceiptPanel';
import { rememberStrapiApp } from './lib/adminStore';
import { bootstrapLockedFields, lockedFieldsTranslations } from './locked-fields';

/** Each folder's translations, merged per locale (keys prefixed `back-office.`). */
const TRANSLATIONS: Array<Record<'fa' | 'en', Record<string, string>>> = [lockedFieldsTranslations];

export default {
  register(app: any) {
    app.registerPlugin({ id: 'back-office', name: 'Back office' });
    // register() is given the StrapiApp itself (bootstrap() only a few of its methods)
    rememberStrapiApp(app);
  },
  bootstrap(app: any) {
    app.getPlugin('content-manager').apis.addEditViewSidePanel([ConfirmationHashPanel, RepairReceiptPanel, OwnershipTransferPanel]);
    bootstrapLockedFields(app);
  },
  async registerTrads({ locales }: { locales: string[] }) {
    return locales
      .filter((locale): locale is 'fa' | 'en' => locale === 'fa' || locale === 'en')
      .map((locale) => ({ locale, data: Object.assign({}, ...TRANSLATIONS.map((t) => t[locale])) }));
  },
};
