#!/usr/bin/env node
/**
 * `npm start` — the production server: the compiled app in dist/ (`npm run build` and the
 * TypeScript compile put it there), started as Strapi's documentation starts it under a process
 * manager (`createStrapi({ distDir }).start()`).
 *
 * Not `strapi start`: Strapi's command-line entry loads every command it offers, the build
 * command among them, and with it the TypeScript compiler — about 20 MB of the 200 MB heap the
 * production settings allow (docs/perf.md), kept for the life of the process and never used.
 */
const fs = require('fs');
const path = require('path');
const { createStrapi } = require('@strapi/strapi');

if (!fs.existsSync(path.join(__dirname, 'dist', 'src', 'index.js'))) {
  console.error('dist/ holds no compiled app: run `npm run build` first (README «Production»).');
  process.exit(1);
}
createStrapi({ appDir: __dirname, distDir: path.join(__dirname, 'dist') }).start();
