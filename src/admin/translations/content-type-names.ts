/**
 * Our content types are named «Persian (English)» in their schemas (e.g. «دستگاه (Device)»), so
 * the server, the API docs and the Content-Type Builder carry both. The admin shows the half of
 * the name in the staff member's language: the Content Manager translates a type's display name
 * with the name itself as the message id.
 */
import { splitBilingualName } from './bilingual-name';

const schemas = import.meta.glob<{ info: { displayName: string } }>(
  ['../../api/*/content-types/*/schema.json', '../../../plugins/*/server/src/content-types/*/schema.json'],
  { eager: true, import: 'default' }
);

export const contentTypeNames = () => {
  const fa: Record<string, string> = {};
  const en: Record<string, string> = {};
  for (const schema of Object.values(schemas)) {
    const name = schema.info?.displayName;
    const halves = name ? splitBilingualName(name) : null;
    if (!halves) continue;
    fa[name] = halves.fa;
    en[name] = halves.en;
  }
  return { fa, en };
};
