/**
 * Installation confirmations are written once, by the buyer, through
 * services/installation-confirmation.ts (with the query engine). Every Document Service write —
 * the admin's Content Manager, API tokens, any code — is refused here.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { bilingual } from '../../validation/errors';

const UID = 'api::installation-confirmation.installation-confirmation';
const WRITES = new Set(['create', 'update', 'delete', 'publish', 'unpublish', 'discardDraft', 'clone']);

export const installationConfirmationRule = (_strapi: Core.Strapi) => async (ctx: any, next: () => Promise<any>) => {
  if (ctx.uid === UID && WRITES.has(ctx.action)) throw bilingual(errors.ForbiddenError, 'confirmationImmutable');
  return next();
};
