/**
 * The staff matrix's own rules (src/domain/staff-matrix.ts) and the reasons a refusal gives
 * (src/domain/staff-refusal.ts, src/middlewares/permission-reasons.ts).
 */
import { ROLE_KEYS, STAFF_MATRIX, STAFF_ROLES, featureRows, rowForType, rolesAllowed, type ContentTypeRow } from '../../src/domain/staff-matrix';
import { explainRefusal } from '../../src/domain/staff-refusal';
import { contentManagerAttempt, namedRouteAttempt } from '../../src/middlewares/permission-reasons';

const ANNOUNCEMENT = 'api::announcement.announcement';
const role = (key: keyof typeof STAFF_ROLES) => ({ code: STAFF_ROLES[key].code, name: 'stored name' });

describe('the table', () => {
  test('each type and feature has one row', () => {
    const ids = STAFF_MATRIX.map((r) => (r.kind === 'feature' ? r.id : r.uid));
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('role codes are unique and Persian names come first', () => {
    expect(new Set(ROLE_KEYS.map((k) => STAFF_ROLES[k].code)).size).toBe(ROLE_KEYS.length);
    expect(STAFF_ROLES.ceo).toMatchObject({ code: 'poshtiban-ceo', fa: 'مدیرعامل' });
  });

  test('records only the portal writes are read-only for every role', () => {
    const portal = STAFF_MATRIX.filter((r): r is ContentTypeRow => r.kind === 'content-type' && r.writtenByPortal);
    expect(portal.map((r) => r.uid)).toEqual(
      expect.arrayContaining(['api::payment.payment', 'api::installation-confirmation.installation-confirmation', 'api::audit-event.audit-event', 'api::announcement.announcement-fanout', 'api::ownership-transfer.ownership-transfer', 'api::ownership-transfer.device-ownership'])
    );
    for (const row of portal) for (const key of ROLE_KEYS) expect(row.grants[key].tasks.filter((t) => t !== 'read')).toEqual([]);
  });

  test('tasks that Strapi grants with one action are granted together (Media Library: edit and delete)', () => {
    for (const row of featureRows()) {
      for (const key of ROLE_KEYS) {
        const granted = new Set(row.grants[key].tasks.flatMap((t) => row.actions[t] ?? []));
        for (const task of row.tasks) {
          const same = (row.actions[task] ?? []).every((a) => granted.has(a));
          expect({ row: row.id, role: key, task, granted: row.grants[key].tasks.includes(task) }).toEqual({ row: row.id, role: key, task, granted: same });
        }
      }
    }
  });

  test('the CEO edits nothing', () => {
    for (const row of STAFF_MATRIX) if (row.kind !== 'hidden') expect(row.grants.ceo.tasks.filter((t) => t !== 'read')).toEqual([]);
  });

  test('announcements: the Manager does everything, the technical editor publishes technical notices only', () => {
    const row = rowForType(ANNOUNCEMENT) as ContentTypeRow;
    expect(row.localized).toBe(true);
    expect(rolesAllowed(row, 'publish')).toEqual([{ role: 'technicalEditor', limit: 'technical-notice' }, { role: 'manager', limit: undefined }]);
    expect(row.grants.manager.tasks).toEqual(['read', 'create', 'update', 'publish', 'delete']);
  });
});

describe('the reason a refusal gives', () => {
  test('a task the role lacks names the roles that do it', () => {
    const r = explainRefusal({ roles: [role('support')], subject: ANNOUNCEMENT, attempts: ['publish', 'create'] })!;
    expect(r.code).toBe('roleMayNot');
    expect(r.fa).toBe('نقش «پشتیبانی» اجازهٔ انتشار «اطلاعیه» را ندارد؛ این کار با نقش «کارشناس فنی» (فقط اطلاعیه‌های فنی) یا «مدیر» انجام می‌شود.');
    expect(r.en).toBe('The role “Support” may not publish “Announcement”; this is done by the role “Technical editor” (technical notices only) or “Manager”.');
    expect(r.details).toMatchObject({ task: 'publish', contentType: ANNOUNCEMENT, roles: ['poshtiban-support'], allowedRoles: ['poshtiban-technical-editor', 'poshtiban-manager'] });
    expect(r.details.reasons).toEqual([(rowForType(ANNOUNCEMENT) as ContentTypeRow).grants.support.why]);
  });

  test('a limited task refused on a record outside the limit says so', () => {
    const r = explainRefusal({ roles: [role('technicalEditor')], subject: ANNOUNCEMENT, attempts: ['publish', 'create'] })!;
    expect(r.code).toBe('roleMayNotThisOne');
    expect(r.fa).toBe('نقش «کارشناس فنی» اجازهٔ انتشار این «اطلاعیه» را ندارد (فقط اطلاعیه‌های فنی)؛ این کار با نقش «مدیر» انجام می‌شود.');
  });

  test('the first task of a request the role lacks is the one named', () => {
    // publishing a new document also creates it: the technical editor may create, Finance may not
    expect(explainRefusal({ roles: [role('finance')], subject: ANNOUNCEMENT, attempts: ['publish', 'create'] })!.details.task).toBe('publish');
    // saving a locale or record that does not exist yet creates it: the technical editor edits repairs, never creates them
    expect(explainRefusal({ roles: [role('technicalEditor')], subject: 'api::repair-order.repair-order', attempts: ['update', 'create'] })!.details.task).toBe('create');
  });

  test('records the portal writes, and tasks no role has', () => {
    const payment = explainRefusal({ roles: [role('finance')], subject: 'api::payment.payment', attempts: ['delete'] })!;
    expect(payment.fa).toBe('نقش «مالی» اجازهٔ حذف «پرداخت» را ندارد؛ این رکوردها را فقط خود سامانه ثبت می‌کند.');
    const template = explainRefusal({ roles: [role('manager')], subject: 'plugin::messaging.message-template', attempts: ['create'] })!;
    expect(template.code).toBe('roleMayNotNoStaff');
    const outbox = explainRefusal({ roles: [role('manager')], subject: 'plugin::messaging.outbound-message', attempts: ['read'] })!;
    expect(outbox.code).toBe('roleMayNotNoStaff');
    expect(outbox.details.reasons[0]).toMatch(/Outbox page/);
  });

  test('several roles, and a role staff made themselves', () => {
    const r = explainRefusal({ roles: [role('support'), { code: 'custom-1', name: 'انبار' }], subject: 'api::device.device', attempts: ['delete'] })!;
    expect(r.fa).toBe('نقش‌های «پشتیبانی» و «انبار» اجازهٔ حذف «دستگاه» را ندارد؛ این کار با نقش «پشتیبانی ارشد» یا «مدیر» انجام می‌شود.');
  });

  test('a role the matrix allows but the stored permissions refuse is sent to Settings → Roles', () => {
    expect(explainRefusal({ roles: [role('manager')], subject: 'api::device.device', attempts: ['delete'] })!.code).toBe('roleMayNotNow');
  });

  test('a feature names its own task', () => {
    const r = explainRefusal({ roles: [role('support')], subject: 'outbox', attempts: ['update'] })!;
    expect(r.code).toBe('roleMayNotFeature');
    expect(r.fa).toBe('نقش «پشتیبانی» اجازهٔ ارسال دوبارهٔ پیامی که نرسیده است را ندارد؛ این کار با نقش «پشتیبانی ارشد» یا «مدیر» انجام می‌شود.');
    expect(r.details).toMatchObject({ task: 'update', feature: 'outbox', allowedRoles: ['poshtiban-senior-support', 'poshtiban-manager'] });
  });

  test('a type without a row gets no reason from the matrix', () => {
    expect(explainRefusal({ roles: [role('manager')], subject: 'plugin::i18n.locale', attempts: ['read'] })).toBeNull();
  });
});

describe('which task a Content Manager route is', () => {
  const CT = '/content-manager/collection-types/api::announcement.announcement';
  test.each([
    ['GET', CT, ['read']],
    ['GET', `${CT}/abc`, ['read']],
    ['POST', CT, ['create']],
    ['PUT', `${CT}/abc`, ['update', 'create']],
    ['DELETE', `${CT}/abc`, ['delete']],
    ['POST', `${CT}/actions/publish`, ['publish', 'create']],
    ['POST', `${CT}/abc/actions/publish`, ['publish', 'create']],
    ['POST', `${CT}/abc/actions/unpublish`, ['unpublish']],
    ['POST', `${CT}/abc/actions/discard`, ['discard']],
    ['POST', `${CT}/actions/bulkDelete`, ['delete']],
    ['POST', `${CT}/actions/bulkPublish`, ['publish', 'create']],
    ['POST', `${CT}/clone/abc`, ['create']],
    ['GET', `${CT}/abc/actions/countDraftRelations`, ['read']],
    ['GET', '/content-manager/single-types/api::service-settings.service-settings', ['read']],
    ['PUT', '/content-manager/single-types/api::service-settings.service-settings', ['update', 'create']],
    ['GET', '/content-manager/relations/api::device.device/owner', ['read']],
  ])('%s %s', (method, path, attempts) => {
    expect(contentManagerAttempt(method, path)?.attempts).toEqual(attempts);
  });

  test.each([
    ['POST', '/messaging/outbox/12/resend', 'outbox', ['update']],
    ['GET', '/messaging/outbox', 'outbox', ['read']],
    ['POST', '/upload', 'media-library', ['create']],
    ['DELETE', '/upload/files/3', 'media-library', ['delete']],
    ['POST', '/back-office/ownership-transfers/abc/reject', 'transfer-review', ['update']],
    ['GET', '/back-office/repair-orders/abc/receipt', 'api::repair-order.repair-order', ['read']],
  ])('%s %s (named by the matrix)', (method, path, subject, attempts) => {
    expect(namedRouteAttempt(method, path)).toEqual({ subject, attempts });
  });

  test('the Media Library’s upload route edits a file when given its id', () => {
    expect(namedRouteAttempt('POST', '/upload', { id: '7' })).toEqual({ subject: 'media-library', attempts: ['update'] });
  });

  test('other admin routes are not the Content Manager’s', () => {
    expect(contentManagerAttempt('GET', '/content-manager/init')).toBeNull();
    expect(contentManagerAttempt('GET', '/admin/users')).toBeNull();
    expect(namedRouteAttempt('GET', '/admin/users')).toBeNull();
  });
});
