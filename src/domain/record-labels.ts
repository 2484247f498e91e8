/**
 * How staff know a record when another one points at it: the Content Manager shows a related
 * record by one of its attributes (its "main field"), so subscribers, devices, device models and
 * contracts keep a stored `label` written from these rules (src/validation/rules/record-labels.ts
 * keeps it current):
 *   subscriber    «1001 — علی رضایی»                          number — full name
 *   device model  «Zima ZI-200»                               brand model
 *   device        «ZI200024001 — Zima ZI-200»                 serial — brand model
 *   contract      «تمدید دوساله ۱۴۰۵/۰۹/۱۰ تا ۱۴۰۷/۰۹/۱۰»      kind and Jalali dates
 */
import { formatJalaliDate, type IsoDate } from './jalali';
import { RENEWAL_PLAN_NAMES, type RenewalYears } from './service-choices';
import { CONTRACT_KIND_LABELS, type ContractKind } from './contracts';

/** the column is a varchar(255); the set-based updates cut at the same length (SUBSTR) */
export const LABEL_MAX_LENGTH = 255;
export const LABEL_SEPARATOR = ' — ';

const fit = (text: string) => text.trim().slice(0, LABEL_MAX_LENGTH);
const joined = (parts: Array<string | null | undefined>, separator: string) =>
  fit(parts.map((p) => (typeof p === 'string' ? p.trim() : '')).filter(Boolean).join(separator));

export const subscriberLabel = (s: { subscriberNumber?: string | null; fullName?: string | null }) => joined([s.subscriberNumber, s.fullName], LABEL_SEPARATOR);

export const deviceModelLabel = (m: { brand?: string | null; model?: string | null }) => joined([m.brand, m.model], ' ');

export const deviceLabel = (d: { serial?: string | null }, model?: { brand?: string | null; model?: string | null } | null) =>
  joined([d.serial, model ? deviceModelLabel(model) : null], LABEL_SEPARATOR);

/** «تمدید دوساله ۱۴۰۵/۰۹/۱۰ تا ۱۴۰۷/۰۹/۱۰»; an open-ended one «خدمات موردی از تاریخ ۱۴۰۵/۰۹/۱۰» */
export const contractLabel = (c: { kind?: string | null; years?: number | null; startDate?: IsoDate | null; endDate?: IsoDate | null }) => {
  const plan = c.kind === 'renewal' && c.years ? RENEWAL_PLAN_NAMES[c.years as RenewalYears] : undefined;
  const kind = plan ? `تمدید ${plan}` : (CONTRACT_KIND_LABELS[c.kind as ContractKind]?.fa ?? c.kind ?? '');
  if (c.startDate && c.endDate) return joined([kind, formatJalaliDate(c.startDate), 'تا', formatJalaliDate(c.endDate)], ' ');
  if (c.startDate) return joined([kind, 'از تاریخ', formatJalaliDate(c.startDate)], ' ');
  return joined([kind], ' ');
};
