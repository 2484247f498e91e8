/**
 * A fake Didar CRM: apikey in the query string, { Response } envelopes, contact search/save (a
 * second contact with the same mobile is refused, LastName required), a global search, deal save
 * (PersonId and a known stage required; with Id it moves the deal), activity save. It keeps every
 * deal's stage history so tests can assert each status change arrived once and in order. Modes:
 * 5xx, a hang, "saved, but the answer is lost" (the client must then find, not duplicate), and
 * `save-then-hang` — saved, and the answer never comes (the caller dies waiting for it). A mode
 * may be limited to one path (`setMode('save-then-hang', '/deal/save')`); other paths answer as 'ok'.
 */
import { randomUUID } from 'crypto';
import { startFakeServer } from './http';

export type DidarMode = 'ok' | 'server-error' | 'hang' | 'lost-after-save' | 'save-then-hang';
type Contact = { Id: string; FirstName: string; LastName: string; MobilePhone: string; CustomerCode?: string; DisplayName: string };
type Deal = { Id: string; Title: string; PersonId: string; PipelineStageId: string; Description: string; stages: string[] };

export const startFakeDidar = async ({ apiKey = 'test-didar-key', stages = ['stage-active', 'stage-renewed', 'stage-expired', 'stage-ppc', 'stage-cancelled', 'stage-awaiting'] } = {}) => {
  const contacts = new Map<string, Contact>();
  const deals = new Map<string, Deal>();
  const activities: any[] = [];
  /** every request that reached the fake (its path), answered or not */
  const requests: string[] = [];
  let modeSet: DidarMode = 'ok';
  let modePath: string | null = null;

  const server = await startFakeServer(({ method, path, query, rawBody }) => {
    requests.push(path);
    const mode: DidarMode = modePath === null || path.replace(/^\/api/, '') === modePath ? modeSet : 'ok';
    if (query.get('apikey') !== apiKey) return { status: 401, body: { Message: 'Invalid api key' } };
    if (method !== 'POST') return { status: 405, body: { Message: 'Method not allowed' } };
    if (mode === 'server-error') return { status: 503, body: { Message: 'Service unavailable' } };
    if (mode === 'hang') return { status: 200, body: {}, delayMs: 60_000 };
    let body: any;
    try {
      body = JSON.parse(rawBody || '{}');
    } catch {
      return { status: 400, body: { Message: 'Invalid JSON' } };
    }
    const lost = (answer: unknown) =>
      mode === 'lost-after-save' ? { status: 500, body: { Message: 'Internal error' } } : { status: 200, body: answer, ...(mode === 'save-then-hang' ? { delayMs: 60_000 } : {}) };

    switch (path.replace(/^\/api/, '')) {
      case '/contact/search': {
        const mobile = body?.Criteria?.MobilePhone;
        const list = [...contacts.values()].filter((c) => !mobile || c.MobilePhone === mobile);
        return { status: 200, body: { Response: { List: list, TotalCount: list.length } } };
      }
      case '/contact/save': {
        const c = body?.Contact ?? {};
        if (!c.LastName) return { status: 400, body: { Message: 'LastName is required' } };
        if (c.Id) {
          const existing = contacts.get(c.Id);
          if (!existing) return { status: 400, body: { Message: 'Contact not found' } };
          Object.assign(existing, c, { DisplayName: `${c.FirstName ?? ''} ${c.LastName}`.trim() });
          return lost({ Response: { Contact: existing } });
        }
        if ([...contacts.values()].some((x) => x.MobilePhone === c.MobilePhone)) return { status: 400, body: { Message: 'Duplicate contacts is not allowed' } };
        const contact: Contact = { Id: randomUUID(), FirstName: c.FirstName ?? '', LastName: c.LastName, MobilePhone: c.MobilePhone, CustomerCode: c.CustomerCode, DisplayName: `${c.FirstName ?? ''} ${c.LastName}`.trim() };
        contacts.set(contact.Id, contact);
        return lost({ Response: { Contact: contact } });
      }
      case '/search/search': {
        const keyword = String(body?.Keyword ?? '');
        const list = (body?.Types ?? ['deal']).includes('deal') ? [...deals.values()].filter((d) => d.Description.includes(keyword) || d.Title.includes(keyword)) : [];
        return { status: 200, body: { Response: { List: list, TotalCount: list.length } } };
      }
      case '/deal/save': {
        const d = body?.Deal ?? {};
        if (!d.PersonId) return { status: 400, body: { Message: 'person and company both are empty' } };
        if (!stages.includes(d.PipelineStageId)) return { status: 400, body: { Message: 'Pipeline stage not found' } };
        if (d.Id) {
          const existing = deals.get(d.Id);
          if (!existing) return { status: 400, body: { Message: 'Deal not found' } };
          if (existing.PipelineStageId !== d.PipelineStageId || existing.stages.length === 0) existing.stages.push(d.PipelineStageId);
          Object.assign(existing, { Title: d.Title, PipelineStageId: d.PipelineStageId, Description: d.Description ?? existing.Description });
          return lost({ Response: { Deal: existing } });
        }
        const deal: Deal = { Id: randomUUID(), Title: d.Title, PersonId: d.PersonId, PipelineStageId: d.PipelineStageId, Description: d.Description ?? '', stages: [d.PipelineStageId] };
        deals.set(deal.Id, deal);
        return lost({ Response: { Deal: deal } });
      }
      case '/activity/save': {
        const a = body?.Activity ?? {};
        if (!a.Title) return { status: 400, body: { Message: 'Title is required' } };
        const activity = { ...a, Id: randomUUID() };
        activities.push(activity);
        return { status: 200, body: { Response: { Id: activity.Id } } };
      }
      default:
        return { status: 404, body: { Message: 'Not found' } };
    }
  });

  return {
    url: `${server.url}/api`,
    apiKey,
    stageIds: { active: stages[0], renewed: stages[1], expired: stages[2], pay_per_case: stages[3], cancelled: stages[4], awaiting_installation: stages[5] },
    contacts,
    deals,
    activities,
    requests,
    /** `path` (e.g. '/deal/save'): only that endpoint misbehaves */
    setMode(next: DidarMode, path: string | null = null) {
      modeSet = next;
      modePath = path;
    },
    close: server.close,
    /** connection refused until `up()` (tests/fakes/http.ts) */
    down: server.down,
    up: server.up,
  };
};
