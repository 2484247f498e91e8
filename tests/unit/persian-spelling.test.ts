/**
 * Persian compounds keep their half-space (src/domain/persian-spelling.ts): every Persian text of
 * the code — the site's strings, messages, labels, message templates, demo data, the admin's
 * translations and plugins — is read file by file and any wrong form is named with its line.
 */
import fs from 'fs';
import path from 'path';
import { spellingProblems } from '../../src/domain/persian-spelling';

const ROOT = path.resolve(__dirname, '../..');
const DIRS = ['src', 'plugins', 'site/src', 'config', 'database/migrations', 'scripts'];
const EXTENSIONS = /\.(ts|tsx|js|json|html)$/;

const filesUnder = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' || entry.name === 'dist' ? [] : filesUnder(full);
    return EXTENSIONS.test(entry.name) ? [full] : [];
  });

test('the rules find the wrong forms and pass the right ones', () => {
  expect(spellingProblems('تمدید یکساله').map((p) => p.found)).toEqual(['یکساله']);
  expect(spellingProblems('تمدید یک ساله، دو ساله یا سه ساله').map((p) => p.found)).toEqual(['یک ساله', 'سه ساله', 'دو ساله']);
  expect(spellingProblems('پنجشنبه ۸ تا ۱۳').length).toBe(1);
  expect(spellingProblems('این اطلاعات ثبت میشود و نمی شود').map((p) => p.found)).toEqual(['می', 'نمی ']);
  expect(spellingProblems('دستگاه ها').length).toBe(1);
  expect(spellingProblems('تمدید قرارداد خدمات (یک‌ساله، دوساله، سه‌ساله)، پنج‌شنبه، فصل (سه‌ماهه)')).toEqual([]);
  expect(spellingProblems('ثبت می‌شود، نمی‌توانید، دستگاه‌ها، میز، میزان، میانگین، میلیون، تنها، نهایی، کارهای')).toEqual([]);
});

test('every Persian text in the code is spelled with its half-spaces', () => {
  const problems: string[] = [];
  for (const file of DIRS.flatMap((d) => (fs.existsSync(path.join(ROOT, d)) ? filesUnder(path.join(ROOT, d)) : []))) {
    const text = fs.readFileSync(file, 'utf8');
    if (!/[\u0600-\u06ff]/.test(text)) continue;
    for (const p of spellingProblems(text)) {
      const line = text.slice(0, p.index).split('\n').length;
      problems.push(`${path.relative(ROOT, file)}:${line} «${p.found}» → «${p.right}»`);
    }
  }
  expect(problems).toEqual([]);
});
