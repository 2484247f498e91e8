/**
 * Every admin refusal for lack of permission carries a reason. When Strapi refuses a staff member
 * it answers 403 "Forbidden" (a controller's check) or "Policy Failed" (a route's hasPermissions
 * policy); this rewrites those answers — and only those — with the reason from the staff matrix
 * (src/domain/staff-refusal.ts): which task on which type or feature, and which role does it.
 * It covers the Content Manager's routes and the routes the matrix names (plugins' admin routes:
 * the Outbox, Portal access, CRM sync, transfer review, the Media Library, …).
 * The envelope stays Strapi's, so the admin shows `message` in its notification:
 *   { data: null, error: { status: 403, name, message: <fa>, details: { code, messageEn, task, … } } }
 * Only permission refusals are rewritten: the member's permissions lack the task, or hold it on
 * other records only (a limit). Refusals that carry their own reason (`details.code`) or come from
 * elsewhere (the record rules in src/validation/rules) pass untouched.
 * Sits just outside strapi::errors in config/middlewares.ts.
 */
import { CONTENT_MANAGER_ACTION, contentTypeRows, featureRows, rowFor, type Task } from '../domain/staff-matrix';
import { MATRIX_TASK, explainRefusal, type Attempt } from '../domain/staff-refusal';
import { MESSAGES } from '../validation/messages';

const PREFIX = '/content-manager/';

/**
 * What a Content Manager route does, by method and path: the type and the tasks it needs, the
 * main one first (publishing a new document also creates it; saving a locale the document does not
 * have yet creates that locale).
 */
export const contentManagerAttempt = (method: string, path: string): { subject: string; attempts: Attempt[] } | null => {
  const found = routeAttempt(method, path);
  if (!found) return null;
  const { uid, attempt } = found;
  if (attempt === 'publish') return { subject: uid, attempts: ['publish', 'create'] };
  if (attempt === 'update') return { subject: uid, attempts: ['update', 'create'] };
  return { subject: uid, attempts: [attempt] };
};

const routeAttempt = (method: string, path: string): { uid: string; attempt: Attempt } | null => {
  if (!path.startsWith(PREFIX)) return null;
  const parts = path.slice(PREFIX.length).split('/').filter(Boolean).map(decodeURIComponent);
  const [section, uid, ...rest] = parts;
  if (!uid) return null;
  if (section === 'relations') return { uid, attempt: 'read' };
  if (section !== 'collection-types' && section !== 'single-types') return null;

  const actionAt = rest.indexOf('actions');
  const action = actionAt >= 0 ? rest[actionAt + 1] : undefined;

  if (action) {
    if (action === 'publish' || action === 'bulkPublish') return { uid, attempt: 'publish' };
    if (action === 'unpublish' || action === 'bulkUnpublish') return { uid, attempt: 'unpublish' };
    if (action === 'discard') return { uid, attempt: 'discard' };
    if (action === 'bulkDelete') return { uid, attempt: 'delete' };
    return { uid, attempt: 'read' }; // countDraftRelations, bulkFindForValidation, …
  }
  if (rest[0] === 'clone' || rest[0] === 'auto-clone') return { uid, attempt: 'create' };
  switch (method) {
    case 'GET':
      return { uid, attempt: 'read' };
    case 'POST':
      return { uid, attempt: 'create' };
    case 'PUT':
      return { uid, attempt: 'update' };
    case 'DELETE':
      return { uid, attempt: 'delete' };
    default:
      return null;
  }
};

/**
 * The other admin routes the matrix names (`METHOD /path/:param`, or `METHOD /path?key` for a route
 * that does another task when the query has `key`, like the Media Library's `POST /upload?id`).
 */
const NAMED_ROUTES: Array<{ method: string; pattern: RegExp; queryKey?: string; subject: string; task: Task }> = [
  ...contentTypeRows().map((row) => ({ subject: row.uid, routes: row.routes })),
  ...featureRows().map((row) => ({ subject: row.id, routes: row.routes })),
].flatMap(({ subject, routes }) =>
  (Object.entries(routes) as Array<[Task, string[]]>).flatMap(([task, list]) =>
    list.map((route) => {
      const [method, target] = route.split(' ');
      const [path, queryKey] = target.split('?');
      const pattern = new RegExp(`^${path.replace(/:[^/]+/g, '[^/]+')}/?$`);
      return { method, pattern, queryKey, subject, task };
    })
  )
);

/** A route the matrix names: its subject and the task(s) it is, in the matrix's order. */
export const namedRouteAttempt = (method: string, path: string, query: Record<string, unknown> = {}): { subject: string; attempts: Attempt[] } | null => {
  const matches = NAMED_ROUTES.filter((r) => r.method === method && r.pattern.test(path) && (!r.queryKey || query[r.queryKey] !== undefined));
  const specific = matches.filter((r) => r.queryKey);
  const chosen = specific.length ? specific : matches;
  if (!chosen.length) return null;
  return { subject: chosen[0].subject, attempts: chosen.filter((m) => m.subject === chosen[0].subject).map((m) => m.task) };
};

/** The admin actions a task needs on a subject: the Content Manager's, or the feature's own. */
const actionsFor = (subject: string, task: Task): Array<[action: string, subject?: string]> => {
  const row = rowFor(subject);
  if (row?.kind === 'feature') return (row.actions[task] ?? []).map((action) => [action]);
  return [[CONTENT_MANAGER_ACTION[task], subject]];
};

export default () => async (ctx: any, next: () => Promise<unknown>) => {
  await next();
  if (ctx.status !== 403) return;
  const error = ctx.body?.error;
  if (!error || typeof error !== 'object') return;
  if (error.details && typeof error.details === 'object' && error.details.code) return; // already has its reason

  const { user, userAbility } = ctx.state ?? {};
  if (!user || !userAbility) return;
  const attempt = contentManagerAttempt(ctx.method, ctx.path) ?? namedRouteAttempt(ctx.method, ctx.path, ctx.query ?? {});
  if (!attempt) return;
  const refusal = explainRefusal({ roles: (user.roles ?? []).map((r: any) => ({ code: r.code, name: r.name })), subject: attempt.subject, attempts: attempt.attempts });

  // A permission refusal: the member's permissions lack one of the tasks, or hold it only on
  // records like this one is not (a limit). Anything else (e.g. a record rule refusing the super
  // admin) is not ours to explain.
  const lacks = attempt.attempts.some((a) => actionsFor(attempt.subject, MATRIX_TASK[a]).some(([action, subject]) => userAbility.cannot(action, subject)));
  if (!lacks && refusal?.code !== 'roleMayNotThisOne') return;

  ctx.body = {
    data: null,
    error: {
      status: 403,
      name: error.name ?? 'ForbiddenError',
      message: refusal?.fa ?? MESSAGES.forbidden.fa,
      details: refusal
        ? { code: refusal.code, messageEn: refusal.en, ...refusal.details }
        : { code: 'forbidden', messageEn: MESSAGES.forbidden.en },
    },
  };
};
