/**
 * docs/staff-matrix.md is the staff matrix rendered from the code; this keeps it true.
 * After changing src/domain/staff-matrix.ts: UPDATE_DOCS=1 npx jest tests/unit/staff-matrix-doc.test.ts
 */
import fs from 'fs';
import path from 'path';
import { renderStaffMatrix } from '../helpers/staff-matrix-doc';

const FILE = path.resolve(__dirname, '../../docs/staff-matrix.md');

test('docs/staff-matrix.md is the matrix in src/domain/staff-matrix.ts', () => {
  const rendered = renderStaffMatrix();
  if (process.env.UPDATE_DOCS === '1') fs.writeFileSync(FILE, rendered);
  const onDisk = fs.existsSync(FILE) ? fs.readFileSync(FILE, 'utf8') : '';
  if (onDisk !== rendered) {
    throw new Error('docs/staff-matrix.md differs from src/domain/staff-matrix.ts. Run: UPDATE_DOCS=1 npx jest tests/unit/staff-matrix-doc.test.ts');
  }
});
