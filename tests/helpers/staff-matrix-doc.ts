/**
 * docs/staff-matrix.md, rendered from the staff matrix (src/domain/staff-matrix.ts).
 * tests/unit/staff-matrix-doc.test.ts keeps the file equal to this rendering.
 */
import {
  LIMITS,
  ROLE_KEYS,
  STAFF_MATRIX,
  STAFF_ROLES,
  TASKS,
  contentTypeRows,
  featureRows,
  hiddenRows,
  roleName,
  type ContentTypeRow,
  type FeatureRow,
  type Task,
} from '../../src/domain/staff-matrix';

const TASK_HEADING: Record<Task, string> = {
  read: 'read (مشاهده)',
  create: 'create (ایجاد)',
  update: 'edit (ویرایش)',
  publish: 'publish (انتشار)',
  delete: 'delete (حذف)',
};
const LETTER: Record<Task, string> = { read: 'R', create: 'C', update: 'E', publish: 'P', delete: 'D' };
const LIMIT_KEYS = Object.keys(LIMITS) as Array<keyof typeof LIMITS>;
const mark = (limitKey: keyof typeof LIMITS) => '¹²³⁴⁵'[LIMIT_KEYS.indexOf(limitKey)];

const cell = (text: string) => text.replace(/\|/g, '\\|');
const title = (row: { fa: string; en: string }) => `${row.fa} (${row.en})`;
const anchor = (row: { en: string }) => row.en.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

const overviewCell = (row: ContentTypeRow | FeatureRow, role: (typeof ROLE_KEYS)[number]) => {
  const grant = row.grants[role];
  if (!grant.tasks.length) return '—';
  return grant.tasks.map((t) => `${LETTER[t]}${grant.limits[t] ? mark(grant.limits[t]!) : ''}`).join(' ');
};

const grantTable = (row: ContentTypeRow | FeatureRow) => {
  const lines = [
    `| role | ${TASKS.map((t) => TASK_HEADING[t]).join(' | ')} | why |`,
    `|---|${TASKS.map(() => ':-:').join('|')}|---|`,
  ];
  for (const role of ROLE_KEYS) {
    const grant = row.grants[role];
    const marks = TASKS.map((task) => {
      if (!row.tasks.includes(task)) return '·';
      if (!grant.tasks.includes(task)) return '—';
      const limit = grant.limits[task];
      return limit ? `✓${mark(limit)}` : '✓';
    });
    lines.push(`| ${roleName(STAFF_ROLES[role])} | ${marks.join(' | ')} | ${cell(grant.why)} |`);
  }
  return lines.join('\n');
};

const SHAPE: Record<ContentTypeRow['shape'], string> = {
  collection: 'collection type',
  editorial: 'collection type with draft & publish',
  single: 'single type (one record, created at the first start)',
};

const contentTypeSection = (row: ContentTypeRow) => {
  const facts = [SHAPE[row.shape], row.localized ? 'localized: every content locale (fa, en)' : 'not localized'];
  if (row.writtenByPortal) facts.push('**written by the portal: read-only for everyone**');
  const routes = (Object.entries(row.routes) as Array<[Task, string[]]>).flatMap(([task, list]) => list.map((r) => `\`${r}\` (${TASK_HEADING[task].split(' ')[0]})`));
  if (routes.length) facts.push(`also on ${routes.join(', ')}`);
  return [`<a id="${anchor(row)}"></a>`, `### ${title(row)}`, '', `\`${row.uid}\` — ${facts.join(' · ')}`, '', grantTable(row)].join('\n');
};

const featureSection = (row: FeatureRow) => {
  const meaning = row.tasks.map(
    (t) =>
      `**${TASK_HEADING[t].split(' ')[0]}** = ${row.meaning[t]!.en} (${row.meaning[t]!.fa}) — actions ${(row.actions[t] ?? []).map((a) => `\`${a}\``).join(', ')}; routes ${(row.routes[t] ?? []).map((r) => `\`${r}\``).join(', ')}`
  );
  return [`<a id="${anchor(row)}"></a>`, `### ${title(row)}`, '', meaning.map((m) => `- ${m}`).join('\n'), '', grantTable(row)].join('\n');
};

