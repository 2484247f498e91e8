/**
 * A request body that cannot be read as sent is the client's mistake (issue 15, item 7): gzip,
 * br or deflate announced on a plain body, malformed JSON, a broken stream. koa-body threw them
 * up to strapi::errors, and zlib's errors carry no status: a 500, logged as a server error. Now:
 *   - `bodyParseError` is strapi::body's `onError` (config/middlewares.ts): it marks what parsing
 *     threw (size limits keep their 413 and pass unmarked);
 *   - this middleware, just before strapi::body, answers a marked error with the bilingual
 *     envelope — 400 `bodyUnreadable`, or 415 `unsupportedEncoding` for an encoding the server
 *     does not know — without logging it as a server error.
 */
import { errorEnvelope } from '../validation/errors';
import type { MessageCode } from '../validation/messages';

const PARSE_ERROR = Symbol('poshtiban.bodyParseError');

type Marked = Error & { [PARSE_ERROR]: { status: number; name: string; code: MessageCode } };

/** koa-body's onError: called with what parsing the body threw; always throws. */
export const bodyParseError = (error: any): never => {
  const status = Number(error?.status ?? error?.statusCode);
  // strapi::body turns formidable's file size errors into its own 413; raw-body's limits are 413s
  if (status === 413 || (typeof error?.message === 'string' && error.message.includes('maxFileSize'))) throw error;
  const marked = (error instanceof Error ? error : new Error(String(error))) as Marked;
  marked[PARSE_ERROR] =
    status === 415 ? { status: 415, name: 'UnsupportedMediaTypeError', code: 'unsupportedEncoding' } : { status: 400, name: 'BadRequestError', code: 'bodyUnreadable' };
  throw marked;
};

export default () => async (ctx: any, next: () => Promise<unknown>) => {
  try {
    await next();
  } catch (error: any) {
    const parse = error?.[PARSE_ERROR] as Marked[typeof PARSE_ERROR] | undefined;
    if (!parse) throw error;
    ctx.status = parse.status;
    ctx.body = errorEnvelope(parse.status, parse.name, parse.code);
  }
};
