/** Strapi 5 document ids are cuid2 strings: lower-case letters and digits. */
export const isDocumentId = (value: unknown): value is string => typeof value === 'string' && /^[a-z0-9]{10,40}$/.test(value);
