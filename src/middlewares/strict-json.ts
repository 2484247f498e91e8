/**
 * JSON bodies on /api routes may not name a key twice in one object (issue 15, item 7): JSON.parse
 * keeps the last one silently, so what the portal acts on could differ from what a proxy or a log
 * read. Sits just after strapi::body (config/middlewares.ts) and reads the raw body strapi::body
 * keeps beside the parsed one; the rule is src/domain/strict-json.ts. A 400 `duplicateKeys` with
 * the path of the repeated key.
 */
import { findDuplicateKey } from '../domain/strict-json';
import { fieldError, validationError } from '../validation/errors';

const UNPARSED = Symbol.for('unparsedBody');

export default () => async (ctx: any, next: () => Promise<unknown>) => {
  if (ctx.path.startsWith('/api/')) {
    const body = ctx.request.body;
    const raw = body && typeof body === 'object' ? body[UNPARSED] : undefined;
    if (typeof raw === 'string' && ctx.request.is('json', '+json')) {
      const duplicate = findDuplicateKey(raw);
      if (duplicate) throw validationError([fieldError(duplicate.path, 'duplicateKeys')]);
    }
  }
  await next();
};
