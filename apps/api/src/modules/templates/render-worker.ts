// The module each render thread loads (piscina calls its default export once per task). Keep it to this
// re-export: render-pool.ts runs the compiled copy (dist/…/render-worker.js) even under Vitest.
import { renderBatch } from './render-batch.js';

export default renderBatch;
