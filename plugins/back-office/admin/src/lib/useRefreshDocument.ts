/**
 * Refetches the document the Content Manager's edit view shows, so its form and every side panel
 * (ours included) show what an admin action just changed — without reloading the page.
 *
 * The edit view reads the document through RTK Query with
 * { documentId, model, collectionType, params: buildValidParams(query) }; asking with the very
 * same arguments shares that cache entry, and its refetch() updates the view. buildValidParams is
 * not exported by @strapi/strapi/admin, so its few lines are repeated here (content-manager
 * utils/api: the `plugins` query keys are flattened, e.g. plugins[i18n][locale] → locale).
 * Relation fields keep their own lists (RTK Query tag 'Relations'): those are marked stale too,
 * so a relation the action set (a transfer's new owner) appears in the form.
 */
import * as React from 'react';
import { unstable_useDocument as useDocument, useQueryParams } from '@strapi/strapi/admin';
import { invalidateRelationLists } from './adminStore';

const buildValidParams = (query: Record<string, any> | undefined) => {
  if (!query) return query;
  const flattened = Object.values(query.plugins ?? {}).reduce<Record<string, unknown>>(
    (acc, current) => (typeof current === 'object' && current !== null ? Object.assign(acc, current) : acc),
    {},
  );
  const { plugins: _plugins, ...params } = { ...query, ...flattened };
  return params;
};

export const useRefreshDocument = ({ model, collectionType, documentId }: { model: string; collectionType: string; documentId: string }) => {
  const [{ query }] = useQueryParams();
  const params = React.useMemo(() => buildValidParams(query as Record<string, any>), [query]);
  const { refetch } = useDocument({ model, collectionType, documentId, params });
  return React.useCallback(async () => {
    try {
      await refetch();
      invalidateRelationLists();
    } catch {
      // the view could not be refreshed in place: reload the page
      window.location.reload();
    }
  }, [refetch]);
};
