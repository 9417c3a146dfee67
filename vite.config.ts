import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(fileURLToPath(import.meta.url));

// The same build is loaded from app:// in Electron and from http://127.0.0.1:PORT/ by `precis serve`,
// so every asset URL is relative.
export default defineConfig({
  root: path.join(root, 'renderer'),
  base: './',
  plugins: [react()],
  build: {
    outDir: path.join(root, 'dist', 'renderer'),
    emptyOutDir: true,
    // The polyfill is unnecessary in Chromium and would be the only dynamic script helper in the bundle.
    modulePreload: { polyfill: false },
    // Source maps would ship document-free but internal code paths; keep the bundle lean.
    sourcemap: false,
  },
  server: { host: '127.0.0.1' },
});
