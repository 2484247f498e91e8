/**
 * THE rule for text a customer (or anyone, before logging in) sends in a request body: every text
 * field of every customer and public write route is read through `readText` with its field's rule
 * from TEXT_FIELDS — the validators in src/validation (FieldErrors.text) and the services call it,
 * never their own checks.
 *
 * A value is, in this order:
 * 1. text — a JSON string; a number, boolean, object or array is refused (`mustBeText`);
 * 2. normalised — NFC; line ends as \n; trimmed, including the invisible format characters at
 *    either end; runs of spaces collapsed to one (a multi-line field keeps its line breaks, at most
 *    one empty line in a row). A `verbatim` field (passwords) is taken exactly as typed;
 * 3. free of control characters — C0 (NUL included), DEL and C1 are refused (`textControlCharacters`),
 *    but for newline and tab in a multi-line field; lone UTF-16 surrogates too;
 * 4. not invisible only — empty once the invisible format characters are removed (zero-width
 *    space/joiners, direction marks, embeddings, overrides and isolates, BOM) is refused
 *    (`textInvisibleOnly`). The zero-width non-joiner (نیم‌فاصله) inside a Persian word is
 *    legitimate and kept; it is not a value on its own;
 * 5. at most `max` characters (UTF-16 code units, as Strapi's maxLength counts) after
 *    normalising (`textTooLong`). Storage columns of what a customer writes have the same or a
 *    larger maxLength in their schema.json (tests/unit/text-input.test.ts checks it).
 * Empty (or absent, or null) is `required` for a required field and null for an optional one.
 * What the value must look like beyond this (a national code's digits, a date) is its own rule's.
 */
export type TextFieldRule = {
  /** the most characters after normalising */
  max: number;
  /** newlines and tabs allowed (notes, addresses); otherwise one line */
  multiline?: boolean;
  /** taken exactly as typed: no NFC, trimming or collapsing (passwords) */
  verbatim?: boolean;
};

/** Every text field customers and the public write, by what it holds. */
export const TEXT_FIELDS = {
  /** a person's full name (the new owner of a transferred device); the subscriber's fullName column is as long */
  personName: { max: 120 },
  /** a national code as typed: 10 digits, perhaps with spaces or dashes, in any digits */
  nationalCode: { max: 20 },
  /** a mobile number as typed: +98 912 123 4567, 0912-123-4567… */
  mobile: { max: 20 },
  /** the login identifier: subscriber number, legacy 12-digit code or national code, as typed */
  loginIdentifier: { max: 40 },
  /** a password, as typed (bcrypt reads at most 72 bytes; src/domain/password.ts) */
  password: { max: 72, verbatim: true },
  /** a one-time login or reset code as typed (6 digits, perhaps spaced) */
  oneTimeCode: { max: 20 },
  /** a record's documentId sent in a body */
  documentId: { max: 64 },
  /** a date as yyyy-mm-dd */
  isoDate: { max: 10 },
  /** one word out of a fixed list (a service choice) */
  choice: { max: 32 },
  /** a ticket's title (the ticket's title column is as long) */
  ticketTitle: { max: 150 },
  /** a ticket's description or a message in its thread: plain text, kept as typed, never markup */
  ticketBody: { max: 5000, multiline: true },
  /** a day as typed: ISO or Jalali, in any digits */
  typedDate: { max: 20 },
  // issue 14: the public complaint form, complaint tracking and the satisfaction survey
  /** a complaint's subject (the complaint's subject column is as long) */
  complaintSubject: { max: 150 },
  /** a complaint's description: plain text, kept as typed */
  complaintBody: { max: 5000, multiline: true },
  /** an e-mail address as typed */
  email: { max: 254 },
  /** a complaint tracking code as typed (K7M-4QX-9TD-H, perhaps spaced) */
  trackingCode: { max: 40 },
  /** the complaint form's signed token, as GET /api/complaints/form gave it */
  formToken: { max: 200 },
  /** a survey's comment */
  surveyComment: { max: 1000, multiline: true },
  /** the knowledge base's search box (?q=), matched by src/domain/persian-search-text.ts */
  searchQuery: { max: 100 },
  /** a code of a catalogue entry in a query (?deviceType=, ?topic=) */
  catalogueCode: { max: 80 },
} as const satisfies Record<string, TextFieldRule>;

export type TextField = keyof typeof TEXT_FIELDS;

/**
 * The columns a customer's free text is stored in as read (uid.attribute): their schema.json
 * maxLength is the field's max. Fields stored in a canonical form (a national code's 10 digits, a
 * mobile's 11, a date) are shorter than typed and have their own rules.
 */
export const STORED_IN: Partial<Record<TextField, string[]>> = {
  personName: ['api::ownership-transfer.ownership-transfer.newOwnerName', 'api::subscriber.subscriber.fullName', 'api::complaint.complaint.name'],
  complaintSubject: ['api::complaint.complaint.subject'],
  email: ['api::complaint.complaint.email'],
  ticketTitle: ['api::ticket.ticket.title'],
};

export type TextProblem = 'required' | 'mustBeText' | 'textControlCharacters' | 'textInvisibleOnly' | 'textTooLong';

export type TextReading = { ok: true; value: string | null } | { ok: false; problem: TextProblem; max?: number };

/** Zero-width space/non-joiner/joiner, LRM/RLM, LRE/RLE/PDF/LRO/RLO, LRI/RLI/FSI/PDI, BOM. */
export const INVISIBLE_FORMAT = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;

const HAS_INVISIBLE_FORMAT = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/;

/** C0 but for tab and newline, DEL, C1 — a multi-line field's allowance; a single line allows neither. */
const CONTROL_MULTILINE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;
const CONTROL_SINGLE_LINE = /[\u0000-\u001F\u007F-\u009F]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** whitespace or invisible format characters at either end */
const EDGES = /^[\s\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]+|[\s\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]+$/g;

/** Normalising as step 2 describes (no checks). */
export const normalizeText = (value: string, rule: TextFieldRule): string => {
  if (rule.verbatim) return value;
  const text = value.normalize('NFC').replace(/\r\n?/g, '\n');
  if (!rule.multiline) return text.replace(/\s+/g, ' ').replace(EDGES, '');
  return text
    .split('\n')
    .map((line) => line.replace(/[^\S\n]+/g, ' ').replace(EDGES, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(EDGES, '');
};

/** The value as stored, or the problem with it. */
export const readText = (input: unknown, rule: TextFieldRule, { required = true }: { required?: boolean } = {}): TextReading => {
  if (input === undefined || input === null) return required ? { ok: false, problem: 'required' } : { ok: true, value: null };
  if (typeof input !== 'string') return { ok: false, problem: 'mustBeText' };
  // the control characters are judged as sent: collapsing whitespace would hide a vertical tab or \x1c
  if ((rule.multiline ? CONTROL_MULTILINE : CONTROL_SINGLE_LINE).test(rule.multiline ? input.replace(/\r\n?/g, '\n') : input) || LONE_SURROGATE.test(input)) {
    return { ok: false, problem: 'textControlCharacters' };
  }
  const value = normalizeText(input, rule);
  if (value.replace(INVISIBLE_FORMAT, '').trim() === '') {
    // only invisible characters is not "nothing sent": it is refused, even where the field is optional
    if (HAS_INVISIBLE_FORMAT.test(input)) return { ok: false, problem: 'textInvisibleOnly' };
    return required ? { ok: false, problem: 'required' } : { ok: true, value: null };
  }
  if (value.length > rule.max) return { ok: false, problem: 'textTooLong', max: rule.max };
  return { ok: true, value };
};
