/** The one provider interface of the CRM sync plugin. `init(providerOptions)` returns a provider. */
import { ProviderCallError } from '../../../../../src/utils/provider-error';

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

export type CrmProvider = {
  name: string;
  /**
   * Puts the status change on the subscriber's contact and the device's deal, creating them when
   * missing. `remember` stores a created remote id at once, so a retry after a lost response finds
   * it instead of creating a duplicate.
   */
  syncServiceStatus(change: ServiceStatusChange, known: KnownLinks, remember: (kind: 'contact' | 'deal', remoteId: string) => Promise<void>): Promise<SyncResult>;
};

export type CrmProviderModule = { init(providerOptions: Record<string, any>, context: { logger: { info: (m: string) => void } }): CrmProvider };
