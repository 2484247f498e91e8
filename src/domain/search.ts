/**
 * What a search typed by staff may look like in the stored records. Identifiers are stored with
 * Latin digits and Persian letters; free text (names, addresses, notes) keeps the digits it was
 * typed with (Persian text is written with Persian digits) and, if stored before the letters were
 * normalised, the Arabic ي/ك. So «۱۰۰۱», «١٠٠١» and «1001» all look for every digit form, and
 * «علي» and «علی» for both spellings; a number typed with spaces or dashes («۰۹۱۲ ۱۲۳ ۴۵۶۷»,
 * «+98 912…», «zc-200 9001») also looks for its compact form, as mobiles and serials are stored.
 */
import { toArabicIndicDigits, toArabicLetters, toEnglishDigits, toPersianDigits, toPersianLetters } from './digits';
import { normalizeMobile } from './identity';
import { canonicalSerial } from './serial';

/** The distinct spellings to look for, the query as typed (trimmed) first; none for a blank query. */
export const searchVariants = (query: string): string[] => {
  const typed = query.trim();
  if (!typed) return [];
  const variants = new Set<string>([typed]);
  for (const letters of [toPersianLetters(typed), toArabicLetters(toPersianLetters(typed))]) {
    const latin = toEnglishDigits(letters);
    variants.add(letters).add(latin).add(toPersianDigits(latin)).add(toArabicIndicDigits(latin));
  }
  const latin = toEnglishDigits(typed);
  if (/\d/.test(latin) && /^[+0-9A-Za-z\s\-_.\/\u200c]+$/.test(latin)) {
    const compact = canonicalSerial(latin);
    if (compact) variants.add(compact);
    const mobile = normalizeMobile(latin);
    if (mobile) variants.add(mobile);
  }
  return [...variants];
};
