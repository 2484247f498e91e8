/**
 * Text in one spelling (Document Service middleware, every portal type, every way in): Arabic
 * ي/ى/ك become Persian ی/ک in every string and text field staff write — the record's own and its
 * components' — so a name typed on an Arabic keyboard is stored, shown and found as Persian.
 * Digits stay as typed in free text (names, addresses, notes: Persian text is written with
 * Persian digits); identifiers get Latin digits from their own rules (subscriber.ts, device.ts),
 * and search looks for every digit form (src/search/persian-search.ts). Rows stored before this
 * rule: database/migrations/2026.12.01T00.00.00.persian-letters-and-latin-identifiers.js.
 */
import type { Core } from '@strapi/strapi';
import { toPersianLetters } from '../../domain/digits';
import { isPortalContentType } from '../../utils/portal-types';

const TEXT_TYPES = new Set(['string', 'text', 'richtext']);

const normalizeFields = (strapi: Core.Strapi, attributes: Record<string, any>, data: Record<string, any>) => {
  for (const [name, attribute] of Object.entries(attributes)) {
    const value = data[name];
    if (value === undefined || value === null) continue;
    if (TEXT_TYPES.has(attribute.type) && typeof value === 'string') data[name] = toPersianLetters(value);
    else if (attribute.type === 'component') {
      const schema = strapi.components[attribute.component as keyof typeof strapi.components] as any;
      for (const item of Array.isArray(value) ? value : [value]) if (item && typeof item === 'object') normalizeFields(strapi, schema.attributes, item);
    } else if (attribute.type === 'dynamiczone' && Array.isArray(value)) {
      for (const item of value) {
        const schema = item?.__component && (strapi.components[item.__component as keyof typeof strapi.components] as any);
        if (schema) normalizeFields(strapi, schema.attributes, item);
      }
    }
  }
};

export const persianTextRule = (strapi: Core.Strapi) => async (ctx: any, next: () => Promise<any>) => {
  if (['create', 'update', 'clone'].includes(ctx.action) && ctx.params?.data && isPortalContentType(strapi, ctx.uid)) {
    normalizeFields(strapi, strapi.contentType(ctx.uid).attributes as Record<string, any>, ctx.params.data);
  }
  return next();
};
