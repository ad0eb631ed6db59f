// The web app is built into web/dist and served by `duban serve`; in development Vite proxies /api.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { chineseIconNames } from './build/chinese-icon-names.ts';
import { precompress } from './build/precompress.ts';

export default defineConfig({
  root: import.meta.dirname,
  plugins: [react(), chineseIconNames(), precompress()],
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1500 },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
});
