import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { graphqlDocumentsPlugin } from './build/graphql-documents-plugin';

const api = 'http://localhost:4000';

export default defineConfig({
  plugins: [graphqlDocumentsPlugin(), react()],
  server: {
    port: 5173,
    // The API owns these paths; in production it serves the SPA itself on the same origin.
    proxy: { '/graphql': api, '/healthz': api },
  },
  optimizeDeps: {
    // GraphiQL's worker setup imports `?worker` modules, which only Vite's own pipeline understands;
    // pre-bundling them for the dev server fails, so they are served as they are.
    exclude: ['graphiql/setup-workers/vite', '@graphiql/react/setup-workers/vite'],
  },
  build: {
    outDir: 'dist',
    // check-bundle-size.mjs reads the manifest to find what the first page loads.
    manifest: true,
    sourcemap: process.env.ANALYZE === '1',
    // Monaco (GraphiQL) is large by nature; it lives in a lazy chunk, so silence the warning.
    chunkSizeWarningLimit: 5000,
    // Every browser we target supports modulepreload; the polyfill would only add bytes.
    modulePreload: { polyfill: false },
  },
  worker: { format: 'es' },
});
