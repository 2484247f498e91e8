/**
 * Staff read labels, not raw values: every enumeration value of every content type the Content
 * Manager shows has a Persian and an English label in src/domain/vocabulary.ts. The types are
 * read from the booted app (our api::* types and the types of the local plugins in plugins/ that
 * the Content Manager shows), so a type added later that forgets a label fails here.
 *
 * The admin bundle imports the vocabulary, so the second test walks its imports: only relative
 * files of the domain, none of them pulling in a Node module.
 */
import fs from 'fs';
import path from 'path';
import { builtinModules } from 'module';
import { startApp, type TestApp } from '../helpers/strapi';
import { VOCABULARY, type Vocabulary } from '../../src/domain/vocabulary';

const ROOT = path.resolve(__dirname, '../..');
const LOCAL_PLUGINS = fs
  .readdirSync(path.join(ROOT, 'plugins'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(ROOT, 'plugins', entry.name, 'package.json')))
  .map((entry) => JSON.parse(fs.readFileSync(path.join(ROOT, 'plugins', entry.name, 'package.json'), 'utf8')).strapi?.name as string)
  .filter(Boolean);

let app: TestApp;

beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.stop();
});

/** The content types staff meet in the Content Manager: ours, and the local plugins' shown ones. */
const contentTypesStaffSee = () =>
  Object.entries(app.strapi.contentTypes as Record<string, any>).filter(
    ([uid, ct]) =>
      uid.startsWith('api::') ||
      (LOCAL_PLUGINS.some((name) => uid.startsWith(`plugin::${name}.`)) && ct.pluginOptions?.['content-manager']?.visible !== false)
  );

describe('the vocabulary of enumeration labels', () => {
  test('every enumeration value staff can meet has a Persian and an English label', () => {
    const vocabulary = VOCABULARY as Vocabulary;
    const checked: string[] = [];
    const missing: string[] = [];
    for (const [uid, ct] of contentTypesStaffSee()) {
      for (const [attribute, definition] of Object.entries(ct.attributes as Record<string, any>)) {
        if (definition.type !== 'enumeration') continue;
        for (const value of definition.enum as string[]) {
          const label = vocabulary[uid]?.[attribute]?.[value];
          checked.push(`${uid}.${attribute}=${value}`);
          if (!label?.fa?.trim() || !label?.en?.trim()) missing.push(`${uid}.${attribute}=${value}`);
          // Persian labels are Persian: at least one letter of the Arabic script
          else if (!/[\u0600-\u06FF]/.test(label.fa)) missing.push(`${uid}.${attribute}=${value} (fa is not Persian: ${label.fa})`);
        }
      }
    }
    expect(missing).toEqual([]);
    // the types this issue found with raw values are among those checked
    expect(checked).toEqual(
      expect.arrayContaining([
        'api::repair-order.repair-order.repairStatus=diagnosing',
        'api::payment.payment.paymentStatus=pending',
        'api::announcement.announcement.kind=service_terms',
        'api::device.device.serviceMode=initial',
      ])
    );
  });

  test('the vocabulary names no type, attribute or value the app does not have', () => {
    const stale: string[] = [];
    for (const [uid, attributes] of Object.entries(VOCABULARY as Vocabulary)) {
      const ct = (app.strapi.contentTypes as Record<string, any>)[uid];
      if (!ct) {
        stale.push(uid);
        continue;
      }
      for (const [attribute, labels] of Object.entries(attributes)) {
        const definition = ct.attributes[attribute];
        if (definition?.type !== 'enumeration') {
          stale.push(`${uid}.${attribute}`);
          continue;
        }
        for (const value of Object.keys(labels)) if (!definition.enum.includes(value)) stale.push(`${uid}.${attribute}=${value}`);
      }
    }
    expect(stale).toEqual([]);
  });

  test('the vocabulary is safe for the admin bundle: it imports only domain files, and none uses a Node module', () => {
    const nodeModules = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
    const seen = new Set<string>();
    const offending: string[] = [];
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const source = fs.readFileSync(file, 'utf8');
      for (const [, specifier] of source.matchAll(/(?:import|export)\s[^'"]*?from\s+'([^']+)'|require\('([^']+)'\)/g)) {
        if (!specifier) continue;
        if (!specifier.startsWith('.')) {
          offending.push(`${path.relative(ROOT, file)} imports ${specifier}${nodeModules.has(specifier) ? ' (a Node module)' : ''}`);
          continue;
        }
        visit(path.resolve(path.dirname(file), `${specifier}.ts`));
      }
    };
    visit(path.join(ROOT, 'src', 'domain', 'vocabulary.ts'));
    expect(offending).toEqual([]);
    expect([...seen].every((file) => file.startsWith(path.join(ROOT, 'src', 'domain')))).toBe(true);
  });
});
