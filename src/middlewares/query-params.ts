/**
 * Route middleware: rejects query parameters a route does not use, with a field-level 400
 * (the customer API's counterpart of `rest.strictParams`). Config: { allowed: string[] }.
 */
import { FieldErrors } from '../validation/errors';

export default (config: { allowed?: string[] } = {}) => {
  const allowed = new Set(config.allowed ?? []);
  return async (ctx: any, next: () => Promise<unknown>) => {
    const errors = new FieldErrors();
    for (const name of Object.keys(ctx.query ?? {})) {
      if (!allowed.has(name)) errors.add(['query', name], 'unknownParameter');
    }
    errors.throwIfAny();
    return next();
  };
};
