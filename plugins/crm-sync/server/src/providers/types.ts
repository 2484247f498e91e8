/** The one provider interface of the CRM sync plugin. `init(providerOptions)` returns a provider. */
import { ProviderCallError } from 'poshtiban/utils/provider-error';

export type ServiceStatusChange = {
  /** stable reference written into the CRM so our own objects can be found again */
  reference: string;
  subscriber: { id: number; subscriberNumber: string; fullName: string; nationalCode: string; mobile: string };
  device: { id: number; serial: string; brand: string | null; model: string | null };
  status: string;
  statusLabel: string;
  serviceEnd: string | null;
  contractKind: string | null;
  changedAt: string;
};

/** Remote ids we already know (so nothing is created twice). */
export type KnownLinks = { contactId?: string | null; dealId?: string | null };

export type SyncResult = { contactId: string; dealId: string };

export class CrmError extends ProviderCallError {}

/** A ticket's change (opened, a reply, a status change, resolved, escalated): an activity on the subscriber's contact. */
export type TicketChange = {
  /** stable reference of the ticket: "poshtiban:ticket:<id>" */
  reference: string;
  event: 'opened' | 'replied' | 'status' | 'resolved' | 'escalated';
  eventLabel: string;
  subscriber: ServiceStatusChange['subscriber'];
  device: ServiceStatusChange['device'] | null;
  ticket: { id: number; number: string; title: string; kind: string; priority: string; status: string; statusLabel: string; channel: string };
  changedAt: string;
};

export type TicketSyncResult = { contactId: string; dealId: string | null; activityId: string | null };

export type CrmProvider = {
  name: string;
  /**
   * Puts the status change on the subscriber's contact and the device's deal, creating them when
   * missing. `remember` stores a created remote id at once, so a retry after a lost response finds
   * it instead of creating a duplicate.
   */
  syncServiceStatus(change: ServiceStatusChange, known: KnownLinks, remember: (kind: 'contact' | 'deal', remoteId: string) => Promise<void>): Promise<SyncResult>;
  /**
   * Records a ticket's change on the subscriber's contact (created when missing, remembered at
   * once) as a done activity, on the device's deal too when we know it.
   */
  syncTicket(change: TicketChange, known: KnownLinks, remember: (kind: 'contact' | 'deal', remoteId: string) => Promise<void>): Promise<TicketSyncResult>;
};

export type CrmProviderModule = { init(providerOptions: Record<string, any>, context: { logger: { info: (m: string) => void } }): CrmProvider };
