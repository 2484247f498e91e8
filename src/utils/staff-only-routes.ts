/** Route config for generated CRUD routers: every action behind global::api-token-only. */
const policies = ['global::api-token-only'];

export const staffOnlyRouteConfig = {
  find: { policies },
  findOne: { policies },
  create: { policies },
  update: { policies },
  delete: { policies },
};
