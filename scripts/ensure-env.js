#!/usr/bin/env node
/**
 * A fresh clone has no .env: write one with random secrets so `npm run dev` works at once.
 * An existing .env is never touched. Production takes its secrets from the environment.
 */
const fs = require('fs');
const path = require('path');
const crypto = require('crypto');

const file = path.join(__dirname, '..', '.env');
if (fs.existsSync(file)) process.exit(0);

const secret = () => crypto.randomBytes(16).toString('base64');
const lines = [
  '# Written by scripts/ensure-env.js for local development. Never commit this file.',
  'HOST=0.0.0.0',
  'PORT=1337',
  `APP_KEYS=${[secret(), secret(), secret(), secret()].join(',')}`,
  `API_TOKEN_SALT=${secret()}`,
  `ADMIN_JWT_SECRET=${secret()}`,
  `TRANSFER_TOKEN_SALT=${secret()}`,
  `JWT_SECRET=${secret()}`,
  `ENCRYPTION_KEY=${secret()}`,
  '# Embedded SQLite by default; for PostgreSQL set DATABASE_URL=postgres://user:pass@host:5432/db',
  '',
];
fs.writeFileSync(file, lines.join('\n'), { mode: 0o600 });
console.log('Wrote .env with fresh secrets for local development.');
