/**
 * A small, valid one-page PDF written in code — the demo's device documents (a user manual, a
 * warranty card) and the tests' files. The standard Helvetica font has no Persian glyphs, so the
 * page's text is Latin; the document's name in the Media Library is Persian.
 */

/** A PDF string literal: backslash and parentheses escaped, anything outside printable ASCII dropped. */
const pdfText = (text: string) => `(${text.replace(/[^\x20-\x7e]/g, '').replace(/[\\()]/g, (c) => `\\${c}`)})`;

/** A one-page A4 PDF with a title and lines of text (Latin), as a Buffer. */
export const simplePdf = (title: string, lines: string[] = []): Buffer => {
  const content = [
    'BT',
    '/F1 20 Tf 72 770 Td',
    `${pdfText(title)} Tj`,
    '/F1 12 Tf',
    ...lines.flatMap((line) => ['0 -24 Td', `${pdfText(line)} Tj`]),
    'ET',
  ].join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`,
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(pdf, 'latin1'));
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(pdf, 'latin1');
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
};
