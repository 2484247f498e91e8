/**
 * The public complaint routes' request readers: every field by the text rule
 * (src/domain/text-input.ts), then its own rule — mobile (src/domain/identity.ts), e-mail, the
 * addressee, the tracking code. Field errors in Persian and English; nothing is written on any.
 */
import { COMPLAINT_ADDRESSEES, normalizeTrackingCode, type ComplaintAddressee } from '../../domain/complaints';
import { normalizeMobile } from '../../domain/identity';
import { isEmailAddress } from '../../domain/contact-details';
import { FieldErrors, onlyFields } from '../../validation/errors';
import type { ComplaintInput } from './services/complaints';

export const COMPLAINT_FIELDS = ['name', 'mobile', 'email', 'subject', 'description', 'addressedTo', 'formToken', 'website'] as const;

const objectBody = (body: unknown): Record<string, unknown> => (body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : {});

/** A mobile as typed → 09xxxxxxxxx, or its error. */
const readMobile = (errs: FieldErrors, value: unknown): string | undefined => {
  const typed = errs.text('mobile', value, 'mobile');
  if (typeof typed !== 'string') return undefined;
  const mobile = normalizeMobile(typed);
  if (!mobile) errs.add('mobile', 'mobileInvalid');
  return mobile ?? undefined;
};

/** POST /api/complaints: the complaint and its form token (checked by the caller). */
export const readComplaint = (raw: unknown): { input: ComplaintInput; formToken: string } => {
  const body = objectBody(raw);
  const errs = onlyFields(raw, COMPLAINT_FIELDS);
  const name = errs.text('name', body.name, 'personName');
  const mobile = readMobile(errs, body.mobile);
  const emailTyped = errs.text('email', body.email, 'email', { required: false });
  if (typeof emailTyped === 'string' && !isEmailAddress(emailTyped)) errs.add('email', 'emailInvalid');
  const subject = errs.text('subject', body.subject, 'complaintSubject');
  const description = errs.text('description', body.description, 'complaintBody');
  const addressedTo = errs.text('addressedTo', body.addressedTo, 'choice');
  if (typeof addressedTo === 'string' && !COMPLAINT_ADDRESSEES.includes(addressedTo as ComplaintAddressee)) errs.add('addressedTo', 'invalidChoice');
  const formToken = errs.text('formToken', body.formToken, 'formToken');
  errs.throwIfAny();
  return {
    input: {
      name: name as string,
      mobile: mobile as string,
      email: typeof emailTyped === 'string' ? emailTyped.toLowerCase() : null,
      subject: subject as string,
      description: description as string,
      addressedTo: addressedTo as ComplaintAddressee,
    },
    formToken: formToken as string,
  };
};

/** POST /api/complaints/status: the code (any case, dashes, digits) and the mobile. */
export const readStatusQuery = (raw: unknown): { trackingCode: string | null; mobile: string | null } => {
  const body = objectBody(raw);
  const errs = onlyFields(raw, ['trackingCode', 'mobile']);
  const code = errs.text('trackingCode', body.trackingCode, 'trackingCode');
  const mobileTyped = errs.text('mobile', body.mobile, 'mobile');
  errs.throwIfAny();
  // a code or mobile that cannot exist is answered like a wrong one (404), not as a field error
  return { trackingCode: normalizeTrackingCode(code), mobile: normalizeMobile(mobileTyped) };
};
