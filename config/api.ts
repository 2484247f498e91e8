export default {
  rest: {
    defaultLimit: 25,
    maxLimit: 100,
    withCount: true,
    // unknown query parameters are rejected with 400 instead of being ignored
    strictParams: true,
  },
};
