/**
 * Didar CRM (https://app.didar.me/api), called with axios; the API key goes in the query string,
 * every answer is wrapped in { Response }. For a status change:
 *   1. the contact: the one we created before, else a search by mobile (exact match), else
 *      POST /contact/save (LastName required; Didar refuses a second contact with the same mobile);
 *   2. the device's deal: the one we created before, else a global search for our reference
 *      ("poshtiban:device:<id>", written into the deal's Description), else POST /deal/save;
 *      an existing deal is moved to the stage that stands for the new status;
 *   3. a done activity on the deal recording the change.
 * A ticket's change (syncTicket) is a done activity on the contact (and the deal when known).
 * Nothing in Didar is idempotent, so created ids are remembered at once and searched for before
 * creating. 4xx (but 408/429) are permanent; 5xx and network errors are retried.
 */
import axios from 'axios';
import { CrmError, type CrmProviderModule, type KnownLinks, type ServiceStatusChange, type TicketChange } from './types';

const ZERO_GUID = '00000000-0000-0000-0000-000000000000';

const splitName = (fullName: string) => {
  const parts = fullName.trim().split(/\s+/);
  return parts.length > 1 ? { FirstName: parts.slice(0, -1).join(' '), LastName: parts[parts.length - 1] } : { FirstName: '', LastName: parts[0] || '-' };
};

const didar: CrmProviderModule = {
  init(options) {
    const apiKey = String(options.apiKey ?? '');
    if (!apiKey) throw new Error('crm-sync: the didar provider needs providerOptions.apiKey (DIDAR_API_KEY)');
    const stages: Record<string, string> = options.stageIds ?? {};
    const http = axios.create({
      baseURL: String(options.baseUrl ?? 'https://app.didar.me/api').replace(/\/$/, ''),
      timeout: Number(options.timeoutMs ?? 15_000),
      validateStatus: () => true,
      params: { apikey: apiKey },
      headers: { 'Content-Type': 'application/json' },
    });

    const post = async (path: string, body: unknown) => {
      let response;
      try {
        response = await http.post(path, body);
      } catch (error: any) {
        throw new CrmError(`didar ${path}: ${error?.code ?? 'network error'}`, { retryable: true, code: error?.code ?? 'network', outage: true });
      }
      if (response.status >= 200 && response.status < 300) return response.data?.Response;
      const message = response.data?.Message ?? response.data?.message ?? `HTTP ${response.status}`;
      const retryable = response.status >= 500 || response.status === 408 || response.status === 429;
      throw new CrmError(`didar ${path} ${response.status}: ${message}`, { retryable, code: response.status, outage: retryable });
    };

    const idOf = (r: any, key: 'Contact' | 'Deal'): string | null => (r?.[key]?.Id ?? r?.Id ?? null) && String(r?.[key]?.Id ?? r?.Id);

    const stageFor = (status: string) => {
      const stage = stages[status];
      if (!stage) throw new CrmError(`didar: no pipeline stage configured for status "${status}" (DIDAR_STAGE_IDS)`, { retryable: false, code: 'no-stage' });
      return stage;
    };

    const describe = (c: ServiceStatusChange) =>
      `${c.reference}\nسریال: ${c.device.serial}\nوضعیت: ${c.statusLabel}${c.serviceEnd ? `\nپایان خدمات: ${c.serviceEnd}` : ''}`;

    /** The subscriber's contact: the one we created before, else found by mobile, else created; remembered at once. */
    const ensureContact = async (subscriber: ServiceStatusChange['subscriber'], known: KnownLinks, remember: (kind: 'contact' | 'deal', remoteId: string) => Promise<void>) => {
      let contactId = known.contactId ?? null;
      if (!contactId) {
        const found = await post('/contact/search', { Criteria: { MobilePhone: subscriber.mobile }, From: 0, Limit: 30 });
        const match = (found?.List ?? []).find((c: any) => c.MobilePhone === subscriber.mobile);
        contactId = match ? String(match.Id) : null;
      }
      const contact = {
        ...(contactId ? { Id: contactId } : {}),
        ...splitName(subscriber.fullName),
        MobilePhone: subscriber.mobile,
        CustomerCode: subscriber.subscriberNumber,
        ...(options.nationalCodeField ? { [options.nationalCodeField]: subscriber.nationalCode } : {}),
      };
      const savedContact = await post('/contact/save', { Contact: contact });
      contactId = contactId ?? idOf(savedContact, 'Contact');
      if (!contactId) throw new CrmError('didar: contact saved without an id', { retryable: true, code: 'no-id' });
      await remember('contact', contactId);
      return contactId;
    };

    const describeTicket = (c: TicketChange) =>
      [c.reference, `تیکت: ${c.ticket.number} — ${c.ticket.title}`, `وضعیت: ${c.ticket.statusLabel}`, c.device ? `سریال: ${c.device.serial}` : null].filter(Boolean).join('\n');

    return {
      name: 'didar',
      async syncServiceStatus(change, known, remember) {
        // 1. contact
        const contactId = await ensureContact(change.subscriber, known, remember);

        // 2. deal
        let dealId = known.dealId ?? null;
        if (!dealId) {
          const found = await post('/search/search', { Keyword: change.reference, Types: ['deal'] });
          const match = (found?.List ?? found?.Deals ?? []).find((d: any) => String(d.Description ?? '').includes(change.reference));
          dealId = match ? String(match.Id) : null;
        }
        const deal = {
          ...(dealId ? { Id: dealId } : {}),
          Title: `${[change.device.brand, change.device.model].filter(Boolean).join(' ')} — ${change.device.serial}`,
          PersonId: contactId,
          ...(options.pipelineId ? { PipelineId: options.pipelineId } : {}),
          PipelineStageId: stageFor(change.status),
          Description: describe(change),
        };
        const savedDeal = await post('/deal/save', { Deal: deal });
        dealId = dealId ?? idOf(savedDeal, 'Deal');
        if (!dealId) throw new CrmError('didar: deal saved without an id', { retryable: true, code: 'no-id' });
        await remember('deal', dealId);

        // 3. the change, as a done activity
        await post('/activity/save', {
          Activity: {
            ActivityTypeId: options.activityTypeId ?? ZERO_GUID,
            Title: `وضعیت خدمات: ${change.statusLabel}`,
            DealId: dealId,
            ContactIds: [contactId],
            DueDate: change.changedAt,
            IsDone: true,
            ResultNote: describe(change),
          },
          SetDone: false,
        });
        return { contactId, dealId };
      },

      /**
       * A ticket's change: a done activity on the subscriber's contact (and the device's deal when
       * we created or found it before). The ticket's reference is in the note, so staff in Didar
       * can search for it.
       */
      async syncTicket(change, known, remember) {
        const contactId = await ensureContact(change.subscriber, known, remember);
        const saved = await post('/activity/save', {
          Activity: {
            ActivityTypeId: options.activityTypeId ?? ZERO_GUID,
            Title: `تیکت ${change.ticket.number}: ${change.eventLabel}`,
            ...(known.dealId ? { DealId: known.dealId } : {}),
            ContactIds: [contactId],
            DueDate: change.changedAt,
            IsDone: true,
            ResultNote: describeTicket(change),
          },
          SetDone: false,
        });
        return { contactId, dealId: known.dealId ?? null, activityId: saved?.Id ? String(saved.Id) : null };
      },
    };
  },
};

export default didar;
