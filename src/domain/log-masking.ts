/**
 * What a log line about an outgoing message may not show, in every environment: one-time login
 * codes, reset codes, passwords, tokens — anything that lets whoever reads the log into an
 * account. The local messaging provider (plugins/messaging/server/src/providers/local.ts) writes
 * each message to the log; it passes the text through `maskMessageForLog` first.
 */

export const MASK = '••••';

/** A message parameter holding a secret: code, otp, pin, password, token, secret, or a name ending so (resetCode, login_code). */
export const isSecretParam = (name: string): boolean =>
  /(^|[a-z0-9][-_]?)(code|otp|pin|password|passcode|token|secret)$/i.test(name) && !/^(postal|zip|country|area|tracking)[-_]?code$/i.test(name);

/** Runs of 4 or more digits (Latin, Persian or Arabic-Indic), spaces or dashes between them allowed: a code written out. */
const DIGIT_RUN = /[0-9۰-۹٠-٩](?:[\s-]?[0-9۰-۹٠-٩]){3,}/g;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The text with every secret parameter's value masked; a one-time-code message (`kind: 'otp'`)
 * also has every run of digits masked, whatever the template made of the code.
 */
export const maskMessageForLog = (text: string, { params = {}, kind }: { params?: Record<string, unknown>; kind?: string } = {}): string => {
  let masked = text;
  const secrets = Object.entries(params)
    .filter(([name, value]) => isSecretParam(name) && value !== undefined && value !== null && String(value).length > 0)
    .map(([, value]) => String(value))
    // the longest first, so a secret inside another is not left half-masked
    .sort((a, b) => b.length - a.length);
  for (const secret of secrets) masked = masked.replace(new RegExp(escapeRegExp(secret), 'g'), MASK);
  if (kind === 'otp') masked = masked.replace(DIGIT_RUN, MASK);
  return masked;
};
