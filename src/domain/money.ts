/**
 * Money: integer rials in the API and the database; the site shows tomans (1 toman = 10 rials).
 */
export const RIALS_PER_TOMAN = 10;

/**
 * A stored amount (biginteger columns come back as strings) → a safe integer number of rials.
 * Throws on anything that is not a whole, non-negative, safe integer.
 */
export const toRials = (value: unknown): number => {
  const n = typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value.trim()) : value;
  if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 0) {
    throw new RangeError(`Not an amount in rials: ${String(value)}`);
  }
  return n;
};

export const rialsToTomans = (rials: number): number => Math.floor(toRials(rials) / RIALS_PER_TOMAN);

/** '۱۲٬۵۰۰٬۰۰۰ تومان' */
export const formatTomans = (rials: number, locale: 'fa' | 'en' = 'fa'): string => {
  const tomans = rialsToTomans(rials);
  return locale === 'fa'
    ? `${new Intl.NumberFormat('fa-IR').format(tomans)} تومان`
    : `${new Intl.NumberFormat('en-US').format(tomans)} toman`;
};
