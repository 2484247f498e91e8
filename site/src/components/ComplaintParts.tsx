/**
 * Pieces shared by the complaint pages (/complaints/new, /complaints/track): the wording of an
 * addressee and an outcome, a tracking code shown left to right, the copy button, and the
 * cleaning of what a visitor types (Persian and Arabic digits, a code's case and dashes).
 */
import { useEffect, useRef, useState } from 'react';
import { COMPLAINT_ADDRESSEES, type ChoiceEntry, type ComplaintAddressee, type ComplaintOutcome, type Label } from '../api/types';
import { useI18n } from '../i18n/I18nContext';
import type { MessageKey } from '../i18n/fa';
import { Icon } from './Icon';

export const addresseeKey = (to: ComplaintAddressee): MessageKey => `complaint.addressee.${to}` as MessageKey;
export const addresseeHintKey = (to: ComplaintAddressee): MessageKey => `complaint.addressee.${to}Hint` as MessageKey;
export const outcomeKey = (outcome: ComplaintOutcome): MessageKey => `track.outcome.${outcome}` as MessageKey;

export const isAddressee = (value: unknown): value is ComplaintAddressee => typeof value === 'string' && (COMPLAINT_ADDRESSEES as readonly string[]).includes(value);

/** The key of an entry of the form's lists, whatever shape the server gives it. */
export const choiceKey = (entry: ChoiceEntry): string | null =>
  typeof entry === 'string' ? entry : typeof entry?.key === 'string' ? entry.key : typeof entry?.value === 'string' ? entry.value : null;

/** The wording of an entry (a suggested subject): its own fa/en, else its key. */
export const choiceLabel = (entry: ChoiceEntry): Label | null => {
  if (typeof entry === 'string') return { fa: entry, en: entry };
  if (entry?.label && typeof entry.label.fa === 'string') return entry.label;
  if (typeof entry?.fa === 'string') return { fa: entry.fa, en: typeof entry.en === 'string' ? entry.en : entry.fa };
  const key = choiceKey(entry);
  return key ? { fa: key, en: key } : null;
};

/** Persian and Arabic digits → Latin (the server accepts any, but a code box reads better in one script). */
export const latinDigits = (value: string): string =>
  value.replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0)).replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660));

/** A tracking code as typed → capitals, Latin digits, no spaces (dashes kept: the server ignores them). */
export const tidyCode = (raw: string): string => latinDigits(raw).toUpperCase().replace(/[\s\u200c\u200e\u200f]/g, '');

/** A tracking code, always left to right and in Latin characters (it is typed back as is). */
export function TrackingCode({ code, className, testId }: { code: string; className?: string; testId?: string }) {
  return (
    <bdi dir="ltr" className={`tracking-code${className ? ` ${className}` : ''}`} data-testid={testId}>
      {code}
    </bdi>
  );
}

/** «کپی کد»: puts the text on the clipboard and says so for a few seconds. */
export function CopyButton({ text, testId }: { text: string; testId?: string }) {
  const { t } = useI18n();
  const [copied, setCopied] = useState(false);
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => setCopied(false), 4000);
    } catch {
      setCopied(false);
    }
  };
  return (
    <button type="button" className="button button--secondary button--small" onClick={copy} data-testid={testId} data-copied={copied || undefined}>
      <Icon name={copied ? 'check' : 'copy'} size={18} />
      <span aria-live="polite">{copied ? t('complaint.done.copied') : t('complaint.done.copy')}</span>
    </button>
  );
}
