export default ({ env }) => ({
  auth: {
    secret: env('ADMIN_JWT_SECRET'),
  },
  apiToken: {
    salt: env('API_TOKEN_SALT'),
  },
  transfer: {
    token: {
      salt: env('TRANSFER_TOKEN_SALT'),
    },
  },
  secrets: {
    encryptionKey: env('ENCRYPTION_KEY'),
  },
  // `strapi develop` restarts on file changes; the site, tests and benchmarks are not the server
  watchIgnoreFiles: ['**/site/**', '**/tests/**', '**/bench/**', '**/docs/**', '**/public/**', '**/test-results/**', '**/.ci/**'],
  // the records staff edit have no page of their own to preview: no "Set up preview" prompt
  preview: { enabled: false },
  flags: {
    nps: env.bool('FLAG_NPS', false),
    promoteEE: env.bool('FLAG_PROMOTE_EE', false),
  },
});
