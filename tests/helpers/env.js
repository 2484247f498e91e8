/**
 * Test environment: a fresh clone has no .env, so secrets are set here. Auth rate limit and cron
 * are off in config/env/test; the tests that check them switch them on.
 */
process.env.NODE_ENV = 'test';
process.env.APP_KEYS = process.env.APP_KEYS || 'testKeyA,testKeyB';
process.env.API_TOKEN_SALT = process.env.API_TOKEN_SALT || 'test-api-token-salt';
process.env.ADMIN_JWT_SECRET = process.env.ADMIN_JWT_SECRET || 'test-admin-jwt-secret';
process.env.TRANSFER_TOKEN_SALT = process.env.TRANSFER_TOKEN_SALT || 'test-transfer-token-salt';
process.env.JWT_SECRET = process.env.JWT_SECRET || 'test-jwt-secret';
process.env.ENCRYPTION_KEY = process.env.ENCRYPTION_KEY || 'test-encryption-key-32-characters';
process.env.STRAPI_TELEMETRY_DISABLED = 'true';
process.env.BROWSER = 'none';
process.env.LOG_LEVEL = process.env.LOG_LEVEL || 'warn';
// every test file's SQLite database is thrown away after it: no sync to disk (config/database.ts)
process.env.DATABASE_SQLITE_SYNCHRONOUS = process.env.DATABASE_SQLITE_SYNCHRONOUS || 'off';