export const renderStaffMatrix = (): string => {
  const shown = [...contentTypeRows(), ...featureRows()];
  const out: string[] = [];
  out.push(
    '# Staff matrix — who does what in the admin',
    '',
    '<!-- Rendered from src/domain/staff-matrix.ts; do not edit by hand. Change the table, then run',
    '     UPDATE_DOCS=1 npx jest tests/unit/staff-matrix-doc.test.ts -->',
    '',
    'What each staff role may read, create, edit, publish and delete in the admin panel, for every',
    'content type and the staff features of our plugins, and why. The table lives in code',
    '(`src/domain/staff-matrix.ts`); the roles’ permissions are written from it at every start, a',
    'refusal in the admin names the task, the type and the role that does it instead, and',
    '`tests/api/staff-matrix.test.ts` invites a member of each role and does every task of every row.',
    '',
    '- ✓ allowed · — refused (403 with the reason) · `·` the task does not exist for this row.',
    '- **publish** also covers unpublishing; **edit** covers discarding a draft.',
    '- **Locales.** A localized type is granted in every content locale — Persian (fa) and English',
    '  (en) from the first start, and any locale staff add later in Settings → Internationalization',
    '  (the roles follow at once). Strapi needs the locales in each permission of a localized type;',
    '  without them a role sees no entries and cannot publish.',
    '- The Content Manager’s locale switch reads `GET /i18n/locales`, which every staff member may',
    '  call: no i18n permission is needed.',
    '- **Limits** (an admin RBAC condition, checked by Strapi on the record):',
    ...LIMIT_KEYS.map((key) => `  ${mark(key)} ${LIMITS[key].en} (${LIMITS[key].fa}) — ${LIMITS[key].description}`),
    '- The super admin (Strapi’s Super Admin role) may do everything and is not in the table.',
    '',
    '## Roles',
    '',
    '| role | code | description |',
    '|---|---|---|',
    ...ROLE_KEYS.map((key) => `| ${roleName(STAFF_ROLES[key])} | \`${STAFF_ROLES[key].code}\` | ${cell(STAFF_ROLES[key].description)} |`),
    '',
    '## Overview',
    '',
    'R read · C create · E edit · P publish · D delete · — nothing.',
    '',
    `| | ${ROLE_KEYS.map((key) => STAFF_ROLES[key].en).join(' | ')} |`,
    `|---|${ROLE_KEYS.map(() => '---').join('|')}|`,
    ...shown.map((row) => `| [${title(row)}](#${anchor(row)}) | ${ROLE_KEYS.map((key) => overviewCell(row, key)).join(' | ')} |`),
    '',
    '## Content types',
    '',
    contentTypeRows().map(contentTypeSection).join('\n\n'),
    '',
    '## Types no staff member opens',
    '',
    'Hidden from the Content Manager (`content-manager.visible: false`); no role holds a permission on them.',
    '',
    '| type | uid | why |',
    '|---|---|---|',
    ...hiddenRows().map((row) => `| ${title(row)} | \`${row.uid}\` | ${cell(row.why)} |`),
    '',
    '## Staff features',
    '',
    'Admin actions of our plugins and of Strapi’s Media Library, without a content type.',
    '',
    featureRows().map(featureSection).join('\n\n'),
    '',
    '## Adding a row',
    '',
    '1. In `src/domain/staff-matrix.ts`, add the type with `collection(…)`, `editorial(…)` (draft &',
    '   publish) or `single(…)`, its Persian and English name, and a cell for every role: the tasks',
    '   and one sentence saying why. A type only the portal writes takes `{ writtenByPortal: true }`',
    '   (read at most); a type hidden from the Content Manager takes `hidden(…)`; a plugin action',
    '   takes `feature(…)`.',
    '2. Give the type a create payload and an edit in `tests/helpers/fixtures.ts`',
    '   (`STAFF_MATRIX_FIXTURES`) so the matrix test can do every task.',
    '3. `UPDATE_DOCS=1 npx jest tests/unit/staff-matrix-doc.test.ts`, then',
    '   `npx jest tests/api/staff-matrix.test.ts`.',
    '',
  );
  if (STAFF_MATRIX.length === 0) throw new Error('empty staff matrix');
  return out.join('\n');
};
