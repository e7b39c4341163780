import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer is loaded from app://, so asset URLs must be relative ('./').
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  // The PDF worker imports jsPDF, whose optional dynamic imports split the worker into
  // chunks; only the ES module worker format can load them.
  worker: { format: 'es' },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
  },
  preview: {
    host: '127.0.0.1',
    port: 4173,
    strictPort: true,
  },
});
