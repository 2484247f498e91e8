/**
 * Builds the customer site (site/) into public/, which the Strapi process serves at / (see
 * src/middlewares/site.ts). public/ also holds uploads/ and robots.txt, so the output directory is
 * not emptied; only the previous build's hashed files in public/assets/ are removed first.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import react from '@vitejs/plugin-react-swc';

const siteDir = path.dirname(fileURLToPath(import.meta.url));
const require_ = createRequire(import.meta.url);
const outDir = path.resolve(siteDir, '../public');

/** Deletes public/assets/ at the start of a production build so stale hashed files don't pile up. */
const cleanAssets = (): Plugin => ({
  name: 'poshtiban:clean-assets',
  apply: 'build',
  buildStart() {
    fs.rmSync(path.join(outDir, 'assets'), { recursive: true, force: true });
  },
});

/**
 * Vazirmatn at a fixed address, /fonts/vazirmatn-variable.woff2, for the Persian pages the server
 * writes itself (src/utils/site-font.ts): the repair receipt staff print from the admin and the
 * sandbox payment gateway. The site itself uses the hashed copy.
 */
const RECEIPT_FONT = 'fonts/vazirmatn-variable.woff2';
const fixedAddressFont = (): Plugin => ({
  name: 'poshtiban:fixed-address-font',
  apply: 'build',
  generateBundle() {
    const source = fs.readFileSync(require_.resolve('vazirmatn/fonts/webfonts/Vazirmatn[wght].woff2'));
    this.emitFile({ type: 'asset', fileName: RECEIPT_FONT, source });
  },
});

const config: UserConfig = {
  root: siteDir,
  // public/ is the build output here; Vite's own "copy public dir" feature is not used
  publicDir: false,
  plugins: [react(), cleanAssets(), fixedAddressFont()],
  build: {
    outDir,
    emptyOutDir: false,
    assetsDir: 'assets',
    sourcemap: false,
    target: 'es2020',
  },
  server: {
    port: 5173,
    proxy: {
      '/api': { target: 'http://127.0.0.1:1337', changeOrigin: false },
    },
  },
};

export default defineConfig(({ command, mode }) => {
  // A production build is a production build even when the caller's NODE_ENV says otherwise:
  // jest sets NODE_ENV=test, which would give React's development bundle and dev JSX. Vite reads
  // NODE_ENV after loading this file, so setting it here is enough.
  if (command === 'build' && mode === 'production') process.env.NODE_ENV = 'production';
  return config;
});
