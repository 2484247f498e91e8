/**
 * Why a staff member was refused a task, in Persian and English, from the staff matrix: which of
 * their roles lacks it, and which roles do it instead. src/middlewares/permission-reasons.ts puts
 * this on the Content Manager's permission refusals.
 */
import { MESSAGES, type MessageCode } from '../validation/messages';
import { LIMITS, STAFF_ROLES, roleByCode, rolesAllowed, rowFor, type LimitKey, type RoleKey, type Task } from './staff-matrix';

/** What the refused request tried: the matrix task, and the word for it when it differs. */
export type Attempt = Task | 'unpublish' | 'discard';

export const MATRIX_TASK: Record<Attempt, Task> = {
  read: 'read',
  create: 'create',
  update: 'update',
  publish: 'publish',
  delete: 'delete',
  unpublish: 'publish',
  discard: 'update',
};

const VERB: Record<Attempt, { fa: string; en: string }> = {
  read: { fa: 'مشاهدهٔ', en: 'read' },
  create: { fa: 'ایجاد', en: 'create' },
  update: { fa: 'ویرایش', en: 'edit' },
  publish: { fa: 'انتشار', en: 'publish' },
  unpublish: { fa: 'لغو انتشار', en: 'unpublish' },
  discard: { fa: 'کنار گذاشتن پیش‌نویس', en: 'discard the draft of' },
  delete: { fa: 'حذف', en: 'delete' },
};

export type StaffRoleRef = { code: string; name: string };

export type Refusal = {
  code: MessageCode;
  fa: string;
  en: string;
  /** details for clients and logs */
  details: {
    task: Task;
    /** the content type's uid, or the feature's id */
    contentType?: string;
    feature?: string;
    roles: string[];
    allowedRoles: string[];
    /** the matrix's reason for the refused role(s) */
    reasons: string[];
  };
};

const quoted = (names: string[], and: string) =>
  names.length <= 1 ? names.map((n) => `«${n}»`).join('') : `${names.slice(0, -1).map((n) => `«${n}»`).join('، ')} ${and} «${names[names.length - 1]}»`;
const quotedEn = (names: string[], and: string) =>
  names.length <= 1 ? names.map((n) => `“${n}”`).join('') : `${names.slice(0, -1).map((n) => `“${n}”`).join(', ')} ${and} “${names[names.length - 1]}”`;

const rolesPhrase = (names: { fa: string; en: string }[]) => ({
  fa: `${names.length > 1 ? 'نقش‌های' : 'نقش'} ${quoted(names.map((n) => n.fa), 'و')}`,
  en: `The ${names.length > 1 ? 'roles' : 'role'} ${quotedEn(names.map((n) => n.en), 'and')}`,
});

const allowedPhrase = (allowed: Array<{ role: RoleKey; limit?: LimitKey }>) => ({
  fa: `نقش ${allowed.map(({ role, limit }) => `«${STAFF_ROLES[role].fa}»${limit ? ` (${LIMITS[limit].fa})` : ''}`).join(' یا ')}`,
  en: `the role ${allowed.map(({ role, limit }) => `“${STAFF_ROLES[role].en}”${limit ? ` (${LIMITS[limit].en})` : ''}`).join(' or ')}`,
});

const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (_, key) => values[key] ?? '');

/** A role's names: ours from the matrix; a role staff made themselves by its stored name. */
const namesOf = (role: StaffRoleRef) => {
  const key = roleByCode(role.code);
  return key ? { fa: STAFF_ROLES[key].fa, en: STAFF_ROLES[key].en } : { fa: role.name, en: role.name };
};

/**
 * The refusal to a member holding `roles` of a request on `subject` — a content type's uid or a
 * feature's id — that needs each of `attempts` (e.g. publishing a new document needs publish and
 * create): the first the roles lack is named. Null when the subject has no row (Strapi's own
 * types): the caller keeps a generic message.
 */
export const explainRefusal = ({ roles, subject, attempts }: { roles: StaffRoleRef[]; subject: string; attempts: Attempt[] }): Refusal | null => {
  const row = rowFor(subject);
  if (!row || !attempts.length) return null;
  const grantOf = (code: string) => {
    const key = roleByCode(code);
    return key && row.kind !== 'hidden' ? row.grants[key] : undefined;
  };
  const holds = (a: Attempt) =>
    roles.some((r) => {
      const grant = grantOf(r.code);
      return Boolean(grant && grant.tasks.includes(MATRIX_TASK[a]) && !grant.limits[MATRIX_TASK[a]]);
    });
  const attempt = attempts.find((a) => !holds(a)) ?? attempts[0];
  const task = MATRIX_TASK[attempt];
  const who = rolesPhrase(roles.map(namesOf));
  // a feature's task is a phrase of its own («ارسال دوبارهٔ پیامی که نرسیده است»); a type's is a verb and the type's name
  const said: { fa: Record<string, string>; en: Record<string, string> } =
    row.kind === 'feature'
      ? { fa: { roles: who.fa, task: row.meaning[task]?.fa ?? VERB[attempt].fa }, en: { roles: who.en, task: row.meaning[task]?.en ?? VERB[attempt].en } }
      : { fa: { roles: who.fa, task: VERB[attempt].fa, type: row.fa }, en: { roles: who.en, task: VERB[attempt].en, type: row.en } };
  const allowed = row.kind === 'hidden' ? [] : rolesAllowed(row, task);
  const unlimited = allowed.filter((a) => !a.limit);
  const keys = roles.map((r) => roleByCode(r.code)).filter((k): k is RoleKey => Boolean(k));
  const mine = roles.map((r) => grantOf(r.code)).filter((g) => g?.tasks.includes(task));
  const feature = row.kind === 'feature';

  let code: MessageCode;
  let values: { fa: Record<string, string>; en: Record<string, string> } = said;
  if (mine.length && mine.every((g) => g!.limits[task])) {
    // the role does this task, but only on some records, and this is not one of them
    const limit = LIMITS[mine[0]!.limits[task] as LimitKey];
    const others = allowedPhrase(unlimited);
    code = unlimited.length ? 'roleMayNotThisOne' : 'roleMayNotNoStaff';
    values = { fa: { ...said.fa, limit: limit.fa, allowed: others.fa }, en: { ...said.en, limit: limit.en, allowed: others.en } };
  } else if (mine.length) {
    code = feature ? 'roleMayNotFeatureNow' : 'roleMayNotNow';
  } else if (allowed.length) {
    const others = allowedPhrase(allowed);
    code = feature ? 'roleMayNotFeature' : 'roleMayNot';
    values = { fa: { ...said.fa, allowed: others.fa }, en: { ...said.en, allowed: others.en } };
  } else if (row.kind === 'content-type' && row.writtenByPortal && task !== 'read') {
    code = 'roleMayNotPortalWrites';
  } else {
    code = feature ? 'roleMayNotFeatureNoStaff' : 'roleMayNotNoStaff';
  }

  return {
    code,
    fa: fill(MESSAGES[code].fa, values.fa),
    en: fill(MESSAGES[code].en, values.en),
    details: {
      task,
      ...(feature ? { feature: subject } : { contentType: subject }),
      roles: roles.map((r) => r.code),
      allowedRoles: allowed.map((a) => STAFF_ROLES[a.role].code),
      reasons: row.kind === 'hidden' ? [row.why] : keys.map((k) => row.grants[k].why),
    },
  };
};
