/**
 * A plugin stands on its own: it imports the app's shared rules by name (`poshtiban/domain/…`,
 * docs/architecture.md), never through a relative path that climbs into the app's src/.
 */
import fs from 'fs';
import path from 'path';

const ROOT = path.resolve(__dirname, '../..');
const RELATIVE_INTO_SRC = /(?:from\s+|import\s*\(\s*|require\(\s*)['"]((?:\.\.\/)+)src\/[^'"]+['"]/g;

const sourceFiles = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(full);
    return /\.(ts|tsx|js)$/.test(entry.name) ? [full] : [];
  });

test('no plugin file reaches into src/ by a relative path', () => {
  const offenders = sourceFiles(path.join(ROOT, 'plugins')).flatMap((file) => {
    const text = fs.readFileSync(file, 'utf8');
    return [...text.matchAll(RELATIVE_INTO_SRC)]
      .filter((m) => path.resolve(path.dirname(file), m[1], 'src').startsWith(path.join(ROOT, 'src')))
      .map((m) => `${path.relative(ROOT, file)}: ${m[0]}`);
  });
  expect(offenders).toEqual([]);
});

test('the name resolves to the compiled rules at run time', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  expect(pkg.name).toBe('poshtiban');
  expect(pkg.exports['./*']).toBe('./dist/src/*.js');
});
