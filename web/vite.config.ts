import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The dev server proxies the API to a locally running `npm start` so cookies stay same-origin.
export default defineConfig({
  plugins: [react()],
  server: { proxy: { '/trpc': 'http://127.0.0.1:3000' } },
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1500 },
});
