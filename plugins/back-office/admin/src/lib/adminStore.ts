/**
 * The admin's Redux store, reached through the StrapiApp instance our plugin is bootstrapped with
 * (StrapiApp.store, typed public). Only used to tell RTK Query that relation lists are stale
 * after an admin action changed a relation on the server (approving a transfer sets its new
 * owner): react-redux is not a dependency of ours, and the store is not otherwise exported.
 */
let app: { store?: { dispatch: (action: unknown) => unknown } | null } | null = null;

export const rememberStrapiApp = (strapiApp: unknown) => {
  app = strapiApp as typeof app;
};

/**
 * RTK Query's api.util.invalidateTags for the admin API (reducerPath 'adminApi'); the Content
 * Manager's relation inputs provide the tag 'Relations'. Best effort: nothing happens if the
 * store is not there.
 */
export const invalidateRelationLists = () => {
  try {
    app?.store?.dispatch({ type: 'adminApi/invalidateTags', payload: ['Relations'] });
  } catch {
    // the view keeps the relation lists it has; a reload shows the new ones
  }
};
