/**
 * The demo's PDFs (src/bootstrap/demo-pdf.ts) are well-formed: the header, every object at the
 * offset the cross-reference table gives, startxref pointing at the table, the stream's length.
 */
import { simplePdf } from '../../src/bootstrap/demo-pdf';

test('a one-page PDF whose cross-reference table is right', () => {
  const pdf = simplePdf('Zig ZC-200 (user manual) \\ 7 C', ['1. Open the valves.', 'پارسی dropped: only Latin text']);
  const text = pdf.toString('latin1');
  expect(text.startsWith('%PDF-1.4\n')).toBe(true);
  expect(text.trimEnd().endsWith('%%EOF')).toBe(true);
  const startxref = Number(/startxref\n(\d+)\n%%EOF/.exec(text)![1]);
  expect(text.slice(startxref, startxref + 4)).toBe('xref');
  const entries = text.slice(startxref).split('\n').slice(3, 8);
  entries.forEach((entry, i) => {
    const offset = Number(entry.slice(0, 10));
    expect(text.slice(offset, offset + `${i + 1} 0 obj`.length)).toBe(`${i + 1} 0 obj`);
  });
  const stream = /<< \/Length (\d+) >>\nstream\n([\s\S]*?)\nendstream/.exec(text)!;
  expect(Buffer.byteLength(stream[2], 'latin1')).toBe(Number(stream[1]));
  // parentheses and backslashes escaped, non-Latin text left out
  expect(stream[2]).toContain('(Zig ZC-200 \\(user manual\\) \\\\ 7 C) Tj');
  expect(stream[2]).toContain('( dropped: only Latin text) Tj');
});
