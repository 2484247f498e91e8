/**
 * Loaded with `--require` into a server the tests start: writes «TYPESCRIPT COMPILER LOADED» to
 * stderr if anything in the process loads the TypeScript compiler (tests/api/npm-start.test.ts).
 */
const Module = require('module');

const load = Module._load;
Module._load = function reportTypescript(request, ...rest) {
  if (request === 'typescript') process.stderr.write('TYPESCRIPT COMPILER LOADED\n');
  return load.call(this, request, ...rest);
};
