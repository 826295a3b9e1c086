// The module each render thread loads (piscina calls its default export once per task). Keep it to this
// re-export: render-pool.ts runs the compiled copy (dist/…/render-worker.js) even under Vitest.
import { workerData } from 'piscina';
import { lowerThisThreadPriority } from '../../thread-priority.js';
import { type RenderThreadData, renderBatch } from './render-batch.js';

// In a process that also sends, bulk rendering is background work: when the cores are busy, answering
// the API and sending what is already rendered go first (RenderPoolOptions.niceness).
const { niceness } = workerData as RenderThreadData;
if (niceness > 0) lowerThisThreadPriority(niceness);

export default renderBatch;
