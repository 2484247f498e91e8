#!/usr/bin/env node
/**
 * Checks a Persian admin translation file against the English strings it translates: the same
 * keys, every message parses as ICU MessageFormat, and each keeps the English message's arguments
 * ({name}, {count, plural, …}) and rich-text tags (<b>…</b>). Used by tests/unit/admin-translations.test.ts;
 * run by hand as: node scripts/check-admin-translations.js <fa.json> <en.json>
 */
const { parse, TYPE } = require('@formatjs/icu-messageformat-parser');

/** The argument names and tag names a message uses (sorted, de-duplicated). */
const signature = (message) => {
  const args = new Set();
  const tags = new Set();
  const walk = (elements) => {
    for (const el of elements) {
      if (el.type === TYPE.argument || el.type === TYPE.number || el.type === TYPE.date || el.type === TYPE.time) args.add(el.value);
      if (el.type === TYPE.select || el.type === TYPE.plural) {
        args.add(el.value);
        for (const option of Object.values(el.options)) walk(option.value);
      }
      if (el.type === TYPE.tag) {
        tags.add(el.value);
        walk(el.children);
      }
    }
  };
  walk(parse(message, { ignoreTag: false }));
  return { args: [...args].sort(), tags: [...tags].sort() };
};

const check = (fa, en) => {
  const problems = [];
  for (const key of Object.keys(en)) if (!(key in fa)) problems.push(`${key}: missing`);
  for (const key of Object.keys(fa)) {
    if (!(key in en)) {
      problems.push(`${key}: not an English key`);
      continue;
    }
    if (typeof fa[key] !== 'string' || (fa[key].trim() === '' && en[key].trim() !== '')) {
      problems.push(`${key}: empty`);
      continue;
    }
    let want;
    try {
      want = signature(en[key]);
    } catch {
      continue; // Strapi's own English message does not parse; nothing to compare with
    }
    let got;
    try {
      got = signature(fa[key]);
    } catch (error) {
      problems.push(`${key}: does not parse (${error.message})`);
      continue;
    }
    if (JSON.stringify(got.args) !== JSON.stringify(want.args)) problems.push(`${key}: arguments ${got.args} ≠ ${want.args}`);
    if (JSON.stringify(got.tags) !== JSON.stringify(want.tags)) problems.push(`${key}: tags ${got.tags} ≠ ${want.tags}`);
  }
  return problems;
};

module.exports = { check, signature };

if (require.main === module) {
  const [faFile, enFile] = process.argv.slice(2);
  const problems = check(require(require('path').resolve(faFile)), require(require('path').resolve(enFile)));
  for (const p of problems) console.log(p);
  console.log(problems.length ? `${problems.length} problem(s)` : 'ok');
  process.exit(problems.length ? 1 : 0);
}
