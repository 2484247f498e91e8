/**
 * A record's status history as steps to show (plugin::back-office.status-history): pure
 * functions, no React. The history is what the app stores — for a repair order
 * `[{ status, at }]`, appended at every status change (src/api/repair-order/services/repairs.ts);
 * `by` (who) and `note` are shown when an entry has them.
 */
import type { DisplayLanguage } from './money';

export type HistoryEntry = { status: string; at: string | null; by: string | null; note: string | null };

const TEHRAN = 'Asia/Tehran';

const text = (value: unknown): string | null => {
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number') return String(value);
  return null;
};

/** Who made a change, as an entry may carry it: a name, or { label | name | email }. */
const who = (value: unknown): string | null => {
  if (value && typeof value === 'object') {
    const v = value as Record<string, unknown>;
    return text(v.label) ?? text(v.name) ?? text([v.firstname, v.lastname].filter(Boolean).join(' ')) ?? text(v.email);
  }
  return text(value);
};

/**
 * The stored value (an array, or its JSON text) → entries, oldest first (newest last). Entries
 * without a status are left out; entries without a readable time keep their place at the end.
 */
export const historyEntries = (value: unknown): HistoryEntry[] => {
  let raw = value;
  if (typeof raw === 'string') {
    try {
      raw = JSON.parse(raw);
    } catch {
      return [];
    }
  }
  if (!Array.isArray(raw)) return [];
  const entries = raw
    .filter((e): e is Record<string, unknown> => Boolean(e) && typeof e === 'object' && typeof (e as any).status === 'string')
    .map((e, index) => ({
      index,
      entry: { status: e.status as string, at: text(e.at), by: who(e.by ?? e.actor), note: text(e.note) },
      time: e.at ? new Date(String(e.at)).getTime() : Number.NaN,
    }));
  return entries
    .sort((a, b) => {
      const ta = Number.isNaN(a.time) ? Infinity : a.time;
      const tb = Number.isNaN(b.time) ? Infinity : b.time;
      return ta === tb ? a.index - b.index : ta - tb;
    })
    .map(({ entry }) => entry);
};

/**
 * An instant as Tehran sees it, in the Persian (Jalali) calendar: { date: '۱۱ آذر ۱۴۰۵',
 * time: '۱۰:۳۰' } in Persian; the English admin gets the same Jalali date in English
 * ('11 Azar 1405 AP'). Null for a missing or unreadable time.
 */
export const jalaliDateAndTime = (iso: string | null, language: DisplayLanguage): { date: string; time: string } | null => {
  if (!iso) return null;
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return null;
  const locale = language === 'fa' ? 'fa-IR-u-ca-persian' : 'en-GB-u-ca-persian';
  return {
    date: new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: TEHRAN }).format(at),
    time: new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: TEHRAN }).format(at),
  };
};
