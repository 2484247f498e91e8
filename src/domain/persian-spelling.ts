/**
 * Spellings of Persian compounds that need the zero-width non-joiner (U+200C, «نیم‌فاصله»), as the
 * glossary (/work/shared/notes/glossary.md) writes them: «یک‌ساله، دوساله، سه‌ساله», «سه‌ماهه»,
 * «پنج‌شنبه», «می‌شود», «دستگاه‌ها». Each entry finds a wrong form — glued, or split by a space —
 * and says the right one. tests/unit/persian-spelling.test.ts holds every Persian text of the code
 * (site strings, messages, labels, templates, admin translations) to it.
 */
export type SpellingRule = { wrong: RegExp; right: string };

const ZWNJ = '\u200c';
/** a letter of the Persian alphabet */
const L = '\u0621-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc';
/** not a letter: the word starts here */
const START = `(?<![${L}${ZWNJ}])`;

export const SPELLING_RULES: SpellingRule[] = [
  // numbers joined to ساله / ماهه / شنبه: یک and سه end in a joining letter, so the half-space keeps them apart
  { wrong: new RegExp(`${START}یک ?ساله`, 'g'), right: `یک${ZWNJ}ساله` },
  { wrong: new RegExp(`${START}سه ?ساله`, 'g'), right: `سه${ZWNJ}ساله` },
  { wrong: new RegExp(`${START}دو[ ]ساله`, 'g'), right: 'دوساله' },
  { wrong: new RegExp(`${START}سه ?ماهه`, 'g'), right: `سه${ZWNJ}ماهه` },
  { wrong: new RegExp(`${START}پنج ?شنبه`, 'g'), right: `پنج${ZWNJ}شنبه` },
  { wrong: new RegExp(`${START}سه ?شنبه`, 'g'), right: `سه${ZWNJ}شنبه` },
  // the verb prefix می / نمی: never glued, never a space
  {
    wrong: new RegExp(
      `${START}(ن?)می ?(?=(شود|شوند|شد|کن|کند|کنند|کنید|توان|دهد|دهند|دهید|رسد|آید|گیرد|گیرید|ماند|یابد|خواه|باشد|بینید|خورد|گردد|پذیرد|نویس)(?![${L}]{4}))`,
      'g',
    ),
    right: `می${ZWNJ}…`,
  },
  // the plural ها / های after a word, split by a space
  { wrong: new RegExp(`(?<=[${L}]) (ها|های|هایی|هایش)(?![${L}])`, 'g'), right: `…${ZWNJ}ها` },
];

export type SpellingProblem = { found: string; right: string; index: number };

/** The wrong spellings in a text (empty when it is written as the glossary writes it). */
export const spellingProblems = (text: string): SpellingProblem[] =>
  SPELLING_RULES.flatMap((rule) => [...text.matchAll(rule.wrong)].map((m) => ({ found: m[0], right: rule.right, index: m.index ?? 0 })));
