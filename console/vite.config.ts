// The console's build: console/ -> dist/console, served by the gateway at /console.
// esbuild (inside Vite) compiles the TSX; no framework plugin is needed for a production build.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/console/',
  esbuild: { jsx: 'automatic', jsxDev: false },
  // React's production build whatever NODE_ENV the builder runs under (vitest sets "test").
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    outDir: fileURLToPath(new URL('../dist/console', import.meta.url)),
    emptyOutDir: true,
    // No source of the page may come from elsewhere: everything is bundled.
    assetsInlineLimit: 0,
  },
  logLevel: 'warn',
});
