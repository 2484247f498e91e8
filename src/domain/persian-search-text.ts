/**
 * THE rule for searching the knowledge base (articles and videos) in Persian, however the buyer
 * types: on an Arabic keyboard (ي، ك، ة), with Persian, Arabic-Indic or Latin digits, with a
 * half-space (نیم‌فاصله), a space or nothing between the parts of a word — «می‌شود» typed with
 * its half-space, with a space or glued, with a Persian or an Arabic yeh, finds the same article
 * (tests/unit/persian-search-text.test.ts spells the variants out).
 *
 * One form for both sides:
 *   - the stored `searchText` of an article or video (written by the Document Service rule
 *     src/validation/rules/knowledge-base.ts from its title, summary and body) is the COMPACT form
 *     of its title, one space, then the compact form of the rest;
 *   - a query is split on whitespace into tokens, each put in the same compact form;
 *   - an item matches when EVERY token is a substring of its searchText (the space between title
 *     and rest keeps a token from matching across the two), and ranks first when every token is
 *     in the title part.
 *
 * The compact form: NFKC (Arabic presentation forms and ligatures → letters); Arabic ي/ى/ئ → ی,
 * ك/ڪ → ک, ة/ۀ → ه, أ/إ/آ/ٱ → ا, ؤ → و, a lone hamza dropped; diacritics (tashkil, superscript
 * alef, Quranic marks) and tatweel removed; Persian and Arabic-Indic digits → ASCII; Latin lower
 * case; then every space, half-space, joiner, direction mark, punctuation and symbol removed.
 * Nothing LIKE treats as a wildcard (%, _, \) survives it, so tokens go into LIKE patterns as
 * they are. Pure functions: no database, browser-safe.
 */
import { toEnglishDigits } from './digits';

/** Letters that have more than one spelling, mapped to the one searched. */
const LETTERS: Record<string, string> = {
  'ي': 'ی', // Arabic yeh
  'ى': 'ی', // alef maksura
  'ئ': 'ی', // yeh with hamza above
  'ې': 'ی',
  'ك': 'ک', // Arabic kaf
  'ڪ': 'ک',
  'ة': 'ه', // teh marbuta
  'ۀ': 'ه', // heh with yeh above
  'ە': 'ه',
  'أ': 'ا',
  'إ': 'ا',
  'آ': 'ا',
  'ٱ': 'ا',
  'ؤ': 'و',
  'ء': '', // a lone hamza: «اجزاء» and «اجزا» alike
};
const LETTER_VARIANTS = new RegExp(`[${Object.keys(LETTERS).join('')}]`, 'g');

/** Tashkil (fathatan … sukun, and the rest of the block), superscript alef, Quranic marks, tatweel. */
const MARKS = /[\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;

/**
 * Removed from the compact form: whitespace, the half-space and joiners, direction marks and
 * isolates, BOM, soft hyphen, and every punctuation mark and symbol (Unicode P and S).
 */
const SEPARATORS = /[\s\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF\u00AD]|[\p{P}\p{S}]/gu;

/** Letters and digits in one spelling, Latin in lower case; spacing and punctuation kept. */
export const searchSpelling = (text: string): string =>
  toEnglishDigits(text.normalize('NFKC').replace(MARKS, '').replace(LETTER_VARIANTS, (c) => LETTERS[c]))
    .replace(MARKS, '')
    .toLowerCase();

/** The compact form of any text: its searchSpelling without spaces, half-spaces, punctuation or symbols. */
export const compactSearchForm = (text: string | null | undefined): string => (text ? searchSpelling(text).replace(SEPARATORS, '') : '');

/**
 * The stored searchText of an item: the compact title, one space, the compact rest (summary,
 * body or description, in that order).
 */
export const buildSearchText = (title: string | null | undefined, ...rest: Array<string | null | undefined>): string =>
  `${compactSearchForm(title)} ${compactSearchForm(rest.filter(Boolean).join(' '))}`;

/** The tokens of a query, each in compact form: split on whitespace, empty ones dropped, each once. */
export const searchTokens = (query: string | null | undefined): string[] => {
  if (!query) return [];
  const tokens = query
    .normalize('NFKC')
    .split(/\s+/)
    .map((part) => compactSearchForm(part))
    .filter((token) => token.length > 0);
  return [...new Set(tokens)];
};

/** Whether an item's searchText holds every token (no tokens: everything matches). */
export const matchesSearch = (searchText: string | null | undefined, tokens: string[]): boolean =>
  tokens.every((token) => (searchText ?? '').includes(token));

/** Whether every token is in the title part of an item's searchText (before its first space). */
export const matchesInTitle = (searchText: string | null | undefined, tokens: string[]): boolean => {
  const text = searchText ?? '';
  const space = text.indexOf(' ');
  const title = space < 0 ? text : text.slice(0, space);
  return tokens.length > 0 && tokens.every((token) => title.includes(token));
};

/**
 * The same rules as SQL LIKE patterns over the searchText column: `anywhere` for the match (one
 * per token, all must hold), `inTitle` for the ranking (the token before the space).
 */
export const searchPatterns = (tokens: string[]) => {
  for (const token of tokens) if (/[%_\\\s]/.test(token)) throw new Error(`search token not in compact form: ${token}`);
  return { anywhere: tokens.map((t) => `%${t}%`), inTitle: tokens.map((t) => `%${t}% %`) };
};
