/**
 * The portal's refusals on the Content Manager's writes (put on its admin routes, after its
 * permission check, by src/extensions/content-manager/strapi-server.ts, config { kind }):
 *   - a record the portal alone writes (src/validation/rules/system-records.ts) is refused with
 *     its reason — where the change is made instead — at once, for every action (delete included,
 *     which the Content Manager would otherwise try first);
 *   - publish / unpublish / discard-draft (`kind: 'publication'`) on a type without draft &
 *     publish is a 400 with a reason: the Content Manager would call Document Service methods such
 *     types do not have (a 500 «Internal Server Error»).
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { bilingual } from '../validation/errors';
import { systemRecordRefusal } from '../validation/rules/system-records';

export type PortalOnlyWritesConfig = { kind: 'write' | 'publication' };

const portalOnlyWrites = (policyContext: any, config: PortalOnlyWritesConfig, { strapi }: { strapi: Core.Strapi }) => {
  const model: string | undefined = policyContext.params?.model;
  if (!model) return true;
  const refusal = systemRecordRefusal(model);
  if (refusal) throw refusal;
  if (config?.kind === 'publication' && (strapi.contentType(model as any) as any)?.options?.draftAndPublish !== true) {
    throw bilingual(errors.ApplicationError, 'noDraftAndPublish');
  }
  return true;
};

export default portalOnlyWrites;
