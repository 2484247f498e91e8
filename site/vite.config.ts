/**
 * Builds the customer site (site/) into public/, which the Strapi process serves at / (see
 * src/middlewares/site.ts). public/ also holds uploads/ and robots.txt, so the output directory is
 * not emptied; only the previous build's hashed files in public/assets/ are removed first.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react-swc';

const siteDir = path.dirname(fileURLToPath(import.meta.url));
const outDir = path.resolve(siteDir, '../public');

/** Deletes public/assets/ at the start of a production build so stale hashed files don't pile up. */
const cleanAssets = (): Plugin => ({
  name: 'poshtiban:clean-assets',
  apply: 'build',
  buildStart() {
    fs.rmSync(path.join(outDir, 'assets'), { recursive: true, force: true });
  },
});

export default defineConfig({
  root: siteDir,
  // public/ is the build output here; Vite's own "copy public dir" feature is not used
  publicDir: false,
  plugins: [react(), cleanAssets()],
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
});
