/**
 * Admin part of back-office: panels on the Content Manager's edit views for portal records.
 *   - installation confirmation: "Verify the signature" (recomputes the SHA-256 of the form).
 *   - repair order: "Receipt" — tracking code, the 7-working-day promise, print the receipt.
 *   - ownership transfer: "Transfer review" — status, the new owner, approve or reject.
 * Readable values (readable/): enumeration labels, money in rials, status history as a timeline.
 * And the home page's «کارهای امروز» widget (work-queue/).
 * The Ticket desk «میز تیکت» (ticket-desk/): a menu link with the list, one ticket's page and the
 * form staff open a ticket with; a panel on a ticket's Content Manager page opening it there.
 * Workflow fields read-only in the edit view, with where they are changed (locked-fields/).
 * An article's «بازخورد خوانندگان» panel: helpful / not helpful per locale (article-feedback/).
 *
 * Each folder exports its register/bootstrap function and its translations { fa, en };
 * registerTrads merges them for the locales the admin asks for.
 */
import { ConfirmationHashPanel } from './components/ConfirmationHashPanel';
import { OwnershipTransferPanel } from './components/OwnershipTransferPanel';
import { RepairReceiptPanel } from './components/RepairReceiptPanel';
import { rememberStrapiApp } from './lib/adminStore';
import { bootstrapReadableValues, readableApis, readableTranslations, registerReadableValues } from './readable';
import { registerWorkQueue, workQueueTranslations } from './work-queue';
import { bootstrapLockedFields, lockedFieldsTranslations } from './locked-fields';
import { registerTicketDesk, TicketDeskPanel, ticketDeskTranslations } from './ticket-desk';
import { ArticleFeedbackPanel, articleFeedbackTranslations } from './article-feedback';

/** Each folder's translations, { fa, en }, merged for registerTrads. */
const TRANSLATIONS: Array<Record<string, Record<string, string>>> = [readableTranslations, workQueueTranslations, lockedFieldsTranslations, ticketDeskTranslations, articleFeedbackTranslations];

export default {
  register(app: any) {
    app.registerPlugin({ id: 'back-office', name: 'Back office', apis: { ...readableApis } });
    // register() is given the StrapiApp itself (bootstrap() only a few of its methods)
    rememberStrapiApp(app);
    registerReadableValues(app);
    registerWorkQueue(app);
    registerTicketDesk(app);
  },
  bootstrap(app: any) {
    app.getPlugin('content-manager').apis.addEditViewSidePanel([ConfirmationHashPanel, RepairReceiptPanel, OwnershipTransferPanel, TicketDeskPanel, ArticleFeedbackPanel]);
    bootstrapReadableValues(app);
    bootstrapLockedFields(app);
  },
  async registerTrads({ locales }: { locales: string[] }) {
    return locales.map((locale) => ({ locale, data: Object.assign({}, ...TRANSLATIONS.map((folder) => folder[locale] ?? {})) }));
  },
};
