/**
 * Route middleware on the Content Manager's relation picker (GET /content-manager/relations/…):
 * the picker searches the related type's main field directly in the database, below the
 * Document Service's Persian-aware search. Our main fields are stored labels with Latin digits and
 * Persian letters («1001 — علی رضایی», «ZI200024001 — Zima ZI-200»), so the typed text is put in
 * the same form: `۱۰۰۱` or `علي` find the subscriber as `1001` and `علی` do.
 */
import { toEnglishDigits, toPersianLetters } from '../domain/digits';

export default () => async (ctx: any, next: () => Promise<unknown>) => {
  const typed = ctx.query?._q;
  if (typeof typed === 'string' && typed) ctx.query = { ...ctx.query, _q: toPersianLetters(toEnglishDigits(typed)) };
  return next();
};
