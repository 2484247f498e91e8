/**
 * Jest's module resolution, plus the app's own name for its shared rules (`poshtiban/domain/…`,
 * docs/architecture.md) resolved the way each world does it:
 *   - from compiled code in dist/ (the app the tests boot): dist/src/… — what package.json
 *     "exports" gives Node at run time, so the booted app and its plugins share one module;
 *   - from TypeScript sources (unit tests importing a plugin's service): src/… — what tsconfig
 *     "paths" gives the type-check, so a unit test and the plugin share one module.
 */
const path = require('path');

const ROOT = path.resolve(__dirname, '..', '..');
const DIST = path.join(ROOT, 'dist') + path.sep;

module.exports = (request, options) => {
  if (request.startsWith('poshtiban/')) {
    const rest = request.slice('poshtiban/'.length);
    const compiled = options.basedir.startsWith(DIST);
    return options.defaultResolver(path.join(ROOT, compiled ? 'dist/src' : 'src', rest), options);
  }
  return options.defaultResolver(request, options);
};
