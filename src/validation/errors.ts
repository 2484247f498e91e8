/**
 * Bilingual, field-level errors in Strapi's error envelope.
 *
 * Thrown errors reach the client as
 *   { data: null, error: { status, name, message: <fa>, details: { messageEn, errors: [
 *       { path: ['field'], code, message: <fa>, messageEn } ] } } }
 * The admin panel reads `details.errors[].path` / `message` to mark the fields of a form.
 */
import { errors } from '@strapi/utils';
import { MESSAGES, type MessageCode } from './messages';

export type FieldError = { path: string[]; code: MessageCode; message: string; messageEn: string };

export const fieldError = (path: string | string[], code: MessageCode): FieldError => ({
  path: Array.isArray(path) ? path : [path],
  code,
  message: MESSAGES[code].fa,
  messageEn: MESSAGES[code].en,
});

/** A 400 with one or more field errors; the summary defaults to the first field's message. */
export const validationError = (fieldErrors: FieldError[], summary: MessageCode = fieldErrors[0]?.code ?? 'invalidRequest') =>
  new errors.ValidationError(MESSAGES[summary].fa, {
    code: summary,
    messageEn: MESSAGES[summary].en,
    errors: fieldErrors,
  });

/** Any other Strapi error class with a bilingual message. */
export const bilingual = <E extends new (message: string, details?: any) => Error>(
  ErrorClass: E,
  code: MessageCode,
  extra: Record<string, unknown> = {}
) => new ErrorClass(MESSAGES[code].fa, { code, messageEn: MESSAGES[code].en, ...extra });

/** Collects field errors, then throws them all at once. */
export class FieldErrors {
  private readonly list: FieldError[] = [];

  add(path: string | string[], code: MessageCode): this {
    this.list.push(fieldError(path, code));
    return this;
  }

  get isEmpty(): boolean {
    return this.list.length === 0;
  }

  throwIfAny(summary?: MessageCode): void {
    if (this.list.length > 0) throw validationError(this.list, summary);
  }
}

export { errors };

/** A complete error response body, for handlers that set ctx.body themselves. */
export const errorEnvelope = (status: number, name: string, code: MessageCode, extra: Record<string, unknown> = {}) => ({
  data: null,
  error: { status, name, message: MESSAGES[code].fa, details: { code, messageEn: MESSAGES[code].en, ...extra } },
});
