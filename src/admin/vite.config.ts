/**
 * The admin panel's build (Strapi hands its Vite config to this function): the plugins' admin parts
 * import the app's shared rules by name — `poshtiban/domain/tickets` — as their server parts do
 * (package.json "exports" maps the name onto dist/src at run time; here it maps onto src/).
 */
import path from 'path';
import type { Alias, UserConfig } from 'vite';

const SRC = path.resolve(__dirname, '..');

export default (config: UserConfig): UserConfig => {
  const existing = config.resolve?.alias ?? [];
  const aliases: Alias[] = Array.isArray(existing) ? existing : Object.entries(existing).map(([find, replacement]) => ({ find, replacement: String(replacement) }));
  return { ...config, resolve: { ...config.resolve, alias: [...aliases, { find: /^poshtiban\//, replacement: `${SRC}/` }] } };
};
