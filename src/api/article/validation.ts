/**
 * What the knowledge base's customer routes read from a request (docs/api.md «Knowledge base»):
 * `?locale` (src/validation/locale.ts), `?q` by the text rule (searchQuery, ≤ 100 characters),
 * `?deviceType` (a type's code or `all`) and `?topic` (a topic's code) as codes, `?page&pageSize`
 * (src/validation/paging.ts), and the feedback body `{ helpful: true | false }` — a JSON boolean,
 * nothing else. A bad value is a 400 naming it (query.<name> or the body field); codes that name
 * nothing are refused by the service (deviceTypeUnknown, topicUnknown).
 */
import { FieldErrors, onlyFields } from '../../validation/errors';
import { readPaging, type Paging } from '../../validation/paging';
import { readLocale, type ContentLocale } from '../../validation/locale';

/** `all`, or a catalogue code as Strapi's uid fields store it. */
const CODE = /^[A-Za-z0-9\-_.~]{1,80}$/;

export type KnowledgeQuery = {
  locale: ContentLocale;
  q: string | null;
  /** undefined: the caller's own device types; 'all': every type; else a type's code */
  deviceType: string | undefined;
  topic: string | undefined;
};

const code = (errs: FieldErrors, name: string, value: unknown, unknownCode: 'deviceTypeUnknown' | 'topicUnknown'): string | undefined => {
  const text = errs.text(['query', name], value, 'catalogueCode', { required: false });
  if (typeof text !== 'string') return undefined;
  if (!CODE.test(text)) {
    errs.add(['query', name], unknownCode);
    return undefined;
  }
  return text;
};

/** ?locale only (one article or video, the home page). */
export const readLocaleQuery = (query: Record<string, unknown>): ContentLocale => {
  const errs = new FieldErrors();
  const locale = readLocale(query, errs);
  errs.throwIfAny();
  return locale;
};

/** ?q&deviceType&topic&page&pageSize&locale of the article and video lists. */
export const readListQuery = (query: Record<string, unknown>): KnowledgeQuery & Paging => {
  const errs = new FieldErrors();
  const locale = readLocale(query, errs);
  const q = errs.text(['query', 'q'], query.q, 'searchQuery', { required: false }) ?? null;
  const deviceType = code(errs, 'deviceType', query.deviceType, 'deviceTypeUnknown');
  const topic = code(errs, 'topic', query.topic, 'topicUnknown');
  const paging = readPaging(query, errs);
  errs.throwIfAny();
  return { locale, q, deviceType, topic, ...paging };
};

/** The feedback body: exactly `{ helpful: true | false }`. */
export const readFeedback = (body: unknown): { helpful: boolean } => {
  const errs = onlyFields(body, ['helpful']);
  const value = body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>).helpful : undefined;
  if (value === undefined || value === null) errs.add('helpful', 'required');
  else if (typeof value !== 'boolean') errs.add('helpful', 'helpfulMustBeBoolean');
  errs.throwIfAny();
  return { helpful: value as boolean };
};
