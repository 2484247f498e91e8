/**
 * The order of a multipart request's files as the client sent them. The multipart parser
 * (formidable, under strapi::body) hands a field's files over in the order they finished being
 * written to disk — a small second file can come before a large first one — so "attachment 2"
 * in an error, or the order of a message's attachments, could name the wrong file. strapi::body's
 * `formidable.onFileBegin` (config/middlewares.ts) stamps each file when its part begins, which
 * is the request's order; `inRequestOrder` sorts by that stamp.
 */
const ARRIVAL = Symbol('multipart arrival');
let sequence = 0;

/** formidable's fileBegin hook: numbers each file as its part begins (increasing across requests). */
export const stampArrivalOrder = (_field: string, file: object) => {
  sequence = (sequence + 1) % Number.MAX_SAFE_INTEGER;
  (file as Record<symbol, number>)[ARRIVAL] = sequence;
};

/** A field's files in the order the client sent them (files without a stamp keep their place). */
export const inRequestOrder = <T extends object>(files: T[]): T[] =>
  files
    .map((file, index) => ({ file, index, stamp: (file as Record<symbol, number | undefined>)[ARRIVAL] }))
    .sort((a, b) => (a.stamp !== undefined && b.stamp !== undefined ? a.stamp - b.stamp : a.index - b.index))
    .map(({ file }) => file);
