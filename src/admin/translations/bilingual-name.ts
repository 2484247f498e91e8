const BILINGUAL_NAME = /^(.+?)\s*\(([^()]+)\)\s*$/;

/**
 * Our content types are named «Persian (English)» in their schemas (e.g. «دستگاه (Device)»).
 * «دستگاه (Device)» → { fa: 'دستگاه', en: 'Device' }; a name without the English half → null.
 */
export const splitBilingualName = (displayName: string): { fa: string; en: string } | null => {
  const match = BILINGUAL_NAME.exec(displayName);
  return match ? { fa: match[1].trim(), en: match[2].trim() } : null;
};
