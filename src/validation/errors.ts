/**
 * Bilingual, field-level errors in Strapi's error envelope.
 *
 * Thrown errors reach the client as
 *   { data: null, error: { status, name, message: <fa>, details: { messageEn, errors: [
 *       { path: ['field'], code, message: <fa>, messageEn } ] } } }
 * The admin panel reads `details.errors[].path` / `message` to mark the fields of a form.
 */
import { errors } from '@strapi/utils';
import { MESSAGES, fillMessage, type MessageCode } from './messages';
import { readText, TEXT_FIELDS, type TextField, type TextFieldRule } from '../domain/text-input';

export type FieldError = { path: string[]; code: MessageCode; message: string; messageEn: string };

/** `values` fill the message's {placeholders} (fillMessage). */
export const fieldError = (path: string | string[], code: MessageCode, values?: Record<string, string | number>): FieldError => {
  const text = values ? fillMessage(code, values) : MESSAGES[code];
  return { path: Array.isArray(path) ? path : [path], code, message: text.fa, messageEn: text.en };
};

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

  add(path: string | string[], code: MessageCode, values?: Record<string, string | number>): this {
    this.list.push(fieldError(path, code, values));
    return this;
  }

  /**
   * A text field read by the text rule (src/domain/text-input.ts): the normalised value, null when
   * an optional field is empty, or undefined with the field's error added.
   */
  text(path: string | string[], input: unknown, field: TextField | TextFieldRule, options: { required?: boolean } = {}): string | null | undefined {
    const reading = readText(input, typeof field === 'string' ? TEXT_FIELDS[field] : field, options);
    if (reading.ok) return reading.value;
    this.add(path, reading.problem, reading.max === undefined ? undefined : { max: reading.max });
    return undefined;
  }

  /** Whether a field (by its path) already has an error. */
  has(path: string | string[]): boolean {
    const key = (Array.isArray(path) ? path : [path]).join('.');
    return this.list.some((e) => e.path.join('.') === key);
  }

  get isEmpty(): boolean {
    return this.list.length === 0;
  }

  throwIfAny(summary?: MessageCode): void {
    if (this.list.length > 0) throw validationError(this.list, summary);
  }
}

/**
 * Required text fields of a body, each read by its text rule (src/domain/text-input.ts): the
 * normalised values, or a 400 naming every field that fails.
 */
export const readTextFields = <K extends string>(body: Record<string, unknown>, fields: Record<K, TextField>): Record<K, string> => {
  const errs = new FieldErrors();
  const values = {} as Record<K, string>;
  for (const [name, field] of Object.entries(fields) as Array<[K, TextField]>) {
    const value = errs.text(name, body[name], field);
    if (typeof value === 'string') values[name] = value;
  }
  errs.throwIfAny();
  return values;
};

/** Refuses (notAllowed) every key of `body` not in `allowed`. */
export const onlyFields = (body: unknown, allowed: readonly string[], errs: FieldErrors = new FieldErrors()): FieldErrors => {
  if (body && typeof body === 'object') for (const key of Object.keys(body)) if (!allowed.includes(key)) errs.add(key, 'notAllowed');
  return errs;
};

export { errors };

/** A complete error response body, for handlers that set ctx.body themselves. */
export const errorEnvelope = (status: number, name: string, code: MessageCode, extra: Record<string, unknown> = {}) => ({
  data: null,
  error: { status, name, message: MESSAGES[code].fa, details: { code, messageEn: MESSAGES[code].en, ...extra } },
});
