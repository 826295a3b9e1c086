// The module each render thread loads (piscina calls its default export once per task). Keep it to this
// re-export: render-pool.ts runs the compiled copy (dist/…/render-worker.js) even under Vitest.
import { lowerThisThreadPriority } from '../../thread-priority.js';
import { renderBatch } from './render-batch.js';

// Bulk rendering is background work: when the cores are busy, answering the API and sending what is
// already rendered go first. (Delivery A/B on 2 cores, three rounds each: 0.67–0.75 against 0.65–0.69,
// an edge within the noise; the point is that a digest job never slows the API down.)
lowerThisThreadPriority(10);

export default renderBatch;
