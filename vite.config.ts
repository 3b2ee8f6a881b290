import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const API_TARGET = 'http://127.0.0.1:3000';

// The repo root is Vite's root so index.html sits beside package.json; the server serves dist/web.
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist/web',
    emptyOutDir: true,
    rolldownOptions: {
      // The service worker must live at the root (/sw.js) to control every page.
      input: { main: 'index.html', sw: 'src/web/offline/serviceWorker.ts' },
      output: {
        entryFileNames: (chunk) => (chunk.name === 'sw' ? 'sw.js' : 'assets/[name]-[hash].js'),
      },
    },
  },
  server: {
    proxy: {
      '/api': API_TARGET,
      '/healthz': API_TARGET,
      '/ws': { target: API_TARGET, ws: true },
    },
  },
});
